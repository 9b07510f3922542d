"""Share-request stories (R11–R17; N1–N4): a request submitted, then the steps of its plan.

:func:`request_story` submits the case's request through
:func:`app.models.commands_requests.submit_request` and takes each step of its plan
(:data:`server.demo_plans.REQUEST_PLANS`) with the command that does it: the written reply with
its number, refusal reasons or conditions (R13), the outcome of a negotiation and its filing
(R14), suspension, termination and lifting with the misuse report (R17), the dispute and the
supervisor's decision or escalation (R15, N9), the national notice of missing material,
extension and delivery (N2–N4).
"""

from __future__ import annotations

from typing import Any

from app.models.commands import Actor, CommandResult
from app.models.commands_consent import (
    agree_request,
    decline_request,
    deliver_request,
    extend_reply,
)
from app.models.commands_disputes import (
    DisputeInput,
    escalate_dispute,
    raise_dispute,
)
from app.models.commands_misuse import lift_suspension, suspend_request, terminate_request
from app.models.commands_requests import (
    ReplyInput,
    ResubmitInput,
    reply_to_request,
    request_material,
    resubmit_request,
    submit_request,
    withdraw_request,
)
from app.models.entities import Dispute, ShareRequest, Suspension
from app.models.enums import (
    DeliveryMethod,
    DisputeSubject,
    ReplyDecision,
    RequestStatus,
    ShareMethodKind,
)
from server.demo_plans import (
    REQUEST_PLANS,
    RequestCase,
    acknowledge,
    decide,
    resolved_steps,
    steps_at,
)
from server.demo_replay import Replay, Story

_DELIVERY = {
    ShareMethodKind.INTERFACE: DeliveryMethod.PLATFORM_INTERFACE,
    ShareMethodKind.DATABASE: DeliveryMethod.PLATFORM_DATABASE,
    ShareMethodKind.FILE: DeliveryMethod.PLATFORM_FILE,
}


def request_story(replay: Replay, case: RequestCase) -> Story:
    steps = resolved_steps(REQUEST_PLANS, case.plan, replay.profile)
    moments = steps_at(replay, case.started, case.hour, steps)
    yield next(moments)
    run = _RequestRun(replay, case)
    if case.plan == "granted" and run.request.status is RequestStatus.SUBMITTED:
        # N1: the national rules want a reply even to unconditional requests.
        steps = ((1, "approve"),)
        moments = steps_at(replay, case.started, case.hour, steps)
        next(moments)
    for (_offset, step), moment in zip(steps, moments, strict=True):
        yield moment
        run.take(step)


class _RequestRun:
    """One request's steps; each method is a step name of :data:`REQUEST_PLANS`."""

    def __init__(self, replay: Replay, case: RequestCase) -> None:
        self.replay = replay
        self.case = case
        self.request: ShareRequest = replay.apply(
            case.requester,
            "request.submit",
            submit_request(
                case.details,
                replay.latest(case.resource),
                replay.actor(case.requester),
                replay.env(),
            ),
        )
        self.provider = replay.people.officer_of[self.request.provider_department_id]
        self.raised: Dispute | None = None

    def take(self, step: str) -> None:
        self.request = self.replay.latest(self.request)
        getattr(self, step)()

    def _as(self, username: str) -> Actor:
        return self.replay.actor(username, self.request)

    def _by_provider(self, action: str, result: CommandResult[Any]) -> None:
        self.replay.apply(self.provider, f"request.{action}", result)

    def _reply(self, decision: ReplyDecision) -> None:
        refused = decision is ReplyDecision.REFUSE
        method = self.case.resource.share_method
        data = ReplyInput(
            decision=decision,
            reasons=self.case.texts.reply if refused else "",
            conditions=(
                self.case.texts.reply if decision is ReplyDecision.APPROVE_WITH_CONDITIONS else ""
            ),
            delivery_method=None if refused or method is None else _DELIVERY[method.kind],
            number_prefix=self.case.reply_prefix,
            sequence=self.replay.next_reply_number(self.request.provider_department_id),
        )
        env = self.replay.env()
        self._by_provider(
            decision.value, reply_to_request(self.request, self._as(self.provider), env, data)
        )

    def approve(self) -> None:
        self._reply(ReplyDecision.APPROVE)

    def conditions(self) -> None:
        self._reply(ReplyDecision.APPROVE_WITH_CONDITIONS)

    def refuse(self) -> None:
        self._reply(ReplyDecision.REFUSE)

    def dispute(self) -> None:
        data = DisputeInput(
            id=self.replay.ids("dispute", self.case.id),
            subject=DisputeSubject.REQUEST,
            subject_id=self.request.id,
            reason=self.case.texts.dispute,
        )
        result = raise_dispute(
            data,
            self.request,
            self._as(self.case.requester),
            self.replay.people.departments,
            self.replay.env(),
        )
        self.raised = self.replay.apply(self.case.requester, "dispute.raise", result)

    def decide(self) -> None:
        assert self.raised is not None, "a plan decides a dispute it raised"
        decide(self.replay, self.case.texts.decision, self.raised)

    def escalate(self) -> None:
        assert self.raised is not None, "a plan escalates a dispute it raised"
        dispute = self.replay.latest(self.raised)
        supervisor = self.replay.people.supervisor_of[dispute.supervisor_department_id]
        result = escalate_dispute(
            dispute,
            self.replay.actor(supervisor, dispute),
            self.replay.people.departments,
            self.replay.env(),
            self.case.texts.other["escalate"],
        )
        self.replay.apply(supervisor, "dispute.escalate", result)

    def acknowledge(self) -> None:
        agreed = self.request.status is RequestStatus.AGREED
        acknowledge(self.replay, self.request.id if agreed else self._suspension().id)

    def _suspension(self) -> Suspension:
        found = [s for s in self.replay.objects_of(Suspension) if s.request_id == self.request.id]
        return max(found, key=lambda suspension: suspension.decided_at)

    def suspend(self) -> None:
        self._by_provider(
            "suspend",
            suspend_request(
                self.request,
                self._as(self.provider),
                self.replay.people.departments,
                self.replay.env(),
                self.case.texts.stop,
            ),
        )

    def terminate(self) -> None:
        self._by_provider(
            "terminate",
            terminate_request(
                self.request,
                self._as(self.provider),
                self.replay.people.departments,
                self.replay.env(),
                self.case.texts.stop,
            ),
        )

    def lift(self) -> None:
        self._by_provider(
            "lift",
            lift_suspension(
                self.request,
                self._suspension(),
                self._as(self.provider),
                self.replay.env(),
                self.case.texts.other["lift"],
            ),
        )

    def withdraw(self) -> None:
        result = withdraw_request(
            self.request,
            self._as(self.case.requester),
            self.replay.env(),
            self.case.texts.other["withdraw"],
        )
        self.replay.apply(self.case.requester, "request.withdraw", result)

    def agree(self) -> None:
        self._by_provider(
            "agree",
            agree_request(
                self.request,
                self._as(self.provider),
                self.replay.people.departments,
                self.replay.env(),
                self.case.texts.reply,
            ),
        )

    def decline(self) -> None:
        self._by_provider(
            "decline",
            decline_request(
                self.request,
                self._as(self.provider),
                self.replay.env(),
                self.case.texts.reply,
            ),
        )

    def material(self) -> None:
        self._by_provider(
            "request_material",
            request_material(
                self.request,
                self._as(self.provider),
                self.replay.env(),
                self.case.texts.other["material"],
            ),
        )

    def resubmit(self) -> None:
        result = resubmit_request(
            self.request,
            self.replay.latest(self.case.resource),
            self._as(self.case.requester),
            self.replay.env(),
            ResubmitInput(note=self.case.texts.other["resubmit"]),
        )
        self.replay.apply(self.case.requester, "request.resubmit", result)

    def deliver(self) -> None:
        self._by_provider(
            "deliver",
            deliver_request(
                self.request,
                self._as(self.provider),
                self.replay.env(),
                self.case.texts.other["deliver"],
            ),
        )

    def extend(self) -> None:
        supervisor = self.replay.people.supervising(self.request.provider_department_id)
        result = extend_reply(
            self.request,
            self.replay.latest(self.case.resource),
            self._as(supervisor),
            self.replay.env(),
            days=5,
            reason=self.case.texts.other["extend"],
        )
        self.replay.apply(supervisor, "request.extend_reply", result)

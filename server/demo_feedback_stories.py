"""Feedback stories (R20–R22; N6) and disputes about inconsistent data (R7).

:func:`feedback_story` submits a doubt or an error report through
:func:`app.models.commands_feedback.submit_feedback` and takes each step of its plan
(:data:`server.demo_plans.FEEDBACK_PLANS`): the extension the provider asks for and its head
approves or rejects (R20), the result — corrected and told to the user department (R22), or no
error with the explanation — the requester's acceptance or dispute (R15) and its decision.
:func:`inconsistent_data_story` has one department ask the supervisor to coordinate with
another whose data of the same kind disagrees (R7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from app.models.commands import Actor, CommandResult
from app.models.commands_disputes import DisputeInput, raise_dispute, withdraw_dispute
from app.models.commands_feedback import (
    accept_resolution,
    approve_extension,
    reject_extension,
    request_extension,
    resolve_feedback,
    submit_feedback,
    withdraw_feedback,
)
from app.models.entities import Dispute, Feedback, Resource
from app.models.enums import (
    DisputeSubject,
    FeedbackOutcome,
)
from server.demo_plans import (
    FEEDBACK_PLANS,
    FeedbackCase,
    decide,
    resolved_steps,
    steps_at,
)
from server.demo_replay import Replay, Story


def feedback_story(replay: Replay, case: FeedbackCase) -> Story:
    steps = resolved_steps(FEEDBACK_PLANS, case.plan, replay.profile)
    moments = steps_at(replay, case.started, case.hour, steps)
    yield next(moments)
    run = _FeedbackRun(replay, case)
    for (_offset, step), moment in zip(steps, moments, strict=True):
        yield moment
        run.take(step)


class _FeedbackRun:
    """One feedback's steps; each method is a step name of :data:`FEEDBACK_PLANS`."""

    def __init__(self, replay: Replay, case: FeedbackCase) -> None:
        self.replay = replay
        self.case = case
        self.feedback: Feedback = replay.apply(
            case.requester,
            "feedback.submit",
            submit_feedback(
                case.details,
                replay.latest(case.resource),
                replay.actor(case.requester),
                replay.env(),
            ),
        )
        department = self.feedback.provider_department_id
        self.provider = replay.people.officer_of[department]
        self.head = replay.people.head_of[department]
        self.raised: Dispute | None = None

    def take(self, step: str) -> None:
        self.feedback = self.replay.latest(self.feedback)
        getattr(self, step)()

    def _apply(self, username: str, step: str, result: CommandResult[Any]) -> None:
        self.replay.apply(username, f"feedback.{step}", result)

    def _as(self, username: str) -> Actor:
        return self.replay.actor(username, self.feedback)

    def request_extension(self) -> None:
        self._apply(
            self.provider,
            "request_extension",
            request_extension(
                self.feedback,
                self._as(self.provider),
                self.replay.env(),
                days=10,
                reason=self.case.texts.other["extension"],
            ),
        )

    def approve_extension(self) -> None:
        self._apply(
            self.head,
            "approve_extension",
            approve_extension(
                self.feedback,
                self._as(self.head),
                self.replay.env(),
            ),
        )

    def reject_extension(self) -> None:
        self._apply(
            self.head,
            "reject_extension",
            reject_extension(
                self.feedback,
                self._as(self.head),
                self.replay.env(),
                self.case.texts.other["reject"],
            ),
        )

    def corrected(self) -> None:
        self._apply(
            self.provider,
            "resolve",
            resolve_feedback(
                self.feedback,
                self._as(self.provider),
                self.replay.env(),
                outcome=FeedbackOutcome.CORRECTED,
                corrected_value=self.case.corrected_value,
            ),
        )

    def no_error(self) -> None:
        self._apply(
            self.provider,
            "resolve",
            resolve_feedback(
                self.feedback,
                self._as(self.provider),
                self.replay.env(),
                outcome=FeedbackOutcome.NO_ERROR,
                explanation=self.case.texts.other["no_error"],
            ),
        )

    def accept(self) -> None:
        self._apply(
            self.case.requester,
            "accept",
            accept_resolution(
                self.feedback,
                self._as(self.case.requester),
                self.replay.env(),
            ),
        )

    def withdraw(self) -> None:
        self._apply(
            self.case.requester,
            "withdraw",
            withdraw_feedback(
                self.feedback,
                self._as(self.case.requester),
                self.replay.env(),
                self.case.texts.other["withdraw"],
            ),
        )

    def dispute(self) -> None:
        data = DisputeInput(
            id=self.replay.ids("dispute", self.case.id),
            subject=DisputeSubject.FEEDBACK,
            subject_id=self.feedback.id,
            reason=self.case.texts.dispute,
        )
        result = raise_dispute(
            data,
            self.feedback,
            self._as(self.case.requester),
            self.replay.people.departments,
            self.replay.env(),
        )
        self.raised = self.replay.apply(self.case.requester, "dispute.raise", result)

    def decide(self) -> None:
        assert self.raised is not None, "a plan decides a dispute it raised"
        decide(self.replay, self.case.texts.decision, self.raised)


@dataclass(frozen=True, slots=True, kw_only=True)
class InconsistentCase:
    """R7: ``raiser`` holds data of the same kind as ``resource`` and finds they disagree;
    ``withdrawal`` (if any) is the note with which it takes the dispute back two days later."""

    dispute_id: UUID
    raiser: str
    resource: Resource
    reason: str
    started: int
    withdrawal: str = ""


def inconsistent_data_story(replay: Replay, case: InconsistentCase) -> Story:
    """R7: a department asks the supervisor to coordinate with the entry's provider."""
    start = replay.clock.ago(case.started)
    yield replay.clock.moment(start, 14)
    data = DisputeInput(
        id=case.dispute_id,
        subject=DisputeSubject.INCONSISTENT_DATA,
        subject_id=case.resource.id,
        reason=case.reason,
    )
    result = raise_dispute(
        data,
        replay.latest(case.resource),
        replay.actor(case.raiser),
        replay.people.departments,
        replay.env(),
    )
    dispute = replay.apply(case.raiser, "dispute.raise", result)
    if not case.withdrawal:
        return
    yield replay.clock.moment(replay.clock.after(start, 2), 10)
    dispute = replay.latest(dispute)
    replay.apply(
        case.raiser,
        "dispute.withdraw",
        withdraw_dispute(
            dispute, replay.actor(case.raiser, dispute), replay.env(), case.withdrawal
        ),
    )

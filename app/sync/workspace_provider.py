"""The provider side of share requests (R13, R14, R17; N3, N4): the inbox "To reply" (待答复),
the written reply and its letter, the not-shared negotiation, and misuse.

:class:`ProviderDesk` sits on the officer's :class:`~app.sync.workspace.Workspace` (same store,
actor, rules, calendar and clock) the way :class:`~app.sync.workspace_outbox.OutboxDesk` does.
Every action runs the domain command locally first (:mod:`app.models.commands_requests`,
``commands_consent``, ``commands_misuse``) with the outbox item's id as the command id, so a
refusal — a refusal without reasons (R13), a suspension without reasons (R17) — reaches the
officer at once and nothing is queued; then one outbox item is saved with ``If-Match`` (the
request's cached version), and the cache shows the result as pending: the request's new state,
the R14 agreement's filing "awaiting acknowledgement", the R17 suspension and its report.

The reply number is the platform's (its yearly counter): a reply made here carries none until
the sync brings the platform's answer back, and :class:`ReplyLetter` says so.
Qt-free; every method is synchronous and safe to call from a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from app.models.codec import from_json_dict, to_json_dict
from app.models.commands import SHANGHAI, Actor, is_overdue, supervisor_for
from app.models.commands_consent import agree_request, decline_request, deliver_request
from app.models.commands_misuse import (
    lift_suspension,
    state_before_suspension,
    suspend_request,
    terminate_request,
)
from app.models.commands_requests import ReplyInput, reply_to_request, request_material
from app.models.entities import Filing, Reply, ShareRequest, Suspension
from app.models.enums import (
    RequestStatus,
    ShareAttribute,
    SuspensionKind,
    SuspensionStatus,
)
from app.models.errors import DomainError, FieldError
from app.models.validation import validate_reply
from app.models.workflows import REQUEST_FLOW, Action, Facts
from app.sync import command_kinds as kinds
from app.sync import workspace_commands as commands
from app.sync import workspace_requests as reading
from app.sync.workspace_provider_types import (
    InboxDetail,
    InboxFilter,
    InboxRow,
    InboxScope,
    ReplyDraft,
    ReplyLetter,
)

if TYPE_CHECKING:
    from app.sync.workspace import Workspace

API = commands.API
REPLY, MATERIAL, AGREE, DECLINE = kinds.REPLY, kinds.MATERIAL, kinds.AGREE, kinds.DECLINE
DELIVER, SUSPEND, TERMINATE, LIFT = kinds.DELIVER, kinds.SUSPEND, kinds.TERMINATE, kinds.LIFT
# What the provider may be offered in the inbox, in the order the buttons stand.
PROVIDER_ACTIONS = (Action.APPROVE, Action.APPROVE_WITH_CONDITIONS, Action.REFUSE,
                    Action.REQUEST_MATERIAL, Action.AGREE, Action.DECLINE, Action.DELIVER,
                    Action.SUSPEND, Action.TERMINATE, Action.LIFT)
_WAITING = frozenset({RequestStatus.SUBMITTED, RequestStatus.MATERIAL_REQUESTED,
                      RequestStatus.NEGOTIATING})
_CONSENTED = frozenset({RequestStatus.APPROVED, RequestStatus.APPROVED_WITH_CONDITIONS,
                        RequestStatus.AGREED})


class ProviderDesk:
    """The provider officer's service (see the module docstring)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.store = workspace.store

    @property
    def actor(self) -> Actor:
        return self.workspace.actor

    # ---------------------------------------------------------------------- reads

    def inbox(self, wanted: InboxFilter | None = None) -> list[InboxRow]:
        """Requests made to the department, overdue first, then by due date (R13, N4)."""
        wanted = wanted or InboxFilter()
        mine = {"provider_department_id": str(self.actor.department_id)}
        requests = [reading.decode_request(r) for r in self.store.select_json("request", mine)]
        requests = [r for r in requests if r.status is not RequestStatus.DRAFT]
        pending = self.workspace.pending_requests()
        rows = self._rows(requests, pending)
        text = wanted.text.strip().casefold()
        return sort_inbox(
            row for row in rows
            if (wanted.scope is InboxScope.ALL or _is_due(row))
            and (not text or any(text in value.casefold() for value in
                                 (row.resource_name, row.requester_name, row.purpose))))

    def _rows(self, requests: list[ShareRequest], pending: dict[str, Any]) -> list[InboxRow]:
        reference = self.workspace.reference()
        resources = reading.resources_by_id(self.store, (str(r.resource_id) for r in requests))
        requesters = reading.names(self.store, "department",
                                   (str(r.requester_department_id) for r in requests), "name")
        today = self.workspace.today()
        rows = []
        for request in requests:
            resource = resources.get(str(request.resource_id)) or {}
            share = resource.get("share")
            raw = share.get("attribute") if isinstance(share, dict) else None
            attribute = next((a for a in ShareAttribute if a.value == raw), None)
            profile = reading.profile_for(request, reference.profile)
            due, citation = reading.running_clock(request, attribute, profile)
            if due is not None and citation is None:  # a clock the rules in force started (N4)
                citation = reading.running_clock(request, attribute, reference.profile)[1]
            left: int | None = None
            estimated = request.due_estimated if due == request.due else False
            if due is not None:
                left, counted = reading.days_left(reference.calendar, today, due)
                estimated = estimated or counted
            rows.append(InboxRow(
                id=request.id, status=request.status, resource_name=str(resource.get("name")
                                                                        or ""),
                requester_name=requesters.get(str(request.requester_department_id), ""),
                purpose=request.purpose, share_attribute=attribute,
                received_on=request.received_on, due=due, days_left=left, estimated=estimated,
                urgency=reading.urgency_of(left), clock_citation=citation,
                pending_state=pending.get(str(request.id))))
        return rows

    def detail(self, request_id: UUID) -> InboxDetail | None:
        """The request, the resource, the requester, the timeline and the actions (R13–R17)."""
        data = self.store.get_json("request", str(request_id))
        if data is None:
            return None
        request = reading.decode_request(data)
        row = self._rows([request], self.workspace.pending_requests())[0]
        filings = tuple(from_json_dict(Filing, raw) for raw in
                        self.store.select_json("filing", {"subject_id": str(request.id)}))
        suspensions = self._suspensions(request.id)
        # A misuse report's subject is the suspension (R17); show it with the request.
        if suspensions:
            reports = self.store.select_json("filing", {"subject_id": [str(s.id)
                                                                        for s in suspensions]})
            filings += tuple(from_json_dict(Filing, raw) for raw in reports)
        profile = self.workspace.profile  # what a decision taken now is counted with
        clock = profile.delivery_after_consent
        consented_due = None if clock is None or clock.working_days is None else (
            self.workspace.calendar.due_date(self.workspace.today(), clock.working_days))
        return InboxDetail(
            supervisor_name=self._supervisor_name(),
            request=request, row=row, resource=self.workspace.resource(request.resource_id),
            requester_name=self.workspace.department_name(request.requester_department_id),
            timeline=reading.timeline(self.store, request),
            actions=self.actions(request, row.share_attribute, suspensions),
            filings=filings, suspensions=suspensions, profile=profile,
            delivery_clock=clock, delivery_if_consented=consented_due)

    def actions(self, request: ShareRequest, attribute: ShareAttribute | None,
                suspensions: Iterable[Suspension] = ()) -> tuple[Action, ...]:
        """What the provider may do now, from the workflow table (the server checks again)."""
        active = next((s for s in suspensions if s.status is SuspensionStatus.ACTIVE), None)
        env = self.workspace.env(uuid4())
        facts = Facts(share_attribute=attribute, overdue=is_overdue(request.due, env),
                      material_notice_sent=request.material_notice is not None,
                      suspended_from=state_before_suspension(request),
                      suspension_kind=None if active is None else active.kind)
        side = self.workspace.actor_on(request).side
        # The platform decides with the rules in force now, not those of the day of asking.
        allowed = REQUEST_FLOW.allowed_actions(request.status, self.actor.roles, side,
                                               env.profile, facts=facts)
        return tuple(a for a in PROVIDER_ACTIONS if a in allowed)

    def _supervisor_name(self) -> str:
        """Whom the department files with (R14) and reports misuse to (R17)."""
        try:
            supervisor = supervisor_for(self.actor.department_id, self.workspace.departments())
        except DomainError:
            return ""
        return self.workspace.department_name(supervisor)

    def _suspensions(self, request_id: UUID) -> tuple[Suspension, ...]:
        rows = self.store.select_json("suspension", {"request_id": str(request_id)},
                                      order_by="decided_at")
        return tuple(from_json_dict(Suspension, raw) for raw in rows)

    # ---------------------------------------------------------------------- the reply

    def check_reply(self, draft: ReplyDraft) -> list[FieldError]:
        """Every problem of the reply as it stands (R13), for live validation. Pure."""
        now = self.workspace.now()
        preview = Reply(id=uuid4(), request_id=uuid4(), decision=draft.decision,
                        reasons=draft.reasons, conditions=draft.conditions,
                        delivery_method=draft.delivery_method, replied_by_user_id=uuid4(),
                        replied_at=now)
        return validate_reply(preview)

    def reply(self, request_id: UUID, draft: ReplyDraft) -> UUID:
        """R13: queue the written reply (refused here, and nothing queued, when invalid)."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        data = ReplyInput(decision=draft.decision, reasons=draft.reasons,
                          conditions=draft.conditions, delivery_method=draft.delivery_method)
        result = reply_to_request(request, self.workspace.actor_on(request),
                                  self.workspace.env(item_id), data)
        body = {"decision": draft.decision.value, "reasons": draft.reasons,
                "conditions": draft.conditions,
                "delivery_method": None if draft.delivery_method is None
                else draft.delivery_method.value}
        return self._queue(request, body, item_id, result.objects(),
                           kind=REPLY, path="reply")

    def request_material(self, request_id: UUID, notice: str) -> UUID:
        """N3: the one-time notice listing every missing item (national rules only)."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        result = request_material(request, self.workspace.actor_on(request),
                                  self.workspace.env(item_id), notice)
        return self._queue(request, {"notice": notice}, item_id,
                           result.objects(),
                           kind=MATERIAL, path="material-notice")

    def deliver(self, request_id: UUID, note: str = "") -> UUID:
        """N4: the consented data has been delivered."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        result = deliver_request(request, self.workspace.actor_on(request),
                                 self.workspace.env(item_id), note)
        return self._queue(request, {"note": note}, item_id,
                           result.objects(),
                           kind=DELIVER, path="deliver")

    # ---------------------------------------------------------------------- negotiation

    def agree(self, request_id: UUID, terms: str) -> UUID:
        """R14: agree to provide not-shared data; the agreement is filed with the supervisor
        and shows as a filing awaiting acknowledgement."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        known = self.workspace.departments()
        result = agree_request(request, self.workspace.actor_on(request), known,
                               self.workspace.env(item_id), terms)
        return self._queue(request, {"terms": terms}, item_id, result.objects(),
                           kind=AGREE, path="agree")

    def decline(self, request_id: UUID, reasons: str) -> UUID:
        """R14: the negotiation ends without agreement, with reasons."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        result = decline_request(request, self.workspace.actor_on(request),
                                 self.workspace.env(item_id), reasons)
        return self._queue(request, {"reasons": reasons}, item_id,
                           result.objects(),
                           kind=DECLINE, path="decline")

    # ---------------------------------------------------------------------- misuse

    def stop(self, request_id: UUID, kind: SuspensionKind, reasons: str) -> UUID:
        """R17: suspend or terminate provision after misuse; reported to the supervisor."""
        request = self.workspace.request(request_id)
        item_id = uuid4()
        known = self.workspace.departments()
        command = suspend_request if kind is SuspensionKind.SUSPEND else terminate_request
        result = command(request, self.workspace.actor_on(request), known,
                         self.workspace.env(item_id), reasons)
        kind_code, path = (SUSPEND, "suspend") if kind is SuspensionKind.SUSPEND else (
            TERMINATE, "terminate")
        return self._queue(request, {"reasons": reasons}, item_id,
                           result.objects(),
                           kind=kind_code, path=path)

    def lift(self, request_id: UUID, note: str = "") -> UUID:
        """R17: resume provision after a suspension (a termination cannot be lifted)."""
        request = self.workspace.request(request_id)
        active = [s for s in self._suspensions(request.id) if s.status is SuspensionStatus.ACTIVE]
        item_id = uuid4()
        actor = self.workspace.actor_on(request)
        env = self.workspace.env(item_id)
        if not active:
            raise DomainError(code="workflow.illegal_transition",
                              message_zh="该申请没有生效中的暂停，无需恢复。",
                              message_en="No suspension is in force on this request.",
                              rule="R17")
        result = lift_suspension(request, active[-1], actor, env, note)
        return self._queue(request, {"note": note}, item_id, result.objects(),
                           kind=LIFT, path="lift")

    # ---------------------------------------------------------------------- the letter

    def letter(self, request_id: UUID) -> ReplyLetter | None:
        """The written reply as a letter, for either side (None: no reply yet)."""
        data = self.store.get_json("request", str(request_id))
        return None if data is None else self._letter_of(reading.decode_request(data))

    def draft_letter(self, request_id: UUID, draft: ReplyDraft) -> ReplyLetter | None:
        """The letter the reply would make if sent now (nothing is queued; refused when the
        draft is invalid, R13)."""
        request = self.workspace.request(request_id)
        data = ReplyInput(decision=draft.decision, reasons=draft.reasons,
                          conditions=draft.conditions, delivery_method=draft.delivery_method)
        result = reply_to_request(request, self.workspace.actor_on(request),
                                  self.workspace.env(uuid4()), data)
        return self._letter_of(result.entity)

    def _letter_of(self, request: ShareRequest) -> ReplyLetter | None:
        reply = request.reply
        if reply is None:
            return None
        resource = self.workspace.resource(request.resource_id)
        citation = reading.profile_for(request, self.workspace.profile).conditional_reply.citation
        return ReplyLetter(
            request_id=request.id,
            provider_name=self.workspace.department_name(request.provider_department_id),
            requester_name=self.workspace.department_name(request.requester_department_id),
            reply_number=reply.reply_number,
            replied_on=reply.replied_at.astimezone(SHANGHAI).date(),
            resource_name="" if resource is None else resource.name,
            resource_code="" if resource is None else resource.code,
            purpose=request.purpose, data_items=request.data_items,
            submitted_on=None if request.submitted_at is None
            else request.submitted_at.astimezone(SHANGHAI).date(),
            decision=reply.decision, reasons=reply.reasons, conditions=reply.conditions,
            delivery_method=reply.delivery_method,
            legal_basis="" if resource is None else resource.share.legal_basis,
            cited_rule=reply.cited_rule or citation.rule_id,
            citation_zh=citation.describe("zh"), citation_en=citation.describe("en"),
            delivery_due=request.delivery_due)

    # ---------------------------------------------------------------------- queueing

    def _queue(self, request: ShareRequest, body: dict[str, Any], item_id: UUID,
               made: Iterable[object], *, kind: str, path: str) -> UUID:
        """One outbox item with If-Match (the version the officer saw) and the objects the
        command made, written to the cache as pending (notifications are the platform's)."""
        local = tuple((_ENTITY_OF[type(obj)], to_json_dict(obj)) for obj in made
                      if type(obj) in _ENTITY_OF)
        plan = commands.Plan(kind, f"{API}/requests/{request.id}/{path}", body, "request",
                             str(request.id), request.version, local)
        self.workspace.queue(plan, item_id)
        return item_id


_ENTITY_OF: dict[type, str] = {ShareRequest: "request", Filing: "filing",
                               Suspension: "suspension"}


def _is_due(row: InboxRow) -> bool:
    """A reply or decision is owed (R13, R14; N3), or a delivery after consent (N4)."""
    return row.pending or row.status in _WAITING or (
        row.status in _CONSENTED and row.due is not None)


def sort_inbox(rows: Iterable[InboxRow]) -> list[InboxRow]:
    """Overdue first (most overdue on top), then running clocks by due date, then open work
    without a clock (oldest received first), then the rest."""

    def key(row: InboxRow) -> tuple[int, int, int]:
        received = row.received_on.toordinal() if row.received_on else date.max.toordinal()
        if row.days_left is not None:
            return (0 if row.days_left < 0 else 1), row.days_left, received
        if _is_due(row):
            return 2, 0, received
        return 3, 0, -received  # closed work: the latest on top

    return sorted(rows, key=key)

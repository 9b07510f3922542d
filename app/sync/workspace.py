"""The officer's workspace: the Qt-free service behind the request form, "My requests" and the
outbox page.

A :class:`Workspace` knows the local store, the signed-in :class:`~app.models.commands.Actor`,
the rule profile and working calendar the client counts with, and the clock. Views call it from
worker threads (through ``app.tasks.TaskRunner``); every method is synchronous and thread-safe
(the store serialises writes; local notes take a lock).

* Reference data: the profile and calendars the sync engine cached (``SyncKey.PROFILE``,
  ``SyncKey.CALENDAR``); before the first sync, ``hunan-2021`` and the calendar built into the
  client — and :meth:`Workspace.reference_notes` says so.
* Commands (submit, withdraw, raise a dispute) run the domain command locally first, so a
  refusal reaches the officer at once and nothing is queued; then one outbox item is saved with
  the objects as the command leaves them, so lists show the work as pending straight away
  (:mod:`app.sync.workspace_commands`).
* Drafts are local only and saved as the officer types (:mod:`app.sync.workspace_local`).
* Reads: :meth:`my_requests`, :meth:`request_detail` (:mod:`app.sync.workspace_requests`).
* The outbox: :mod:`app.sync.workspace_outbox` (retry, edit, resend, discard, conflicts).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID, uuid4

from app.models.codec import from_json_dict
from app.models.commands import SHANGHAI, Actor, CommandEnv, is_overdue, side_of
from app.models.entities import (
    OPEN_DISPUTE_STATUSES,
    Department,
    Dispute,
    Resource,
    ShareRequest,
    User,
)
from app.models.enums import RequestStatus
from app.models.errors import DomainError, FieldError
from app.models.profiles import RuleProfile
from app.models.validation import validate_request
from app.models.workdays import WorkingCalendar
from app.models.workflows import REQUEST_FLOW, Action, ActorSide, Facts, clock_for
from app.sync import workspace_commands as commands
from app.sync import workspace_requests as reading
from app.sync.store import LocalStore, SyncKey
from app.sync.store_outbox import LocalFile
from app.sync.workspace_local import Draft, LocalNotes
from app.sync.workspace_outbox import OutboxDesk
from app.sync.workspace_reference import Reference, build_reference
from app.sync.workspace_types import (
    ConflictVersions,
    ExpectedReply,
    OutboxEdit,
    OutboxRow,
    ReferenceNote,
    ReplyKind,
    RequestDetail,
    RequestFilter,
    RequestFormData,
    RequestRow,
    RequestScope,
    Submitted,
)

# The actions "My requests" offers the requesting officer (R11 withdraw, R15 dispute).
REQUESTER_ACTIONS = (Action.WITHDRAW, Action.RAISE_DISPUTE)


def utc_now() -> datetime:
    return datetime.now(UTC)


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, department_id=user.department_id, roles=user.roles)


def no_resource(resource_id: object) -> DomainError:
    return DomainError(
        code="request.resource_unknown",
        message_zh="本地缓存中没有该目录条目，请同步后再试。",
        message_en="This catalog entry is not in the local cache; sync and try again.",
        field_errors=(FieldError("resource_id", "request.resource_unknown",
                                 "本地缓存中没有该目录条目。", "Not in the local cache."),),
        details={"resource_id": str(resource_id)},
    )


def no_request(request_id: object) -> DomainError:
    return DomainError(
        code="request.not_found",
        message_zh="本地缓存中没有该申请，请同步后再试。",
        message_en="This request is not in the local cache; sync and try again.",
        details={"request_id": str(request_id)},
    )


class Workspace:
    """The service the officer's own pages call (see the module docstring)."""

    def __init__(self, store: LocalStore, actor: Actor, *,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.actor = actor
        self.clock = clock
        self.notes = LocalNotes(store)
        self._reference_lock = threading.Lock()
        self._reference_key: tuple[str | None, str | None] | None = None
        self._reference: Reference | None = None
        self._outbox = OutboxDesk(self)

    @classmethod
    def for_user(cls, store: LocalStore, user_id: UUID, *,
                 clock: Callable[[], datetime] = utc_now) -> Workspace:
        """The workspace of a user the cache knows (after the first sync)."""
        user = store.get("user", str(user_id))
        if not isinstance(user, User):
            raise DomainError(code="workspace.unknown_user",
                              message_zh="本地缓存中没有当前用户，请先同步。",
                              message_en="The signed-in user is not cached yet; sync first.")
        return cls(store, actor_of(user), clock=clock)

    # ---------------------------------------------------------------------- reference data

    def reference(self) -> Reference:
        """The cached profile and calendars (rebuilt only when a sync changed them)."""
        key = (self.store.state(SyncKey.PROFILE), self.store.state(SyncKey.CALENDAR))
        with self._reference_lock:
            if self._reference is None or key != self._reference_key:
                self._reference = build_reference(self.store)
                self._reference_key = key
            return self._reference

    @property
    def profile(self) -> RuleProfile:
        return self.reference().profile

    @property
    def calendar(self) -> WorkingCalendar:
        return self.reference().calendar

    def reference_notes(self) -> tuple[ReferenceNote, ...]:
        return self.reference().notes

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The platform's day (Asia/Shanghai), where clocks start."""
        return self.clock().astimezone(SHANGHAI).date()

    def env(self, command_id: UUID) -> CommandEnv:
        reference = self.reference()
        return CommandEnv(command_id, reference.profile, reference.calendar, self.clock())

    def resource(self, resource_id: UUID | str) -> Resource | None:
        return self.store.resource(str(resource_id))

    def departments(self) -> dict[UUID, Department]:
        """Every cached department (for sides and supervisor chains, R15)."""
        rows = self.store.select_json("department")
        return {UUID(str(row["id"])): from_json_dict(Department, row) for row in rows}

    def department_name(self, department_id: UUID | str) -> str:
        data = self.store.get_json("department", str(department_id))
        return "" if data is None else str(data.get("name") or "")

    # ---------------------------------------------------------------------- the form

    def expected_reply(self, resource: Resource) -> ExpectedReply:
        """When an answer can be expected if the officer submits today (R12–R14; N1)."""
        reference = self.reference()
        profile = reference.profile
        facts = Facts(share_attribute=resource.share.attribute)
        try:
            row = REQUEST_FLOW.transition(None, Action.SUBMIT, self.actor.roles,
                                          ActorSide.REQUESTER, profile, facts=facts)
        except DomainError:
            row = None
        if row is not None and row.next_state is RequestStatus.GRANTED:
            citation = profile.unconditional_reply.citation
            return ExpectedReply(ReplyKind.IMMEDIATE, row.rule, citation)
        if row is not None and row.next_state is RequestStatus.NEGOTIATING:
            return ExpectedReply(ReplyKind.NEGOTIATION, row.rule)
        clock = clock_for(row, profile) if row is not None else profile.conditional_reply
        if clock is None or clock.working_days is None:
            clock = profile.conditional_reply
        days = clock.working_days or 0
        due = reference.calendar.due_date(self.today(), days)
        return ExpectedReply(ReplyKind.DUE, clock.citation.rule_id, clock.citation, due, days,
                             clock)

    def check_request(self, form: RequestFormData, resource: Resource) -> list[FieldError]:
        """Every problem of the form as it stands (R11–R14), for live validation. Pure: no
        store access, so a form may call it on every keystroke."""
        preview = commands.preview_request(form, resource, self.actor, self.clock())
        return validate_request(preview, resource)

    # ---------------------------------------------------------------------- drafts

    def save_draft(self, form: RequestFormData) -> UUID:
        """Keep the form as typed (local only); returns the draft's id."""
        draft_id = form.draft_id or uuid4()
        self.notes.save_draft(draft_id, replace(form, draft_id=draft_id), self.clock())
        return draft_id

    def drafts(self) -> list[Draft]:
        return self.notes.drafts()

    def draft(self, draft_id: UUID) -> RequestFormData | None:
        found = self.notes.draft(draft_id)
        return None if found is None else found.form

    def delete_draft(self, draft_id: UUID) -> None:
        self.notes.delete_draft(draft_id)

    # ---------------------------------------------------------------------- commands

    def submit_request(self, form: RequestFormData) -> Submitted:
        """Check, then queue the submission (R11–R14). A refusal raises ``DomainError`` with
        its field errors and queues nothing; the draft stays."""
        resource = self.resource(form.resource_id)
        if resource is None:
            raise no_resource(form.resource_id)
        item_id = uuid4()
        files = commands.read_files(form.attachments)
        attachments = tuple(commands.attachment_of(f) for f in files)
        # The request's id is its outbox item's (the server's field description).
        plan = commands.plan_submit(form, resource, self.actor, self.env(item_id),
                                    request_id=item_id, attachments=attachments)
        expected = self.expected_reply(resource)
        with self.store.transaction():
            self.queue(plan, item_id, files)
            if form.draft_id is not None:
                self.notes.delete_draft(form.draft_id)
        status = reading.decode_request(plan.local[0][1]).status
        return Submitted(request_id=item_id, outbox_id=item_id, status=status, expected=expected)

    def withdraw(self, request_id: UUID, note: str = "") -> UUID:
        """Queue the withdrawal of an open request (R11), If-Match its cached version."""
        request = self.request(request_id)
        item_id = uuid4()
        actor = self.actor_on(request)
        self.queue(commands.plan_withdraw(request, actor, self.env(item_id), note), item_id)
        return item_id

    def raise_dispute(self, request_id: UUID, reason: str) -> UUID:
        """Queue a request to the supervisor to coordinate (R15)."""
        request = self.request(request_id)
        item_id = uuid4()
        known = self.departments()
        actor = self.actor.on(side_of(self.actor, request, known))
        plan = commands.plan_dispute(request, actor, known, self.env(item_id), reason=reason,
                                     dispute_id=uuid4())
        self.queue(plan, item_id)
        return item_id

    def queue(self, plan: commands.Plan, item_id: UUID,
              files: Iterable[LocalFile] = ()) -> None:
        """Save the plan as one outbox item, its cache writes and its undo image, atomically."""
        before = {(entity, str(data["id"])): self.store.get_json(entity, str(data["id"]))
                  for entity, data in plan.local}
        with self.store.transaction():
            self.store.outbox.enqueue(
                plan.kind, plan.method, plan.path, plan.body, plan.entity, plan.entity_id,
                plan.if_match, local_data=plan.local[0][1], files=list(files), item_id=item_id,
                now=self.clock(),
            )
            self.write_cache(plan.local[1:])
            live = [item.id for item in self.store.outbox.items()]
            self.notes.remember(item_id, commands.undo_steps(plan, before), live)

    def write_cache(self, objects: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        changes = [{"entity": entity, "id": str(data["id"]), "op": "upsert", "data": dict(data)}
                   for entity, data in objects]
        if changes:
            self.store.apply_changes(changes, None)

    def request(self, request_id: UUID | str) -> ShareRequest:
        data = self.store.get_json("request", str(request_id))
        if data is None:
            raise no_request(request_id)
        return reading.decode_request(data)

    def actor_on(self, request: ShareRequest) -> Actor:
        """The officer on the side their department has for ``request``."""
        if request.requester_department_id == self.actor.department_id:
            return self.actor.on(ActorSide.REQUESTER)  # no department table needed
        return self.actor.on(side_of(self.actor, request, self.departments()))

    # ---------------------------------------------------------------------- reads

    def my_requests(self, wanted: RequestFilter | None = None) -> list[RequestRow]:
        """The department's requests and the officer's drafts, overdue first (R13)."""
        wanted = wanted or RequestFilter()
        mine = {"requester_department_id": str(self.actor.department_id)}
        rows_json = self.store.select_json("request", mine, order_by="updated_at",
                                           descending=True)
        requests = [reading.decode_request(row) for row in rows_json]
        pending = self.pending_requests()
        rows = self._rows(requests, pending)
        if wanted.scope is not RequestScope.CLOSED:
            rows += self._draft_rows()
        return reading.sort_rows(row for row in rows if reading.matches(row, wanted))

    def _rows(self, requests: list[ShareRequest],
              pending: Mapping[str, Any]) -> list[RequestRow]:
        reference = self.reference()
        resources = reading.resources_by_id(self.store, (str(r.resource_id) for r in requests))
        providers = reading.names(self.store, "department",
                                  (str(r.provider_department_id) for r in requests), "name")
        today = self.today()
        return [
            reading.build_row(
                request, resources.get(str(request.resource_id)),
                providers.get(str(request.provider_department_id), ""),
                profile=reference.profile, calendar=reference.calendar, today=today,
                pending=pending.get(str(request.id)),
            )
            for request in requests
        ]

    def _draft_rows(self) -> list[RequestRow]:
        return reading.draft_rows(self.store, [(d.id, d.form) for d in self.drafts()])

    def pending_requests(self) -> dict[str, Any]:
        """``{request id: outbox state}`` of requests with an unanswered command."""
        items = self.store.outbox.items()
        return reading.pending_states((i.entity, i.entity_id, i.state, i.body) for i in items)

    def request_detail(self, request_id: UUID) -> RequestDetail | None:
        """The request, its timeline and reply, and what the officer may do now (R11, R15)."""
        data = self.store.get_json("request", str(request_id))
        if data is None:
            return None
        request = reading.decode_request(data)
        row = self._rows([request], self.pending_requests())[0]
        about = self.store.select_json("dispute", {"subject_id": str(request.id)})
        disputes = tuple(from_json_dict(Dispute, raw) for raw in about)
        resource = self.resource(request.resource_id)
        return RequestDetail(
            request=request, row=row, timeline=reading.timeline(self.store, request),
            reply=request.reply, actions=self._requester_actions(request, disputes),
            disputes=disputes,
            conditions="" if resource is None else resource.share.conditions,
        )

    def _requester_actions(self, request: ShareRequest,
                           disputes: tuple[Dispute, ...]) -> tuple[Action, ...]:
        env = self.env(uuid4())
        profile = reading.profile_for(request, env.profile)
        facts = Facts(overdue=is_overdue(request.due, env))
        side = self.actor_on(request).side
        allowed = REQUEST_FLOW.allowed_actions(request.status, self.actor.roles, side, profile,
                                               facts=facts)
        open_dispute = any(d.status in OPEN_DISPUTE_STATUSES for d in disputes)
        return tuple(a for a in REQUESTER_ACTIONS if a in allowed
                     and not (a is Action.RAISE_DISPUTE and open_dispute))

    # ---------------------------------------------------------------------- the outbox

    def outbox_items(self) -> list[OutboxRow]:
        return self._outbox.rows()

    def outbox_count(self) -> int:
        return len(self.store.outbox.items())

    def retry(self, item_id: UUID) -> None:
        self._outbox.retry(item_id)

    def edit(self, item_id: UUID) -> OutboxEdit:
        return self._outbox.edit(item_id)

    def resend_edited(self, item_id: UUID, data: RequestFormData | str) -> None:
        self._outbox.resend_edited(item_id, data)

    def discard(self, item_id: UUID) -> None:
        self._outbox.discard(item_id)

    def conflict_versions(self, item_id: UUID) -> ConflictVersions:
        return self._outbox.conflict_versions(item_id)

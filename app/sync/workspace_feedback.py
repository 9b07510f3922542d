"""The feedback workspace (疑义反馈): the Qt-free service behind the feedback form, the officer's
feedback list and the provider's verification inbox (R20–R22, R15; N6).

:class:`FeedbackWorkspace` rides on the officer's :class:`~app.sync.workspace.Workspace` (its
store, actor, rules, calendar, clock and outbox queue). Like it, every action runs the domain
command (:mod:`app.models.commands_feedback`) locally first — a refusal reaches the officer at
once and nothing is queued — then saves one outbox item whose ``local_data`` shows the feedback
as the command leaves it. Commands on existing feedback carry ``If-Match`` = its cached version.

* Report (R20): doubt or obvious error, the data item and record, a description, the value
  believed right (required for an obvious error), evidence files checked against the platform's
  limits (:mod:`app.sync.evidence`) and kept in the store with the item until the push uploads
  them (:mod:`app.sync.outbox_uploads`). Drafts stay on this computer.
* Verify (provider, R20): ask for an extension within the profile's maximum (15 working days
  under hunan-2021; none under the national rules, N6), which the provider's **head** approves
  or rejects; resolve as corrected (with the value, told to the user department, R22) or no
  error (explained).
* Answer (user department, R22/R15): accept the result, dispute it, or withdraw while verifying.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from app.models.codec import from_json_dict, to_json_dict
from app.models.commands import Actor, CommandEnv, CommandResult, is_overdue, side_of
from app.models.commands_disputes import DisputeInput, raise_dispute
from app.models.commands_feedback import (
    FeedbackInput,
    accept_resolution,
    approve_extension,
    reject_extension,
    request_extension,
    resolve_feedback,
    submit_feedback,
    withdraw_feedback,
)
from app.models.entities import Attachment, Dispute, Feedback, Resource
from app.models.enums import DisputeSubject, FeedbackOutcome, FeedbackStatus
from app.models.errors import DomainError, FieldError
from app.models.validation import validate_feedback
from app.models.workdays import DueDate
from app.models.workflows import FEEDBACK_FLOW, Action, ActorSide, Facts
from app.sync import command_kinds as kinds
from app.sync import evidence
from app.sync import workspace_commands as commands
from app.sync import workspace_feedback_rows as rows
from app.sync.store_outbox import LocalFile, OutboxState
from app.sync.workspace_feedback_types import (
    ExtensionLimits,
    FeedbackDetail,
    FeedbackFormData,
    FeedbackList,
    FeedbackRow,
    FeedbackSubmitted,
)

if TYPE_CHECKING:
    from app.sync.workspace import Workspace

API = commands.API
SUBMIT, EXTENSION = kinds.SUBMIT_FEEDBACK, kinds.FEEDBACK_EXTENSION
APPROVE, REJECT = kinds.APPROVE_EXTENSION, kinds.REJECT_EXTENSION
RESOLVE, ACCEPT, DISPUTE = kinds.RESOLVE_FEEDBACK, kinds.ACCEPT_RESULT, kinds.DISPUTE_RESULT
WITHDRAW = kinds.WITHDRAW_FEEDBACK
DRAFTS_KEY = "workspace.feedback_drafts"


def no_feedback(feedback_id: object) -> DomainError:
    return DomainError(
        code="feedback.not_found",
        message_zh="本地缓存中没有该反馈，请同步后再试。",
        message_en="This feedback is not in the local cache; sync and try again.",
        details={"feedback_id": str(feedback_id)},
    )


def _no_resource(resource_id: object) -> DomainError:
    return DomainError(
        code="feedback.resource_unknown",
        message_zh="本地缓存中没有该目录条目，请同步后再试。",
        message_en="This catalog entry is not in the local cache; sync and try again.",
        field_errors=(FieldError("resource_id", "feedback.resource_unknown",
                                 "本地缓存中没有该目录条目。", "Not in the local cache."),),
    )


class FeedbackWorkspace:
    """Feedback actions and reads of one officer (see the module docstring)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.store = workspace.store

    @property
    def actor(self) -> Actor:
        return self.ws.actor

    # ------------------------------------------------------------------ rules in force

    def limits(self) -> ExtensionLimits:
        """R20 (N6): the longest extension the rules in force allow, and their citation."""
        profile = self.ws.profile
        cap = profile.verification_extension_max
        role = profile.verification_extension_approver
        return ExtensionLimits(cap.working_days or 0, cap.citation,
                               None if role is None else role.value)

    def expected_due(self) -> DueDate:
        """When the provider must have verified feedback reported today (R20; N6)."""
        clock = self.ws.profile.verification
        return self.ws.calendar.due_date(self.ws.today(), clock.working_days or 0)

    # ------------------------------------------------------------------ the form

    def preview(self, form: FeedbackFormData, resource: Resource) -> Feedback:
        """The feedback as the form stands, before any rule is checked."""
        now = self.ws.now()
        return Feedback(
            id=form.draft_id or uuid4(), resource_id=resource.id, data_item=form.data_item,
            record_reference=form.record_reference, kind=form.kind,
            description=form.description, proposed_value=form.proposed_value,
            requester_department_id=self.actor.department_id,
            requester_user_id=self.actor.user_id,
            provider_department_id=resource.provider_department_id,
            created_at=now, updated_at=now,
        )

    def check(self, form: FeedbackFormData, resource: Resource) -> list[FieldError]:
        """Every problem of the form (R20) for live validation; pure, no store access."""
        return validate_feedback(self.preview(form, resource), resource)

    @staticmethod
    def check_file(path: str) -> evidence.CheckedFile:
        """A chosen evidence file against the platform's size and type limits (or refused)."""
        return evidence.check_file(path)

    # ------------------------------------------------------------------ drafts

    def save_draft(self, form: FeedbackFormData) -> UUID:
        draft_id = form.draft_id or uuid4()
        with self.store.transaction():  # the write lock serialises read-modify-write
            drafts = self._drafts()
            drafts[str(draft_id)] = {"form": replace(form, draft_id=draft_id).to_dict(),
                                     "saved_at": self.ws.now().isoformat()}
            self.store.set_state_json(DRAFTS_KEY, drafts)
        return draft_id

    def drafts(self) -> list[FeedbackFormData]:
        """Every feedback draft, the most recently saved first."""
        entries = [e for e in self._drafts().values()
                   if isinstance(e, Mapping) and isinstance(e.get("form"), Mapping)]
        entries.sort(key=lambda e: str(e.get("saved_at")), reverse=True)
        return [FeedbackFormData.from_dict(e["form"]) for e in entries]

    def draft(self, draft_id: UUID) -> FeedbackFormData | None:
        return next((d for d in self.drafts() if d.draft_id == draft_id), None)

    def delete_draft(self, draft_id: UUID) -> None:
        with self.store.transaction():
            drafts = self._drafts()
            if drafts.pop(str(draft_id), None) is not None:
                self.store.set_state_json(DRAFTS_KEY, drafts)

    def _drafts(self) -> dict[str, Any]:
        value = self.store.state_json(DRAFTS_KEY)
        return dict(value) if isinstance(value, Mapping) else {}

    # ------------------------------------------------------------------ commands

    def submit(self, form: FeedbackFormData) -> FeedbackSubmitted:
        """R20: check, then queue the report with its evidence files. A refusal raises
        ``DomainError`` with its field errors and queues nothing; the draft stays."""
        resource = self.ws.resource(form.resource_id)
        if resource is None:
            raise _no_resource(form.resource_id)
        files = [evidence.read_checked(ref.path, ref.filename) for ref in form.attachments]
        item_id = uuid4()
        env = self.ws.env(item_id)
        data = FeedbackInput(
            id=item_id, data_item=form.data_item, kind=form.kind,
            description=form.description, record_reference=form.record_reference,
            proposed_value=form.proposed_value,
            attachments=tuple(_attachment(f) for f in files),
        )
        feedback = submit_feedback(data, resource, self.actor, env).entity
        body = {
            "id": str(feedback.id), "resource_id": str(resource.id),
            "data_item": feedback.data_item, "kind": feedback.kind.value,
            "description": feedback.description,
            "record_reference": feedback.record_reference,
            "proposed_value": feedback.proposed_value,
            "attachment_ids": [],  # filled by the push once the files are uploaded
        }
        plan = commands.Plan(SUBMIT, f"{API}/feedback", body, "feedback", str(feedback.id), None,
                             (("feedback", to_json_dict(feedback)),))
        with self.store.transaction():
            self.ws.queue(plan, item_id, files)
            if form.draft_id is not None:
                self.delete_draft(form.draft_id)
        return FeedbackSubmitted(feedback_id=feedback.id, outbox_id=item_id,
                                 expected_due=self.expected_due(), files=len(files))

    def request_extension(self, feedback_id: UUID, *, days: int, reason: str) -> UUID:
        """R20: the provider asks its head for ``days`` more working days (N6: refused)."""
        return self._act(feedback_id, EXTENSION, "extension", {"days": days, "reason": reason},
                         lambda f, a, e: request_extension(f, a, e, days=days, reason=reason))

    def approve_extension(self, feedback_id: UUID, note: str = "") -> UUID:
        """R20: the head approves; the user department is notified by the platform."""
        return self._act(feedback_id, APPROVE, "extension/approve", {"note": note},
                         lambda f, a, e: approve_extension(f, a, e, note))

    def reject_extension(self, feedback_id: UUID, reason: str) -> UUID:
        """R20: the head refuses; the original deadline stands."""
        return self._act(feedback_id, REJECT, "extension/reject", {"reason": reason},
                         lambda f, a, e: reject_extension(f, a, e, reason))

    def resolve(self, feedback_id: UUID, outcome: FeedbackOutcome, *, corrected_value: str = "",
                explanation: str = "") -> UUID:
        """R20/R22: corrected (with the corrected value) or no error (with an explanation)."""
        body = {"outcome": outcome.value, "corrected_value": corrected_value,
                "explanation": explanation}
        return self._act(feedback_id, RESOLVE, "resolve", body,
                         lambda f, a, e: resolve_feedback(
                             f, a, e, outcome=outcome, corrected_value=corrected_value,
                             explanation=explanation))

    def accept(self, feedback_id: UUID, note: str = "") -> UUID:
        """R22: the user department accepts the verification's result."""
        return self._act(feedback_id, ACCEPT, "accept", {"note": note},
                         lambda f, a, e: accept_resolution(f, a, e, note))

    def withdraw(self, feedback_id: UUID, note: str = "") -> UUID:
        """R20: take back feedback still being verified."""
        return self._act(feedback_id, WITHDRAW, "withdraw", {"note": note},
                         lambda f, a, e: withdraw_feedback(f, a, e, note))

    def dispute(self, feedback_id: UUID, reason: str) -> UUID:
        """R15: ask the supervisor to coordinate over the result (or an overdue verification)."""
        feedback = self.feedback(feedback_id)
        commands.check_reason(reason)
        item_id = uuid4()
        known = self.ws.departments()
        dispute_id = uuid4()
        data = DisputeInput(id=dispute_id, subject=DisputeSubject.FEEDBACK,
                            subject_id=feedback.id, reason=reason)
        result = raise_dispute(data, feedback, self._actor_on(feedback), known,
                               self.ws.env(item_id))
        changed = [obj for obj in result.related if isinstance(obj, Feedback)]
        local = (*(("feedback", to_json_dict(obj)) for obj in changed),
                 ("dispute", to_json_dict(result.entity)))
        body = {"dispute_id": str(dispute_id), "reason": reason}
        self.ws.queue(commands.Plan(DISPUTE, f"{API}/feedback/{feedback.id}/dispute", body,
                                    "feedback", str(feedback.id), feedback.version, local),
                      item_id)
        return item_id

    def _act(self, feedback_id: UUID, kind: str, path: str, body: dict[str, Any],
             run: Callable[[Feedback, Actor, CommandEnv], CommandResult[Feedback]]) -> UUID:
        feedback = self.feedback(feedback_id)
        item_id = uuid4()
        env: CommandEnv = self.ws.env(item_id)
        changed = run(feedback, self._actor_on(feedback), env).entity
        plan = commands.Plan(kind, f"{API}/feedback/{feedback.id}/{path}", body, "feedback",
                             str(feedback.id), feedback.version,
                             (("feedback", to_json_dict(changed)),))
        self.ws.queue(plan, item_id)
        return item_id

    # ------------------------------------------------------------------ reads

    def feedback(self, feedback_id: UUID | str) -> Feedback:
        data = self.store.get_json("feedback", str(feedback_id))
        if data is None:
            raise no_feedback(feedback_id)
        return rows.decode(data)

    def side(self, feedback: Feedback) -> ActorSide:
        if feedback.requester_department_id == self.actor.department_id:
            return ActorSide.REQUESTER
        if feedback.provider_department_id == self.actor.department_id:
            return ActorSide.PROVIDER
        return side_of(self.actor, feedback, self.ws.departments())

    def _actor_on(self, feedback: Feedback) -> Actor:
        return self.actor.on(self.side(feedback))

    def rows(self, which: FeedbackList = FeedbackList.MINE, text: str = "") -> list[FeedbackRow]:
        """A list of the feedback page, overdue first (R20): the department's own reports with
        the officer's drafts, the reports it must verify, or extensions awaiting its head."""
        mine = str(self.actor.department_id)
        if which is FeedbackList.MINE:
            where: dict[str, object] = {"requester_department_id": mine}
        elif which is FeedbackList.TO_VERIFY:
            where = {"provider_department_id": mine}
        else:
            where = {"provider_department_id": mine,
                     "status": FeedbackStatus.EXTENSION_REQUESTED.value}
        found = [rows.decode(data) for data in self.store.select_json(
            "feedback", where, order_by="updated_at", descending=True)]
        listed = self._rows(found)
        if which is FeedbackList.MINE:
            pairs = [(d.draft_id, d) for d in self.drafts() if d.draft_id is not None]
            listed += rows.draft_rows(self.store, pairs, self.ws.department_name(mine))
        return rows.sort_rows(row for row in listed if rows.matches(row, text))

    def _rows(self, found: list[Feedback]) -> list[FeedbackRow]:
        reference = self.ws.reference()
        names = rows.names_for(self.store, found)
        pending = self.pending()
        today = self.ws.today()
        return [rows.build_row(f, names, profile=reference.profile, calendar=reference.calendar,
                               today=today, pending=pending.get(str(f.id))) for f in found]

    def pending(self) -> dict[str, OutboxState]:
        """``{feedback id: outbox state}`` of feedback with an unanswered command."""
        return rows.pending_states((i.entity, i.entity_id, i.state)
                                   for i in self.store.outbox.items())

    def detail(self, feedback_id: UUID) -> FeedbackDetail | None:
        """The feedback, its timeline, the R22 notice and what the officer may do now."""
        data = self.store.get_json("feedback", str(feedback_id))
        if data is None:
            return None
        feedback = rows.decode(data)
        row = self._rows([feedback])[0]
        side = self.side(feedback)
        extension = feedback.extension
        users = {str(u): self._user_name(u) for u in (
            None if extension is None else extension.requested_by_user_id,
            None if extension is None else extension.approved_by_user_id) if u is not None}
        about = self.store.select_json("dispute", {"subject_id": str(feedback.id)})
        return FeedbackDetail(
            feedback=feedback, row=row, side=side.value,
            timeline=rows.timeline(self.store, feedback),
            actions=() if row.pending else self._actions(feedback, side),
            limits=self.limits(),
            requested_by_name=users.get(str(extension.requested_by_user_id), "")
            if extension else "",
            approved_by_name=users.get(str(extension.approved_by_user_id), "")
            if extension else "",
            disputes=tuple(from_json_dict(Dispute, raw) for raw in about),
        )

    def _actions(self, feedback: Feedback, side: ActorSide) -> tuple[Action, ...]:
        """The workflow's actions for this officer now (a command waiting in the outbox for the
        same feedback hides them: it goes first)."""
        env = self.ws.env(uuid4())  # the rules in force decide, as on the platform (N6)
        facts = Facts(overdue=is_overdue(feedback.due, env))
        allowed = FEEDBACK_FLOW.allowed_actions(feedback.status, self.actor.roles, side,
                                                env.profile, facts=facts)
        return tuple(allowed)

    def _user_name(self, user_id: UUID) -> str:
        data = self.store.get_json("user", str(user_id))
        return "" if data is None else str(data.get("display_name") or "")


def _attachment(file: LocalFile) -> Attachment:
    return commands.attachment_of(file)

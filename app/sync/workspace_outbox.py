"""The outbox as the officer handles it: list, retry, edit, resend, discard, compare versions.

Semantics (DESIGN.md, "Client data flow"; like a mail client's outbox):

* **Retry** puts an item that needs attention, a held one or a queued one waiting for its backoff
  back in the queue at once. For a *conflict* (412) the command is first run again on the
  platform's current version, so a command the new state no longer allows is refused here, and
  otherwise it goes with ``If-Match`` = that version.
* **Edit** takes the item off the queue (*held*) and returns what the officer typed;
  **resend** checks the edited text with the domain command and puts it back in the queue at
  its place (a submission whose files changed is saved again, with its files, as the same item).
* **Discard** drops the item and puts the cache back as it was before the command
  (:class:`~app.sync.workspace_local.UndoStep`), unless the platform's data has come in since.

Commands other workspaces queue (replies, feedback…) are listed, retried and discarded here too;
editing is offered for the kinds this workspace knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.models.commands import side_of
from app.models.entities import ShareRequest
from app.models.enums import ReplyDecision, RequestStatus
from app.models.errors import DomainError
from app.models.workflows import Action, ActorSide
from app.sync import command_kinds as kinds
from app.sync import workspace_commands as commands
from app.sync import workspace_requests as reading
from app.sync.store_outbox import LocalFile, OutboxItem, OutboxState
from app.sync.workspace_local import UndoStep
from app.sync.workspace_types import (
    ConflictVersions,
    OutboxEdit,
    OutboxRow,
    RequestFormData,
    VersionField,
)

if TYPE_CHECKING:
    from app.sync.workspace import Workspace

EDITABLE = frozenset({commands.SUBMIT, commands.WITHDRAW, commands.RAISE_DISPUTE})
_ACTIONS = {action.value: action for action in Action}


def _not_found(item_id: UUID) -> DomainError:
    return DomainError(
        code="outbox.not_found",
        message_zh="该待发送事项已不存在（可能已发送或已删除）。",
        message_en="This queued item no longer exists (it may have been sent or discarded).",
        details={"id": str(item_id)},
    )


def _not_editable(kind: str) -> DomainError:
    return DomainError(
        code="outbox.not_editable",
        message_zh="此类事项不能在这里修改，可以重试或删除。",
        message_en="This kind of item cannot be edited here; retry or discard it.",
        details={"kind": kind},
    )


def problem_texts(error: Mapping[str, Any] | None) -> tuple[str, str]:
    """The server's reason (or the network's) in Chinese and English, field messages included."""
    if not error:
        return "", ""
    zh = str(error.get("detail") or error.get("title") or "")
    en = str(error.get("detail_en") or error.get("title_en") or zh)
    fields = error.get("errors")
    if isinstance(fields, list):
        for entry in fields:
            if isinstance(entry, Mapping):
                zh += f" {entry.get('message') or ''}"
                en += f" {entry.get('message_en') or entry.get('message') or ''}"
    return zh.strip(), en.strip()


class OutboxDesk:
    """The outbox operations of one :class:`~app.sync.workspace.Workspace`."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.outbox = workspace.store.outbox

    def _item(self, item_id: UUID) -> OutboxItem:
        item = self.outbox.get(item_id)
        if item is None:
            raise _not_found(item_id)
        return item

    # --------------------------------------------------------------------------- listing

    def rows(self) -> list[OutboxRow]:
        items = self.outbox.items()
        requests = {str(i.entity_id): None for i in items if i.entity == "request"}
        for item in items:
            if item.entity == "dispute" and item.body and item.body.get("subject") == "request":
                requests[str(item.body.get("subject_id"))] = None
        cached = self.ws.store.select_json("request", {"id": sorted(requests)}) if requests else []
        resource_of = {str(r["id"]): str(r.get("resource_id")) for r in cached}
        for item in items:
            if item.kind == commands.SUBMIT and item.body:
                resource_of[str(item.entity_id)] = str(item.body.get("resource_id"))
        names = reading.names(self.ws.store, "resource", resource_of.values(), "name")
        return [self._row(item, names.get(resource_of.get(self._request_id(item) or "", ""), ""))
                for item in items]

    @staticmethod
    def _request_id(item: OutboxItem) -> str | None:
        if item.entity == "request":
            return item.entity_id
        if item.body and item.body.get("subject") == "request":
            return str(item.body.get("subject_id"))
        return None

    @staticmethod
    def _row(item: OutboxItem, subject: str) -> OutboxRow:
        zh, en = kinds.kind_labels(item.kind)
        problem_zh, problem_en = problem_texts(item.last_error)
        return OutboxRow(
            id=item.id, seq=item.seq, kind=item.kind, kind_zh=zh, kind_en=en, state=item.state,
            created_at=item.created_at, subject=subject, entity=item.entity,
            entity_id=item.entity_id, attempts=item.attempts,
            next_attempt_at=item.next_attempt_at, problem_zh=problem_zh, problem_en=problem_en,
            editable=item.kind in EDITABLE,
        )

    # --------------------------------------------------------------------------- retry

    def retry(self, item_id: UUID) -> None:
        item = self._item(item_id)
        if item.state is OutboxState.CONFLICT:
            self._rebase(item)
            return
        with self.ws.store.transaction():
            if item.state is not OutboxState.HELD:
                self.outbox.hold(item_id)  # refuses an item being sent
            self.outbox.release(item_id, item.body)

    def _rebase(self, item: OutboxItem) -> None:
        """A 412: run the command on the platform's version and send it against that one."""
        theirs = dict(item.server_version or {})
        version = theirs.get("version")
        plan: commands.Plan | None = None
        if item.kind == commands.WITHDRAW and theirs:
            request = reading.decode_request(theirs)
            note = str((item.body or {}).get("note", ""))
            plan = commands.plan_withdraw(request, self.ws.actor.on(self._side(request)),
                                          self.ws.env(item.id), note)
        with self.ws.store.transaction():
            self.outbox.hold(item.id)
            self.outbox.release(item.id, item.body,
                                if_match=version if isinstance(version, int) else None)
            if plan is not None:
                self.ws.write_cache(plan.local)
                steps = commands.undo_steps(plan, {("request", str(theirs["id"])): theirs})
                self.ws.notes.remember(item.id, steps, [i.id for i in self.outbox.items()])

    def _side(self, request: ShareRequest) -> ActorSide:
        return self.ws.actor_on(request).side

    # --------------------------------------------------------------------------- edit

    def edit(self, item_id: UUID) -> OutboxEdit:
        item = self._item(item_id)
        if item.kind not in EDITABLE:
            raise _not_editable(item.kind)
        held = self.outbox.hold(item_id)
        body = held.body or {}
        if item.kind == commands.SUBMIT:
            form = commands.form_of_submit(body, self.outbox.attachments(item_id))
            return OutboxEdit(item_id=item_id, kind=item.kind, form=form)
        key = "note" if item.kind == commands.WITHDRAW else "reason"
        return OutboxEdit(item_id=item_id, kind=item.kind, text=str(body.get(key) or ""))

    def resend_edited(self, item_id: UUID, data: RequestFormData | str) -> None:
        item = self._item(item_id)
        if item.kind not in EDITABLE:
            raise _not_editable(item.kind)
        if isinstance(data, RequestFormData):
            self._resend_submission(item, data)
            return
        base = self._before(item, "request", self._request_id(item))
        if item.kind == commands.WITHDRAW:
            plan = commands.plan_withdraw(base, self.ws.actor.on(self._side(base)),
                                          self.ws.env(item.id), data)
        else:
            dispute_id = UUID(str((item.body or {})["id"]))
            known = self.ws.departments()
            actor = self.ws.actor.on(side_of(self.ws.actor, base, known))
            plan = commands.plan_dispute(base, actor, known, self.ws.env(item.id), reason=data,
                                         dispute_id=dispute_id)
        with self.ws.store.transaction():
            self.outbox.release(item_id, plan.body)
            self._write_again(item_id, plan)

    def _write_again(self, item_id: UUID, plan: commands.Plan) -> None:
        """Write an edited command's local data and note it as what the command now wrote."""
        self.ws.write_cache(plan.local)
        self._note_written(item_id, plan)

    def _note_written(self, item_id: UUID, plan: commands.Plan) -> None:
        """The undo image keeps what was there before the command's first version, and the
        fingerprint of what its latest version wrote (so discarding still recognises it)."""
        before = {(s.entity, s.entity_id): s.before for s in self.ws.notes.undo_steps(item_id)}
        self.ws.notes.remember(item_id, commands.undo_steps(plan, before),
                               [i.id for i in self.outbox.items()])

    def _before(self, item: OutboxItem, entity: str, entity_id: str | None) -> ShareRequest:
        """The object as the officer saw it when the command was made."""
        for step in self.ws.notes.undo_steps(item.id):
            if step.entity == entity and step.entity_id == entity_id and step.before:
                return reading.decode_request(step.before)
        return self.ws.request(str(entity_id))

    def _resend_submission(self, item: OutboxItem, form: RequestFormData) -> None:
        resource = self.ws.resource(form.resource_id)
        if resource is None:
            from app.sync.workspace import no_resource  # noqa: PLC0415 -- avoid an import cycle

            raise no_resource(form.resource_id)
        stored = self.outbox.attachments(item.id)
        keep = {ref.stored_id for ref in form.attachments if ref.stored_id is not None}
        kept = [a for a in stored if a.id in keep]
        new_files = commands.read_files(form.attachments)
        attachments = (*(commands.attachment_of(a) for a in kept),
                       *(commands.attachment_of(f) for f in new_files))
        request_id = UUID(str((item.body or {})["id"]))
        plan = commands.plan_submit(form, resource, self.ws.actor, self.ws.env(item.id),
                                    request_id=request_id, attachments=attachments)
        with self.ws.store.transaction():
            if not new_files and len(kept) == len(stored):
                self.outbox.release(item.id, plan.body)
                self._write_again(item.id, plan)
                return
            # The files changed: save the command again, as the same item, with its files.
            files = [LocalFile(a.filename, a.content_type, self.outbox.attachment_data(a.id) or b"",
                               id=a.id) for a in kept] + new_files
            self.outbox.discard(item.id)
            self.outbox.enqueue(plan.kind, plan.method, plan.path, plan.body, plan.entity,
                                plan.entity_id, plan.if_match, local_data=plan.local[0][1],
                                files=files, item_id=item.id, now=item.created_at)
            self._note_written(item.id, plan)

    # --------------------------------------------------------------------------- discard

    def discard(self, item_id: UUID) -> None:
        item = self.outbox.get(item_id)
        if item is None:
            return
        store = self.ws.store
        with store.transaction():
            self.outbox.discard(item_id)  # refuses an item being sent
            for step in reversed(self.ws.notes.undo_steps(item_id)):
                self._undo(step)
            self.ws.notes.forget(item_id)
            if item.server_version and item.entity:
                # A conflict (412) told us the platform's current version: it is newer than
                # what the command started from, so show it rather than the undo image.
                self.ws.write_cache([(item.entity, dict(item.server_version))])

    def _undo(self, step: UndoStep) -> None:
        if not step.still_ours(self.ws.store.get_json(step.entity, step.entity_id)):
            return  # the platform's newer data has arrived: keep it
        if step.before is None:
            self.ws.store.apply_changes(
                [{"entity": step.entity, "id": step.entity_id, "op": "delete"}], None)
        else:
            self.ws.write_cache([(step.entity, step.before)])

    # --------------------------------------------------------------------------- conflicts

    def conflict_versions(self, item_id: UUID) -> ConflictVersions:
        item = self._item(item_id)
        theirs = dict(item.server_version or {})
        mine: dict[str, Any] = {}
        request_id = self._request_id(item)
        for step in self.ws.notes.undo_steps(item_id):
            if step.entity == "request" and step.entity_id == request_id and step.before:
                mine = dict(step.before)
        version = theirs.get("version")
        return ConflictVersions(
            item_id=item.id, kind=item.kind, base_version=item.if_match,
            server_version=version if isinstance(version, int) else None,
            fields=tuple(_compare(item, mine, theirs)), mine=mine, theirs=theirs,
        )


def _moment(data: Mapping[str, Any]) -> str:
    return str(data.get("updated_at") or "")[:16].replace("T", " ")


def _status(data: Mapping[str, Any]) -> str:
    raw = data.get("status")
    found = next((s for s in RequestStatus if s.value == raw), None)
    return "" if found is None else f"{found.zh} / {found.en}"


def _last_step(data: Mapping[str, Any]) -> str:
    timeline = data.get("timeline")
    if not isinstance(timeline, list) or not timeline:
        return ""
    last = timeline[-1]
    action = _ACTIONS.get(str(last.get("action")))
    label = f"{action.zh} / {action.en}" if action else str(last.get("action"))
    note = str(last.get("note") or "")
    return f"{str(last.get('at') or '')[:16]} {label}{'：' + note if note else ''}"


def _reply(data: Mapping[str, Any]) -> str:
    reply = data.get("reply")
    if not isinstance(reply, Mapping):
        return ""
    decision = next((d for d in ReplyDecision if d.value == reply.get("decision")), None)
    label = "" if decision is None else f"{decision.zh} / {decision.en}"
    return f"{label} {reply.get('reply_number') or ''}".strip()


def _compare(item: OutboxItem, mine: Mapping[str, Any],
             theirs: Mapping[str, Any]) -> list[VersionField]:
    """The lines of the side-by-side view: what the officer acted on, and what is there now."""
    body = item.body or {}
    zh, en = kinds.kind_labels(item.kind)
    text = str(body.get("note") or body.get("reason") or "")
    return [
        VersionField("version", "版本", "Version", str(item.if_match or mine.get("version") or ""),
                     str(theirs.get("version") or "")),
        VersionField("status", "状态", "Status", _status(mine), _status(theirs)),
        VersionField("updated_at", "最后修改", "Last changed", _moment(mine), _moment(theirs)),
        VersionField("last_step", "最近一步", "Latest step", _last_step(mine), _last_step(theirs)),
        VersionField("reply", "书面答复", "Written reply", _reply(mine), _reply(theirs)),
        VersionField("command", "您的操作", "Your action",
                     f"{zh} / {en}{'：' + text if text else ''}", ""),
    ]

"""The supervisor's decisions (督办; R3, R5, R15, R14/R17, R24, R25) through the outbox, on top of
the reads in :mod:`app.sync.workspace_supervision_rows` (rows, groups, counts, details), whose
names this module re-exports so callers import both from here.

Decisions (``decide_dispute``, ``escalate_dispute``, ``acknowledge_filing``, ``review_resource``,
``remind``) run the domain command locally first — a refusal (a return without a comment, R3)
raises ``DomainError`` and queues nothing — then queue one outbox item with ``If-Match`` = the
cached version, through :meth:`app.sync.workspace.Workspace.queue` (cache shows it at once, a
discard undoes it). A 412 is shown side by side (:meth:`conflict_versions`) and
:meth:`resend_on_current` runs the decision again on the platform's version.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

from app.models.codec import from_json_dict, to_json_dict
from app.models.commands import Actor, side_of
from app.models.commands_catalog import review_resource
from app.models.commands_disputes import decide_dispute, escalate_dispute
from app.models.commands_supervision import acknowledge_filing, send_reminder
from app.models.entities import Dispute, Feedback, Filing, Resource, ShareRequest
from app.models.enums import DisputeStatus
from app.models.errors import DomainError
from app.models.workflows import DISPUTE_FLOW, Action, ActorSide
from app.sync import command_kinds as kinds
from app.sync import workspace_commands as commands
from app.sync.workspace_supervision_rows import (
    ACKNOWLEDGE,
    DECIDE,
    ESCALATE,
    REMIND,
    REVIEW,
    SupervisionCounts,
    SupervisionDetail,
    SupervisionFilter,
    SupervisionGroup,
    SupervisionReads,
    SupervisionRow,
    counts_of,
)
from app.sync.workspace_types import ConflictVersions, VersionField

__all__ = [
    "ACKNOWLEDGE", "DECIDE", "ESCALATE", "REMIND", "REVIEW", "SupervisionCounts",
    "SupervisionDesk", "SupervisionDetail", "SupervisionFilter", "SupervisionGroup",
    "SupervisionRow", "counts_of",
]

# The outbox page names queued commands from this table (the kinds it knows show their label).


class SupervisionDesk(SupervisionReads):
    """The supervisor's reads (:class:`SupervisionReads`) and decisions over one
    :class:`Workspace` (module docstring)."""

    def _load(self, entity: str, cls: type[Any], item_id: UUID | str) -> Any:
        data = self.ws.store.get_json(entity, str(item_id))
        if data is None:
            raise DomainError(code="supervision.not_cached",
                              message_zh="本地缓存中没有该事项，请同步后再试。",
                              message_en="This item is not in the local cache; sync and try again.",
                              details={"entity": entity, "id": str(item_id)})
        return from_json_dict(cls, data)

    def _acting(self, obj: object) -> Actor:
        return self.actor.on(side_of(self.actor, obj, self.ws.departments()))

    def _queue(self, item_id: UUID, kind: str, path: str,  # noqa: PLR0917
               body: dict[str, Any], obj: Any,
               result_objects: tuple[object, ...], entity: str) -> UUID:
        """One outbox item, ``If-Match`` = the version the supervisor decided on."""
        local = tuple((_entity_of(o), to_json_dict(o)) for o in result_objects)
        self.ws.queue(commands.Plan(kind, path, body, entity, str(obj.id), obj.version, local),
                      item_id)
        return item_id

    def decide_dispute(self, dispute_id: UUID | str, decision: str, *,
                       item_id: UUID | None = None) -> UUID:
        """R15 (N9 after an escalation): the coordinating supervisor's decision."""
        dispute = self._load("dispute", Dispute, dispute_id)
        item = item_id or _new_id()
        result = decide_dispute(dispute, self._acting(dispute), self.ws.env(item), decision)
        return self._queue(item, DECIDE, f"{commands.API}/disputes/{dispute.id}/decide",
                           {"decision": decision}, dispute, result.objects(), "dispute")

    def escalate_dispute(self, dispute_id: UUID | str, reason: str) -> UUID:
        """N9 (national profile): the dispute goes to the next supervisor up the ladder."""
        dispute = self._load("dispute", Dispute, dispute_id)
        item = _new_id()
        known = self.ws.departments()
        actor = self.actor.on(side_of(self.actor, dispute, known))
        result = escalate_dispute(dispute, actor, known, self.ws.env(item), reason)
        return self._queue(item, ESCALATE, f"{commands.API}/disputes/{dispute.id}/escalate",
                           {"reason": reason}, dispute, result.objects(), "dispute")

    def can_escalate(self) -> bool:
        """Whether the rule profile has a ladder (N9: national rules only)."""
        try:
            DISPUTE_FLOW.transition(DisputeStatus.OPEN, Action.ESCALATE, self.actor.roles,
                                    ActorSide.SUPERVISOR, self.ws.profile)
        except DomainError:
            return False
        return True

    def acknowledge_filing(self, filing_id: UUID | str, note: str = "") -> UUID:
        """R5/R14/R17: acknowledge a filing (a misuse report is noted this way too)."""
        filed = self._load("filing", Filing, filing_id)
        item = _new_id()
        result = acknowledge_filing(filed, self._acting(filed), self.ws.env(item), note)
        return self._queue(item, ACKNOWLEDGE, f"{commands.API}/filings/{filed.id}/acknowledge",
                           {"note": note}, filed, result.objects(), "filing")

    def review_resource(self, resource_id: UUID | str, *, approve: bool,
                        comment: str = "") -> UUID:
        """R3: approve the entry, or return it with a comment saying what to fix."""
        resource = self._load("resource", Resource, resource_id)
        item = _new_id()
        result = review_resource(resource, self._acting(resource), self.ws.env(item),
                                 approve=approve, comment=comment)
        return self._queue(item, REVIEW, f"{commands.API}/resources/{resource.id}/review",
                           {"approve": approve, "comment": comment}, resource,
                           result.objects(), "resource")

    def remind(self, entity: str, subject_id: UUID | str, message: str = "") -> UUID:
        """R24/R25: remind the department that has to act (a notification; no If-Match)."""
        classes: dict[str, type[Any]] = {"request": ShareRequest, "feedback": Feedback,
                                         "resource": Resource}
        subject = self._load(entity, classes[entity], subject_id)
        item = _new_id()
        result = send_reminder(item, subject, self._acting(subject), self.ws.env(item), message)
        body = {"id": str(item), "subject_entity": entity, "subject_id": str(subject.id),
                "message": message}
        local = (("notification", to_json_dict(result.entity)),)
        self.ws.queue(commands.Plan(REMIND, f"{commands.API}/reminders", body, "notification",
                                    str(item), None, local), item)
        return item

    # ------------------------------------------------------------------ conflicts

    def conflict_versions(self, item_id: UUID) -> ConflictVersions:
        """A 412 on a decision: the object the supervisor decided on and the platform's."""
        item = next(i for i in self.ws.store.outbox.items() if i.id == item_id)
        theirs = dict(item.server_version or {})
        mine: dict[str, Any] = {}
        for step in self.ws.notes.undo_steps(item_id):
            if step.entity == item.entity and step.entity_id == item.entity_id and step.before:
                mine = dict(step.before)
        body = item.body or {}
        zh, en = kinds.kind_labels(item.kind)
        text = str(body.get("decision") or body.get("comment") or body.get("reason")
                   or body.get("note") or "")
        lines = [VersionField("version", "版本", "Version", str(mine.get("version") or ""),
                              str(theirs.get("version") or "")),
                 VersionField("status", "状态", "Status", str(mine.get("status") or ""),
                              str(theirs.get("status") or "")),
                 VersionField("updated_at", "最后修改", "Last changed",
                              str(mine.get("updated_at") or "")[:16].replace("T", " "),
                              str(theirs.get("updated_at") or "")[:16].replace("T", " "))]
        for key, label_zh, label_en in (("decision", "协调意见", "Decision"),
                                        ("review_comment", "审核意见", "Review comment"),
                                        ("summary", "备案内容", "Filing")):
            if key in mine or key in theirs:
                lines.append(VersionField(key, label_zh, label_en, str(mine.get(key) or ""),
                                          str(theirs.get(key) or "")))
        lines.append(VersionField("command", "您的操作", "Your action",
                                  f"{zh} / {en}{'：' + text if text else ''}", ""))
        version = theirs.get("version")
        return ConflictVersions(item_id=item.id, kind=item.kind, base_version=item.if_match,
                                server_version=version if isinstance(version, int) else None,
                                fields=tuple(lines), mine=mine, theirs=theirs)

    def discard(self, item_id: UUID) -> None:
        """Drop the decision (after a 412 the cache shows the platform's version)."""
        self.ws.discard(item_id)

    def resend_on_current(self, item_id: UUID) -> UUID:
        """Run the decision again on the platform's current version (refused if the new state
        no longer allows it) and queue it in place of the conflicting item."""
        item = next(i for i in self.ws.store.outbox.items() if i.id == item_id)
        theirs = item.server_version
        if theirs:
            self.ws.write_cache([(item.entity, dict(theirs))])
        body = item.body or {}
        if item.kind == DECIDE:
            new = self.decide_dispute(str(item.entity_id), str(body.get("decision", "")))
        elif item.kind == ACKNOWLEDGE:
            new = self.acknowledge_filing(str(item.entity_id), str(body.get("note", "")))
        elif item.kind == REVIEW:
            new = self.review_resource(str(item.entity_id), approve=bool(body.get("approve")),
                                       comment=str(body.get("comment", "")))
        elif item.kind == ESCALATE:
            new = self.escalate_dispute(str(item.entity_id), str(body.get("reason", "")))
        else:
            self.ws.retry(item_id)  # the outbox's own rebase
            return item_id
        self.ws.store.outbox.discard(item_id)
        self.ws.notes.forget(item_id)
        return new


def _entity_of(obj: object) -> str:
    names = {Dispute: "dispute", Filing: "filing", Resource: "resource", ShareRequest: "request",
             Feedback: "feedback"}
    return names.get(type(obj), "notification")


def _new_id() -> UUID:
    return uuid4()

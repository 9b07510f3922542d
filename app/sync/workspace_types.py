"""The values the officer's workspace hands to the views: form data, rows, details, outbox rows.

Everything here is a frozen dataclass or an enum, Qt-free and safe to pass from a worker thread
to the GUI thread. Texts that come from the domain carry both languages (``*_zh``/``*_en`` or a
``label(language)`` method); the views pick one. :class:`RequestFormData` is also the JSON shape
of a local draft (:meth:`RequestFormData.to_dict`), so a draft survives a restart as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from app.models.entities import Dispute, Reply, ShareRequest
from app.models.enums import LabeledEnum, RequestStatus, ShareAttribute
from app.models.profiles import Citation, Clock
from app.models.workdays import DueDate
from app.models.workflows import Action
from app.sync.store_outbox import OutboxState

__all__ = [
    "AttachmentRef",
    "ConflictVersions",
    "ExpectedReply",
    "OutboxEdit",
    "OutboxRow",
    "ReferenceNote",
    "ReplyKind",
    "RequestDetail",
    "RequestFilter",
    "RequestFormData",
    "RequestRow",
    "RequestScope",
    "Submitted",
    "TimelineEntry",
    "Urgency",
    "VersionField",
]


def _date(raw: object) -> date | None:
    return date.fromisoformat(raw) if isinstance(raw, str) and raw else None


def _text(raw: object) -> str:
    return raw if isinstance(raw, str) else ""


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A file the officer attached: a path on disk (not yet queued) or a file the store keeps
    with a queued command (``stored_id``)."""

    filename: str
    path: str = ""
    stored_id: UUID | None = None
    size: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "path": self.path,
                "stored_id": None if self.stored_id is None else str(self.stored_id),
                "size": self.size}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachmentRef:
        stored = data.get("stored_id")
        size = data.get("size")
        return cls(filename=_text(data.get("filename")), path=_text(data.get("path")),
                   stored_id=UUID(stored) if isinstance(stored, str) else None,
                   size=size if isinstance(size, int) else None)


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestFormData:
    """What the request form holds (R11–R14); ``draft_id`` names the local draft it came from."""

    resource_id: UUID
    purpose: str = ""
    legal_basis: str = ""
    scenario: str = ""
    data_items: tuple[str, ...] = ()
    usage_scope: str = ""
    period_start: date | None = None
    period_end: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    attachments: tuple[AttachmentRef, ...] = ()
    draft_id: UUID | None = None

    @property
    def has_text(self) -> bool:
        """Whether the officer has typed or chosen anything worth keeping."""
        typed = (self.purpose, self.legal_basis, self.scenario, self.usage_scope,
                 self.contact_name, self.contact_phone)
        return any(value.strip() for value in typed) or bool(self.data_items or self.attachments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "resource_id": str(self.resource_id), "purpose": self.purpose,
            "legal_basis": self.legal_basis, "scenario": self.scenario,
            "data_items": list(self.data_items), "usage_scope": self.usage_scope,
            "period_start": None if self.period_start is None else self.period_start.isoformat(),
            "period_end": None if self.period_end is None else self.period_end.isoformat(),
            "contact_name": self.contact_name, "contact_phone": self.contact_phone,
            "attachments": [a.to_dict() for a in self.attachments],
            "draft_id": None if self.draft_id is None else str(self.draft_id),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestFormData:
        draft = data.get("draft_id")
        items = data.get("data_items")
        files = data.get("attachments")
        return cls(
            resource_id=UUID(str(data["resource_id"])),
            purpose=_text(data.get("purpose")), legal_basis=_text(data.get("legal_basis")),
            scenario=_text(data.get("scenario")),
            data_items=tuple(str(i) for i in items) if isinstance(items, list) else (),
            usage_scope=_text(data.get("usage_scope")),
            period_start=_date(data.get("period_start")), period_end=_date(data.get("period_end")),
            contact_name=_text(data.get("contact_name")),
            contact_phone=_text(data.get("contact_phone")),
            attachments=tuple(AttachmentRef.from_dict(f) for f in files if isinstance(f, Mapping))
            if isinstance(files, list) else (),
            draft_id=UUID(draft) if isinstance(draft, str) else None,
        )


@dataclass(frozen=True, slots=True)
class ReferenceNote:
    """Something the officer should know about the rules or calendar the client counts with."""

    code: str
    message_zh: str
    message_en: str

    def message(self, language: str = "zh") -> str:
        return self.message_en if language.startswith("en") else self.message_zh


class ReplyKind(LabeledEnum):
    """What happens after a request is submitted (R12–R14; N1)."""

    IMMEDIATE = "immediate", "立即获取", "Obtained immediately"
    DUE = "due", "限期答复", "Reply due by a date"
    NEGOTIATION = "negotiation", "双方协商", "Negotiated between the departments"


@dataclass(frozen=True, slots=True)
class ExpectedReply:
    """When the officer may expect an answer: at once (R12), by ``due`` (R13; N1), or after a
    negotiation with no clock (R14). ``citation`` is the rule the answer rests on."""

    kind: ReplyKind
    rule: str
    citation: Citation | None = None
    due: DueDate | None = None
    working_days: int | None = None
    clock: Clock | None = None  # the clock that runs, with when it starts

    @property
    def estimated(self) -> bool:
        return self.due is not None and self.due.estimated


class Urgency(LabeledEnum):
    """How close a running clock is to its end (the list colours follow it)."""

    OVERDUE = "overdue", "已逾期", "Overdue"
    DUE_SOON = "due_soon", "即将到期", "Due soon"
    NORMAL = "normal", "期限内", "On time"
    NONE = "none", "无期限", "No deadline"


# A clock with this many working days left or fewer is "due soon" (orange in the lists).
DUE_SOON_DAYS = 2


class RequestScope(LabeledEnum):
    ALL = "all", "全部", "All"
    OPEN = "open", "办理中", "Open"
    CLOSED = "closed", "已办结", "Closed"


@dataclass(frozen=True, slots=True)
class RequestFilter:
    """Which of the department's requests "My requests" lists; ``text`` matches resource
    name or purpose."""

    scope: RequestScope = RequestScope.ALL
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestRow:
    """One line of "My requests". ``days_left`` counts working days to ``due`` (negative:
    overdue by that many); ``estimated`` when an unpublished calendar year was counted."""

    id: UUID
    status: RequestStatus
    resource_id: UUID
    resource_name: str
    provider_name: str
    purpose: str
    submitted_at: datetime | None
    due: date | None
    days_left: int | None
    estimated: bool
    urgency: Urgency
    clock_citation: Citation | None
    share_attribute: ShareAttribute | None
    pending: bool = False
    pending_state: OutboxState | None = None
    is_draft: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One step of a request's life as the timeline shows it."""

    at: datetime
    actor_name: str
    department_name: str
    action: Action | None
    action_code: str
    note: str
    rule: str | None
    status_after: RequestStatus | None

    def action_label(self, language: str = "zh") -> str:
        return self.action.label(language) if self.action is not None else self.action_code


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestDetail:
    """A request with everything the detail pane shows and the actions open to the officer."""

    request: ShareRequest
    row: RequestRow
    timeline: tuple[TimelineEntry, ...]
    reply: Reply | None
    actions: tuple[Action, ...]
    disputes: tuple[Dispute, ...] = ()
    conditions: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Submitted:
    """What :meth:`Workspace.submit_request` queued."""

    request_id: UUID
    outbox_id: UUID
    status: RequestStatus
    expected: ExpectedReply


@dataclass(frozen=True, slots=True, kw_only=True)
class OutboxRow:
    """One outbox item as the outbox page lists it; ``problem_*`` is the server's reason."""

    id: UUID
    seq: int
    kind: str
    kind_zh: str
    kind_en: str
    state: OutboxState
    created_at: datetime
    subject: str
    entity: str
    entity_id: str | None
    attempts: int
    next_attempt_at: datetime | None
    problem_zh: str = ""
    problem_en: str = ""
    editable: bool = False

    def kind_label(self, language: str = "zh") -> str:
        return self.kind_en if language.startswith("en") else self.kind_zh

    def problem(self, language: str = "zh") -> str:
        return self.problem_en if language.startswith("en") else self.problem_zh


@dataclass(frozen=True, slots=True, kw_only=True)
class OutboxEdit:
    """An item taken off the queue for editing: the request form's data, or the one text
    (a withdrawal note, a dispute's reason) the command carries."""

    item_id: UUID
    kind: str
    form: RequestFormData | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class VersionField:
    """One line of the side-by-side view of a conflict."""

    name: str
    label_zh: str
    label_en: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs

    def label(self, language: str = "zh") -> str:
        return self.label_en if language.startswith("en") else self.label_zh


@dataclass(frozen=True, slots=True, kw_only=True)
class ConflictVersions:
    """A 412: the officer's command and the platform's current object, side by side."""

    item_id: UUID
    kind: str
    base_version: str | None
    server_version: int | None
    fields: tuple[VersionField, ...] = field(default_factory=tuple)
    mine: Mapping[str, Any] = field(default_factory=dict)
    theirs: Mapping[str, Any] = field(default_factory=dict)

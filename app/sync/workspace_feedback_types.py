"""The values the feedback workspace hands to the views (R20–R22): form data, rows, details.

Frozen dataclasses and enums, Qt-free, safe to pass from a worker to the GUI thread.
:class:`FeedbackFormData` is also the JSON shape of a local feedback draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from app.models.entities import Dispute, Feedback
from app.models.enums import FeedbackKind, FeedbackStatus, LabeledEnum
from app.models.profiles import Citation
from app.models.workdays import DueDate
from app.models.workflows import Action
from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import AttachmentRef, TimelineEntry, Urgency

__all__ = [
    "ExtensionLimits",
    "FeedbackDetail",
    "FeedbackFormData",
    "FeedbackList",
    "FeedbackRow",
    "FeedbackSubmitted",
]


def _text(raw: object) -> str:
    return raw if isinstance(raw, str) else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackFormData:
    """What the feedback form holds (R20); ``draft_id`` names the local draft it came from."""

    resource_id: UUID
    kind: FeedbackKind = FeedbackKind.DOUBT
    data_item: str = ""
    record_reference: str = ""
    description: str = ""
    proposed_value: str = ""
    attachments: tuple[AttachmentRef, ...] = ()
    draft_id: UUID | None = None

    @property
    def has_text(self) -> bool:
        typed = (self.record_reference, self.description, self.proposed_value)
        return any(value.strip() for value in typed) or bool(self.attachments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "resource_id": str(self.resource_id), "kind": self.kind.value,
            "data_item": self.data_item, "record_reference": self.record_reference,
            "description": self.description, "proposed_value": self.proposed_value,
            "attachments": [a.to_dict() for a in self.attachments],
            "draft_id": None if self.draft_id is None else str(self.draft_id),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeedbackFormData:
        draft = data.get("draft_id")
        files = data.get("attachments")
        kind = next((k for k in FeedbackKind if k.value == data.get("kind")), FeedbackKind.DOUBT)
        return cls(
            resource_id=UUID(str(data["resource_id"])), kind=kind,
            data_item=_text(data.get("data_item")),
            record_reference=_text(data.get("record_reference")),
            description=_text(data.get("description")),
            proposed_value=_text(data.get("proposed_value")),
            attachments=tuple(AttachmentRef.from_dict(f) for f in files if isinstance(f, Mapping))
            if isinstance(files, list) else (),
            draft_id=UUID(draft) if isinstance(draft, str) else None,
        )


class FeedbackList(LabeledEnum):
    """The lists of the feedback page: the department's own reports, the reports it must
    verify as provider (R20), and — for heads — the extensions waiting for approval."""

    MINE = "mine", "我的反馈", "My feedback"
    TO_VERIFY = "to_verify", "待核实", "To verify"
    EXTENSIONS = "extensions", "延期待批", "Extensions to approve"


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackRow:
    """One line of a feedback list. ``days_left`` counts working days to ``due`` while the
    verification runs (negative: overdue); ``estimated`` when an unpublished year was counted."""

    id: UUID
    status: FeedbackStatus
    kind: FeedbackKind
    resource_id: UUID
    resource_name: str
    data_item: str
    record_reference: str
    provider_name: str
    requester_name: str
    received_on: date | None
    due: date | None
    days_left: int | None
    estimated: bool
    urgency: Urgency
    clock_citation: Citation | None
    extension_days: int | None = None
    extension_approved: bool = False
    submitted_at: datetime | None = None
    pending: bool = False
    pending_state: OutboxState | None = None
    is_draft: bool = False

    @property
    def verifying(self) -> bool:
        """The verification clock runs (R20) — and R21 applies to the user department."""
        return not self.is_draft and self.status in _VERIFYING


_VERIFYING = frozenset({FeedbackStatus.SUBMITTED, FeedbackStatus.EXTENSION_REQUESTED,
                        FeedbackStatus.EXTENDED})


@dataclass(frozen=True, slots=True)
class ExtensionLimits:
    """R20 (N6): how long the verification may be extended under the rules in force, and the
    citation that says so; ``max_days`` 0 means no extension at all."""

    max_days: int
    citation: Citation
    approver_role: str | None

    @property
    def allowed(self) -> bool:
        return self.max_days > 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackDetail:
    """A feedback with what its detail pane shows and what the officer may do now.

    ``side`` is ``"requester"`` or ``"provider"`` (the officer's department's part);
    ``actions`` the workflow actions open to this officer now (R20–R22, R15).
    """

    feedback: Feedback
    row: FeedbackRow
    side: str
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[Action, ...]
    limits: ExtensionLimits
    requested_by_name: str = ""
    approved_by_name: str = ""
    disputes: tuple[Dispute, ...] = ()

    @property
    def correction_notice(self) -> bool:
        """R22: the provider's result has reached the user department."""
        return self.feedback.outcome is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackSubmitted:
    """What :meth:`FeedbackWorkspace.submit` queued, and when the verification is due (R20)."""

    feedback_id: UUID
    outbox_id: UUID
    expected_due: DueDate | None
    files: int

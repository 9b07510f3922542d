"""The domain entities of ShareDesk: requests, replies, feedback, disputes, filings and the rest.

Every entity is a frozen, slotted dataclass with keyword-only fields; change one with
:func:`dataclasses.replace`, never by mutation. Ids are UUIDs chosen by whoever creates the
object, so a client can create objects offline. Objects the server may change carry ``version``
(sent back as ``If-Match``) and ``created_at``/``updated_at`` (timezone-aware UTC). Dates that
count working days (``received_on``, ``due``) are plain dates.

The catalog side (departments, users, resources) lives in :mod:`app.models.entities_catalog`
and is re-exported here: import every entity from this module. :mod:`app.models.codec` turns
any of them into JSON and back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from app.models.entities_catalog import (
    AVAILABLE_RESOURCE_STATUSES,
    DataItem,
    Department,
    Resource,
    ShareMethod,
    ShareSpec,
    User,
)
from app.models.enums import (
    DeliveryMethod,
    DisputeStatus,
    DisputeSubject,
    FeedbackKind,
    FeedbackOutcome,
    FeedbackStatus,
    FilingKind,
    FilingStatus,
    NotificationKind,
    ReplyDecision,
    RequestStatus,
    SuspensionKind,
    SuspensionStatus,
)

__all__ = [
    "AVAILABLE_RESOURCE_STATUSES",
    "ENTITY_CLASSES",
    "OPEN_DISPUTE_STATUSES",
    "OPEN_FEEDBACK_STATUSES",
    "OPEN_REQUEST_STATUSES",
    "Attachment",
    "AuditEvent",
    "DataItem",
    "Department",
    "Dispute",
    "Extension",
    "Feedback",
    "Filing",
    "Notification",
    "Reply",
    "Resource",
    "ShareMethod",
    "ShareRequest",
    "ShareSpec",
    "Suspension",
    "TimelineEvent",
    "User",
]

# Requests that wait for an answer: the provider's reply (R13), the negotiation (R14) or the
# requester's missing material (national profile's one-time notice).
OPEN_REQUEST_STATUSES: frozenset[RequestStatus] = frozenset(
    {RequestStatus.SUBMITTED, RequestStatus.MATERIAL_REQUESTED, RequestStatus.NEGOTIATING}
)
# R20: feedback whose verification clock is running.
OPEN_FEEDBACK_STATUSES: frozenset[FeedbackStatus] = frozenset(
    {FeedbackStatus.SUBMITTED, FeedbackStatus.EXTENSION_REQUESTED, FeedbackStatus.EXTENDED}
)
OPEN_DISPUTE_STATUSES: frozenset[DisputeStatus] = frozenset(
    {DisputeStatus.OPEN, DisputeStatus.ESCALATED}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    """A file attached as evidence or material; the bytes travel separately, by ``sha256``."""

    id: UUID
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEvent:
    """One step in the life of a request, feedback or dispute, as the timeline shows it.

    ``action`` is the workflow action's code; ``status_after`` the status value it led to (the
    enum differs per entity, so it is kept as its code); ``rule`` the R-id or profile citation
    that allowed the step, when there is one.
    """

    at: datetime
    actor_user_id: UUID | None = None
    actor_department_id: UUID | None = None
    action: str
    note: str = ""
    status_after: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """The provider's written reply to a request (书面答复, R13).

    ``reply_number`` is the document number, e.g. ``"湘公数答〔2026〕12号"``; ``cited_rule`` the
    rule the reply rests on (e.g. ``"R13"``).
    """

    id: UUID
    request_id: UUID
    decision: ReplyDecision
    reasons: str = ""
    conditions: str = ""
    delivery_method: DeliveryMethod | None = None
    reply_number: str = ""
    replied_by_user_id: UUID
    replied_at: datetime
    cited_rule: str = ""

    @property
    def is_approval(self) -> bool:
        return self.decision is not ReplyDecision.REFUSE


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareRequest:
    """A user department's request for a resource (R11–R14).

    ``received_on`` is the day the provider received it (the R13 clock starts there), ``due`` the
    reply deadline and ``due_estimated`` whether it was counted with a calendar year not yet
    published. ``delivery_due`` is the national profile's delivery deadline after consent;
    ``material_notice`` its one-time notice of missing material. ``data_items`` names the items
    wanted (R11).
    """

    id: UUID
    resource_id: UUID
    requester_department_id: UUID
    requester_user_id: UUID
    provider_department_id: UUID
    purpose: str
    legal_basis: str = ""
    scenario: str = ""
    data_items: tuple[str, ...] = ()
    usage_scope: str = ""
    period_start: date | None = None
    period_end: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    attachments: tuple[Attachment, ...] = ()
    status: RequestStatus = RequestStatus.DRAFT
    profile_id: str = ""
    submitted_at: datetime | None = None
    received_on: date | None = None
    due: date | None = None
    due_estimated: bool = False
    delivery_due: date | None = None
    reply: Reply | None = None
    material_notice: str | None = None
    timeline: tuple[TimelineEvent, ...] = ()
    version: int = 1
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        """Submitted and still waiting for a reply, a negotiation or the requester's material."""
        return self.status in OPEN_REQUEST_STATUSES


@dataclass(frozen=True, slots=True, kw_only=True)
class Extension:
    """R20: a longer verification, approved by the provider's head and notified to the user."""

    days: int
    reason: str
    requested_by_user_id: UUID
    requested_at: datetime
    approved_by_user_id: UUID | None = None
    approved_at: datetime | None = None
    notice_sent_at: datetime | None = None

    @property
    def is_approved(self) -> bool:
        return self.approved_by_user_id is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Feedback:
    """A doubt about shared data or a report of an obvious error, and its verification (R20–R22).

    ``due`` is the verification deadline (extended when an extension is approved);
    ``correction_notice_at`` records when the user department was told of a correction (R22).
    """

    id: UUID
    resource_id: UUID
    data_item: str
    record_reference: str = ""
    kind: FeedbackKind
    description: str
    proposed_value: str = ""
    attachments: tuple[Attachment, ...] = ()
    requester_department_id: UUID
    requester_user_id: UUID
    provider_department_id: UUID
    status: FeedbackStatus = FeedbackStatus.SUBMITTED
    profile_id: str = ""
    submitted_at: datetime | None = None
    received_on: date | None = None
    due: date | None = None
    due_estimated: bool = False
    extension: Extension | None = None
    outcome: FeedbackOutcome | None = None
    corrected_value: str = ""
    explanation: str = ""
    resolved_at: datetime | None = None
    correction_notice_at: datetime | None = None
    timeline: tuple[TimelineEvent, ...] = ()
    version: int = 1
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        """The verification clock is running (R20)."""
        return self.status in OPEN_FEEDBACK_STATUSES


@dataclass(frozen=True, slots=True, kw_only=True)
class Dispute:
    """A dispute the supervisor coordinates (R15), or inconsistent data between providers (R7).

    ``subject_id`` is the id of the request, feedback or resource the dispute is about.
    """

    id: UUID
    subject: DisputeSubject
    subject_id: UUID
    raised_by_department_id: UUID
    raised_by_user_id: UUID | None = None
    against_department_id: UUID
    supervisor_department_id: UUID
    reason: str
    status: DisputeStatus = DisputeStatus.OPEN
    decision: str = ""
    decided_by_user_id: UUID | None = None
    decided_at: datetime | None = None
    escalated_to_department_id: UUID | None = None
    timeline: tuple[TimelineEvent, ...] = ()
    version: int = 1
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_DISPUTE_STATUSES


@dataclass(frozen=True, slots=True, kw_only=True)
class Filing:
    """A record lodged with the supervisor (备案): a catalog update (R5), a not-shared agreement
    (R14) or a misuse report (R17). ``subject_id`` is the resource, request or suspension."""

    id: UUID
    kind: FilingKind
    subject_id: UUID
    department_id: UUID
    supervisor_department_id: UUID
    summary: str
    status: FilingStatus = FilingStatus.PENDING
    filed_by_user_id: UUID | None = None
    filed_at: datetime
    acknowledged_by_user_id: UUID | None = None
    acknowledged_at: datetime | None = None
    version: int = 1
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Suspension:
    """R17: a provider suspends or terminates provision after misuse, and reports it
    (``reported_filing_id`` is the misuse-report filing)."""

    id: UUID
    request_id: UUID
    kind: SuspensionKind
    reasons: str
    status: SuspensionStatus = SuspensionStatus.ACTIVE
    decided_by_user_id: UUID
    decided_at: datetime
    reported_filing_id: UUID | None = None
    lifted_at: datetime | None = None
    version: int = 1
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Notification:
    """A message to a department (or one officer of it) about an entity that needs attention.

    ``subject_entity`` is the entity name used in the change feed (``"request"``, ``"feedback"``…).
    ``read`` only ever turns true, so it needs no version.
    """

    id: UUID
    recipient_department_id: UUID
    recipient_user_id: UUID | None = None
    kind: NotificationKind
    subject_entity: str
    subject_id: UUID
    title_zh: str
    title_en: str
    created_at: datetime
    read: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEvent:
    """One link of the append-only audit chain: ``hash`` covers the event and ``prev_hash``.

    ``actor`` is a username (or ``"system"``); ``entity_id`` is text because not every audited
    thing has a UUID (a failed login names a username).
    """

    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    result: str
    prev_hash: str
    hash: str


# The entity names of the change feed (``{entity, id, op, data}``) and of
# ``Notification.subject_entity``, each with the class its ``data`` decodes to.
ENTITY_CLASSES: dict[str, type[object]] = {
    "department": Department,
    "user": User,
    "resource": Resource,
    "request": ShareRequest,
    "feedback": Feedback,
    "dispute": Dispute,
    "filing": Filing,
    "suspension": Suspension,
    "notification": Notification,
    "audit_event": AuditEvent,
}

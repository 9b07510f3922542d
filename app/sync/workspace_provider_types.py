"""The values the provider side hands to the views: inbox rows and details, the reply draft,
and the reply letter (书面答复函). Frozen, Qt-free, safe to pass from a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from app.models.entities import Filing, Resource, ShareRequest, Suspension
from app.models.enums import (
    DeliveryMethod,
    LabeledEnum,
    ReplyDecision,
    RequestStatus,
    ShareAttribute,
)
from app.models.profiles import Citation, Clock, RuleProfile
from app.models.workdays import DueDate
from app.models.workflows import Action
from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import TimelineEntry, Urgency

__all__ = ["PENDING_NUMBER_EN", "PENDING_NUMBER_ZH", "InboxDetail", "InboxFilter", "InboxRow",
           "InboxScope", "ReplyDraft", "ReplyLetter"]

# The platform numbers replies (its yearly counter); until the sync brings the number back the
# letter says so instead of inventing one.
PENDING_NUMBER_ZH = "（待平台编号）"
PENDING_NUMBER_EN = "(number pending from the platform)"


class InboxScope(LabeledEnum):
    DUE = "due", "待办理", "To do"
    ALL = "all", "全部", "All"


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """``DUE``: a reply or decision is owed (or a delivery, N4); ``text`` matches the resource,
    the requesting department or the purpose."""

    scope: InboxScope = InboxScope.DUE
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class InboxRow:
    """One line of the inbox; ``days_left`` counts working days to ``due`` (negative: overdue)."""

    id: UUID
    status: RequestStatus
    resource_name: str
    requester_name: str
    purpose: str
    share_attribute: ShareAttribute | None
    received_on: date | None
    due: date | None
    days_left: int | None
    estimated: bool
    urgency: Urgency
    clock_citation: Citation | None
    pending_state: OutboxState | None = None

    @property
    def pending(self) -> bool:
        return self.pending_state is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class InboxDetail:
    """Everything the detail pane shows, and the actions the workflow allows now."""

    request: ShareRequest
    row: InboxRow
    resource: Resource | None
    requester_name: str
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[Action, ...]
    filings: tuple[Filing, ...] = ()
    suspensions: tuple[Suspension, ...] = ()
    profile: RuleProfile
    supervisor_name: str = ""  # whom R14 agreements are filed with and R17 reports go to
    delivery_clock: Clock | None = None  # N4: starts on consent, under the national rules
    delivery_if_consented: DueDate | None = None  # N4: the delivery due if consent is given today


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyDraft:
    """What the reply dialog holds (R13)."""

    decision: ReplyDecision
    reasons: str = ""
    conditions: str = ""
    delivery_method: DeliveryMethod | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyLetter:
    """The written reply as a letter (书面答复函); ``reply_number`` empty: not yet numbered."""

    request_id: UUID
    provider_name: str
    requester_name: str
    reply_number: str
    replied_on: date
    resource_name: str
    resource_code: str
    purpose: str
    data_items: tuple[str, ...]
    submitted_on: date | None
    decision: ReplyDecision
    reasons: str
    conditions: str
    delivery_method: DeliveryMethod | None
    legal_basis: str
    cited_rule: str
    citation_zh: str
    citation_en: str
    delivery_due: date | None

    @property
    def numbered(self) -> bool:
        return bool(self.reply_number.strip())

    def number(self, language: str = "zh") -> str:
        if self.numbered:
            return self.reply_number
        return PENDING_NUMBER_EN if language.startswith("en") else PENDING_NUMBER_ZH

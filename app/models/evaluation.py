"""The evaluation scorecard (评价, R24/R25): one pure function that the server and the client share.

:func:`evaluate` turns the objects a supervisor may see into one :class:`DepartmentScore` per
department of its jurisdiction for a :class:`Period`. The server runs it over its tables
(``GET /api/v1/evaluation``), the client over its local cache (offline), so both show the same
figures. Every :class:`Figure` carries the ids of the items behind it (drill-down) and the rule it
evaluates. The inputs are consumed once each, in one pass, into per-department accumulators:
100k catalog entries stream through without being held (``bench/bench_evaluation.py``).
Periods (month, quarter, year) come from :mod:`app.models.evaluation_period`, re-exported.

What each figure counts (the cohort is "received in the period" for clocks, "now" for the catalog):

* requests received (R13): requests whose provider received them (``received_on``) in the period;
* replies on time (R13 / profile's reply clock): the share of the replies that were due — those
  given, and those still owed past ``due`` at the judging day (``as_of``, or the period's end if
  earlier) — whose reply day (Asia/Shanghai) is on or before ``due``; a reply still owed is late,
  so a department cannot look punctual by not answering. Median working days from receipt to
  reply, over the replies given; replies still owed past ``due`` are also counted on their own;
* refusals (R13): replies that refuse, and their share of the replies;
* verifications (R20): of the feedback received in the period, those resolved or still open past
  ``due`` at the judging day; on time = resolved on or before ``due`` without an extension;
  with extension = an approved extension;
* feedback received and corrected (R20, R22);
* disputes (R15): raised against the department in the period, and of those decided;
* catalog (R3, R10, R25): entries the department provides now, published ones, and the share of
  unconditional entries among the published ("unconditional scope narrowed" shows as a low share);
* catalog updates after a law change (R5): update filings in the period, entries whose update is
  overdue at ``as_of``, and the on-time share filed / (filed + overdue). A filed update's original
  due date is not kept on the entry (publishing clears ``law_change_due``), so a filed update
  counts as on time; an overdue one counts against the department until it is filed.
"""

from __future__ import annotations

import contextlib
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar
from uuid import UUID

from app.models.commands import SHANGHAI
from app.models.entities import (
    AVAILABLE_RESOURCE_STATUSES,
    Department,
    Dispute,
    Feedback,
    Filing,
    ShareRequest,
)
from app.models.enums import (
    DepartmentLevel,
    DisputeStatus,
    FeedbackOutcome,
    FilingKind,
    LabeledEnum,
    ReplyDecision,
    ResourceStatus,
    ShareAttribute,
)
from app.models.errors import UnknownCalendarYear
from app.models.evaluation_period import (
    Period,
    PeriodKind,
    month,
    parse_period,
    quarter,
    year_period,
)
from app.models.profiles import RuleProfile
from app.models.workdays import WorkingCalendar

__all__ = [
    "CatalogEntryFacts", "CatalogFacts", "DepartmentScore", "Figure", "FigureKey", "Period",
    "PeriodKind", "Scorecard", "catalog_facts", "evaluate", "jurisdiction_of", "local_day",
    "month", "parse_period", "quarter", "year_period",
]

_E = TypeVar("_E", bound=LabeledEnum)


def _member(enum_cls: type[_E], code: object) -> _E:
    member = enum_cls._value2member_map_.get(str(code))
    if not isinstance(member, enum_cls):
        raise ValueError(f"{code!r} is not a {enum_cls.__name__}")
    return member


class FigureKey(LabeledEnum):
    """The columns of the scorecard, in display order."""

    REQUESTS_RECEIVED = "requests_received", "收到申请", "Requests received"
    REPLIES_ON_TIME = "replies_on_time", "按时答复率", "Replies on time"
    MEDIAN_REPLY_DAYS = "median_reply_days", "答复用时中位数（工作日）", "Median days to reply"
    REPLIES_OVERDUE = "replies_overdue", "逾期未答复", "Replies overdue"
    REFUSALS = "refusals", "不予共享答复", "Refusals"
    REFUSAL_SHARE = "refusal_share", "不予共享占比", "Refusal share"
    FEEDBACK_RECEIVED = "feedback_received", "收到疑义反馈", "Feedback received"
    VERIFIED_ON_TIME = "verified_on_time", "按时核实率", "Verified on time"
    VERIFIED_WITH_EXTENSION = "verified_with_extension", "延期核实", "Verifications extended"
    FEEDBACK_CORRECTED = "feedback_corrected", "已更正", "Feedback corrected"
    DISPUTES_RAISED = "disputes_raised", "被提起争议", "Disputes raised against"
    DISPUTES_DECIDED = "disputes_decided", "争议已协调", "Disputes decided"
    CATALOG_ENTRIES = "catalog_entries", "目录条目", "Catalog entries"
    CATALOG_PUBLISHED = "catalog_published", "已发布条目", "Published entries"
    UNCONDITIONAL_SHARE = "unconditional_share", "无条件共享占比", "Unconditional share"
    UPDATES_FILED = "updates_filed", "目录更新备案", "Catalog updates filed"
    UPDATES_OVERDUE = "updates_overdue", "目录更新逾期", "Catalog updates overdue"
    UPDATES_ON_TIME = "updates_on_time", "目录按时更新率", "Catalog updates on time"

    @property
    def is_share(self) -> bool:
        """A percentage (value 0..100), not a count."""
        return self in _SHARES


_SHARES = frozenset({
    FigureKey.REPLIES_ON_TIME, FigureKey.REFUSAL_SHARE, FigureKey.VERIFIED_ON_TIME,
    FigureKey.UNCONDITIONAL_SHARE, FigureKey.UPDATES_ON_TIME,
})


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of the scorecard. ``items`` are the ids behind it (for a share: the base it was
    counted over), ``matching`` those counted in its numerator; ``value`` is None when there was
    nothing to count (a share over no items, a median of no replies)."""

    key: FigureKey
    value: float | None
    rule: str
    items: tuple[UUID, ...] = ()
    matching: tuple[UUID, ...] = ()
    entity: str = ""  # the change-feed entity the items are: request, feedback, dispute…


@dataclass(frozen=True, slots=True)
class DepartmentScore:
    department_id: UUID
    name: str
    level: DepartmentLevel
    figures: tuple[Figure, ...]

    def figure(self, key: FigureKey) -> Figure:
        return next(found for found in self.figures if found.key is key)


@dataclass(frozen=True, slots=True)
class Scorecard:
    period: Period
    as_of: date
    profile_id: str
    rows: tuple[DepartmentScore, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``GET /api/v1/evaluation``."""
        return {
            "period": self.period.label,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "profile_id": self.profile_id,
            "rows": [
                {
                    "department_id": str(row.department_id),
                    "name": row.name,
                    "level": row.level.value,
                    "figures": [
                        {
                            "key": f.key.value,
                            "value": f.value,
                            "rule": f.rule,
                            "entity": f.entity,
                            "items": [str(i) for i in f.items],
                            "matching": [str(i) for i in f.matching],
                        }
                        for f in row.figures
                    ],
                }
                for row in self.rows
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scorecard:
        rows = tuple(
            DepartmentScore(
                department_id=UUID(row["department_id"]),
                name=row["name"],
                level=_member(DepartmentLevel, row["level"]),
                figures=tuple(
                    Figure(
                        key=_member(FigureKey, f["key"]),
                        value=f["value"],
                        rule=f["rule"],
                        entity=f["entity"],
                        items=tuple(UUID(i) for i in f["items"]),
                        matching=tuple(UUID(i) for i in f["matching"]),
                    )
                    for f in row["figures"]
                ),
            )
            for row in data["rows"]
        )
        return cls(parse_period(data["period"]), date.fromisoformat(data["as_of"]),
                   data["profile_id"], rows)


class CatalogFacts(Protocol):
    """What the evaluation reads of a catalog entry: a :class:`~app.models.entities.Resource`
    qualifies; :func:`catalog_facts` reads the same from stored JSON without the data items."""

    @property
    def id(self) -> UUID: ...
    @property
    def provider_department_id(self) -> UUID: ...
    @property
    def status(self) -> ResourceStatus: ...
    @property
    def share_attribute(self) -> ShareAttribute: ...
    @property
    def law_change_due(self) -> date | None: ...


@dataclass(frozen=True, slots=True)
class CatalogEntryFacts:
    id: UUID
    provider_department_id: UUID
    status: ResourceStatus
    share_attribute: ShareAttribute
    law_change_due: date | None


def catalog_facts(data: Mapping[str, Any]) -> CatalogEntryFacts:
    """The facts of a catalog entry from its JSON (codec form)."""
    due = data.get("law_change_due")
    return CatalogEntryFacts(
        id=UUID(str(data["id"])),
        provider_department_id=UUID(str(data["provider_department_id"])),
        status=_member(ResourceStatus, data["status"]),
        share_attribute=_member(ShareAttribute, data["share"]["attribute"]),
        law_change_due=None if due is None else date.fromisoformat(str(due)),
    )


def jurisdiction_of(departments: Iterable[Department], supervisor_id: UUID) -> list[Department]:
    """The supervisor's own department and every department whose supervisor chain holds it
    (R24: its level and the levels below), in code order."""
    everyone = {d.id: d for d in departments}
    inside: list[Department] = []
    for department in everyone.values():
        current: UUID | None = department.id
        seen: set[UUID] = set()
        while current is not None and current not in seen:
            if current == supervisor_id:
                inside.append(department)
                break
            seen.add(current)
            parent = everyone.get(current)
            current = None if parent is None else parent.supervisor_department_id
    return sorted(inside, key=lambda d: d.code)


def local_day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.astimezone(SHANGHAI).date()


@dataclass(slots=True)
class _Tally:
    """One department's running counts while the inputs stream past."""

    received: list[UUID] = field(default_factory=list)
    replied: list[UUID] = field(default_factory=list)
    on_time: list[UUID] = field(default_factory=list)
    reply_days: list[int] = field(default_factory=list)
    overdue: list[UUID] = field(default_factory=list)
    refused: list[UUID] = field(default_factory=list)
    feedback: list[UUID] = field(default_factory=list)
    verified: list[UUID] = field(default_factory=list)
    verified_on_time: list[UUID] = field(default_factory=list)
    verify_overdue: list[UUID] = field(default_factory=list)
    extended: list[UUID] = field(default_factory=list)
    corrected: list[UUID] = field(default_factory=list)
    disputes: list[UUID] = field(default_factory=list)
    decided: list[UUID] = field(default_factory=list)
    entries: list[UUID] = field(default_factory=list)
    published: list[UUID] = field(default_factory=list)
    unconditional: list[UUID] = field(default_factory=list)
    filed: list[UUID] = field(default_factory=list)
    update_overdue: list[UUID] = field(default_factory=list)


def evaluate(
    *,
    requests: Iterable[ShareRequest],
    feedback: Iterable[Feedback],
    resources: Iterable[CatalogFacts],
    disputes: Iterable[Dispute],
    filings: Iterable[Filing],
    departments: Iterable[Department],
    period: Period,
    calendar: WorkingCalendar,
    profile: RuleProfile,
    as_of: date,
) -> Scorecard:
    """The scorecard of ``departments`` (the rows, in the given order) for ``period``; items of
    other departments are skipped. ``as_of`` is the day overdue clocks are judged on."""
    rows = list(departments)
    tallies: dict[UUID, _Tally] = {d.id: _Tally() for d in rows}
    judged = min(as_of, period.end)
    for request in requests:
        tally = tallies.get(request.provider_department_id)
        if tally is not None and period.holds(request.received_on):
            _count_request(tally, request, calendar, judged)
    for item in feedback:
        tally = tallies.get(item.provider_department_id)
        if tally is not None and period.holds(item.received_on):
            _count_feedback(tally, item, judged)
    for entry in resources:
        tally = tallies.get(entry.provider_department_id)
        if tally is not None:
            _count_entry(tally, entry, as_of)
    for dispute in disputes:
        tally = tallies.get(dispute.against_department_id)
        if tally is not None and period.holds(local_day(dispute.created_at)):
            tally.disputes.append(dispute.id)
            if dispute.status is DisputeStatus.DECIDED:
                tally.decided.append(dispute.id)
    for filing in filings:
        tally = tallies.get(filing.department_id)
        if (tally is not None and filing.kind is FilingKind.CATALOG_UPDATE
                and period.holds(local_day(filing.filed_at))):
            tally.filed.append(filing.id)
    return Scorecard(period, as_of, profile.id, tuple(
        DepartmentScore(d.id, d.name, d.level, _figures(tallies[d.id], profile)) for d in rows
    ))


def _count_request(tally: _Tally, request: ShareRequest, calendar: WorkingCalendar,
                   judged: date) -> None:
    tally.received.append(request.id)
    reply = request.reply
    if reply is None:
        if request.is_open and request.due is not None and request.due < judged:
            tally.overdue.append(request.id)
        return
    replied_on = local_day(reply.replied_at)
    received_on = request.received_on
    if replied_on is None or received_on is None:
        return
    tally.replied.append(request.id)
    if request.due is None or replied_on <= request.due:
        tally.on_time.append(request.id)
    # An unpublished year cannot be counted exactly; the reply still counts above.
    with contextlib.suppress(UnknownCalendarYear):
        tally.reply_days.append(calendar.working_days_between(received_on, replied_on))
    if reply.decision is ReplyDecision.REFUSE:
        tally.refused.append(request.id)


def _count_feedback(tally: _Tally, item: Feedback, judged: date) -> None:
    tally.feedback.append(item.id)
    extended = item.extension is not None and item.extension.is_approved
    if extended:
        tally.extended.append(item.id)
    resolved_on = local_day(item.resolved_at)
    if resolved_on is not None:
        tally.verified.append(item.id)
        if not extended and (item.due is None or resolved_on <= item.due):
            tally.verified_on_time.append(item.id)
    elif item.is_open and item.due is not None and item.due < judged:
        tally.verify_overdue.append(item.id)
    if item.outcome is FeedbackOutcome.CORRECTED:
        tally.corrected.append(item.id)


def _count_entry(tally: _Tally, entry: CatalogFacts, as_of: date) -> None:
    if entry.status is ResourceStatus.RETIRED:
        return
    tally.entries.append(entry.id)
    if entry.status in AVAILABLE_RESOURCE_STATUSES:
        tally.published.append(entry.id)
        if entry.share_attribute is ShareAttribute.UNCONDITIONAL:
            tally.unconditional.append(entry.id)
    if entry.law_change_due is not None and entry.law_change_due < as_of:
        tally.update_overdue.append(entry.id)


def _share(part: list[UUID], whole: list[UUID]) -> float | None:
    return None if not whole else round(100.0 * len(part) / len(whole), 1)


def _figures(t: _Tally, profile: RuleProfile) -> tuple[Figure, ...]:
    reply = profile.conditional_reply.citation.rule_id
    verify = profile.verification.citation.rule_id
    update = profile.catalog_update.citation.rule_id
    median = None if not t.reply_days else float(statistics.median(t.reply_days))
    update_base = t.filed + t.update_overdue
    replies_due = t.replied + t.overdue
    verifications_due = t.verified + t.verify_overdue
    k = FigureKey
    return (
        Figure(k.REQUESTS_RECEIVED, len(t.received), reply, tuple(t.received), (), "request"),
        Figure(k.REPLIES_ON_TIME, _share(t.on_time, replies_due), reply, tuple(replies_due),
               tuple(t.on_time), "request"),
        Figure(k.MEDIAN_REPLY_DAYS, median, reply, tuple(t.replied), (), "request"),
        Figure(k.REPLIES_OVERDUE, len(t.overdue), reply, tuple(t.overdue), (), "request"),
        Figure(k.REFUSALS, len(t.refused), "R13", tuple(t.refused), (), "request"),
        Figure(k.REFUSAL_SHARE, _share(t.refused, t.replied), "R13", tuple(t.replied),
               tuple(t.refused), "request"),
        Figure(k.FEEDBACK_RECEIVED, len(t.feedback), verify, tuple(t.feedback), (), "feedback"),
        Figure(k.VERIFIED_ON_TIME, _share(t.verified_on_time, verifications_due), verify,
               tuple(verifications_due), tuple(t.verified_on_time), "feedback"),
        Figure(k.VERIFIED_WITH_EXTENSION, len(t.extended), verify, tuple(t.extended), (),
               "feedback"),
        Figure(k.FEEDBACK_CORRECTED, len(t.corrected), "R22", tuple(t.corrected), (), "feedback"),
        Figure(k.DISPUTES_RAISED, len(t.disputes), "R15", tuple(t.disputes), (), "dispute"),
        Figure(k.DISPUTES_DECIDED, len(t.decided), "R15", tuple(t.decided), (), "dispute"),
        Figure(k.CATALOG_ENTRIES, len(t.entries), "R3", tuple(t.entries), (), "resource"),
        Figure(k.CATALOG_PUBLISHED, len(t.published), "R3", tuple(t.published), (), "resource"),
        Figure(k.UNCONDITIONAL_SHARE, _share(t.unconditional, t.published), "R10",
               tuple(t.published), tuple(t.unconditional), "resource"),
        Figure(k.UPDATES_FILED, len(t.filed), update, tuple(t.filed), (), "filing"),
        Figure(k.UPDATES_OVERDUE, len(t.update_overdue), update, tuple(t.update_overdue), (),
               "resource"),
        Figure(k.UPDATES_ON_TIME, _share(t.filed, update_base), update, tuple(update_base),
               tuple(t.filed), "filing"),
    )

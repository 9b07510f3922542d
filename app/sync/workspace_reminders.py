"""What the officer should be told after a sync, and the badge counts of the navigation.

Computed from the local cache (Qt-free; the view :mod:`app.views.reminders` runs
:func:`scan` in a worker after each sync and shows what it returns):

* a new item for the officer's department — a request to answer (R13/R14), feedback to verify
  (R20), a written reply received (R13), a verification result or correction notice received
  (R22), the user department's notice that a verification was extended (R20); for heads, an
  extension waiting for their approval (R20);
* a clock the department must meet with **one working day left** (the reply, R13; the
  verification, R20) — once per item and day.

What was announced is remembered in the store's ``sync_state`` (:data:`ANNOUNCED_KEY`, a small
map pruned to what is still current), so nothing is announced twice, not even after a restart.
The first scan of a new store only records what is there: an officer signing in for the first
time is not shown a reminder for every open item at once (the badges count them instead).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.models.enums import FeedbackStatus, LabeledEnum, RequestStatus, Role
from app.sync import workspace_feedback_rows as feedback_rows
from app.sync import workspace_requests as reading

if TYPE_CHECKING:
    from app.sync.workspace import Workspace

ANNOUNCED_KEY = "reminders.announced"
# "Received" items (replies) count as new for this long; older ones are history.
RECENT = timedelta(days=14)
_AWAITING_REPLY = (RequestStatus.SUBMITTED, RequestStatus.NEGOTIATING)
_VERIFYING = (FeedbackStatus.SUBMITTED, FeedbackStatus.EXTENSION_REQUESTED,
              FeedbackStatus.EXTENDED)
_REPLIED = (RequestStatus.APPROVED, RequestStatus.APPROVED_WITH_CONDITIONS,
            RequestStatus.REFUSED, RequestStatus.AGREED, RequestStatus.DECLINED)


class ReminderKind(LabeledEnum):
    NEW_REQUEST = "new_request", "新的共享申请待答复", "New share request to answer"
    NEW_FEEDBACK = "new_feedback", "新的疑义反馈待核实", "New feedback to verify"
    REPLY_RECEIVED = "reply_received", "收到书面答复", "Written reply received"
    RESULT_RECEIVED = "result_received", "收到核实结果", "Verification result received"
    VERIFICATION_EXTENDED = "verification_extended", "核实期限已延长", "Verification extended"
    EXTENSION_TO_APPROVE = "extension_to_approve", "延期核实待审批", "Extension to approve"
    DUE_TOMORROW = "due_tomorrow", "仅剩一个工作日", "One working day left"


@dataclass(frozen=True, slots=True)
class Reminder:
    """One thing to tell the officer; ``page`` is the navigation key that shows it."""

    key: str
    kind: ReminderKind
    page: str
    entity: str
    entity_id: str
    subject: str  # the resource's name
    detail: str = ""  # the data item, or the request's purpose
    due: date | None = None


@dataclass(frozen=True, slots=True)
class ReminderScan:
    """What a scan found: the reminders not announced before, and the badge counts."""

    fresh: tuple[Reminder, ...]
    badges: Mapping[str, int] = field(default_factory=dict)
    baseline: bool = False


def scan(workspace: Workspace) -> ReminderScan:
    """Find what is due for the officer now and remember it as announced (see the module)."""
    store = workspace.store
    today = workspace.today()
    current = list(_candidates(workspace, today))
    with store.transaction():  # read-modify-write of the announced map
        announced = store.state_json(ANNOUNCED_KEY)
        baseline = not isinstance(announced, Mapping)
        known = {} if baseline else dict(announced)
        fresh = () if baseline else tuple(r for r in current if r.key not in known)
        store.set_state_json(ANNOUNCED_KEY, {r.key: known.get(r.key, today.isoformat())
                                             for r in current})
    return ReminderScan(fresh, badges(workspace), baseline)


def badges(workspace: Workspace) -> dict[str, int]:
    """Navigation badges: requests to answer (inbox), feedback that needs the department
    (to verify, or a result to answer), and the department's overdue requests."""
    store = workspace.store
    mine = str(workspace.actor.department_id)
    inbox = len(store.select_json("request", {"provider_department_id": mine,
                                              "status": [s.value for s in _AWAITING_REPLY]}))
    to_verify = len(store.select_json("feedback", {"provider_department_id": mine,
                                                   "status": [s.value for s in _VERIFYING]}))
    to_answer = len(store.select_json("feedback", {
        "requester_department_id": mine,
        "status": [s.value for s in feedback_rows.AWAITING_ANSWER]}))
    overdue = sum(1 for row in workspace.my_requests()
                  if row.days_left is not None and row.days_left < 0)
    return {"inbox": inbox, "feedback": to_verify + to_answer, "requests": overdue}


def _candidates(workspace: Workspace, today: date) -> Iterator[Reminder]:
    yield from _inbox(workspace, today)
    yield from _verification(workspace, today)
    yield from _own_requests(workspace, today)
    yield from _own_feedback(workspace)


def _names(workspace: Workspace, rows: list[dict[str, Any]]) -> dict[str, str]:
    return reading.names(workspace.store, "resource", (str(r.get("resource_id")) for r in rows),
                         "name")


def _one_day_left(workspace: Workspace, today: date, raw_due: object) -> date | None:
    if not isinstance(raw_due, str) or not raw_due:
        return None
    due = date.fromisoformat(raw_due)
    left, _estimated = reading.days_left(workspace.calendar, today, due)
    return due if left == 1 else None


def _inbox(workspace: Workspace, today: date) -> Iterator[Reminder]:
    """R13/R14: requests the department must answer, and their reply clock."""
    found = workspace.store.select_json("request", {
        "provider_department_id": str(workspace.actor.department_id),
        "status": [s.value for s in _AWAITING_REPLY]})
    names = _names(workspace, found)
    for row in found:
        rid, subject = str(row["id"]), names.get(str(row.get("resource_id")), "")
        purpose = str(row.get("purpose") or "")
        yield Reminder(f"request:{rid}:new", ReminderKind.NEW_REQUEST, "inbox", "request", rid,
                       subject, purpose)
        due = _one_day_left(workspace, today, row.get("due"))
        if row.get("status") == RequestStatus.SUBMITTED.value and due is not None:
            yield Reminder(f"request:{rid}:due:{today.isoformat()}", ReminderKind.DUE_TOMORROW,
                           "inbox", "request", rid, subject, purpose, due)


def _verification(workspace: Workspace, today: date) -> Iterator[Reminder]:
    """R20: feedback the department must verify, its clock, and (heads) extensions to approve."""
    actor = workspace.actor
    found = workspace.store.select_json("feedback", {
        "provider_department_id": str(actor.department_id),
        "status": [s.value for s in _VERIFYING]})
    names = _names(workspace, found)
    head = Role.HEAD in actor.roles
    for row in found:
        fid, subject = str(row["id"]), names.get(str(row.get("resource_id")), "")
        item = str(row.get("data_item") or "")
        yield Reminder(f"feedback:{fid}:new", ReminderKind.NEW_FEEDBACK, "feedback", "feedback",
                       fid, subject, item)
        due = _one_day_left(workspace, today, row.get("due"))
        if due is not None:
            yield Reminder(f"feedback:{fid}:due:{today.isoformat()}", ReminderKind.DUE_TOMORROW,
                           "feedback", "feedback", fid, subject, item, due)
        extension = row.get("extension")
        asked = row.get("status") == FeedbackStatus.EXTENSION_REQUESTED.value
        if head and asked and isinstance(extension, Mapping) \
                and str(extension.get("requested_by_user_id")) != str(actor.user_id):
            yield Reminder(f"feedback:{fid}:extension:{extension.get('requested_at')}",
                           ReminderKind.EXTENSION_TO_APPROVE, "feedback", "feedback", fid,
                           subject, item)


def _recent(row: Mapping[str, Any], today: date) -> bool:
    raw = row.get("updated_at")
    if not isinstance(raw, str):
        return False
    return datetime.fromisoformat(raw).date() >= today - RECENT


def _own_requests(workspace: Workspace, today: date) -> Iterator[Reminder]:
    """R13: written replies the department received lately."""
    found = [row for row in workspace.store.select_json("request", {
        "requester_department_id": str(workspace.actor.department_id),
        "status": [s.value for s in _REPLIED]}) if _recent(row, today)]
    names = _names(workspace, found)
    for row in found:
        reply = row.get("reply")
        if not isinstance(reply, Mapping):
            continue
        rid = str(row["id"])
        yield Reminder(f"request:{rid}:reply:{reply.get('id')}", ReminderKind.REPLY_RECEIVED,
                       "requests", "request", rid, names.get(str(row.get("resource_id")), ""),
                       str(row.get("purpose") or ""))


def _own_feedback(workspace: Workspace) -> Iterator[Reminder]:
    """R20/R22: the department's feedback — an extension it was told of, a result to answer."""
    wanted = [FeedbackStatus.EXTENDED, *feedback_rows.AWAITING_ANSWER]
    found = workspace.store.select_json("feedback", {
        "requester_department_id": str(workspace.actor.department_id),
        "status": [s.value for s in wanted]})
    names = _names(workspace, found)
    for row in found:
        fid, subject = str(row["id"]), names.get(str(row.get("resource_id")), "")
        item = str(row.get("data_item") or "")
        if row.get("status") == FeedbackStatus.EXTENDED.value:
            yield Reminder(f"feedback:{fid}:extended", ReminderKind.VERIFICATION_EXTENDED,
                           "feedback", "feedback", fid, subject, item)
        else:
            yield Reminder(f"feedback:{fid}:result", ReminderKind.RESULT_RECEIVED, "feedback",
                           "feedback", fid, subject, item)

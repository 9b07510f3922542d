"""The platform's morning notices on the demo's ``today``: what is due tomorrow, what is late.

A running platform tells a department the day before its reply (R13), verification (R20) or
catalog update (R5) falls due, and tells the supervisor of the jurisdiction when one is overdue
(R24, R25). The demo writes the notices that job would have written this morning, for the
objects its stories left open, with ids derived from the subject and the day so the job, when it
runs, can recognise them.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from app.models.entities import Feedback, Notification, Resource, ShareRequest
from app.models.enums import NotificationKind, ResourceStatus
from server.demo_replay import Replay


def _open_clocks(replay: Replay) -> list[tuple[str, UUID, UUID, date]]:
    """(entity, id, department that owes the answer, due) of every running clock."""
    found: list[tuple[str, UUID, UUID, date]] = []
    for request in replay.objects_of(ShareRequest):
        if request.is_open and request.due is not None:
            found.append(("request", request.id, request.provider_department_id, request.due))
    for feedback in replay.objects_of(Feedback):
        if feedback.is_open and feedback.due is not None:
            found.append(("feedback", feedback.id, feedback.provider_department_id, feedback.due))
    for resource in replay.objects_of(Resource):
        due = resource.law_change_due
        if resource.status is ResourceStatus.UPDATE_PENDING and due is not None:
            found.append(("resource", resource.id, resource.provider_department_id, due))
    return found


def morning_notices(replay: Replay) -> list[Notification]:
    """Deadline-tomorrow notices to the departments that owe an answer, overdue notices to
    their supervisors, dated five past midnight today."""
    clock = replay.clock
    today = clock.today
    tomorrow = clock.after(today, 1)
    at = clock.moment(today, 0, 5)
    notices: list[Notification] = []
    for entity, subject_id, owner, due in _open_clocks(replay):
        if due == tomorrow:
            kind, recipient = NotificationKind.DEADLINE_TOMORROW, owner
        elif due < today:
            supervisor = replay.people.departments[owner].supervisor_department_id
            if supervisor is None:
                continue
            kind, recipient = NotificationKind.OVERDUE, supervisor
        else:
            continue
        notices.append(
            Notification(
                id=replay.ids("notification", kind.value, subject_id, today.isoformat()),
                recipient_department_id=recipient,
                kind=kind,
                subject_entity=entity,
                subject_id=subject_id,
                title_zh=f"{kind.zh}（{due.isoformat()}）",
                title_en=f"{kind.en} ({due.isoformat()})",
                created_at=at,
            )
        )
    return notices

"""Notifications: messages to a department (or one officer), delivered through the change feed.

:func:`notify` is what commands call on an event (a new request for the provider, a reply for the
requester, a deadline tomorrow, an overdue item for the supervisor…); the notification is an
ordinary stored entity, so its recipients receive it with their next sync.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from uuid import UUID

from sqlalchemy.engine import Connection

from app.models.entities import Notification
from app.models.enums import NotificationKind
from server import objects


def notify(
    conn: Connection,
    recipient_department_id: object,
    kind: NotificationKind,
    subject_entity: str,
    subject_id: object,
    *,
    now: datetime,
    recipient_user_id: object | None = None,
    notification_id: UUID | None = None,
    title_zh: str | None = None,
    title_en: str | None = None,
) -> Notification:
    """Store a notification in the caller's transaction; the titles default to the kind's labels.

    ``subject_entity`` is a change-feed entity name (``"request"``, ``"feedback"``…).
    ``notification_id`` is chosen by a caller that must recognise its notice later (the deadline
    sweep); a new random id otherwise.
    """
    if subject_entity not in objects.KINDS:
        raise ValueError(f"unknown subject entity: {subject_entity}")
    notification = Notification(
        id=notification_id or uuid.uuid4(),
        recipient_department_id=UUID(str(recipient_department_id)),
        recipient_user_id=None if recipient_user_id is None else UUID(str(recipient_user_id)),
        kind=kind,
        subject_entity=subject_entity,
        subject_id=UUID(str(subject_id)),
        title_zh=title_zh or kind.zh,
        title_en=title_en or kind.en,
        created_at=now,
    )
    stored: Notification = objects.save(conn, notification, now=now)
    return stored

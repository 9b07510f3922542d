"""Feedback as the platform holds it, for the feedback views' tests (R20–R22).

Built with the domain command itself (:func:`app.models.commands_feedback.submit_feedback`), as
the market-regulation bureau's report on the police's conditional entry, then changed to the
state a test needs and applied to the store as a change-feed page. Also: workspaces for the
police's officer and head on the same desk, and a real (tiny) PNG.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.models.commands import Actor
from app.models.commands_feedback import FeedbackInput, submit_feedback
from app.models.entities import Feedback
from app.models.enums import FeedbackKind
from app.sync.workspace import Workspace
from app.sync.workspace_feedback import FeedbackWorkspace
from tests.models.commands_setup import REQUESTER, env
from tests.sync.workspace_setup import beijing, upsert
from tests.views.desk_setup import Desk

FRIDAY = beijing(2026, 11, 27)


def received(desk: Desk, *, at: datetime = FRIDAY, item: str = "姓名",
             kind: FeedbackKind = FeedbackKind.DOUBT, **changes: Any) -> Feedback:
    """Feedback the user department reported ``at`` (the clock starts that day, R20)."""
    data = FeedbackInput(id=uuid.uuid4(), data_item=item, kind=kind,
                         description="姓名中的生僻字显示为问号",
                         record_reference="430102198001011234",
                         proposed_value="张䶮明" if kind is FeedbackKind.ERROR else "")
    command = env(at, label=str(data.id))
    feedback = replace(submit_feedback(data, desk.province.conditional, REQUESTER,
                                       command).entity, **changes)
    desk.store.apply_changes([upsert("feedback", feedback)], None)
    return feedback


def feedback_of(desk: Desk, actor: Actor = REQUESTER) -> FeedbackWorkspace:
    """The feedback workspace of ``actor`` on the desk's store and clock."""
    if actor == REQUESTER:
        return FeedbackWorkspace(desk.workspace)
    return FeedbackWorkspace(Workspace(desk.store, actor, clock=desk.clock))


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real (grey) PNG: signature, IHDR, IDAT, IEND with their CRCs."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

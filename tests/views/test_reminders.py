"""Reminders: a new item for the officer and a clock with one working day left are announced once
(per item; the clock once per day), remembered in the store; without a system tray (offscreen)
they go to the status message; the badges count the inbox, the feedback and overdue requests.

On the 2026 calendar (no holidays between 16 November and 31 December): feedback received on
Friday 27 November is due Friday 4 December (R20), so on Thursday 3 December one working day is
left — and on Friday 4 December none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.models.entities import Extension
from app.models.enums import FeedbackOutcome, FeedbackStatus, RequestStatus
from app.sync.workspace import Workspace
from app.sync.workspace_reminders import ANNOUNCED_KEY, ReminderKind
from app.views.reminders import Reminders
from tests.models.commands_setup import HEAD, PROVIDER
from tests.sync.workspace_setup import beijing, server_request, upsert
from tests.views.desk_setup import Desk, open_desk
from tests.views.feedback_setup import FRIDAY, received


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


class Told:
    """What the reminders said through the fallback (the main window's status message)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, text: str) -> None:
        self.messages.append(text)


def reminders_of(desk: Desk, actor: object = PROVIDER) -> tuple[Reminders, Told]:
    told = Told()
    workspace = Workspace(desk.store, actor, clock=desk.clock)  # type: ignore[arg-type]
    return Reminders(workspace, desk.tasks, fallback=told), told


def scanned(qtbot: QtBot, reminders: Reminders) -> dict[str, int]:
    """Run one scan; the badges it sent (the last signal of a scan is the requests badge)."""
    counts: dict[str, int] = {}

    def count(key: str, n: int) -> None:
        counts[key] = n

    reminders.badge_changed.connect(count)
    with qtbot.waitSignal(reminders.badge_changed,
                          check_params_cb=lambda key, _n: key == "requests"):
        reminders.on_synced()
    return counts


def test_offscreen_has_no_tray_so_the_status_message_is_used(qtbot: QtBot, desk: Desk) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    reminders, told = reminders_of(desk)
    assert reminders.tray is None
    scanned(qtbot, reminders)  # the first scan only records what is there
    report = received(desk)
    with qtbot.waitSignal(reminders.announced) as announced:
        reminders.on_synced()
    (reminder,) = announced.args[0]
    assert (reminder.kind, reminder.entity_id) == (ReminderKind.NEW_FEEDBACK, str(report.id))
    assert told.messages == [reminders.last_text]
    assert "New feedback to verify" in told.messages[0]
    assert desk.province.conditional.name in told.messages[0]


def test_a_new_item_is_announced_once_even_across_restarts(qtbot: QtBot, desk: Desk) -> None:
    reminders, told = reminders_of(desk)
    scanned(qtbot, reminders)
    received(desk)
    with qtbot.waitSignal(reminders.announced):
        reminders.on_synced()
    with qtbot.assertNotEmitted(reminders.announced):
        scanned(qtbot, reminders)
    again, told_again = reminders_of(desk)  # a new session on the same store
    with qtbot.assertNotEmitted(again.announced):
        scanned(qtbot, again)
    assert len(told.messages) == 1
    assert told_again.messages == []
    announced = desk.store.state_json(ANNOUNCED_KEY)
    assert any(key.endswith(":new") for key in announced)


def test_the_first_scan_of_a_store_announces_nothing_but_counts(qtbot: QtBot,
                                                                desk: Desk) -> None:
    received(desk)
    received(desk, at=beijing(2026, 11, 20))
    reminders, told = reminders_of(desk)
    with qtbot.assertNotEmitted(reminders.announced):
        counts = scanned(qtbot, reminders)
    assert told.messages == []
    assert counts == {"inbox": 0, "feedback": 2, "requests": 0}


def test_r20_one_working_day_left_is_announced_once_a_day(qtbot: QtBot, desk: Desk) -> None:
    report = received(desk)  # due Friday 4 December
    reminders, _told = reminders_of(desk)
    scanned(qtbot, reminders)  # Friday 27 Nov: baseline
    desk.clock.moment = beijing(2026, 12, 3)  # Thursday: one working day left
    with qtbot.waitSignal(reminders.announced) as first:
        reminders.on_synced()
    (due,) = first.args[0]
    assert (due.kind, due.entity_id, due.due) == (ReminderKind.DUE_TOMORROW, str(report.id),
                                                  date(2026, 12, 4))
    assert "2026-12-04" in reminders.last_text
    with qtbot.assertNotEmitted(reminders.announced):
        scanned(qtbot, reminders)  # later the same day
    desk.clock.moment = beijing(2026, 12, 4)  # Friday: due today, not "one day left"
    with qtbot.assertNotEmitted(reminders.announced):
        scanned(qtbot, reminders)


def test_r13_a_reply_clock_with_one_day_left_is_announced_in_the_inbox(qtbot: QtBot,
                                                                       desk: Desk) -> None:
    request = server_request(desk.province.conditional, desk.province,
                             status=RequestStatus.SUBMITTED, submitted=beijing(2026, 11, 13),
                             due=date(2026, 11, 30))
    desk.store.apply_changes([upsert("request", request)], None)
    reminders, _told = reminders_of(desk)
    desk.store.set_state_json(ANNOUNCED_KEY, {})  # not a first scan: everything counts
    with qtbot.waitSignal(reminders.announced) as announced:
        reminders.on_synced()
    kinds = {(r.kind, r.page) for r in announced.args[0]}
    assert kinds == {(ReminderKind.NEW_REQUEST, "inbox"), (ReminderKind.DUE_TOMORROW, "inbox")}
    assert reminders.last_text.startswith("2 item(s) need you")


def test_r20_heads_are_told_of_extensions_to_approve_but_not_of_their_own(
    qtbot: QtBot, desk: Desk
) -> None:
    head, _ = reminders_of(desk, HEAD)
    scanned(qtbot, head)
    report = received(desk)
    asked = replace(report, status=FeedbackStatus.EXTENSION_REQUESTED, version=2,
                    extension=Extension(days=5, reason="需调取原始户籍档案逐项比对核实",
                                        requested_by_user_id=PROVIDER.user_id,
                                        requested_at=FRIDAY))
    desk.store.apply_changes([upsert("feedback", asked)], None)
    with qtbot.waitSignal(head.announced) as told_head:
        head.on_synced()
    assert {r.kind for r in told_head.args[0]} == {ReminderKind.NEW_FEEDBACK,
                                                    ReminderKind.EXTENSION_TO_APPROVE}
    # Each account has its own store; here one store stands in for the others, so forget.
    desk.store.set_state_json(ANNOUNCED_KEY, {})
    officer, _ = reminders_of(desk, PROVIDER)  # not a head: nothing to approve
    with qtbot.waitSignal(officer.announced) as told_officer:
        officer.on_synced()
    assert {r.kind for r in told_officer.args[0]} == {ReminderKind.NEW_FEEDBACK}
    own = replace(asked, extension=replace(asked.extension, requested_by_user_id=HEAD.user_id))
    desk.store.apply_changes([upsert("feedback", own)], None)
    desk.store.set_state_json(ANNOUNCED_KEY, {})
    with qtbot.waitSignal(head.announced) as told_again:
        head.on_synced()
    assert {r.kind for r in told_again.args[0]} == {ReminderKind.NEW_FEEDBACK}


def test_r22_the_user_department_is_told_of_a_correction(qtbot: QtBot, desk: Desk) -> None:
    reminders, told = reminders_of(desk, desk.workspace.actor)
    report = received(desk)
    scanned(qtbot, reminders)
    corrected = replace(report, status=FeedbackStatus.CORRECTED, version=2,
                        outcome=FeedbackOutcome.CORRECTED, corrected_value="张晓明",
                        correction_notice_at=FRIDAY)
    desk.store.apply_changes([upsert("feedback", corrected)], None)
    with qtbot.waitSignal(reminders.announced) as announced:
        reminders.on_synced()
    (notice,) = announced.args[0]
    assert (notice.kind, notice.page) == (ReminderKind.RESULT_RECEIVED, "feedback")
    assert "Verification result received" in told.messages[-1]
    with qtbot.waitSignal(reminders.open_requested) as opened:
        reminders.on_message_clicked()
    assert opened.args == ["feedback"]


def test_badges_count_inbox_feedback_and_overdue_requests(qtbot: QtBot, desk: Desk) -> None:
    province = desk.province
    waiting = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                             submitted=beijing(2026, 11, 2), due=date(2026, 11, 16))
    desk.store.apply_changes([upsert("request", waiting)], None)
    received(desk)
    received(desk, status=FeedbackStatus.CORRECTED, outcome=FeedbackOutcome.CORRECTED,
             corrected_value="张晓明")
    provider, _ = reminders_of(desk, PROVIDER)
    assert scanned(qtbot, provider) == {"inbox": 1, "feedback": 1, "requests": 0}
    officer, _ = reminders_of(desk, desk.workspace.actor)
    # The market bureau: its overdue request (due 16 Nov) and the correction to answer (R22).
    assert scanned(qtbot, officer) == {"inbox": 0, "feedback": 1, "requests": 1}

"""The outbox page: every unanswered command with its state and the platform's reason, the count
for the status bar, and Retry / Edit / Discard (after a confirmation) / Compare for conflicts —
the officer's text never lost on the way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.codec import to_json_dict
from app.models.enums import RequestStatus
from app.sync.store_outbox import OutboxState
from app.views.outbox_model import KIND, PROBLEM, STATE, OutboxModel
from app.views.outbox_page import OutboxPage
from tests.sync.workspace_setup import beijing, form, server_request, upsert
from tests.views.desk_setup import Desk, open_desk

REFUSAL = {"status": 422, "code": "request.purpose_too_short",
           "detail": "使用用途过于简单，请具体说明。", "detail_en": "The purpose is too brief."}


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


def open_page(qtbot: QtBot, desk: Desk, language: str = "zh_CN") -> OutboxPage:
    page = OutboxPage(desk.workspace, desk.tasks, language=language)
    qtbot.addWidget(page)
    page.resize(1000, 480)
    page.show()
    with qtbot.waitSignal(page.count_changed):
        page.reload()
    return page


def refused_submission(desk: Desk) -> object:
    """A submission the platform answered with a 422 (the officer's text kept)."""
    submitted = desk.workspace.submit_request(form(desk.province.conditional))
    desk.store.outbox.mark_sending(submitted.outbox_id)
    desk.store.outbox.mark_needs_attention(submitted.outbox_id, REFUSAL)
    return submitted.outbox_id


def test_count_changed_reports_every_waiting_item(qtbot: QtBot, desk: Desk) -> None:
    desk.workspace.submit_request(form(desk.province.conditional))
    desk.workspace.submit_request(form(desk.province.unconditional, legal_basis=""))
    page = OutboxPage(desk.workspace, desk.tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_changed) as counted:
        page.reload()
    assert counted.args == [2]


def test_needs_attention_shows_the_platforms_reason_in_the_officers_language(
    qtbot: QtBot, desk: Desk
) -> None:
    refused_submission(desk)
    page = open_page(qtbot, desk, "zh_CN")
    assert page.model.index(0, PROBLEM).data() == REFUSAL["detail"]
    assert "⚠" in page.model.index(0, STATE).data()  # a sign, not colour alone
    assert page.model.index(0, KIND).data() == "提交共享申请"
    page.set_language("en")
    assert page.model.index(0, PROBLEM).data() == REFUSAL["detail_en"]


def test_a_retry_says_when_and_why_in_one_translated_sentence(qtbot: QtBot, desk: Desk) -> None:
    submitted = desk.workspace.submit_request(form(desk.province.conditional))
    desk.store.outbox.mark_sending(submitted.outbox_id)
    at = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    busy = {"status": 503, "detail": "平台维护中", "detail_en": "Platform under maintenance"}
    desk.store.outbox.mark_retry(submitted.outbox_id, busy, at)
    page = open_page(qtbot, desk, "en")
    shown = page.model.index(0, PROBLEM).data()
    when = at.astimezone().strftime("%H:%M")
    expected = page.model.tr("No answer yet; trying again at %1 (%2)")
    assert shown == expected.replace("%1", when).replace("%2", busy["detail_en"])


def test_retry_puts_it_back_in_the_queue(qtbot: QtBot, desk: Desk) -> None:
    item_id = refused_submission(desk)
    page = open_page(qtbot, desk)
    page.table.selectRow(0)
    assert page.retry_button.isEnabled()
    assert not page.compare_button.isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    item = desk.store.outbox.get(item_id)  # type: ignore[arg-type]
    assert item is not None
    assert (item.state, item.last_error) == (OutboxState.QUEUED, None)


def test_discard_asks_first_and_then_the_pending_request_is_gone(
    qtbot: QtBot, desk: Desk
) -> None:
    refused_submission(desk)
    page = open_page(qtbot, desk, "en")
    page.table.selectRow(0)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert len(desk.store.outbox.items()) == 1  # nothing before the officer confirms
    with qtbot.waitSignal(page.count_changed) as counted:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard),
                         Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    assert desk.workspace.my_requests() == []


def test_cancelled_discard_keeps_the_item(qtbot: QtBot, desk: Desk) -> None:
    refused_submission(desk)
    page = open_page(qtbot, desk, "en")
    page.table.selectRow(0)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(desk.store.outbox.items()) == 1


def test_edit_opens_the_form_with_the_typed_text_held_off_the_queue(
    qtbot: QtBot, desk: Desk
) -> None:
    item_id = refused_submission(desk)
    page = open_page(qtbot, desk, "en")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible())
    form_dialog = page.form
    assert form_dialog is not None
    assert form_dialog.fields.purpose.toPlainText() == form(desk.province.conditional).purpose
    assert desk.store.outbox.get(item_id).state is OutboxState.HELD  # type: ignore[arg-type, union-attr]

    better = "办理企业开办登记和变更登记时核验法定代表人的身份信息"
    form_dialog.fields.purpose.setPlainText(better)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(form_dialog.fields.submit_button, Qt.MouseButton.LeftButton)
    item = desk.store.outbox.get(item_id)  # type: ignore[arg-type]
    assert item is not None
    assert item.state is OutboxState.QUEUED
    assert item.body is not None
    assert item.body["purpose"] == better


def test_edit_of_a_dispute_keeps_r15_reasons_required(qtbot: QtBot, desk: Desk) -> None:
    refused = server_request(desk.province.conditional, desk.province,
                             status=RequestStatus.REFUSED, submitted=beijing(2026, 11, 3),
                             due=date(2026, 11, 17))
    desk.store.apply_changes([upsert("request", refused)], None)
    reason = "本局承担企业登记核验职责，依法应予共享，请主管部门协调处理"
    item_id = desk.workspace.raise_dispute(refused.id, reason)
    page = open_page(qtbot, desk, "en")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reason_dialog is not None and page.reason_dialog.isVisible())
    dialog = page.reason_dialog
    assert dialog is not None
    assert dialog.editor.toPlainText() == reason
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.editor.setPlainText("请协调")
    assert not ok.isEnabled()
    dialog.editor.setPlainText(reason + "，并督促限期答复")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    item = desk.store.outbox.get(item_id)
    assert item is not None
    assert item.body is not None
    assert item.body["reason"] == reason + "，并督促限期答复"
    assert item.state is OutboxState.QUEUED


def test_conflict_is_compared_side_by_side_and_sent_on_the_current_version(
    qtbot: QtBot, desk: Desk
) -> None:
    seen = server_request(desk.province.conditional, desk.province,
                          status=RequestStatus.SUBMITTED, submitted=beijing(2026, 11, 20),
                          due=date(2026, 12, 4), version=3)
    desk.store.apply_changes([upsert("request", seen)], None)
    item_id = desk.workspace.withdraw(seen.id, "需求已取消")
    theirs = replace(seen, version=4, contact_phone="13800000000")
    desk.store.outbox.mark_sending(item_id)
    desk.store.outbox.mark_conflict(item_id, to_json_dict(theirs), {"status": 412})
    page = open_page(qtbot, desk, "en")
    page.table.selectRow(0)
    assert page.compare_button.isEnabled()
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflict_dialog is not None
                    and page.conflict_dialog.isVisible())
    dialog = page.conflict_dialog
    assert dialog is not None
    table = dialog.table
    lines = {table.item(r, 0).text().rstrip(" ≠"): (table.item(r, 1).text(),
                                                   table.item(r, 2).text())
             for r in range(table.rowCount())}
    assert lines["Version"] == ("3", "4")
    assert "≠" in table.item(0, 0).text()  # marked, not only coloured
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
    item = desk.store.outbox.get(item_id)
    assert item is not None
    assert (item.state, item.if_match) == (OutboxState.QUEUED, "4")


def test_outbox_model_passes_the_model_tester(desk: Desk, qtmodeltester: object) -> None:
    refused_submission(desk)
    desk.workspace.submit_request(form(desk.province.unconditional, legal_basis=""))
    model = OutboxModel("zh_CN")
    model.set_rows(desk.workspace.outbox_items())
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]

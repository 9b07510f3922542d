"""The written reply dialog (R13): a refusal without reasons is refused by the form, with the
domain's message; approvals need their delivery method and conditions; reason templates are
inserted with the resource's legal basis filled in, and added, edited and deleted; under the
national rules the one-time notice of missing material (N3) and the delivery clock (N4)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.models.enums import DeliveryMethod, ReplyDecision, RequestStatus
from app.models.profiles import NATIONAL_2025
from app.models.validation_messages import field_error
from app.reply_templates import TemplateBook, TemplateKind
from app.sync.store import LocalStore, SyncKey
from app.sync.workspace_provider import ProviderDesk
from app.tasks import TaskRunner
from app.views.reply_dialog import MATERIAL, ReplyDialog
from app.views.reply_letter import ReplyLetterDialog
from tests.sync.provider_setup import NOW, Inbox, provider_desk, seeded
from tests.sync.workspace_setup import Clock
from tests.views.desk_setup import settle

REASONS = "申请用途不属于贵单位法定职责范围，依据《中华人民共和国居民身份证法》不予共享。"


@dataclass
class Setting:
    store: LocalStore
    desk: ProviderDesk
    inbox: Inbox
    book: TemplateBook
    tasks: TaskRunner


@pytest.fixture
def setting(tmp_path: Path) -> Iterator[Setting]:
    store = LocalStore.open(tmp_path / "provider.sqlite3")
    tasks = TaskRunner()
    try:
        province, inbox = seeded(store)
        desk = provider_desk(store, province, Clock(NOW))
        yield Setting(store, desk, inbox, TemplateBook(store, desk.actor.department_id), tasks)
    finally:
        settle(tasks)
        tasks.shutdown()
        store.close()


def open_dialog(qtbot: QtBot, setting: Setting, request_id: object | None = None) -> ReplyDialog:
    detail = setting.desk.detail(request_id or setting.inbox.due_later.id)  # type: ignore[arg-type]
    assert detail is not None
    dialog = ReplyDialog(setting.desk, detail, setting.book, setting.tasks, language="en")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.templates))
    return dialog


def send_button(dialog: ReplyDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[return-value]


def test_r13_refusal_without_reasons_is_refused_by_the_form(
    qtbot: QtBot, setting: Setting
) -> None:
    dialog = open_dialog(qtbot, setting)
    assert not send_button(dialog).isEnabled()  # nothing chosen yet
    dialog.choose(ReplyDecision.REFUSE)
    assert not send_button(dialog).isEnabled()
    assert dialog.reasons_error.text() == field_error(
        "reasons", "reply.reasons_required").message("en")
    dialog.accept()  # Ctrl+Enter or a forced accept: refused, nothing queued
    assert dialog.isVisible()
    assert setting.store.outbox.items() == []
    dialog.reasons.setPlainText("不行")
    assert dialog.reasons_error.text() == field_error(
        "reasons", "reply.reasons_too_short", min=10).message("en")
    dialog.reasons.setPlainText(REASONS)
    assert dialog.reasons_error.isHidden()
    assert send_button(dialog).isEnabled()


def test_r13_refusal_with_reasons_is_queued_and_the_dialog_closes(
    qtbot: QtBot, setting: Setting
) -> None:
    dialog = open_dialog(qtbot, setting)
    dialog.choose(ReplyDecision.REFUSE)
    dialog.reasons.setPlainText(REASONS)
    with qtbot.waitSignal(dialog.sent) as sent:
        send_button(dialog).click()
    [item] = setting.store.outbox.items()
    assert sent.args == [item.id]
    assert item.if_match == str(setting.inbox.due_later.version)
    assert item.body is not None
    assert item.body["reasons"] == REASONS
    assert not dialog.isVisible()


def test_approvals_need_a_delivery_method_and_conditions(qtbot: QtBot, setting: Setting) -> None:
    dialog = open_dialog(qtbot, setting)
    dialog.choose(ReplyDecision.APPROVE_WITH_CONDITIONS)
    assert dialog.reasons.isHidden()
    assert not send_button(dialog).isEnabled()
    codes = {error.code for error in dialog.errors}
    assert codes == {"reply.conditions_required", "reply.delivery_method_required"}
    dialog.conditions.setPlainText("仅限企业登记窗口核验使用")
    dialog.delivery.setCurrentIndex(dialog.delivery.findData(DeliveryMethod.PLATFORM_FILE.value))
    assert dialog.errors == []
    assert send_button(dialog).isEnabled()
    dialog.choose(ReplyDecision.APPROVE)  # plain approval: conditions must not be given
    assert {e.code for e in dialog.errors} == {"reply.conditions_unexpected"}


def test_only_the_decisions_the_workflow_allows_are_offered(
    qtbot: QtBot, setting: Setting
) -> None:
    dialog = open_dialog(qtbot, setting)
    # R13 under the Hunan rules: no notice of missing material (N3).
    assert set(dialog.choices) == {"approve", "approve_with_conditions", "refuse"}


def test_r13_reason_template_is_inserted_with_the_legal_basis(
    qtbot: QtBot, setting: Setting
) -> None:
    dialog = open_dialog(qtbot, setting)
    dialog.choose(ReplyDecision.REFUSE)
    assert dialog.template_box.count() == len(setting.book.templates(TemplateKind.REASONS))
    dialog.reasons.setPlainText("补充说明：")
    dialog.reasons.moveCursor(dialog.reasons.textCursor().MoveOperation.End)
    dialog.on_insert_template()
    text = dialog.reasons.toPlainText()
    assert text.startswith("补充说明：")
    assert "《中华人民共和国居民身份证法》" in text  # the resource's legal basis (R10)
    assert "{legal_basis}" not in text
    assert "居民身份证信息" in text
    assert send_button(dialog).isEnabled()


def test_templates_are_added_edited_and_deleted_in_the_manager(
    qtbot: QtBot, setting: Setting
) -> None:
    dialog = open_dialog(qtbot, setting)
    dialog.choose(ReplyDecision.APPROVE_WITH_CONDITIONS)
    dialog.on_manage_templates()
    manager = dialog.manager
    assert manager is not None
    qtbot.waitUntil(lambda: manager.list.count() > 0)
    assert manager.kind() is TemplateKind.CONDITIONS
    manager.on_new()
    manager.title.setText("按月报送使用记录")
    manager.text.setPlainText("每月5日前向本部门报送{resource}的调用记录。")
    with qtbot.waitSignal(manager.changed):
        manager.save_button.click()
    qtbot.waitUntil(lambda: any(t.title == "按月报送使用记录" for t in dialog.templates))
    assert dialog.template_box.findText("按月报送使用记录") >= 0
    qtbot.waitUntil(lambda: manager.title.text() == "按月报送使用记录")  # selected after saving
    manager.title.setText("按月报送调用记录")
    with qtbot.waitSignal(manager.changed):
        manager.save_button.click()
    qtbot.waitUntil(lambda: any(t.title == "按月报送调用记录" for t in dialog.templates))
    assert not any(t.title == "按月报送使用记录" for t in setting.book.templates())
    qtbot.waitUntil(lambda: manager.title.text() == "按月报送调用记录")
    with qtbot.waitSignal(manager.changed):
        manager.delete_button.click()
    qtbot.waitUntil(lambda: not any(t.title == "按月报送调用记录" for t in dialog.templates))


def test_letter_preview_shows_the_reply_before_it_is_sent(qtbot: QtBot, setting: Setting) -> None:
    dialog = open_dialog(qtbot, setting)
    dialog.choose(ReplyDecision.REFUSE)
    dialog.reasons.setPlainText(REASONS)
    dialog.on_preview_letter()
    qtbot.waitUntil(lambda: isinstance(dialog.letter_dialog, ReplyLetterDialog))
    assert dialog.letter_dialog is not None
    preview = dialog.letter_dialog.preview.toPlainText()
    assert "湖南省公安厅" in preview
    assert REASONS in preview
    assert "（待平台编号）" in preview
    assert setting.store.outbox.items() == []  # a preview queues nothing


def test_n3_and_n4_under_the_national_rules(qtbot: QtBot, setting: Setting) -> None:
    setting.store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    setting.desk.workspace.reference()  # the cached rules are read again
    dialog = open_dialog(qtbot, setting)
    assert MATERIAL in dialog.choices
    # N4: consent today (Fri 27 Nov 2026) starts 20 working days: due Fri 25 Dec.
    assert "2026-12-25" in dialog.clock_note.text()
    assert "N4" in dialog.clock_note.text()
    assert "N3" in dialog.clock_note.text()
    dialog.choose(MATERIAL)
    assert not send_button(dialog).isEnabled()
    dialog.material.setPlainText("请补充加盖公章的申请函和数据安全承诺书。")
    with qtbot.waitSignal(dialog.sent):
        send_button(dialog).click()
    request = setting.desk.workspace.request(setting.inbox.due_later.id)
    assert request.status is RequestStatus.MATERIAL_REQUESTED

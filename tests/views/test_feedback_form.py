"""The feedback form (R20): live validation with the domain's messages, evidence checked against
the platform's limits with a clear refusal, drafts, and the report queued with its files.

Today is Friday 27 November 2026; five working days later is Friday 4 December (no holidays in
between, State Council 2026 notice).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models.enums import FeedbackKind
from app.models.validation_messages import field_error
from app.sync.evidence import EVIDENCE_MAX_BYTES
from app.sync.workspace_feedback_types import FeedbackFormData
from app.sync.workspace_types import AttachmentRef
from app.views.feedback_form import FeedbackForm
from tests.views.desk_setup import Desk, open_desk
from tests.views.feedback_setup import feedback_of, png_bytes

DESCRIPTION = "该公民身份号码第 17 位与出生日期不符"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


def open_form(qtbot: QtBot, desk: Desk, **options: object) -> FeedbackForm:
    form = FeedbackForm(feedback_of(desk), desk.tasks, desk.province.conditional,
                        language="en", **options)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    qtbot.waitUntil(lambda: form.expected is not None)
    return form


def message(field: str, code: str) -> str:
    return field_error(field, code, min=5).message("en")


def test_opened_from_a_data_item_it_is_preselected(qtbot: QtBot, desk: Desk) -> None:
    form = open_form(qtbot, desk, data_item="住址")
    assert form.item.currentData() == "住址"
    assert [form.item.itemData(i) for i in range(form.item.count())] == [
        item.name for item in desk.province.conditional.data_items]
    assert "2026-12-04" in form.note.text()  # R20: verified within 5 working days
    assert "R20" in form.note.toolTip()


def test_r20_submit_waits_for_an_item_and_a_description(qtbot: QtBot, desk: Desk) -> None:
    form = open_form(qtbot, desk)
    assert not form.submit_button.isEnabled()
    assert form.error_labels["description"].isHidden()  # nothing typed: no scolding yet
    form.description.setPlainText("不对")
    assert form.error_labels["description"].text() == message(
        "description", "feedback.description_required")
    form.description.setPlainText(DESCRIPTION)
    assert not form.submit_button.isEnabled()  # still no data item
    form.item.setCurrentIndex(form.item.findData("公民身份号码"))
    assert form.submit_button.isEnabled()


def test_r20_an_obvious_error_needs_the_value_believed_right(qtbot: QtBot, desk: Desk) -> None:
    form = open_form(qtbot, desk, data_item="公民身份号码")
    form.description.setPlainText(DESCRIPTION)
    assert form.submit_button.isEnabled()  # a doubt: the provider finds what is right
    form.error.setChecked(True)
    assert not form.submit_button.isEnabled()
    assert form.error_labels["proposed_value"].text() == message(
        "proposed_value", "feedback.proposed_value_required")
    assert form.labels["proposed_value"].text().endswith("*")
    form.proposed.setText("43010219800101123X")
    assert form.submit_button.isEnabled()
    assert form.error_labels["proposed_value"].isHidden()


def add(qtbot: QtBot, form: FeedbackForm, *paths: Path) -> None:
    with qtbot.waitSignal(form.evidence_checked):
        form.add_evidence([str(p) for p in paths])


def test_evidence_over_10_mb_is_refused_with_its_size(qtbot: QtBot, desk: Desk,
                                                      tmp_path: Path) -> None:
    form = open_form(qtbot, desk)
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"0" * (11 * 1024 * 1024 - 9))
    add(qtbot, form, scan)
    assert form.files.count() == 0
    text = form.error_labels["attachments"].text()
    assert "扫描件.pdf" in text
    assert "11.0 MB" in text
    assert f"{EVIDENCE_MAX_BYTES // (1024 * 1024)} MB" in text
    assert form.error_labels["attachments"].isVisible()


def test_a_program_renamed_png_is_refused_and_a_real_png_kept(qtbot: QtBot, desk: Desk,
                                                              tmp_path: Path) -> None:
    form = open_form(qtbot, desk)
    program = tmp_path / "证据.png"
    program.write_bytes(b"MZ\x90\x00\x03" + b"\x00" * 500)  # a Windows .exe's first bytes
    picture = tmp_path / "户籍底卡.png"
    picture.write_bytes(png_bytes())
    add(qtbot, form, program, picture)
    assert [form.files.item(i).data(Qt.ItemDataRole.UserRole).filename
            for i in range(form.files.count())] == ["户籍底卡.png"]
    text = form.error_labels["attachments"].text()
    assert "证据.png" in text
    assert "PDF, PNG, JPEG, OFD, DOCX and XLSX" in text
    form.files.setCurrentRow(0)
    form.on_remove_files()
    assert form.error_labels["attachments"].isHidden()  # the refusal is cleared with a change


def test_submit_queues_the_report_with_its_picture(qtbot: QtBot, desk: Desk,
                                                   tmp_path: Path) -> None:
    form = open_form(qtbot, desk, data_item="公民身份号码")
    picture = tmp_path / "户籍底卡.png"
    picture.write_bytes(png_bytes())
    add(qtbot, form, picture)
    form.error.setChecked(True)
    form.record.setText("430102198001011234")
    form.description.setPlainText(DESCRIPTION)
    form.proposed.setText("43010219800101123X")
    with qtbot.waitSignal(form.submitted) as queued, qtbot.waitSignal(form.message) as said:
        qtbot.keyClick(form.record, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = queued.args[0]
    assert "2026-12-04" in said.args[0]
    (item,) = desk.store.outbox.items()
    assert item.id == result.outbox_id
    assert item.body is not None
    assert (item.body["kind"], item.body["data_item"], item.body["proposed_value"]) == (
        "error", "公民身份号码", "43010219800101123X")
    (kept,) = desk.store.outbox.attachments(item.id)
    assert (kept.filename, kept.content_type) == ("户籍底卡.png", "image/png")
    assert form.result() == form.DialogCode.Accepted


def test_save_draft_keeps_the_form_and_reopens_it(qtbot: QtBot, desk: Desk) -> None:
    form = open_form(qtbot, desk, data_item="姓名")
    form.description.setPlainText("姓名中的生僻字显示为问号")
    form.record.setText("张*明")
    with qtbot.waitSignal(form.draft_saved) as saved:
        qtbot.keyClick(form.record, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    draft = feedback_of(desk).draft(saved.args[0])
    assert draft is not None
    assert (draft.data_item, draft.description, draft.record_reference) == (
        "姓名", "姓名中的生僻字显示为问号", "张*明")
    again = open_form(qtbot, desk, data=draft)
    assert again.form_data() == draft


def test_escape_asks_before_losing_typed_text(qtbot: QtBot, desk: Desk) -> None:
    form = open_form(qtbot, desk)
    form.description.setPlainText(DESCRIPTION)
    qtbot.keyClick(form.description, Qt.Key.Key_Escape)
    box = form.findChild(QMessageBox, "DiscardQuestion")
    assert box is not None
    assert box.isVisible()
    assert form.isVisible()


def test_form_data_round_trips_through_the_fields(qtbot: QtBot, desk: Desk,
                                                  tmp_path: Path) -> None:
    picture = tmp_path / "a.png"
    picture.write_bytes(png_bytes())
    typed = FeedbackFormData(resource_id=desk.province.conditional.id, kind=FeedbackKind.ERROR,
                             data_item="住址", record_reference="门牌 12 号",
                             description="住址门牌号与不动产登记不一致", proposed_value="12 号",
                             attachments=(AttachmentRef("a.png", path=str(picture), size=67),))
    form = open_form(qtbot, desk, data=typed)
    assert form.form_data() == FeedbackFormData(**{**_fields(typed), "draft_id": form.draft_id})


def _fields(data: FeedbackFormData) -> dict[str, object]:
    return {name: getattr(data, name) for name in data.__dataclass_fields__}

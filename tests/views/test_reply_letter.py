"""The written reply letter (书面答复函, R13): rendered from the template in resources/, the
platform's number or "（待平台编号）" until synced, and the PDF — its text read back with pypdf
(the department, the decision, the reasons) and its Chinese font embedded."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.models.enums import DeliveryMethod, ReplyDecision
from app.sync.workspace_provider_types import PENDING_NUMBER_ZH, ReplyLetter
from app.tasks import TaskRunner
from app.views.pdf_unicode import repair_to_unicode
from app.views.reply_letter import (
    ReplyLetterDialog,
    export_pdf,
    print_letter,
    render_letter_html,
    template_path,
)
from tests.views.desk_setup import settle

REASONS = ("经审核，贵单位申请的住址信息超出办理社会保障卡申领的必要范围。依据《中华人民共和国"
           "居民身份证法》，本部门决定不予共享。")
LETTER = ReplyLetter(
    request_id=uuid.uuid4(), provider_name="湖南省公安厅",
    requester_name="湖南省人力资源和社会保障厅",
    reply_number="", replied_on=date(2026, 11, 27), resource_name="居民身份证信息",
    resource_code="101001001/000012", purpose="办理社会保障卡申领时核验申请人身份信息",
    data_items=("公民身份号码", "姓名", "住址"), submitted_on=date(2026, 11, 20),
    decision=ReplyDecision.REFUSE, reasons=REASONS, conditions="", delivery_method=None,
    legal_basis="《中华人民共和国居民身份证法》", cited_rule="R13",
    citation_zh="《湖南省政务信息资源共享管理办法》第三章 政务信息资源利用（R13）",
    citation_en="Hunan measures, chapter 3 (R13)", delivery_due=None)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    settle(runner)
    runner.shutdown()


def pdf_text(path: Path) -> str:
    """Every page's text with the layout's spaces and line breaks taken out."""
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def embedded_fonts(path: Path) -> list[str]:
    """Base names of the fonts whose program is embedded (FontFile, FontFile2 or FontFile3)."""
    found = []
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None:
                    keys = set(descriptor.get_object().keys())
                    if keys & {"/FontFile", "/FontFile2", "/FontFile3"}:
                        found.append(str(font["/BaseFont"]))
    return found


def test_the_template_lives_in_resources() -> None:
    assert template_path().parts[-3:] == ("resources", "letters", "reply_letter.html")
    assert template_path().is_file()


def test_r13_refusal_letter_states_decision_reasons_and_rule() -> None:
    page = render_letter_html(LETTER)
    assert "湖南省公安厅" in page
    assert "湖南省人力资源和社会保障厅：" in page
    assert "不予共享" in page
    assert REASONS in page
    assert "（R13）" in page  # the rule the reply rests on
    assert "R15" in page  # a refusal may go to the supervisor
    assert "共享条件" not in page  # the conditions block is left out
    assert PENDING_NUMBER_ZH in page  # the platform has not numbered it yet
    assert "{{" not in page
    assert "if:" not in page


def test_numbered_approval_letter_shows_conditions_delivery_and_number() -> None:
    approval = replace(LETTER, decision=ReplyDecision.APPROVE_WITH_CONDITIONS,
                       conditions="仅限社保卡窗口核验使用", reasons="",
                       delivery_method=DeliveryMethod.PLATFORM_INTERFACE,
                       reply_number="湘公答〔2026〕12号", delivery_due=date(2026, 12, 25))
    page = render_letter_html(approval)
    assert "湘公答〔2026〕12号" in page
    assert PENDING_NUMBER_ZH not in page
    assert "附条件同意" in page
    assert "仅限社保卡窗口核验使用" in page
    assert "平台接口" in page
    assert "2026年12月25日" in page  # N4: the delivery clock after consent
    assert "不予共享的理由" not in page


def test_values_are_escaped_in_the_letter() -> None:
    page = render_letter_html(replace(LETTER, reasons="<b>不</b> & 理由足够长的说明文字"))
    assert "&lt;b&gt;不&lt;/b&gt; &amp; 理由" in page


def test_pdf_text_reads_back_with_the_department_decision_and_reasons(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = export_pdf(LETTER, tmp_path / "letter.pdf")
    text = pdf_text(path)
    assert "湖南省公安厅" in text
    assert "湖南省人力资源和社会保障厅" in text
    assert "答复意见：不予共享" in text
    assert re.sub(r"\s+", "", REASONS) in text  # 人民, 身, 面… not their radical look-alikes
    assert "R13" in text
    assert PENDING_NUMBER_ZH in text
    fonts = embedded_fonts(path)
    assert fonts, "no font program embedded"
    assert any("CJK" in name for name in fonts)


def test_printing_lays_out_the_same_letter(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_letter(LETTER, printer)
    del printer
    assert "答复意见：不予共享" in pdf_text(tmp_path / "printed.pdf")


def test_dialog_previews_and_exports_in_a_worker(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner
) -> None:
    dialog = ReplyLetterDialog(LETTER, tasks, language="en")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert "湖南省公安厅" in dialog.preview.toPlainText()
    assert dialog.notice.isVisible()  # says the number comes from the platform
    target = tmp_path / "导出.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_to(str(target))
    assert done.args == [str(target)]
    assert REASONS.replace(" ", "") in pdf_text(target)
    numbered = ReplyLetterDialog(replace(LETTER, reply_number="湘公答〔2026〕3号"), tasks)
    qtbot.addWidget(numbered)
    assert numbered.notice.isHidden()


def test_tounicode_repair_changes_only_destinations() -> None:
    cmap = (b"/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            b"2 beginbfchar\n<2EA0> <2EA0>\n<0002> <0041>\nendbfchar\n"
            b"2 beginbfrange\n<0003> <0004> [<2F08> <4E00>]\n<0005> <0006> <2F08>\nendbfrange\n"
            b"endcmap")
    repaired = repair_to_unicode(cmap, {0x2EA0: 0x6C11, 0x2F08: 0x4EBA})
    assert len(repaired) == len(cmap)  # offsets in the PDF stay valid
    assert b"<2EA0> <6C11>" in repaired  # a source code stays, its destination changes
    assert b"[<4EBA> <4E00>]" in repaired
    assert b"<0005> <0006> <2F08>" in repaired  # a consecutive range is left alone

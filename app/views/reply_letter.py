"""书面答复函 — the written reply (R13) as a letter: rendered, previewed, printed, exported to PDF.

The words and layout are ``resources/letters/reply_letter.html`` (Qt's rich-text subset); this
module fills it from a :class:`~app.sync.workspace_provider_types.ReplyLetter` (values
HTML-escaped) and lays it out in a :class:`QTextDocument` on an A4 page with GB/T 9704 margins,
in a Chinese font (a Noto CJK family when the system has one), so the PDF that
:func:`export_pdf` writes with :class:`QPdfWriter` carries the font embedded and its text can be
read back. The platform assigns the reply number; until the sync brings it back the letter says
"（待平台编号）".

:class:`ReplyLetterDialog` shows a read-only preview with Print preview…, Print… and Export
PDF…; the PDF is written in a worker. :func:`open_letter` is what either side calls: the
provider from the inbox, the requester from My requests once the reply has arrived.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QMarginsF, QObject, QSizeF, QStandardPaths, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translations_folder
from app.models.entities import ShareRequest
from app.models.enums import ReplyDecision
from app.models.errors import DomainError
from app.sync.workspace import Workspace
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import ReplyLetter
from app.tasks import TaskRunner
from app.views.pdf_unicode import repair_file

# Serif first: official documents are set in a Song-style face (GB/T 9704 uses 仿宋/宋体).
CJK_FAMILIES = ("Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC",
                "Source Han Sans SC", "SimSun", "Songti SC", "WenQuanYi Micro Hei")
# The letter's px lengths (indents, the red rule) are laid out as on screen; text stays vector.
LAYOUT_DPI = 96
# Page margins in millimetres (left, top, right, bottom): GB/T 9704's sides; a letter (函)
# carries its letterhead inside the text area, so top and bottom are a little narrower.
MARGINS_MM = QMarginsF(28, 30, 26, 30)
_FIELD = re.compile(r"\{\{(\w+)\}\}")
_BLOCK = re.compile(r"<!--if:(\w+)-->(.*?)<!--end:\1-->", re.DOTALL)
_UNSAFE_IN_FILENAME = re.compile(r"[^\w〔〕-]")
_HEADER_COMMENT = re.compile(r"\A\s*<!--.*?-->", re.DOTALL)


def template_path() -> Path:
    """``resources/letters/reply_letter.html`` beside the package or in the bundle."""
    return translations_folder().parent / "resources" / "letters" / "reply_letter.html"


def chinese_date(day: date | None) -> str:
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def letter_values(letter: ReplyLetter) -> dict[str, str]:
    """The template's fields (plain text; :func:`render_letter_html` escapes them)."""
    refused = letter.decision is ReplyDecision.REFUSE
    return {
        "provider": letter.provider_name, "requester": letter.requester_name,
        "reply_number": letter.number("zh"), "replied_on": chinese_date(letter.replied_on),
        "resource": letter.resource_name, "resource_code": letter.resource_code,
        "submitted_on": chinese_date(letter.submitted_on) or "近日",
        "purpose": letter.purpose, "data_items": "、".join(letter.data_items),
        "decision": letter.decision.zh,
        "reasons": letter.reasons if refused else "",  # R13: a refusal states its reasons
        "conditions": "" if refused else letter.conditions,
        "delivery_method": "" if refused or letter.delivery_method is None
        else letter.delivery_method.zh,
        "delivery_due": chinese_date(letter.delivery_due),  # N4
        "legal_basis": letter.legal_basis, "citation": letter.citation_zh,
        "dispute_note": "如对本答复有异议，可提请共享工作主管部门协调（R15）" if refused else "",
    }


def render_letter_html(letter: ReplyLetter, template: str | None = None) -> str:
    """The letter as Qt rich text, from the template (see the module docstring)."""
    text = template if template is not None else template_path().read_text(encoding="utf-8")
    text = _HEADER_COMMENT.sub("", text, count=1)
    values = letter_values(letter)
    text = _BLOCK.sub(lambda m: m.group(2) if values.get(m.group(1), "").strip() else "", text)
    return _FIELD.sub(lambda m: _escaped(values.get(m.group(1), "")), text)


def _escaped(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def letter_font() -> QFont:
    """A Chinese font for the letter (the first CJK family installed), 12 pt."""
    installed = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in installed), "")
    font = QFont(family) if family else QFont()
    font.setPointSizeF(12)
    # Noto CJK's Latin 'locl' swaps the digits after a letter ("R13") for glyphs outside its
    # character map, which a PDF reader then cannot read back; the shapes are the same.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def letter_document(letter: ReplyLetter, page: QSizeF | None = None) -> QTextDocument:
    """The letter laid out in a document; with ``page`` (device pixels) it is paginated."""
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(render_letter_html(letter))
    if page is not None:
        document.setPageSize(page)
    return document


def _a4(device: QPdfWriter | QPrinter) -> QSizeF:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return device.pageLayout().paintRectPixels(device.resolution()).size().toSizeF()


def export_pdf(letter: ReplyLetter, path: Path | str) -> Path:
    """Write the letter as an A4 PDF with its Chinese font embedded. Safe in a worker."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(LAYOUT_DPI)
    writer.setTitle(f"关于“{letter.resource_name}”共享申请的书面答复")
    writer.setCreator("ShareDesk")
    document = letter_document(letter, _a4(writer))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    repair_file(target, document.defaultFont().family())  # “人民”, not “⼈⺠”, when read back
    return target


def print_letter(letter: ReplyLetter, printer: QPrinter) -> None:
    """Print on ``printer`` (A4, GB/T 9704 margins); "print to PDF" is repaired like an export."""
    document = letter_document(letter, _a4(printer))
    document.print_(printer)  # the painter has ended: a PDF file is complete
    target = printer.outputFileName()
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and target:
        repair_file(Path(target), document.defaultFont().family())


def suggested_filename(letter: ReplyLetter) -> str:
    number = letter.reply_number if letter.numbered else str(letter.request_id)[:8]
    safe = _UNSAFE_IN_FILENAME.sub("", number)
    return f"书面答复函-{safe}.pdf"


class ReplyLetterDialog(QDialog):
    """The letter's preview, with Print preview…, Print… and Export PDF…."""

    exported = Signal(str)  # the PDF's path

    def __init__(self, letter: ReplyLetter, tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReplyLetterDialog")
        self.letter = letter
        self.tasks = tasks
        self.language = language
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("LetterNotice")
        self.notice.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("LetterPreview")
        self.preview.setReadOnly(True)
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultFont(letter_font())
        self.preview.setHtml(render_letter_html(letter))
        self.status = QLabel(self)
        self.status.setObjectName("PageMessage")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.on_print_preview)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.on_print)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.on_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.preview_button, self.print_button, self.export_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 900)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Written reply letter"))
        self.preview_button.setText(self.tr("Print pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.export_button.setText(self.tr("&Export PDF…"))
        self.preview.setAccessibleName(self.tr("Letter preview"))
        self.notice.setText("" if self.letter.numbered else self.tr(
            "The platform assigns the reply number when the reply is synced; until then the "
            "letter shows “（待平台编号）”."))
        self.notice.setVisible(not self.letter.numbered)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def on_print_preview(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.paintRequested.connect(lambda printer: print_letter(self.letter, printer))
        self.preview_dialog = dialog
        dialog.open()

    @Slot()
    def on_print(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(lambda: self._printed(dialog.printer()))
        self.print_dialog = dialog
        QDialog.open(dialog)  # PySide6 exposes only QPrintDialog.open(receiver, member)

    def _printed(self, printer: QPrinter) -> None:
        print_letter(self.letter, printer)
        self.status.setText(self.tr("Sent to the printer."))

    @Slot()
    def on_export(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Export the letter as PDF"),
                             str(Path(folder) / suggested_filename(self.letter)),
                             self.tr("PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.export_to)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def export_to(self, path: str) -> None:
        """Write the PDF in a worker; ``exported`` tells where once it is complete."""
        letter = self.letter
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        task = self.tasks.submit("letter-pdf", lambda _ctx: str(export_pdf(letter, path)))
        task.succeeded.connect(self.on_exported)
        task.failed.connect(self.on_export_failed)

    @Slot(object)
    def on_exported(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved as %1").replace("%1", path))
        self.exported.emit(path)

    @Slot(object)
    def on_export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The PDF could not be written: %1").replace(
            "%1", str(error) or type(error).__name__))


class LetterOpener(QObject):
    """Reads a request's letter in a worker, then opens :class:`ReplyLetterDialog` (``opened``)
    or says that no reply has arrived yet (``missing``)."""

    opened = Signal(object)  # the ReplyLetterDialog
    missing = Signal(str)  # why there is no letter to show

    def __init__(self, workspace: Workspace, tasks: TaskRunner, *, language: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.language = language
        self.widget = parent
        self.dialog: ReplyLetterDialog | None = None
        self.box: QMessageBox | None = None

    def open(self, request_id: UUID) -> None:
        desk = ProviderDesk(self.workspace)
        task = self.tasks.submit("reply-letter", lambda _ctx: desk.letter(request_id))
        task.succeeded.connect(self.on_letter)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_letter(self, letter: ReplyLetter | None) -> None:
        if letter is None:
            self._missing(self.tr("No written reply has arrived for this request yet."))
            return
        self.dialog = ReplyLetterDialog(letter, self.tasks, language=self.language,
                                        parent=self.widget)
        self.dialog.open()
        self.opened.emit(self.dialog)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        text = (error.message(self.language) if isinstance(error, DomainError)
                else type(error).__name__)
        self._missing(self.tr("The letter cannot be shown: %1").replace("%1", text))

    def _missing(self, text: str) -> None:
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Written reply letter"),
                               text, QMessageBox.StandardButton.Ok, self.widget)
        self.box.open()
        self.missing.emit(text)


def open_letter(request: ShareRequest | UUID, workspace: Workspace, tasks: TaskRunner, *,
                language: str = "zh_CN", parent: QWidget | None = None) -> LetterOpener:
    """Open the written reply letter of ``request`` — for the provider from the inbox, for the
    requester from My requests once the reply has arrived. The returned opener (a child of
    ``parent``) signals ``opened`` with the dialog, or ``missing``."""
    opener = LetterOpener(workspace, tasks, language=language, parent=parent)
    opener.open(request.id if isinstance(request, ShareRequest) else request)
    return opener

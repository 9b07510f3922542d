"""The widgets of the request form, laid out for the resource's share attribute (R10–R14).

:class:`FormFields` builds the fields into the dialog, reads them into a
:class:`~app.sync.workspace_types.RequestFormData` and back, and shows field errors beside the
fields. The dialog (:mod:`app.views.request_form`) owns the behaviour.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Resource
from app.models.enums import ShareAttribute
from app.models.errors import FieldError
from app.sync.workspace_types import AttachmentRef, RequestFormData

# Fields with an error line of their own; other problems go to the general line.
ERROR_FIELDS = ("purpose", "legal_basis", "scenario", "data_items", "usage_scope",
                "period_end", "contact_name", "contact_phone", "attachments")
_ROLE = Qt.ItemDataRole.UserRole


def _text_box(parent: QWidget, name: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class FormFields(QObject):
    """Every input of the form; ``language`` picks the domain's messages and labels."""

    def __init__(self, dialog: QDialog, resource: Resource, language: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.resource = resource
        self.language = language
        self.attribute = resource.share.attribute
        self.provider_name = ""
        body = QWidget(dialog)
        self._build_inputs(body)
        self._build_footer(body)
        self.labels: dict[str, QLabel] = {}
        self._fill_items()
        self._lay_out(body)

    def _build_inputs(self, body: QWidget) -> None:
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(body)
        self.heading.setObjectName("FormHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.share_note = QLabel(body)
        self.share_note.setObjectName("ShareNote")
        self.share_note.setWordWrap(True)
        self.purpose = _text_box(body, "purpose")
        self.legal_basis = QLineEdit(body)
        self.legal_basis.setObjectName("legal_basis")
        self.scenario = _text_box(body, "scenario")
        self.data_items = QListWidget(body)
        self.data_items.setObjectName("data_items")
        self.select_all = QPushButton(body)
        self.select_all.clicked.connect(self.on_select_all)
        self.usage_scope = QLineEdit(body)
        self.usage_scope.setObjectName("usage_scope")
        self.limit_period = QCheckBox(body)
        self.period_start = QDateEdit(body)
        self.period_end = QDateEdit(body)
        today = QDate.currentDate()
        for edit, start in ((self.period_start, today), (self.period_end, today.addYears(1))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(start)
            edit.setEnabled(False)
        self.limit_period.toggled.connect(self.period_start.setEnabled)
        self.limit_period.toggled.connect(self.period_end.setEnabled)
        self.contact_name = QLineEdit(body)
        self.contact_name.setObjectName("contact_name")
        self.contact_phone = QLineEdit(body)
        self.contact_phone.setObjectName("contact_phone")
        self.attachments = QListWidget(body)
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(72)
        self.add_files = QPushButton(body)
        self.remove_files = QPushButton(body)

    def _build_footer(self, body: QWidget) -> None:
        dialog = self.dialog
        self.error_labels: dict[str, QLabel] = {}
        for field in ERROR_FIELDS:
            label = QLabel(body)
            label.setObjectName(f"error_{field}")
            label.setProperty("role", "field-error")
            label.setStyleSheet("color: #a50e0e;")
            label.setWordWrap(True)
            label.hide()
            self.error_labels[field] = label
        self.expected = QLabel(dialog)
        self.expected.setObjectName("ExpectedReply")
        self.expected.setWordWrap(True)
        self.general = QLabel(dialog)
        self.general.setObjectName("GeneralError")
        self.general.setStyleSheet("color: #a50e0e;")
        self.general.setWordWrap(True)
        self.general.hide()
        self.status = QLabel(dialog)
        self.status.setObjectName("FormStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(dialog)
        self.submit_button = QPushButton(dialog)
        self.submit_button.setObjectName("SubmitButton")
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        self.cancel_button = QPushButton(dialog)
        # No default button: Enter in a one-line field must not press "Select all" (Qt makes
        # the first auto-default button the default) nor submit; Ctrl+Enter submits.
        for button in (self.select_all, self.add_files, self.remove_files, self.save_button,
                       self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)

    def _fill_items(self) -> None:
        negotiated_whole = self.attribute is ShareAttribute.NOT_SHARED  # R14
        for item in self.resource.data_items:
            entry = QListWidgetItem(item.name)
            entry.setData(_ROLE, item.name)
            entry.setCheckState(Qt.CheckState.Unchecked)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if item.shared or negotiated_whole:
                flags |= Qt.ItemFlag.ItemIsEnabled
            entry.setFlags(flags)
            if item.description:
                entry.setToolTip(item.description)
            self.data_items.addItem(entry)
        rows = max(3, min(6, self.data_items.count()))
        self.data_items.setFixedHeight(rows * self.data_items.fontMetrics().height() * 3 // 2 + 8)

    def _row(self, key: str, widget: QWidget | QHBoxLayout, error: str | None = None,
             buddy: QWidget | None = None) -> None:
        label = QLabel(self.form.parentWidget())
        self.labels[key] = label
        target = buddy or (widget if isinstance(widget, QWidget) else None)
        if target is not None:
            label.setBuddy(target)
        self.form.addRow(label, widget)
        if error is not None:
            self.form.addRow("", self.error_labels[error])

    def _lay_out(self, body: QWidget) -> None:
        self.form.addRow(self.heading)
        self.form.addRow(self.share_note)
        self._row("purpose", self.purpose, "purpose")
        if self.attribute is not ShareAttribute.UNCONDITIONAL:
            self._row("legal_basis", self.legal_basis, "legal_basis")
        self._row("scenario", self.scenario, "scenario")
        self._row("data_items", self.data_items, "data_items")
        select_row = QHBoxLayout()
        select_row.addWidget(self.select_all)
        select_row.addStretch(1)
        self.form.addRow("", select_row)
        self._row("usage_scope", self.usage_scope, "usage_scope")
        period = QHBoxLayout()
        for widget in (self.limit_period, self.period_start, QLabel("—"), self.period_end):
            period.addWidget(widget)
        period.addStretch(1)
        self._row("period", period, "period_end", buddy=self.limit_period)
        self._row("contact_name", self.contact_name, "contact_name")
        self._row("contact_phone", self.contact_phone, "contact_phone")
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.add_files)
        side.addWidget(self.remove_files)
        side.addStretch(1)
        files.addLayout(side)
        self._row("attachments", files, "attachments", buddy=self.attachments)
        self.legal_basis.setVisible(self.attribute is not ShareAttribute.UNCONDITIONAL)
        scroll = QScrollArea(self.dialog)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.submit_button, self.cancel_button):
            buttons.addWidget(button)
        outer = QVBoxLayout(self.dialog)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.expected)
        outer.addWidget(self.general)
        outer.addLayout(buttons)
        chain = [self.purpose, self.legal_basis, self.scenario, self.data_items, self.select_all,
                 self.usage_scope, self.limit_period, self.period_start, self.period_end,
                 self.contact_name, self.contact_phone, self.attachments, self.add_files,
                 self.remove_files, self.save_button, self.submit_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.dialog.resize(640, 720)

    def change_signals(self) -> Iterator[tuple[str, SignalInstance]]:
        yield "purpose", self.purpose.textChanged
        yield "legal_basis", self.legal_basis.textChanged
        yield "scenario", self.scenario.textChanged
        yield "data_items", self.data_items.itemChanged
        yield "usage_scope", self.usage_scope.textChanged
        yield "period_end", self.limit_period.toggled
        yield "period_end", self.period_start.dateChanged
        yield "period_end", self.period_end.dateChanged
        yield "contact_name", self.contact_name.textChanged
        yield "contact_phone", self.contact_phone.textChanged

    # ------------------------------------------------------------------------- data

    def checked_items(self) -> tuple[str, ...]:
        rows = (self.data_items.item(i) for i in range(self.data_items.count()))
        return tuple(str(r.data(_ROLE)) for r in rows if r.checkState() == Qt.CheckState.Checked)

    def attachment_refs(self) -> tuple[AttachmentRef, ...]:
        rows = (self.attachments.item(i) for i in range(self.attachments.count()))
        return tuple(r.data(_ROLE) for r in rows)

    def add_attachment(self, ref: AttachmentRef) -> None:
        entry = QListWidgetItem(ref.filename)
        entry.setData(_ROLE, ref)
        entry.setToolTip(ref.path or ref.filename)
        self.attachments.addItem(entry)

    def data(self) -> RequestFormData:
        limited = self.limit_period.isChecked()
        return RequestFormData(
            resource_id=self.resource.id, purpose=self.purpose.toPlainText(),
            legal_basis=""
            if self.attribute is ShareAttribute.UNCONDITIONAL else self.legal_basis.text(),
            scenario=self.scenario.toPlainText(), data_items=self.checked_items(),
            usage_scope=self.usage_scope.text(),
            period_start=_date(self.period_start.date()) if limited else None,
            period_end=_date(self.period_end.date()) if limited else None,
            contact_name=self.contact_name.text(), contact_phone=self.contact_phone.text(),
            attachments=self.attachment_refs(),
        )

    def load(self, data: RequestFormData) -> None:
        self.purpose.setPlainText(data.purpose)
        self.legal_basis.setText(data.legal_basis)
        self.scenario.setPlainText(data.scenario)
        wanted = set(data.data_items)
        for i in range(self.data_items.count()):
            row = self.data_items.item(i)
            checked = str(row.data(_ROLE)) in wanted
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.usage_scope.setText(data.usage_scope)
        if data.period_start is not None and data.period_end is not None:
            self.limit_period.setChecked(True)
            self.period_start.setDate(_qdate(data.period_start))
            self.period_end.setDate(_qdate(data.period_end))
        self.contact_name.setText(data.contact_name)
        self.contact_phone.setText(data.contact_phone)
        self.attachments.clear()
        for ref in data.attachments:
            self.add_attachment(ref)

    def on_select_all(self) -> None:
        for i in range(self.data_items.count()):
            row = self.data_items.item(i)
            if row.flags() & Qt.ItemFlag.ItemIsEnabled:
                row.setCheckState(Qt.CheckState.Checked)

    # ------------------------------------------------------------------------- errors

    def show_errors(self, errors: list[FieldError], language: str, failure: str = "") -> None:
        """Each field's problems under it; the rest (and ``failure``) on the general line."""
        by_field: dict[str, list[str]] = {}
        general: list[str] = [failure] if failure else []
        for error in errors:
            if error.field in self.error_labels:
                by_field.setdefault(error.field, []).append(error.message(language))
            else:
                general.append(error.message(language))
        for field, label in self.error_labels.items():
            text = " ".join(by_field.get(field, []))
            label.setText(text)
            label.setVisible(bool(text))
        self.general.setText(" ".join(general))
        self.general.setVisible(bool(general))

    # ------------------------------------------------------------------------- labels

    def retranslate(self) -> None:
        attribute = self.attribute
        self.heading.setText(f"{self.resource.name}（{self.resource.code}）")
        if self.provider_name:
            self.heading.setText(self.tr("%1 — provided by %2").replace(
                "%1", f"{self.resource.name}（{self.resource.code}）").replace(
                "%2", self.provider_name))
        notes = {
            ShareAttribute.UNCONDITIONAL: self.tr(
                "Unconditional sharing: state the purpose and the items; the resource is "
                "obtained through the platform (R12)."),
            ShareAttribute.CONDITIONAL: self.tr(
                "Conditional sharing: the provider replies in writing (R13). Conditions: %1"),
            ShareAttribute.NOT_SHARED: self.tr(
                "Not shared: this request opens a negotiation with the provider, who files any "
                "agreement (R14)."),
        }
        self.share_note.setText(notes[attribute].replace(
            "%1", self.resource.share.conditions or "—"))
        texts = {
            "purpose": self.tr("&Purpose of use (R11) *"),
            "legal_basis": self.tr("&Legal basis *") if attribute is ShareAttribute.CONDITIONAL
            else self.tr("&Legal basis"),
            "scenario": self.tr("&Reason for negotiation (R14) *")
            if attribute is ShareAttribute.NOT_SHARED else self.tr("Scenario of &use"),
            "data_items": self.tr("Data &items wanted *"),
            "usage_scope": self.tr("Usa&ge scope"),
            "period": self.tr("Peri&od of use"),
            "contact_name": self.tr("&Contact") if attribute is ShareAttribute.UNCONDITIONAL
            else self.tr("&Contact *"),
            "contact_phone": self.tr("Pho&ne") if attribute is ShareAttribute.UNCONDITIONAL
            else self.tr("Pho&ne *"),
            "attachments": self.tr("Attac&hments"),
        }
        for key, text in texts.items():
            if key in self.labels:
                self.labels[key].setText(text)
        self.purpose.setPlaceholderText(self.tr(
            "Which of your department's duties the data serves, e.g. verifying identities when "
            "registering businesses"))
        self.legal_basis.setPlaceholderText(self.tr(
            "The law, regulation or document your duty rests on"))
        self.usage_scope.setPlaceholderText(self.tr(
            "Where the data will be used (R16: only for your own duties)"))
        select_all = (self.tr("Select &all items") if attribute is ShareAttribute.NOT_SHARED
                      else self.tr("Select &all shared items"))
        self.select_all.setText(select_all)
        self.limit_period.setText(self.tr("Limi&t to"))
        self.add_files.setText(self.tr("Add &files…"))
        self.remove_files.setText(self.tr("Re&move"))
        self.save_button.setText(self.tr("Save &draft"))
        self.save_button.setToolTip(self.tr("Keep the text on this computer (Ctrl+S)"))
        self.submit_button.setText(self.tr("&Submit"))
        self.cancel_button.setText(self.tr("Cancel"))
        shared = self.resource.shared_data_item_names
        for i in range(self.data_items.count()):
            row = self.data_items.item(i)
            name = str(row.data(_ROLE))
            withheld = name not in shared and attribute is not ShareAttribute.NOT_SHARED
            row.setText(self.tr("%1 (not shared)").replace("%1", name) if withheld else name)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


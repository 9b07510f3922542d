"""The feedback form (疑义反馈): a user department reports doubtful or wrong shared data to its
provider, who verifies it (R20).

Opened from a catalog entry, or from one of its data items (then preselected): the kind (doubt,
or obvious error), the data item, the record, what looks wrong, the value the officer believes is
right (required for an obvious error), and evidence files. Validation is live with the domain's
messages (``FeedbackWorkspace.check``); Submit stays disabled while anything is missing. Each
file chosen is checked in a worker against the platform's limits (10 MB; PDF, PNG, JPEG, OFD,
DOCX, XLSX by content, :mod:`app.sync.evidence`) and a refused one is named with the reason.
Save draft (Ctrl+S) keeps the form on this computer; Submit (Ctrl+Enter) queues the report with
its files in the outbox (they are uploaded when it is sent); Esc asks before losing typed text.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from uuid import UUID, uuid4

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Resource
from app.models.enums import FeedbackKind
from app.models.errors import DomainError, FieldError
from app.models.profiles import Citation
from app.models.workdays import DueDate
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_feedback_types import FeedbackFormData, FeedbackSubmitted
from app.tasks import TaskRunner
from app.views.evidence_list import EvidenceList

ERROR_FIELDS = ("data_item", "description", "proposed_value", "attachments")


def _error_label(parent: QWidget, field: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error_{field}")
    label.setStyleSheet("color: #a50e0e;")
    label.setWordWrap(True)
    label.hide()
    return label


class FeedbackForm(QDialog):
    """Report on ``resource``; ``data_item`` preselects an item, ``data`` reopens a draft."""

    submitted = Signal(object)  # FeedbackSubmitted
    message = Signal(str)
    draft_saved = Signal(object)  # the draft's UUID
    evidence_checked = Signal()  # the files last chosen were checked (added or refused)

    def __init__(self, feedback: FeedbackWorkspace, tasks: TaskRunner, resource: Resource, *,
                 data_item: str = "", data: FeedbackFormData | None = None,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedbackForm")
        self.feedback = feedback
        self.tasks = tasks
        self.resource = resource
        self.language = language
        self.draft_id: UUID = (data.draft_id if data else None) or uuid4()
        self.errors: list[FieldError] = []
        self.expected: DueDate | None = None
        self.provider_name = ""
        self._touched: set[str] = set()
        self._show_all = False
        self._failure = ""
        self._busy = False
        self._saved = data
        self._build()
        if data is not None:
            self.load(data)
        elif data_item:
            self.item.setCurrentIndex(self.item.findData(data_item))
        self._wire()
        self.retranslate()
        self.validate()
        self._load_expected()

    # ------------------------------------------------------------------------- layout

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("FormHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("VerificationNote")
        self.note.setWordWrap(True)
        self.doubt = QRadioButton(self)
        self.error = QRadioButton(self)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.doubt)
        self.kinds.addButton(self.error)
        self.doubt.setChecked(True)
        self.item = QComboBox(self)
        self.item.setObjectName("data_item")
        for entry in self.resource.data_items:
            self.item.addItem(entry.name, entry.name)
            if entry.description:
                self.item.setItemData(self.item.count() - 1, entry.description,
                                      Qt.ItemDataRole.ToolTipRole)
        self.item.setCurrentIndex(-1)
        self.record = QLineEdit(self)
        self.record.setObjectName("record_reference")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(96)
        self.proposed = QLineEdit(self)
        self.proposed.setObjectName("proposed_value")
        self.evidence = EvidenceList(self.feedback.check_file, self.tasks,
                                     language=self.language, parent=self)
        self.files = self.evidence.files
        self.error_labels = {field: _error_label(self, field) for field in ERROR_FIELDS}
        self.general = _error_label(self, "general")
        self.status = QLabel(self)
        self.status.setObjectName("FormStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("SubmitButton")
        self.submit_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self)
        self._lay_out()

    def _lay_out(self) -> None:
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = QHBoxLayout()
        kinds.addWidget(self.doubt)
        kinds.addWidget(self.error)
        kinds.addStretch(1)
        for key, field, buddy in (("kind", kinds, self.doubt), ("data_item", self.item, None),
                                  ("record_reference", self.record, None),
                                  ("description", self.description, None),
                                  ("proposed_value", self.proposed, None),
                                  ("attachments", self.evidence, self.files)):
            label = QLabel(self)
            label.setBuddy(buddy or field)  # type: ignore[arg-type]
            self.labels[key] = label
            form.addRow(label, field)
            if key in self.error_labels:
                form.addRow("", self.error_labels[key])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.submit_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain = [self.doubt, self.error, self.item, self.record, self.description, self.proposed,
                 self.files, self.evidence.add_files, self.evidence.remove_files,
                 self.save_button,
                 self.submit_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(620, 600)

    def _wire(self) -> None:
        self.kinds.buttonToggled.connect(lambda *_: self.on_changed("proposed_value"))
        self.item.currentIndexChanged.connect(lambda *_: self.on_changed("data_item"))
        self.record.textChanged.connect(lambda *_: self.on_changed("record_reference"))
        self.description.textChanged.connect(lambda: self.on_changed("description"))
        self.proposed.textChanged.connect(lambda *_: self.on_changed("proposed_value"))
        self.evidence.changed.connect(lambda: self.on_changed("attachments"))
        self.evidence.checked.connect(self.evidence_checked)
        self.save_button.clicked.connect(self.on_save_draft)
        self.submit_button.clicked.connect(self.on_submit)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.on_submit)

    # ------------------------------------------------------------------------- data

    def form_data(self) -> FeedbackFormData:
        return FeedbackFormData(
            resource_id=self.resource.id,
            kind=FeedbackKind.ERROR if self.error.isChecked() else FeedbackKind.DOUBT,
            data_item=str(self.item.currentData() or ""), record_reference=self.record.text(),
            description=self.description.toPlainText(), proposed_value=self.proposed.text(),
            attachments=self.evidence.refs(), draft_id=self.draft_id)

    def load(self, data: FeedbackFormData) -> None:
        (self.error if data.kind is FeedbackKind.ERROR else self.doubt).setChecked(True)
        self.item.setCurrentIndex(self.item.findData(data.data_item))
        self.record.setText(data.record_reference)
        self.description.setPlainText(data.description)
        self.proposed.setText(data.proposed_value)
        self.evidence.set_refs(data.attachments)

    def has_unsaved_text(self) -> bool:
        current = replace(self.form_data(), draft_id=None)
        if self._saved is None:
            return current.has_text
        return current != replace(self._saved, draft_id=None)

    # ------------------------------------------------------------------------- validation

    @Slot()
    def validate(self) -> None:
        self.errors = self.feedback.check(self.form_data(), self.resource)
        shown: dict[str, list[str]] = {}
        general = [self._failure] if self._failure else []
        for error in self.errors:
            if error.field in self.error_labels:
                if self._show_all or error.field in self._touched:
                    shown.setdefault(error.field, []).append(error.message(self.language))
            else:
                general.append(error.message(self.language))
        if self.evidence.refusals:
            shown.setdefault("attachments", []).extend(self.evidence.refusals)
        for field, label in self.error_labels.items():
            text = "\n".join(shown.get(field, []))
            label.setText(text)
            label.setVisible(bool(text))
        self.general.setText(" ".join(general))
        self.general.setVisible(bool(general))
        self.submit_button.setEnabled(not self.errors and not self._busy)
        first = self.errors[0].message(self.language) if self.errors else ""
        self.status.setText(self.tr("To submit: %1").replace("%1", first) if first else "")
        self.submit_button.setToolTip(first or self.tr("Queue the report in the outbox "
                                                       "(Ctrl+Enter)"))
        self.labels["proposed_value"].setText(
            self.tr("&Value believed right *") if self.error.isChecked()
            else self.tr("&Value believed right"))

    @Slot(str)
    def on_changed(self, field: str) -> None:
        self._touched.add(field)
        self._failure = ""
        self.validate()

    def _load_expected(self) -> None:
        feedback, provider = self.feedback, self.resource.provider_department_id
        task = self.tasks.submit("feedback-expected", lambda _ctx: (
            feedback.expected_due(), feedback.ws.department_name(provider),
            feedback.ws.profile.verification.citation))
        task.succeeded.connect(self.on_expected)

    @Slot(object)
    def on_expected(self, found: tuple[DueDate, str, Citation]) -> None:
        self.expected, self.provider_name, citation = found
        self.note.setToolTip(citation.describe(self.language))
        self.retranslate()

    def add_evidence(self, paths: list[str]) -> None:
        """Check and list evidence files (what the file picker's choice goes through)."""
        self.evidence.add_paths(paths)

    def on_remove_files(self) -> None:
        self.evidence.on_remove_files()

    # ------------------------------------------------------------------------- save, submit

    @Slot()
    def on_save_draft(self) -> None:
        data, feedback = self.form_data(), self.feedback
        task = self.tasks.submit("feedback-draft", lambda _ctx: feedback.save_draft(data))
        task.deliver_to(self, lambda draft_id: self.on_draft_saved(data, draft_id))
        task.failed.connect(self.on_failed)

    def on_draft_saved(self, data: FeedbackFormData, draft_id: UUID) -> None:
        self._saved = data
        self.status.setText(self.tr("Draft saved on this computer."))
        self.draft_saved.emit(draft_id)

    @Slot()
    def on_submit(self) -> None:
        self._show_all = True
        self.validate()
        if self.errors or self._busy:
            return
        self._busy = True
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Queuing…"))
        data, feedback = self.form_data(), self.feedback
        task = self.tasks.submit("submit-feedback", lambda _ctx: feedback.submit(data))
        task.succeeded.connect(self.on_queued)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_queued(self, result: FeedbackSubmitted) -> None:
        self._saved = self.form_data()
        due = result.expected_due
        text = (self.tr("Feedback queued in the outbox; the provider verifies it by %1 (R20).")
                .replace("%1", due.date.isoformat()) if due is not None
                else self.tr("Feedback queued in the outbox."))
        self.message.emit(text)
        self.submitted.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._busy = False
        self._show_all = True
        self._failure = (error.message(self.language) if isinstance(error, DomainError)
                         else self.tr("Could not save: %1").replace("%1", type(error).__name__))
        self.validate()

    def reject(self) -> None:
        """Esc / Cancel: ask before throwing away typed text (it may be kept as a draft)."""
        if self._busy or not self.has_unsaved_text():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved feedback"),
                          self.tr("Keep what you typed as a draft?"), parent=self)
        box.setObjectName("DiscardQuestion")
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)

        def chosen(button: object) -> None:
            if button is keep:
                self.on_save_draft()
                QDialog.reject(self)
            elif button is discard:
                QDialog.reject(self)

        box.buttonClicked.connect(chosen)
        self.question = box
        box.open()

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        resource = self.resource
        self.setWindowTitle(self.tr("Report doubtful or wrong data — %1").replace(
            "%1", resource.name))
        name = f"{resource.name}（{resource.code}）"
        self.heading.setText(self.tr("%1 — provided by %2").replace("%1", name).replace(
            "%2", self.provider_name) if self.provider_name else name)
        if self.expected is not None:
            self.note.setText(self.tr(
                "The provider verifies the report by %1 (R20). Until then, citizens and "
                "companies holding valid proof are served as usual (R21).").replace(
                "%1", self.expected.date.isoformat()))
        else:
            self.note.setText(self.tr("The provider verifies the report (R20)."))
        self.doubt.setText(FeedbackKind.DOUBT.label(self.language))
        self.error.setText(FeedbackKind.ERROR.label(self.language))
        texts = {"kind": self.tr("&Kind (R20) *"), "data_item": self.tr("Data &item *"),
                 "record_reference": self.tr("&Record"),
                 "description": self.tr("&What looks wrong *"),
                 "attachments": self.tr("&Evidence")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.item.setPlaceholderText(self.tr("Choose the data item"))
        self.record.setPlaceholderText(self.tr("Which record, e.g. a certificate number"))
        self.description.setPlaceholderText(self.tr(
            "What is doubtful or wrong, and how you noticed it"))
        self.proposed.setPlaceholderText(self.tr("The value you believe is right"))
        self.save_button.setText(self.tr("Save &draft"))
        self.save_button.setToolTip(self.tr("Keep the report on this computer (Ctrl+S)"))
        self.submit_button.setText(self.tr("&Submit"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.evidence.language = language
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

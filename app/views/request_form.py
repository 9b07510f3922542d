"""The share-request form (申请共享): what a user department states when it asks (R11–R14).

The form adapts to the resource's share attribute (R10): an unconditional entry needs only the
purpose and the items (R12: obtained directly under the provincial rules; a one-day answer under
the national ones, N1); a conditional one also a legal basis or scenario and a contact for the
written reply (R13); a not-shared one becomes a negotiation request with its reason (R14).

Validation is live, with the domain's own messages (``Workspace.check_request``) beside each
field in the officer's language; Submit stays disabled while anything is missing. The expected
reply date is shown with the rule in a tooltip. What is typed is saved as a local draft a moment
after each change (and at Ctrl+S), so nothing is lost, not even in a crash; Esc asks before
throwing typed text away. Submit (Ctrl+Enter) queues the request in the outbox through the
workspace, in a worker; the form then closes and says so in ``message``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from uuid import UUID, uuid4

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.models.entities import Resource
from app.models.enums import RequestStatus, ShareAttribute
from app.models.errors import DomainError, FieldError
from app.sync.workspace import Workspace
from app.sync.workspace_types import (
    AttachmentRef,
    ExpectedReply,
    ReferenceNote,
    ReplyKind,
    RequestFormData,
    Submitted,
)
from app.tasks import TaskRunner
from app.views.request_form_fields import FormFields

AUTOSAVE_MS = 1200


class RequestForm(QDialog):
    """Ask for ``resource``; ``data`` reopens a draft, ``outbox_item`` edits a held submission."""

    submitted = Signal(object)  # Submitted (new request) or the outbox item's UUID (resent)
    message = Signal(str)  # a confirmation for the status area
    draft_saved = Signal(object)  # the draft's UUID

    def __init__(self, workspace: Workspace, tasks: TaskRunner, resource: Resource, *,
                 language: str = "zh_CN", data: RequestFormData | None = None,
                 outbox_item: UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestForm")
        self.workspace = workspace
        self.tasks = tasks
        self.resource = resource
        self.language = language
        self.outbox_item = outbox_item
        self.draft_id: UUID | None = None
        if outbox_item is None:
            self.draft_id = (data.draft_id if data else None) or uuid4()
        self.errors: list[FieldError] = []
        self.expected: ExpectedReply | None = None
        self.notes: tuple[ReferenceNote, ...] = ()
        self._touched: set[str] = set()
        self._failure = ""  # why the last submission was refused, until the next change
        self._show_all = False
        self._saved = data  # the last state written (or given): unsaved text is what differs
        self._saving = False
        self._save_again = False
        self._submit_after_save = False
        self._busy = False
        self.fields = FormFields(self, resource, language)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.on_autosave)
        if data is not None:
            self.fields.load(data)  # before wiring: loading is not typing
        self._wire()
        self.retranslate()
        self.validate()
        self._load_expected()

    def _wire(self) -> None:
        f = self.fields
        for name, signal in f.change_signals():
            signal.connect(lambda *_args, field=name: self.on_changed(field))
        f.add_files.clicked.connect(self.on_add_files)
        f.remove_files.clicked.connect(self.on_remove_files)
        f.save_button.clicked.connect(self.on_save_draft)
        f.submit_button.clicked.connect(self.on_submit)
        f.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.on_submit)
        f.save_button.setVisible(self.outbox_item is None)

    # ------------------------------------------------------------------------- data

    def form_data(self) -> RequestFormData:
        return replace(self.fields.data(), resource_id=self.resource.id, draft_id=self.draft_id)

    def has_unsaved_text(self) -> bool:
        current = self.form_data()
        if self._saved is None:
            return current.has_text
        return replace(current, draft_id=None) != replace(self._saved, draft_id=None)

    # ------------------------------------------------------------------------- validation

    @Slot()
    def validate(self) -> None:
        self.errors = self.workspace.check_request(self.form_data(), self.resource)
        shown = [e for e in self.errors if self._show_all or e.field in self._touched
                 or e.field not in self.fields.error_labels]
        self.fields.show_errors(shown, self.language, self._failure)
        self.fields.submit_button.setEnabled(not self.errors and not self._busy)
        if self.errors:
            first = self.errors[0].message(self.language)
            self.fields.status.setText(self.tr("To submit: %1").replace("%1", first))
            self.fields.submit_button.setToolTip(first)
        else:
            self.fields.status.setText("")
            self.fields.submit_button.setToolTip(self.tr("Queue the request in the outbox "
                                                         "(Ctrl+Enter)"))

    @Slot(str)
    def on_changed(self, field: str) -> None:
        self._touched.add(field)
        self._failure = ""
        self.validate()
        if self.outbox_item is None:
            self._autosave.start()

    # ------------------------------------------------------------------------- expected reply

    def _load_expected(self) -> None:
        workspace, resource = self.workspace, self.resource
        task = self.tasks.submit(
            "expected-reply",
            lambda _ctx: (workspace.expected_reply(resource), workspace.reference_notes(),
                          workspace.department_name(resource.provider_department_id)))
        task.succeeded.connect(self.on_expected)

    @Slot(object)
    def on_expected(self, found: tuple[ExpectedReply, tuple[ReferenceNote, ...], str]) -> None:
        self.expected, self.notes, self.fields.provider_name = found
        self.retranslate()

    def _draw_expected(self) -> None:
        expected = self.expected
        label = self.fields.expected
        if expected is None:
            label.setText(self.tr("Expected reply: working it out…"))
            return
        if expected.kind is ReplyKind.IMMEDIATE:
            text = self.tr("Expected reply: immediately — the resource is obtained directly "
                           "(%1)").replace("%1", expected.rule)
        elif expected.kind is ReplyKind.NEGOTIATION:
            text = self.tr("Expected reply: no deadline — the departments negotiate "
                           "(%1)").replace("%1", expected.rule)
        else:
            assert expected.due is not None
            days = self.tr("%n working day(s)", "", expected.working_days or 0)
            if expected.estimated:  # one whole sentence; plural follows the number of years
                unknown = expected.due.unknown_years
                text = self.tr("Expected reply: %1 (%2, under %3), estimated: the holiday "
                               "calendar(s) of %4 not yet published", "", len(unknown)
                               ).replace("%4", ", ".join(str(year) for year in unknown))
            else:
                text = self.tr("Expected reply: %1 (%2, under %3)")
            text = (text.replace("%1", expected.due.date.isoformat()).replace("%2", days)
                    .replace("%3", expected.rule))
        label.setText(text)
        tips = [] if expected.citation is None else [expected.citation.describe(self.language)]
        if expected.clock is not None:
            tips.append(self.tr("The clock starts on: %1").replace(
                "%1", expected.clock.starts(self.language)))
        tips += [note.message(self.language) for note in self.notes]
        label.setToolTip("\n".join(tips))

    # ------------------------------------------------------------------------- attachments

    @Slot()
    def on_add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments(paths)

    def add_attachments(self, paths: list[str]) -> None:
        for path in paths:
            self.fields.add_attachment(AttachmentRef(Path(path).name, path=path))
        if paths:
            self.on_changed("attachments")

    @Slot()
    def on_remove_files(self) -> None:
        for item in self.fields.attachments.selectedItems():
            self.fields.attachments.takeItem(self.fields.attachments.row(item))
        self.on_changed("attachments")

    # ------------------------------------------------------------------------- drafts

    @Slot()
    def on_autosave(self) -> None:
        if self.outbox_item is None and not self._busy and self.has_unsaved_text():
            self._save()

    @Slot()
    def on_save_draft(self) -> None:
        if self.outbox_item is not None:
            return
        self._autosave.stop()
        self._save(announce=True)

    def _save(self, announce: bool = False) -> None:
        if self._saving:  # one save at a time, in order: the next one starts when this ends
            self._save_again = True
            return
        self._saving = True
        data = self.form_data()
        workspace = self.workspace
        task = self.tasks.submit("save-draft", lambda _ctx: workspace.save_draft(data))
        task.deliver_to(self, lambda draft_id: self.on_draft_saved(data, draft_id, announce))
        task.failed.connect(self.on_failed)
        task.finished.connect(self.on_save_finished)

    def on_draft_saved(self, data: RequestFormData, draft_id: UUID, announce: bool) -> None:
        self._saved = data
        self.draft_saved.emit(draft_id)
        if announce:
            self.fields.status.setText(self.tr("Draft saved."))

    @Slot()
    def on_save_finished(self) -> None:
        self._saving = False
        if self._submit_after_save:
            self._submit_after_save = False
            self._send()
        elif self._save_again and not self._busy:
            self._save_again = False
            self._save()

    # ------------------------------------------------------------------------- submit

    @Slot()
    def on_submit(self) -> None:
        self._show_all = True
        self.validate()
        if self.errors or self._busy:
            return
        self._autosave.stop()
        self._busy = True  # no more autosaves: the draft becomes the request
        self.fields.submit_button.setEnabled(False)
        if self._saving:  # let the running save land first, or it would revive the draft
            self._save_again = False
            self._submit_after_save = True
            return
        self._send()

    def _send(self) -> None:
        data = self.form_data()
        workspace = self.workspace
        item = self.outbox_item
        if item is None:
            task = self.tasks.submit("submit-request", lambda _ctx: workspace.submit_request(data))
        else:
            def resend(_ctx: object) -> UUID:
                workspace.resend_edited(item, data)
                return item

            task = self.tasks.submit("resend-request", resend)
        self.fields.status.setText(self.tr("Queuing…"))
        task.succeeded.connect(self.on_queued)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_queued(self, result: Submitted | UUID) -> None:
        self._saved = self.form_data()
        if isinstance(result, Submitted):
            text = self._confirmation(result)
        else:
            text = self.tr("The edited request is back in the outbox queue.")
        self.message.emit(text)
        self.submitted.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    def _confirmation(self, result: Submitted) -> str:
        if result.status is RequestStatus.GRANTED:
            return self.tr("Request queued in the outbox; the resource is granted directly "
                           "(R12) once it is sent.")
        if result.status is RequestStatus.NEGOTIATING:
            return self.tr("Negotiation request queued in the outbox (R14).")
        due = result.expected.due
        if due is None:
            return self.tr("Request queued in the outbox.")
        return self.tr("Request queued in the outbox; expected reply by %1.").replace(
            "%1", due.date.isoformat())

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._busy = False
        self._show_all = True
        if isinstance(error, DomainError):
            self._failure = error.message(self.language)
        else:
            self._failure = self.tr("Could not save: %1").replace("%1", type(error).__name__)
        self.validate()
        if isinstance(error, DomainError) and error.field_errors:
            # The refusal's own field messages (it may know more than the live check).
            self.fields.show_errors(list(error.field_errors), self.language, self._failure)

    # ------------------------------------------------------------------------- closing

    def reject(self) -> None:
        """Esc / Cancel: ask before throwing away typed text (a draft may be kept)."""
        if self._busy or not self.has_unsaved_text():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved request"),
                          self.tr("Keep what you typed as a draft?"), parent=self)
        box.setObjectName("DiscardQuestion")
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        if self.outbox_item is not None:
            box.setText(self.tr("Discard your changes? The item stays in the outbox, off the "
                                "queue, as it was."))
            keep.hide()
        box.buttonClicked.connect(lambda button: self._on_close_choice(button, keep, discard))
        box.open()

    def _on_close_choice(self, button: object, keep: object, discard: object) -> None:
        if button is keep:
            self._autosave.stop()
            self._save()
            super().reject()
        elif button is discard:
            self._autosave.stop()
            self._busy = True
            if self.outbox_item is None and self.draft_id is not None:
                workspace, draft_id = self.workspace, self.draft_id
                self.tasks.submit("delete-draft", lambda _ctx: workspace.delete_draft(draft_id))
            super().reject()

    def retranslate(self) -> None:
        attribute = self.resource.share.attribute
        if attribute is ShareAttribute.NOT_SHARED:
            self.setWindowTitle(self.tr("Negotiation request — %1").replace("%1",
                                                                          self.resource.name))
        else:
            self.setWindowTitle(self.tr("Request a resource — %1").replace("%1",
                                                                         self.resource.name))
        self.fields.retranslate()
        self._draw_expected()

    def set_language(self, language: str) -> None:
        self.language = language
        self.fields.language = language
        self.retranslate()
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

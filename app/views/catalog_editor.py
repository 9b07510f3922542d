"""The catalog entry editor (R3, R4, R5, R10): a department drafts or edits one of its own
entries, sees the supervisor's comment on a returned entry, and saves the draft or submits it
for review — through the outbox like every command
(:class:`app.sync.workspace_catalog.CatalogDesk`).

Validation is live: on every edit the entry as typed goes through
:meth:`CatalogDesk.check` (:func:`app.models.validation.validate_resource`, pure, no store
access, so it runs on the GUI thread) and each message appears under its field; "Submit for
review" stays disabled while anything is missing (R3: a complete entry is reviewed), while a
draft may be saved incomplete. Saving runs in a worker; a refusal shows the domain's reasons.
``saved(resource_id)`` tells the page what to redraw.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.commands_catalog import ResourceDraft
from app.models.entities import Resource
from app.models.errors import DomainError
from app.sync.workspace_catalog import CatalogDesk, draft_of
from app.tasks import TaskRunner
from app.views.catalog_editor_fields import CatalogEditorFields


class CatalogEditor(QDialog):
    saved = Signal(object)  # the entry's UUID

    def __init__(self, catalog: CatalogDesk, tasks: TaskRunner, *,
                 resource: Resource | None = None, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogEditor")
        self.catalog = catalog
        self.tasks = tasks
        self.language = language
        self.resource = resource
        self.comment = QLabel(self)
        self.comment.setObjectName("ReviewComment")
        self.comment.setWordWrap(True)
        self.comment.setStyleSheet("background: #fff4e5; padding: 6px;")
        self.fields = CatalogEditorFields(language, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.on_save)
        self.submit_button.clicked.connect(self.on_submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.comment)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self.on_changed)
        self.fields.set_draft(draft_of(resource) if resource is not None
                              else catalog.blank_draft())
        self.resize(820, 760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New catalog entry") if self.resource is None
                            else self.tr("Edit catalog entry"))
        self.save_button.setText(self.tr("Save &draft"))
        self.submit_button.setText(self.tr("Save and su&bmit for review"))
        comment = "" if self.resource is None else self.resource.review_comment
        self.comment.setText(self.tr("The supervisor's comment (R3): %1").replace("%1", comment))
        self.comment.setVisible(bool(comment))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def draft(self) -> ResourceDraft:
        return self.fields.draft()

    @Slot()
    def on_changed(self) -> None:
        resource_id = None if self.resource is None else self.resource.id
        errors = self.catalog.check(self.draft(), resource_id)
        self.fields.show_errors(errors, self.language)
        self.submit_button.setEnabled(not errors)
        self.save_button.setEnabled(bool(self.draft().name))

    @Slot()
    def on_save(self) -> None:
        self._run(submit=False)

    @Slot()
    def on_submit(self) -> None:
        self._run(submit=True)

    def _run(self, *, submit: bool) -> None:
        catalog, draft, resource = self.catalog, self.draft(), self.resource

        def save(_context: Any) -> UUID:
            if resource is None:
                resource_id = catalog.create(draft)
            else:
                catalog.update(resource.id, draft)
                resource_id = resource.id
            if submit:
                catalog.submit(resource_id)
            return resource_id

        self.save_button.setEnabled(False)
        self.submit_button.setEnabled(False)
        task = self.tasks.submit("catalog-save", save)
        task.succeeded.connect(self.on_saved)
        task.failed.connect(self.on_refused)

    @Slot(object)
    def on_saved(self, resource_id: UUID) -> None:
        self.saved.emit(resource_id)
        self.accept()

    @Slot(object)
    def on_refused(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            english = self.language.startswith("en")
            self.problem.setText(error.message_en if english else error.message_zh)
            if error.field_errors:
                self.fields.show_errors(error.field_errors, self.language)
        else:
            self.problem.setText(type(error).__name__)
        self.problem.show()
        self.save_button.setEnabled(True)
        self.submit_button.setEnabled(True)

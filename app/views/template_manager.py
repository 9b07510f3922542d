"""The department's reason templates, edited: add, change, delete (R13 reasons, conditions).

A list of the templates of one kind beside a title and a text; placeholders such as
``{legal_basis}`` are explained under the text. Reads and writes go through the TaskRunner
(they touch the local store); ``changed`` tells the reply dialog to reload its list.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reply_templates import PLACEHOLDERS, ReasonTemplate, TemplateBook, TemplateKind
from app.tasks import TaskRunner


class TemplateManager(QDialog):
    changed = Signal()

    def __init__(self, book: TemplateBook, tasks: TaskRunner, *,
                 kind: TemplateKind = TemplateKind.REASONS, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateManager")
        self.book, self.tasks, self.language = book, tasks, language
        self.templates: list[ReasonTemplate] = []
        self.kind_box = QComboBox(self)
        for each in TemplateKind:
            self.kind_box.addItem(each.label(language), each.value)
        self.kind_box.setCurrentIndex(list(TemplateKind).index(kind))
        self.kind_box.currentIndexChanged.connect(self.on_kind)
        self.list = QListWidget(self)
        self.list.setObjectName("TemplateList")
        self.list.currentItemChanged.connect(self.on_current)
        self.title = QLineEdit(self)
        self.title.setObjectName("TemplateTitle")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("TemplateText")
        self.text.setTabChangesFocus(True)
        self.title.textChanged.connect(self.on_edited)
        self.text.textChanged.connect(self.on_edited)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.new_button, self.save_button, self.delete_button = (
            QPushButton(self) for _ in range(3))
        self.new_button.clicked.connect(self.on_new)
        self.save_button.clicked.connect(self.on_save)
        self.delete_button.clicked.connect(self.on_delete)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        self.kind_label, self.title_label, self.text_label = (QLabel(self) for _ in range(3))
        self.kind_label.setBuddy(self.kind_box)
        self.title_label.setBuddy(self.title)
        self.text_label.setBuddy(self.text)
        form = QFormLayout()
        form.addRow(self.title_label, self.title)
        form.addRow(self.text_label, self.text)
        form.addRow("", self.hint)
        actions = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    def kind(self) -> TemplateKind:
        wanted = self.kind_box.currentData()
        return next((k for k in TemplateKind if k.value == wanted), TemplateKind.REASONS)

    def selected(self) -> UUID | None:
        item = self.list.currentItem()
        return None if item is None else UUID(str(item.data(Qt.ItemDataRole.UserRole)))

    # ------------------------------------------------------------------------- loading

    @Slot()
    def reload(self, select: UUID | None = None) -> None:
        book, kind = self.book, self.kind()
        task = self.tasks.submit("templates", lambda _ctx: book.templates(kind))
        task.deliver_to(self, lambda found: self.on_loaded(found, select))

    def on_loaded(self, templates: list[ReasonTemplate], select: UUID | None) -> None:
        self.templates = templates
        self.list.clear()
        for template in templates:
            item = QListWidgetItem(template.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(template.id))
            item.setToolTip(template.text)
            if template.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.on_current()

    @Slot()
    def on_kind(self) -> None:
        self.reload()

    @Slot()
    def on_current(self) -> None:
        chosen = self.selected()
        template = next((t for t in self.templates if t.id == chosen), None)
        self.title.setText("" if template is None else template.title)
        self.text.setPlainText("" if template is None else template.text)
        self.on_edited()

    @Slot()
    def on_edited(self) -> None:
        complete = bool(self.title.text().strip() and self.text.toPlainText().strip())
        self.save_button.setEnabled(complete)
        self.delete_button.setEnabled(self.selected() is not None)

    # ------------------------------------------------------------------------- writing

    @Slot()
    def on_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.title.clear()
        self.text.clear()
        self.title.setFocus()

    @Slot()
    def on_save(self) -> None:
        book, kind, chosen = self.book, self.kind(), self.selected()
        title, text = self.title.text(), self.text.toPlainText()
        if chosen is None:
            self._write(lambda: book.add(kind, title, text).id)
        else:
            self._write(lambda: book.update(chosen, title=title, text=text).id)

    @Slot()
    def on_delete(self) -> None:
        book, chosen = self.book, self.selected()
        if chosen is not None:
            self._write(lambda: book.delete(chosen))

    def _write(self, action: Callable[[], UUID | None]) -> None:
        task = self.tasks.submit("template-write", lambda _ctx: action())
        task.succeeded.connect(self.on_written)

    @Slot(object)
    def on_written(self, template_id: UUID | None) -> None:
        self.changed.emit()
        self.reload(template_id)

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reason templates"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.title_label.setText(self.tr("T&itle:"))
        self.text_label.setText(self.tr("Te&xt:"))
        self.hint.setText(self.tr("Filled in when inserted: %1").replace(
            "%1", "  ".join("{" + name + "}" for name in PLACEHOLDERS)))
        self.new_button.setText(self.tr("&New"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Delete"))
        self.list.setAccessibleName(self.tr("Templates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The fields of a catalog entry as its department writes them (national catalog guide; R3, R4,
R10): classification 类/项/目/细目, name, resource code, provider code, summary, format, catalog
type, update cycle, open attribute, usage scope and share method (R4), share attribute with its
conditions and legal basis (R10), and the data items table (name, code, type, length,
description, shared).

:class:`CatalogEditorFields` only holds the inputs: :meth:`draft` reads them into a
:class:`~app.models.commands_catalog.ResourceDraft`, :meth:`set_draft` fills them, ``changed``
fires on every edit, and :meth:`show_errors` puts the domain's messages under the fields they
concern (the editor validates with :func:`app.models.validation.validate_resource`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.commands_catalog import ResourceDraft
from app.models.entities import DataItem, ShareMethod, ShareSpec
from app.models.enums import (
    CatalogType,
    DataItemType,
    LabeledEnum,
    OpenAttribute,
    ShareAttribute,
    ShareMethodCategory,
    ShareMethodKind,
    UpdateCycle,
)
from app.models.errors import FieldError

NAME, CODE, TYPE, LENGTH, DESCRIPTION, SHARED = range(6)
# The guide's 类 code of each catalog type (R3): basic 1, thematic 2, departmental 3.
CATEGORY_OF = {CatalogType.BASIC: "1", CatalogType.THEMATIC: "2", CatalogType.DEPARTMENTAL: "3"}


E = TypeVar("E", bound=LabeledEnum)


def _enum(cls: type[E], value: object) -> E:
    """The member of ``cls`` a combo box's data names."""
    return next(member for member in cls if member.value == value)


def _combo(parent: QWidget, values: Iterable[LabeledEnum], language: str,
           empty: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(value.label(language), value.value)
    return combo


class CatalogEditorFields(QWidget):
    changed = Signal()

    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogEditorFields")
        self.language = language
        self.category = QLineEdit(self)
        self.category.setReadOnly(True)  # follows the catalog type (R3)
        self.item = QLineEdit(self)
        self.section = QLineEdit(self)
        self.subsection = QLineEdit(self)
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.provider_code = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.format = QLineEdit(self)
        self.catalog_type = _combo(self, CatalogType, language)
        self.update_cycle = _combo(self, UpdateCycle, language)
        self.open_attribute = _combo(self, OpenAttribute, language)
        self.usage_scope = QLineEdit(self)
        self.method_category = _combo(self, ShareMethodCategory, language)
        self.method_kind = _combo(self, ShareMethodKind, language, empty="—")
        self.attribute = _combo(self, ShareAttribute, language)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMaximumHeight(60)
        self.legal_basis = QLineEdit(self)
        self.items = QTableWidget(0, 6, self)
        self.items.setObjectName("DataItemsTable")
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setTabKeyNavigation(False)
        self.add_item = QPushButton(self)
        self.remove_item = QPushButton(self)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._layout()
        self._connect()
        self.retranslate()
        self.on_type_changed()

    def _error(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"Error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        self.errors[key] = label
        return label

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels[key] = label
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(widget)
        box.addWidget(self._error(key))
        form.addRow(label, box)

    def _layout(self) -> None:
        classification = QWidget(self)
        row = QHBoxLayout(classification)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.category, self.item, self.section, self.subsection):
            widget.setMaximumWidth(80)
            row.addWidget(widget)
        row.addStretch(1)
        method = QWidget(self)
        method_row = QHBoxLayout(method)
        method_row.setContentsMargins(0, 0, 0, 0)
        method_row.addWidget(self.method_category)
        method_row.addWidget(self.method_kind)
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            ("catalog_type", self.catalog_type), ("category", classification),
            ("name", self.name), ("code", self.code), ("provider_code", self.provider_code),
            ("summary", self.summary), ("format", self.format),
            ("update_cycle", self.update_cycle), ("open_attribute", self.open_attribute),
            ("usage_scope", self.usage_scope), ("share_method", method),
            ("share.attribute", self.attribute), ("share.conditions", self.conditions),
            ("share.legal_basis", self.legal_basis),
        )
        for key, field in rows:
            self._row(form, key, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        buttons.addStretch(1)
        self.items_label = QLabel(self)
        self.items_label.setBuddy(self.items)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self._error("data_items"))
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for line in (self.item, self.section, self.subsection, self.name, self.code,
                     self.provider_code, self.format, self.usage_scope, self.legal_basis):
            line.textChanged.connect(self.changed)
        for text in (self.summary, self.conditions):
            text.textChanged.connect(self.changed)
        for combo in (self.update_cycle, self.open_attribute, self.method_category,
                      self.method_kind, self.attribute):
            combo.currentIndexChanged.connect(self.changed)
        self.catalog_type.currentIndexChanged.connect(self.on_type_changed)
        self.items.itemChanged.connect(self.changed)
        self.add_item.clicked.connect(self.on_add_item)
        self.remove_item.clicked.connect(self.on_remove_item)

    def retranslate(self) -> None:
        texts = {
            "catalog_type": self.tr("Catalog &type (R3):"),
            "category": self.tr("Classification (class/item/section/sub):"),
            "name": self.tr("&Name:"), "code": self.tr("Resource &code:"),
            "provider_code": self.tr("Provider's credit code:"),
            "summary": self.tr("&Summary:"), "format": self.tr("&Format:"),
            "update_cycle": self.tr("&Update cycle:"),
            "open_attribute": self.tr("O&pen to the public:"),
            "usage_scope": self.tr("Usage sc&ope (R4):"),
            "share_method": self.tr("Share &method (R4):"),
            "share.attribute": self.tr("Share &attribute (R10):"),
            "share.conditions": self.tr("Share con&ditions (R10):"),
            "share.legal_basis": self.tr("&Legal basis (R10):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.items_label.setText(self.tr("Data &items:"))
        self.items.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Field code"), self.tr("Type"), self.tr("Length"),
            self.tr("Description"), self.tr("Shared")])
        self.add_item.setText(self.tr("Add it&em"))
        self.remove_item.setText(self.tr("&Remove item"))
        self.code.setPlaceholderText(self.tr("classification code/sequence, e.g. 301001/000012"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data items

    @Slot()
    def on_add_item(self) -> None:
        self._append(DataItem(name=""))
        self.items.setCurrentCell(self.items.rowCount() - 1, NAME)
        cell = self.items.item(self.items.rowCount() - 1, NAME)
        if cell is not None:
            self.items.editItem(cell)
        self.changed.emit()

    @Slot()
    def on_remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self.changed.emit()

    def _append(self, item: DataItem) -> None:
        self.items.blockSignals(True)
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setItem(row, NAME, QTableWidgetItem(item.name))
        self.items.setItem(row, CODE, QTableWidgetItem(item.code))
        kind = _combo(self.items, DataItemType, self.language)
        kind.setCurrentIndex(max(0, kind.findData(item.type.value)))
        kind.currentIndexChanged.connect(self.changed)
        self.items.setCellWidget(row, TYPE, kind)
        self.items.setItem(row, LENGTH, QTableWidgetItem(
            "" if item.length is None else str(item.length)))
        self.items.setItem(row, DESCRIPTION, QTableWidgetItem(item.description))
        shared = QCheckBox(self.items)
        shared.setChecked(item.shared)
        shared.toggled.connect(self.changed)
        self.items.setCellWidget(row, SHARED, shared)
        self.items.blockSignals(False)

    def data_items(self) -> tuple[DataItem, ...]:
        found = []
        for row in range(self.items.rowCount()):
            def text(column: int, at: int = row) -> str:
                cell = self.items.item(at, column)
                return "" if cell is None else cell.text().strip()
            kind = self.items.cellWidget(row, TYPE)
            shared = self.items.cellWidget(row, SHARED)
            length = text(LENGTH)
            found.append(DataItem(
                name=text(NAME), code=text(CODE),
                type=_enum(DataItemType, kind.currentData()) if isinstance(kind, QComboBox)
                else DataItemType.STRING,
                length=int(length) if length.lstrip("-").isdigit() else None,
                description=text(DESCRIPTION),
                shared=shared.isChecked() if isinstance(shared, QCheckBox) else True))
        return tuple(found)

    # ------------------------------------------------------------------ the draft

    @Slot()
    def on_type_changed(self) -> None:
        catalog_type = _enum(CatalogType, self.catalog_type.currentData())
        self.category.setText(CATEGORY_OF[catalog_type])
        self.changed.emit()

    def draft(self) -> ResourceDraft:
        kind = self.method_kind.currentData()
        return ResourceDraft(
            category=self.category.text().strip(), item=self.item.text().strip(),
            section=self.section.text().strip(), subsection=self.subsection.text().strip(),
            name=self.name.text().strip(), code=self.code.text().strip(),
            provider_code=self.provider_code.text().strip(),
            summary=self.summary.toPlainText().strip(), format=self.format.text().strip(),
            data_items=self.data_items(),
            share=ShareSpec(attribute=_enum(ShareAttribute, self.attribute.currentData()),
                            conditions=self.conditions.toPlainText().strip(),
                            legal_basis=self.legal_basis.text().strip()),
            share_method=None if kind is None else ShareMethod(
                category=_enum(ShareMethodCategory, self.method_category.currentData()),
                kind=_enum(ShareMethodKind, kind)),
            usage_scope=self.usage_scope.text().strip(),
            open_attribute=_enum(OpenAttribute, self.open_attribute.currentData()),
            update_cycle=_enum(UpdateCycle, self.update_cycle.currentData()),
            catalog_type=_enum(CatalogType, self.catalog_type.currentData()),
        )

    def set_draft(self, draft: ResourceDraft) -> None:
        self.blockSignals(True)
        for line, value in ((self.item, draft.item), (self.section, draft.section),
                            (self.subsection, draft.subsection), (self.name, draft.name),
                            (self.code, draft.code), (self.provider_code, draft.provider_code),
                            (self.format, draft.format), (self.usage_scope, draft.usage_scope),
                            (self.legal_basis, draft.share.legal_basis)):
            line.setText(value)
        self.summary.setPlainText(draft.summary)
        self.conditions.setPlainText(draft.share.conditions)
        for combo, value in ((self.catalog_type, draft.catalog_type.value),
                             (self.update_cycle, draft.update_cycle.value),
                             (self.open_attribute, draft.open_attribute.value),
                             (self.attribute, draft.share.attribute.value)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        method = draft.share_method
        self.method_category.setCurrentIndex(max(0, self.method_category.findData(
            ShareMethodCategory.PLATFORM.value if method is None else method.category.value)))
        self.method_kind.setCurrentIndex(max(0, self.method_kind.findData(
            None if method is None else method.kind.value)))
        self.items.setRowCount(0)
        for item in draft.data_items:
            self._append(item)
        self.category.setText(CATEGORY_OF[draft.catalog_type])
        self.blockSignals(False)
        self.changed.emit()

    def show_errors(self, errors: Iterable[FieldError], language: str) -> None:
        """Each message under its field; messages of the same field on separate lines."""
        found: dict[str, list[str]] = {}
        for error in errors:
            key = error.field if error.field in self.errors else (
                "category" if error.field in ("item", "section", "subsection") else "name")
            found.setdefault(key, []).append(error.message(language))
        for key, label in self.errors.items():
            label.setText("\n".join(found.get(key, ())))
            label.setVisible(key in found)

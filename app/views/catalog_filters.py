"""The catalog's filter bar: share attribute (R10), catalog type (R3), provider, update cycle.

Each combo box offers "all" first, then the values; :meth:`CatalogFilters.apply` writes the
choice into a :class:`~app.sync.search.CatalogQuery` (an empty set means "any"), and
:attr:`CatalogFilters.changed` fires on every change so the page re-queries at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.models.enums import CatalogType, LabeledEnum, ShareAttribute, UpdateCycle
from app.sync.search import CatalogQuery

E = TypeVar("E", bound=Enum)


def _enum_combo(parent: QWidget, members: Sequence[LabeledEnum]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", None)
    for member in members:
        combo.addItem("", member.value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class CatalogFilters(QWidget):
    """Four combo boxes in a row, each with a mnemonic label (Alt+key focuses it)."""

    changed = Signal()

    def __init__(self, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.share = _enum_combo(self, list(ShareAttribute))
        self.catalog_type = _enum_combo(self, list(CatalogType))
        self.cycle = _enum_combo(self, list(UpdateCycle))
        self.provider = QComboBox(self)
        self.provider.addItem("", None)
        self.provider.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider.setMinimumContentsLength(14)
        self.provider.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.labels: dict[QComboBox, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for combo in (self.share, self.catalog_type, self.provider, self.cycle):
            label = QLabel(self)
            label.setBuddy(combo)
            self.labels[combo] = label
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(8)
            combo.currentIndexChanged.connect(self.on_combo_changed)
        layout.addStretch(1)
        self.retranslate()

    def set_providers(self, providers: Sequence[tuple[str, str]]) -> None:
        """(department id, name) pairs, in display order; keeps the current choice if present."""
        chosen = self.provider.currentData()
        self.provider.blockSignals(True)
        try:
            while self.provider.count() > 1:
                self.provider.removeItem(1)
            for department_id, name in providers:
                self.provider.addItem(name, department_id)
            index = self.provider.findData(chosen) if chosen is not None else 0
            self.provider.setCurrentIndex(max(index, 0))
        finally:
            self.provider.blockSignals(False)
        if chosen is not None and self.provider.currentData() != chosen:
            self.changed.emit()

    def apply(self, query: CatalogQuery) -> CatalogQuery:
        """``query`` narrowed to the chosen values."""
        return replace(
            query,
            share_attributes=_chosen(self.share, ShareAttribute),
            catalog_types=_chosen(self.catalog_type, CatalogType),
            provider_department_ids=frozenset(
                {str(self.provider.currentData())} if self.provider.currentData() else ()),
            update_cycles=_chosen(self.cycle, UpdateCycle),
        )

    def clear(self) -> None:
        for combo in (self.share, self.catalog_type, self.provider, self.cycle):
            combo.setCurrentIndex(0)

    @Slot(int)
    def on_combo_changed(self, _index: int) -> None:
        self.changed.emit()

    @Slot(str)
    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[self.share].setText(self.tr("S&hare:"))
        self.labels[self.catalog_type].setText(self.tr("Ca&talog:"))
        self.labels[self.provider].setText(self.tr("&Provider:"))
        self.labels[self.cycle].setText(self.tr("&Update cycle:"))
        self.share.setItemText(0, self.tr("All share attributes"))
        self.catalog_type.setItemText(0, self.tr("All catalog types"))
        self.provider.setItemText(0, self.tr("All providers"))
        self.cycle.setItemText(0, self.tr("All update cycles"))
        self.share.setToolTip(self.tr("Share attribute (R10)"))
        self.catalog_type.setToolTip(self.tr("Basic, thematic or departmental catalog (R3)"))
        for combo, members in ((self.share, list(ShareAttribute)),
                               (self.catalog_type, list(CatalogType)),
                               (self.cycle, list(UpdateCycle))):
            for position, member in enumerate(members, start=1):
                combo.setItemText(position, member.label(self._language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _chosen(combo: QComboBox, enum_cls: type[E]) -> frozenset[E]:
    value = combo.currentData()
    return frozenset() if value is None else frozenset({enum_cls(value)})

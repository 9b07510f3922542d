"""The Catalog page (资源目录): search as you type, filters, the result table and the detail pane.

:class:`CatalogPage` receives the local store, the officer's department id, the interface
language and the :class:`~app.tasks.TaskRunner`; nothing else. The table is a
:class:`~app.views.catalog_model.CatalogModel` (SQL pages, queries in workers); typing waits
``SEARCH_DELAY_MS`` after the last keystroke before it asks (one query for a word, not one per
character), filter changes ask at once. In the app the main window's search field is the only
one (``search_field_shown=False`` hides the page's own, which then just holds the text): its
edits come in through :meth:`CatalogPage.on_search` (debounced), Enter through
:meth:`CatalogPage.search_now`. Enter on a table row asks for that entry ("Request access…")
when the detail pane allows it.

The detail of the current row is read on the GUI thread: one resource by id plus the
department's requests and feedback for it is three indexed reads, measured at ~0.05 ms at 100k
entries (far under a frame), so it needs no worker round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.codec import from_json_dict
from app.models.entities import Feedback, ShareRequest
from app.models.enums import CatalogType, ShareAttribute, UpdateCycle
from app.models.errors import DomainError
from app.models.profiles import RuleProfile
from app.sync.search import CatalogQuery
from app.sync.store import LocalStore, SyncKey
from app.tasks import TaskRunner
from app.views.catalog_filters import CatalogFilters
from app.views.catalog_model import PAGE_SIZE, SORT_KEYS, CatalogModel, Column
from app.views.resource_detail import ResourceDetail, ResourceDetailData

SEARCH_DELAY_MS = 250
NAME_MIN_WIDTH_CHARS = 14  # the name column keeps room for this many Chinese characters
# Columns give way to the name, last first, when the table is narrow (they stay in the model,
# and the detail pane shows every field).
_COLUMN_PRIORITY = (Column.PROVIDER, Column.SHARE_ATTRIBUTE, Column.PUBLISH_DATE,
                    Column.UPDATE_CYCLE, Column.CATALOG_TYPE, Column.CODE)
# Starting widths: room for a typical value (or the title); the name column takes the rest.
_COLUMN_SAMPLES: dict[Column, Callable[[str], list[str]]] = {
    Column.CODE: lambda _: ["301001001/000012"],
    Column.PROVIDER: lambda _: ["云溪市枫林县公安局"],
    Column.SHARE_ATTRIBUTE: lambda lang: [m.label(lang) for m in ShareAttribute],
    Column.CATALOG_TYPE: lambda lang: [m.label(lang) for m in CatalogType],
    Column.UPDATE_CYCLE: lambda lang: [m.label(lang) for m in UpdateCycle],
    Column.PUBLISH_DATE: lambda _: ["2026-03-02"],
}


class CatalogPage(QWidget):
    """Search, filters, table and detail (see the module docstring)."""

    request_access_requested = Signal(str)  # resource id
    report_error_requested = Signal(str, str)  # resource id, data item name
    query_finished = Signal(int)  # row count of the query now shown

    def __init__(self, store: LocalStore, department_id: str, language: str,
                 tasks: TaskRunner, parent: QWidget | None = None, *,
                 search_field_shown: bool = True) -> None:
        super().__init__(parent)
        self._search_field_shown = search_field_shown
        self._store = store
        self._department_id = str(department_id)
        self._language = language
        self._count: int | None = None
        self.model = CatalogModel(store.catalog, tasks, language, parent=self)
        self._build()
        self._wire()
        self.retranslate()
        self.reload_providers()
        self.on_query_changed()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_label = QLabel(self)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("CatalogSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_field)
        self.search_label.setVisible(self._search_field_shown)
        self.search_field.setVisible(self._search_field_shown)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ResultCount")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("SearchWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(self._store.catalog.warning is not None)
        self.filters = CatalogFilters(self._language, self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self.table = self._build_table()
        self.detail = ResourceDetail(self._department_id, self._language, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_field, 1)
        search_row.addSpacing(12)
        if not self._search_field_shown:
            search_row.addStretch(1)  # the count still shows, at the right
        search_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search_field, self.filters)
        self.setTabOrder(self.filters, self.table)
        self.setTabOrder(self.table, self.detail)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("CatalogTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring of 100k
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setSortIndicator(int(Column.NAME), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # Enter on a row: "Request access…"
        return table

    def _column_width(self, column: Column) -> int:
        metrics = self.fontMetrics()
        title = str(self.model.headerData(int(column), Qt.Orientation.Horizontal))
        samples = [title, *_COLUMN_SAMPLES[column](self._language)]
        return max(metrics.horizontalAdvance(sample) for sample in samples) + 20

    def _fit_columns(self) -> None:
        """Show the columns that fit beside a readable name column, in priority order."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - self.fontMetrics().horizontalAdvance(
            "中" * NAME_MIN_WIDTH_CHARS)
        for column in _COLUMN_PRIORITY:
            width = self._column_width(column)
            header.setSectionHidden(int(column), width > room)
            if width <= room:
                header.resizeSection(int(column), width)
                room -= width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif (watched is self.table and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.on_row_activated()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_row_activated(self) -> None:
        """Enter on a row: the detail pane's Request action for it, when that is allowed."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        resource_id = self.model.resource_id(current.row())
        if resource_id is not None and self.detail.resource_id == resource_id:
            self.detail.on_request_clicked()  # checks the R3/R6 block itself

    def _wire(self) -> None:
        self.search_field.textChanged.connect(self.on_text_changed)
        self.search_field.returnPressed.connect(self.on_query_changed)
        self.search_timer.timeout.connect(self.on_query_changed)
        self.filters.changed.connect(self.on_query_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.on_sort_indicator)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.query_started.connect(self.on_query_started)
        self.model.query_finished.connect(self.on_query_finished)
        self.model.query_failed.connect(self.on_query_failed)
        self.model.page_loaded.connect(self.on_page_loaded)
        self.detail.request_access_requested.connect(self.request_access_requested)
        self.detail.report_error_requested.connect(self.report_error_requested)

    # -- queries -------------------------------------------------------------------------------
    def current_query(self) -> CatalogQuery:
        """What the search field and the filters ask for, in the table's current order."""
        wanted = self.model.wanted_query
        text = self.search_field.text().strip()
        return self.filters.apply(CatalogQuery(text=text, sort=wanted.sort,
                                               descending=wanted.descending))

    @Slot(str)
    def on_search(self, text: str) -> None:
        """The main window's search as the officer types: ask after a pause in typing."""
        self.search_field.setText(text)
        self.search_timer.start()

    @Slot(str)
    def search_now(self, text: str) -> None:
        """The main window's search on Enter: put ``text`` here and ask at once."""
        self.search_field.setText(text)
        self.on_query_changed()

    def search_text(self) -> str:
        return self.search_field.text()

    @Slot(str)
    def on_text_changed(self, _text: str) -> None:
        self.search_timer.start()  # restarts: only a pause in typing asks

    @Slot()
    def on_query_changed(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.current_query())

    @Slot()
    def refresh(self) -> None:
        """Ask again after a sync changed the cache (the officer's place is kept if possible)."""
        self.reload_providers()
        self.model.refresh()

    @Slot(object)
    def on_cache_changed(self, entities: Iterable[str]) -> None:
        """Redraw after a sync applied changes to these entities (``AppliedChanges.entities``)."""
        changed = set(entities)
        if changed & {"resource", "department"}:
            self.refresh()
        elif changed & {"request", "feedback"}:
            current = self.table.currentIndex()
            self._show_detail(current.row() if current.isValid() else -1)

    def reload_providers(self) -> None:
        departments = self._store.select_json("department", order_by="code")
        self.filters.set_providers([(str(d["id"]), str(d.get("name") or d["id"]))
                                    for d in departments])

    @Slot(int, Qt.SortOrder)
    def on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if 0 <= column < len(Column) and Column(column) in SORT_KEYS:
            return
        # No SQL sort for this column: put the arrow back where the order really comes from.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        wanted = self.model.wanted_query
        order = Qt.SortOrder.DescendingOrder if wanted.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    @Slot()
    def on_query_started(self) -> None:
        self.count_label.setText(self.tr("Searching…"))

    @Slot(int)
    def on_query_finished(self, count: int) -> None:
        self._count = count
        self._draw_count()
        if count:
            # The entry shown before stays chosen when it is among the first rows (a sync's
            # refresh, a filter that keeps it); otherwise the best match is.
            shown = self.detail.resource_id
            row = next((r for r in range(min(count, PAGE_SIZE))
                        if shown is not None and self.model.resource_id(r) == shown), 0)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))  # the reset made the current row
            # invalid, so this is a change: the detail is read again (new requests, feedback)
        else:
            self.detail.show_empty()
        self.query_finished.emit(count)

    @Slot(object)
    def on_query_failed(self, error: object) -> None:
        message = error.message(self._language) if isinstance(error, DomainError) else type(
            error).__name__
        self.count_label.setText(self.tr("Search failed: %1").replace("%1", message))

    def _draw_count(self) -> None:
        if self._count is not None:
            self.count_label.setText(self.tr("%n resource(s)", "", self._count))

    # -- detail --------------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current.row() if current.isValid() else -1)

    @Slot(int, int)
    def on_page_loaded(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last and (
                self.detail.resource_id != self.model.resource_id(current.row())):
            self._show_detail(current.row())

    def _show_detail(self, row: int) -> None:
        if row < 0:
            self.detail.show_empty()
            return
        resource_id = self.model.resource_id(row)
        if resource_id is None:  # its page is on the way; on_page_loaded comes back here
            self.detail.show_loading()
            return
        data = self.load_detail(resource_id)
        if data is None:
            self.detail.show_empty()
        else:
            self.detail.show_resource(data)

    def load_detail(self, resource_id: str) -> ResourceDetailData | None:
        resource = self._store.resource(resource_id)
        if resource is None:
            return None
        provider = self._store.get_json("department", str(resource.provider_department_id))
        mine: dict[str, Any] = {"resource_id": resource_id,
                                "requester_department_id": self._department_id}
        requests = tuple(from_json_dict(ShareRequest, data) for data in self._store.select_json(
            "request", mine, order_by="updated_at", descending=True))
        feedback = tuple(from_json_dict(Feedback, data) for data in self._store.select_json(
            "feedback", mine, order_by="updated_at", descending=True))
        return ResourceDetailData(resource, str(provider.get("name") or "") if provider else "",
                                  requests, feedback, self._profile())

    def _profile(self) -> RuleProfile | None:
        cached = self._store.state_json(SyncKey.PROFILE)
        if not cached:
            return None
        try:
            return RuleProfile.from_dict(cached)
        except DomainError:
            return None  # an unreadable profile only costs the deadline explanations

    # -- language ------------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.filters.set_language(language)
        self.detail.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(
            self.tr("Name, code, summary or data item — e.g. 身份证, 户籍"))
        warning = self._store.catalog.warning
        if warning is not None:
            self.warning_label.setText(warning.message(self._language))
        self._draw_count()
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


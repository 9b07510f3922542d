"""The supervision page (督办; R3, R5, R13–R15, R17, R20, R24, R25): everything pending in the
supervisor's jurisdiction, grouped and counted, overdue first, and the decisions taken on it.

Left, the groups with their counts ("All" first); on top, filters by department and level; in
the middle the items (:class:`~app.views.supervision_model.SupervisionModel`); below, the item
opened with its timeline (:class:`~app.views.timeline.TimelineView`) and the decisions it allows:
decide or escalate a dispute (R15; N9 under the national rules), acknowledge a filing (R14, R17,
R5), approve or return a catalog entry (R3), remind the department that has to act (R24).
Every read and every decision runs through the :class:`~app.tasks.TaskRunner`; a decision is
queued in the outbox (``outbox_changed``) and the list redraws. A decision the platform refused
because the item changed meanwhile opens :class:`~app.views.conflict_dialog.ConflictDialog`.
``badge_changed`` carries the number of overdue items (the navigation badge: pending-item
reminders for the supervisor). Which decisions an item allows and what each one runs on the
desk: :mod:`app.views.supervision_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DepartmentLevel
from app.models.errors import DomainError
from app.sync.workspace_supervision import (
    SupervisionDesk,
    SupervisionDetail,
    SupervisionFilter,
    SupervisionGroup,
    SupervisionRow,
    counts_of,
)
from app.tasks import TaskRunner
from app.views.conflict_dialog import ConflictDialog
from app.views.decision_dialogs import DecisionDialog, DecisionKind
from app.views.supervision_actions import ACTION_KEYS, allowed_actions, decision_call
from app.views.supervision_model import SupervisionModel, describe
from app.views.timeline import TimelineView


class SupervisionPage(QWidget):
    outbox_changed = Signal()
    badge_changed = Signal(int)
    message = Signal(str)

    def __init__(self, desk: SupervisionDesk, tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SupervisionPage")
        self.desk = desk
        self.tasks = tasks
        self.language = language
        self.can_escalate = False
        self.dialog: DecisionDialog | ConflictDialog | None = None
        self.model = SupervisionModel(language, self)
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.department_label = QLabel(self)
        self.department = QComboBox(self)
        self.department.setObjectName("DepartmentFilter")
        self.department_label.setBuddy(self.department)
        self.level_label = QLabel(self)
        self.level = QComboBox(self)
        self.level.setObjectName("LevelFilter")
        self.level_label.setBuddy(self.level)
        self.summary = QLabel(self)
        self.summary.setObjectName("SupervisionSummary")
        self.refresh = QPushButton(self)
        filters = QHBoxLayout()
        for widget in (self.department_label, self.department, self.level_label, self.level):
            filters.addWidget(widget)
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.refresh)
        body = self._build_body()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(body, 1)
        self._connect()

    def _build_body(self) -> QSplitter:
        self.groups = QListWidget(self)
        self.groups.setObjectName("SupervisionGroups")
        self.table = QTableView(self)
        self.table.setObjectName("SupervisionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((120, 280, 150, 60, 80, 95, 200)):
            self.table.setColumnWidth(column, width)
        self.detail = QLabel(self)
        self.detail.setObjectName("SupervisionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.timeline = TimelineView(self.language, self)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key in ACTION_KEYS:
            button = QPushButton(self)
            button.setObjectName(f"Action_{key}")
            button.setEnabled(False)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.error)
        lower_layout.addWidget(self.timeline, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.groups)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([230, 1050])
        return body

    def _connect(self) -> None:
        self.department.currentIndexChanged.connect(self.on_filter_changed)
        self.level.currentIndexChanged.connect(self.on_filter_changed)
        self.refresh.clicked.connect(self.reload)
        self.groups.currentRowChanged.connect(self.on_group_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.table.activated.connect(self.on_activated)  # Enter or double click
        handlers: dict[str, Callable[[], None]] = {
            "decide": lambda: self.on_decision(DecisionKind.DECIDE),
            "escalate": lambda: self.on_decision(DecisionKind.ESCALATE),
            "acknowledge": lambda: self.on_decision(DecisionKind.ACKNOWLEDGE),
            "approve": lambda: self.on_decision(DecisionKind.APPROVE),
            "return": lambda: self.on_decision(DecisionKind.RETURN),
            "remind": lambda: self.on_decision(DecisionKind.REMIND),
            "compare": self.on_compare,
        }
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        self.setTabOrder(self.department, self.level)
        self.setTabOrder(self.level, self.groups)
        self.setTabOrder(self.groups, self.table)

    def retranslate(self) -> None:
        self.department_label.setText(self.tr("&Department:"))
        self.level_label.setText(self.tr("&Level:"))
        self.refresh.setText(self.tr("Re&fresh"))
        texts = {"decide": self.tr("De&cide…"), "escalate": self.tr("&Escalate…"),
                 "acknowledge": self.tr("Ac&knowledge…"), "approve": self.tr("A&pprove…"),
                 "return": self.tr("Re&turn…"), "remind": self.tr("Re&mind…"),
                 "compare": self.tr("Compare &versions…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.groups.setAccessibleName(self.tr("Groups of pending items"))
        self.table.setAccessibleName(self.tr("Pending items"))
        self._fill_levels()
        self._draw_groups()
        self._draw_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.timeline.set_language(language)
        self._draw_groups()

    def _fill_levels(self) -> None:
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for level in DepartmentLevel:
            self.level.addItem(level.label(self.language), level.value)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)

    # ------------------------------------------------------------------ loading

    def wanted(self) -> SupervisionFilter:
        department = self.department.currentData()
        level = self.level.currentData()
        return SupervisionFilter(
            department_id=UUID(department) if department else None,
            level=next((lv for lv in DepartmentLevel if lv.value == level), None))

    @Slot()
    def reload(self) -> None:
        desk, wanted = self.desk, self.wanted()

        def load(_context: Any) -> tuple[list[SupervisionRow], list[tuple[str, str]], bool]:
            departments = [(str(d.id), d.name) for d in desk.jurisdiction()]
            return desk.rows(wanted), departments, desk.can_escalate()

        task = self.tasks.submit("supervision-rows", load)
        task.succeeded.connect(self.on_loaded)

    def on_synced(self) -> None:
        self.reload()

    @Slot(object)
    def on_loaded(self, loaded: tuple[list[SupervisionRow], list[tuple[str, str]], bool]
                  ) -> None:
        rows, departments, self.can_escalate = loaded
        if self.department.count() != len(departments) + 1:
            current = self.department.currentData()
            self.department.blockSignals(True)
            self.department.clear()
            self.department.addItem(self.tr("All departments"), None)
            for department_id, name in departments:
                self.department.addItem(name, department_id)
            self.department.setCurrentIndex(max(0, self.department.findData(current)))
            self.department.blockSignals(False)
        selected = self._selected()
        self.model.set_rows(rows)
        self._draw_groups()
        self._draw_summary()
        if self.department.currentData() is None and self.level.currentData() is None:
            self.badge_changed.emit(counts_of(rows).overdue)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show(None)

    def _draw_groups(self) -> None:
        rows = self.model.all_rows()
        counts = counts_of(rows)
        self.groups.blockSignals(True)
        current = self.groups.currentRow()
        self.groups.clear()
        everything = QListWidgetItem(self.tr("All pending (%1)").replace(
            "%1", str(counts.total)), self.groups)
        everything.setData(Qt.ItemDataRole.UserRole, None)
        for group in SupervisionGroup:
            count = counts.by_group.get(group, 0)
            item = QListWidgetItem(f"{group.label(self.language)}  ({count})", self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group.value)
        self.groups.setCurrentRow(max(0, current))
        self.groups.blockSignals(False)

    def _draw_summary(self) -> None:
        counts = counts_of(self.model.all_rows())
        self.summary.setText(self.tr("%1 pending, %2 overdue").replace(
            "%1", str(counts.total)).replace("%2", str(counts.overdue)))

    @Slot()
    def on_filter_changed(self) -> None:
        self.reload()

    @Slot(int)
    def on_group_changed(self, row: int) -> None:
        item = self.groups.item(row)
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self.model.set_group(next((g for g in SupervisionGroup if g.value == value), None))
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._show(None)

    # ------------------------------------------------------------------ the item

    def _selected(self) -> SupervisionRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self._show(row)
        if row is None:
            return
        desk = self.desk
        task = self.tasks.submit("supervision-detail", lambda _c: desk.detail(row.entity, row.id))
        task.succeeded.connect(self.on_detail)

    @Slot(QModelIndex)
    def on_activated(self, index: QModelIndex) -> None:
        """The item's first decision (a conflict: its two versions), so Enter decides."""
        if self.model.row_at(index.row()) is None:
            return
        for key in ("compare", "decide", "acknowledge", "approve", "remind"):
            if self.buttons[key].isEnabled():
                self.buttons[key].click()
                return

    @Slot(object)
    def on_detail(self, detail: SupervisionDetail | None) -> None:
        selected = self._selected()
        if detail is None or selected is None or detail.row.id != selected.id:
            return
        self.timeline.set_entries(detail.timeline)
        facts = [fact for fact in describe(detail.data) if not fact.endswith(detail.row.title)]
        if facts:
            self.detail.setText("\n".join([self.detail.text(), *facts]))

    def _show(self, row: SupervisionRow | None) -> None:
        self.error.hide()
        self.timeline.set_entries(())
        for button in self.buttons.values():
            button.setEnabled(False)
        if row is None:
            self.detail.setText(self.tr("Nothing pending here."))
            return
        lines = [row.title, f"{row.group.label(self.language)} · {row.department_name}"]
        if row.due is not None:
            lines.append(self.tr("Due %1").replace("%1", row.due.isoformat()))
        self.detail.setText("\n".join(lines))
        for key, enabled in allowed_actions(row, can_escalate=self.can_escalate).items():
            self.buttons[key].setEnabled(enabled)

    # ------------------------------------------------------------------ decisions

    def on_decision(self, kind: DecisionKind) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = DecisionDialog(kind, row.title, parent=self)
        dialog.accepted.connect(lambda: self.decide(kind, row, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def decide(self, kind: DecisionKind, row: SupervisionRow, text: str) -> None:
        run = decision_call(self.desk, kind, row, text)
        task = self.tasks.submit(f"supervision-{kind.value}", lambda _c: run())
        task.succeeded.connect(self.on_decided)
        task.failed.connect(self.on_refused)

    @Slot(object)
    def on_decided(self, _item_id: object) -> None:
        self.message.emit(self.tr("Decision queued; it is sent with the next sync."))
        self.outbox_changed.emit()
        self.reload()

    @Slot(object)
    def on_refused(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            text = error.message_en if self.language.startswith("en") else error.message_zh
        else:
            text = type(error).__name__
        self.error.setText(text)
        self.error.show()

    @Slot()
    def on_compare(self) -> None:
        row = self._selected()
        if row is None or row.outbox_item_id is None:
            return
        desk, item_id = self.desk, row.outbox_item_id
        task = self.tasks.submit("supervision-conflict",
                                 lambda _c: desk.conflict_versions(item_id))
        task.succeeded.connect(self.on_versions)

    @Slot(object)
    def on_versions(self, versions: Any) -> None:
        dialog = ConflictDialog(versions, language=self.language, parent=self)
        desk, item_id = self.desk, versions.item_id
        dialog.resend_chosen.connect(lambda: self._after(
            self.tasks.submit("supervision-resend", lambda _c: desk.resend_on_current(item_id))))
        dialog.discard_chosen.connect(lambda: self._after(
            self.tasks.submit("supervision-discard", lambda _c: desk.discard(item_id))))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _after(self, task: Any) -> None:
        task.succeeded.connect(self.on_decided)
        task.failed.connect(self.on_refused)

"""评价 — the supervisor's evaluation scorecard (R24/R25), computed from the local cache.

A period picker (month / quarter / year), department and level filters, a table with one row per
department of the jurisdiction and the figures as columns (weak figures coloured, bold and
explained in their tooltip), two bar charts (replies on time %, median working days to reply),
drill-down (double-click or Enter on a figure lists the items behind it; selecting one shows its
timeline) and export to CSV or XLSX. The figures come from
:class:`~app.sync.workspace_evaluation.EvaluationWorkspace` in a worker, so the page works offline.

Where it lives: :class:`ScorecardPage` is a plain widget that needs only an
``EvaluationWorkspace`` and a ``TaskRunner``. The desk opens it for supervisors in a window of its
own (menu ShareDesk → Evaluation scorecard, Ctrl+Shift+E); the supervision page, when it exists,
can add the same widget as a tab instead.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.export_tables import scorecard_table, write_csv, write_xlsx
from app.models.entities import Department
from app.models.enums import DepartmentLevel
from app.models.errors import DomainError
from app.models.evaluation import FigureKey, Period, Scorecard, month, quarter, year_period
from app.sync.workspace_evaluation import EvaluationWorkspace
from app.tasks import TaskRunner
from app.views.bar_chart import Bar, BarChart
from app.views.scorecard_drill import DrillDownDialog
from app.views.scorecard_model import ScorecardModel, is_weak

MONTH, QUARTER, YEAR = range(3)


class ScorecardPage(QWidget):
    scorecard_shown = Signal()  # a scorecard was computed and drawn
    exported = Signal(str)  # the path written
    message = Signal(str)  # for the status bar

    def __init__(self, evaluation: EvaluationWorkspace, tasks: TaskRunner, *,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScorecardPage")
        self.evaluation = evaluation
        self.tasks = tasks
        self.language = language
        self.card: Scorecard | None = None
        self.drill: DrillDownDialog | None = None
        self._generation = 0
        self.model = ScorecardModel(language, self)
        self._build()
        self.retranslate()
        today = evaluation.workspace.today()
        self.year.setValue(today.year)
        self.part.setCurrentIndex(today.month - 1)
        self._load_departments()

    # ------------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.part = QComboBox(self)
        self.department = QComboBox(self)
        self.level = QComboBox(self)
        self.refresh = QPushButton(self)
        self.refresh.setDefault(True)
        self.refresh.clicked.connect(self.reload)
        self.export_csv = QPushButton(self)
        self.export_csv.clicked.connect(lambda: self.on_export("csv"))
        self.export_xlsx = QPushButton(self)
        self.export_xlsx.clicked.connect(lambda: self.on_export("xlsx"))
        self.kind_label, self.department_label, self.level_label = (
            QLabel(self), QLabel(self), QLabel(self))
        self.kind_label.setBuddy(self.kind)
        self.department_label.setBuddy(self.department)
        self.level_label.setBuddy(self.level)
        controls = QHBoxLayout()
        for widget in (self.kind_label, self.kind, self.year, self.part,
                       self.department_label, self.department, self.level_label, self.level,
                       self.refresh):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_csv)
        controls.addWidget(self.export_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        self._build_body(layout)

    def _build_body(self, layout: QVBoxLayout) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("ScorecardTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.on_drill_down)
        self.table.activated.connect(self.on_drill_down)  # Enter opens it from the keyboard
        self.on_time_chart = BarChart(self)
        self.days_chart = BarChart(self)
        charts = QWidget(self)
        row = QHBoxLayout(charts)
        row.addWidget(self.on_time_chart)
        row.addWidget(self.days_chart)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        scroll.setMinimumHeight(200)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 380])
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evaluation scorecard"))
        self.kind_label.setText(self.tr("&Period:"))
        self.department_label.setText(self.tr("&Department:"))
        self.level_label.setText(self.tr("&Level:"))
        self.refresh.setText(self.tr("&Compute"))
        self.export_csv.setText(self.tr("Export CS&V…"))
        self.export_xlsx.setText(self.tr("Export &XLSX…"))
        kinds = [self.tr("Month"), self.tr("Quarter"), self.tr("Year")]
        chosen = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems(kinds)
        self.kind.setCurrentIndex(chosen)
        self.kind.blockSignals(False)
        self._fill_parts(chosen)
        if self.level.count() == 0:
            self.level.addItem("", None)
            for level in DepartmentLevel:
                self.level.addItem(level.label(self.language), level.value)
        self.level.setItemText(0, self.tr("All levels"))
        if self.department.count() == 0:
            self.department.addItem("", None)
        self.department.setItemText(0, self.tr("All departments"))
        self.on_time_chart.set_title(self.tr("Replies on time (%) — R13"))
        self.days_chart.set_title(self.tr("Median working days to reply — R13"))

    def set_language(self, language: str) -> None:
        """Domain labels (figures, levels) follow the UI language; the Qt strings follow
        ``retranslate`` on the language-change event."""
        self.language = language
        self.model.set_language(language)
        for index, level in enumerate(DepartmentLevel, start=1):
            self.level.setItemText(index, level.label(language))

    @Slot()
    def on_synced(self) -> None:
        """A sync changed the cache: recompute what is shown (only when it is shown)."""
        if self.isVisible():
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_parts(self, kind: int) -> None:
        chosen = max(self.part.currentIndex(), 0)
        self.part.clear()
        if kind == MONTH:
            self.part.addItems([self.tr("Month %1").replace("%1", str(n)) for n in range(1, 13)])
        elif kind == QUARTER:
            self.part.addItems([self.tr("Quarter %1").replace("%1", str(n)) for n in range(1, 5)])
        self.part.setVisible(kind != YEAR)
        self.part.setCurrentIndex(min(chosen, max(self.part.count() - 1, 0)))

    @Slot(int)
    def on_kind_changed(self, kind: int) -> None:
        self._fill_parts(kind)

    # ------------------------------------------------------------------------ loading

    def period(self) -> Period:
        kind, year, part = self.kind.currentIndex(), self.year.value(), self.part.currentIndex()
        if kind == MONTH:
            return month(year, part + 1)
        if kind == QUARTER:
            return quarter(year, part + 1)
        return year_period(year)

    def set_period(self, period: Period) -> None:
        kind = {"month": MONTH, "quarter": QUARTER, "year": YEAR}[period.kind.value]
        self.kind.setCurrentIndex(kind)
        self.year.setValue(period.start.year)
        if kind == MONTH:
            self.part.setCurrentIndex(period.start.month - 1)
        elif kind == QUARTER:
            self.part.setCurrentIndex((period.start.month - 1) // 3)

    def _load_departments(self) -> None:
        task = self.tasks.submit("evaluation-departments",
                                 lambda _ctx: self.evaluation.departments())
        task.succeeded.connect(self.on_departments)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_departments(self, departments: list[Department]) -> None:
        while self.department.count() > 1:
            self.department.removeItem(1)
        for department in departments:
            self.department.addItem(department.name, str(department.id))
        self.reload()

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        period = self.period()
        chosen = self.department.currentData()
        department = None if chosen is None else UUID(str(chosen))
        level_code = self.level.currentData()
        level = None if level_code is None else next(
            lv for lv in DepartmentLevel if lv.value == level_code)
        evaluation = self.evaluation
        self.status.setText(self.tr("Computing the scorecard for %1…").replace("%1", period.label))
        task = self.tasks.submit("evaluation", lambda _ctx: evaluation.scorecard(
            period, department_id=department, level=level))
        task.deliver_to(self, lambda card: self._show(generation, card))
        task.failed.connect(self.on_failed)

    def _show(self, generation: int, card: Scorecard) -> None:
        if generation != self._generation:
            return  # a newer choice is being computed; this answer is stale
        self.card = card
        self.model.set_scorecard(card)
        self.status.setText(self.tr(
            "%1 (%2 to %3), counted on %4 from the local copy; %n department(s).", "",
            len(card.rows)).replace("%1", card.period.label)
            .replace("%2", card.period.start.isoformat())
            .replace("%3", card.period.end.isoformat()).replace("%4", card.as_of.isoformat()))
        self._draw_charts(card)
        self.scorecard_shown.emit()

    def _draw_charts(self, card: Scorecard) -> None:
        on_time: list[Bar] = []
        days: list[Bar] = []
        for row in card.rows:
            share = row.figure(FigureKey.REPLIES_ON_TIME)
            if share.value is not None:
                on_time.append(Bar(row.name, share.value, is_weak(share)))
            median = row.figure(FigureKey.MEDIAN_REPLY_DAYS)
            if median.value is not None:
                days.append(Bar(row.name, median.value))
        self.on_time_chart.set_bars(on_time, unit="%", maximum=100.0)
        self.days_chart.set_bars(days)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        text = error.message(self.language) if isinstance(error, DomainError) else str(error)
        self.status.setText(text)
        self.message.emit(text)

    # ------------------------------------------------------------------------ drill-down

    @Slot(QModelIndex)
    def on_drill_down(self, index: QModelIndex) -> None:
        figure = self.model.figure_at(index)
        if figure is None:
            return
        department = self.model.rows()[index.row()].name
        self.drill = DrillDownDialog(self.evaluation, self.tasks, department=department,
                                     figure=figure, language=self.language, parent=self)
        self.drill.open()

    # ------------------------------------------------------------------------ export

    @Slot(str)
    def on_export(self, kind: str) -> None:
        if self.card is None:
            return
        suggested = f"scorecard-{self.card.period.label}.{kind}"
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr(
            "Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the scorecard"), suggested,
                                              pattern)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the scorecard shown (CSV or XLSX by the suffix) in a worker."""
        if self.card is None:
            return
        header, rows = scorecard_table(self.card, self.language)
        title = self.card.period.label
        target = Path(path)

        def write(_ctx: object) -> str:
            if target.suffix.lower() == ".xlsx":
                write_xlsx(target, header, rows, title=title)
            else:
                write_csv(target, header, rows)
            return str(target)

        task = self.tasks.submit("evaluation-export", write)
        task.succeeded.connect(self.on_exported)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_exported(self, path: str) -> None:
        self.message.emit(self.tr("Scorecard exported to %1").replace("%1", path))
        self.exported.emit(path)

"""The drill-down of a scorecard figure (R24): the items behind it, each with its resource or
subject, day, status (in the UI language) and whether it counts in the figure's numerator; the
selected item's timeline below (requests, feedback and disputes keep one)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import (
    DisputeStatus,
    FeedbackStatus,
    FilingStatus,
    LabeledEnum,
    RequestStatus,
    ResourceStatus,
)
from app.models.evaluation import Figure
from app.sync.workspace_evaluation import DrillRow, EvaluationWorkspace
from app.sync.workspace_types import TimelineEntry
from app.tasks import TaskRunner
from app.views.timeline import TimelineView

_STATUSES: dict[str, type[LabeledEnum]] = {
    "request": RequestStatus, "feedback": FeedbackStatus, "dispute": DisputeStatus,
    "filing": FilingStatus, "resource": ResourceStatus,
}


def status_label(entity: str, code: str, language: str) -> str:
    """The status in the UI language (the domain carries both labels); the code if unknown."""
    enum_cls = _STATUSES.get(entity)
    member = None if enum_cls is None else enum_cls._value2member_map_.get(code)
    return member.label(language) if isinstance(member, LabeledEnum) else code


class DrillDownDialog(QDialog):
    """The items behind one figure; the selected item's timeline below."""

    rows_shown = Signal()
    timeline_shown = Signal()

    def __init__(self, evaluation: EvaluationWorkspace, tasks: TaskRunner, *, department: str,
                 figure: Figure, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrillDownDialog")
        self.evaluation = evaluation
        self.tasks = tasks
        self.figure = figure
        self.rows: list[DrillRow] = []
        self.language = language
        self.setWindowTitle(f"{department} — {figure.key.label(language)} ({figure.rule})")
        self.items = QTreeWidget(self)
        self.items.setRootIsDecorated(False)
        self.items.setColumnCount(5)
        self.items.setHeaderLabels([self.tr("Resource / subject"), self.tr("Date"),
                                    self.tr("Status"), self.tr("Counted"), self.tr("Id")])
        self.items.currentItemChanged.connect(self.on_current)
        self.timeline = TimelineView(language, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n item(s) behind this figure.", "",
                                        len(figure.items)), self))
        layout.addWidget(self.items, 2)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        task = tasks.submit("evaluation-drill", lambda _ctx: evaluation.drill_down(figure))
        task.succeeded.connect(self.on_rows)

    @Slot(object)
    def on_rows(self, rows: list[DrillRow]) -> None:
        self.rows = rows
        for row in rows:
            counted = self.tr("yes") if row.counted else ""
            item = QTreeWidgetItem([row.title, "" if row.day is None else row.day.isoformat(),
                                    status_label(row.entity, row.status, self.language),
                                    counted, str(row.id)])
            self.items.addTopLevelItem(item)
        for column in range(4):
            self.items.resizeColumnToContents(column)
        self.rows_shown.emit()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        row = self.rows[self.items.indexOfTopLevelItem(current)]
        evaluation = self.evaluation
        task = self.tasks.submit("evaluation-timeline",
                                 lambda _ctx: evaluation.timeline(row.entity, row.id))
        task.succeeded.connect(self.on_timeline)

    @Slot(object)
    def on_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.timeline.set_entries(entries)
        self.timeline_shown.emit()

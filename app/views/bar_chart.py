"""A small horizontal bar chart drawn with QPainter (the scorecard's charts, R24).

Why not QtCharts: it ships in PySide6-Addons, a second ~200 MB wheel that would break the
160 MB bundle goal of the packaging issue (see ``docs/decisions.md``). Bars are horizontal so
long Chinese department names stay readable. Accessible without colour: every bar prints its
value, hovering a bar shows a tooltip with the label and value, and the widget's accessible
description lists every bar, so a screen reader reads the chart as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 18
GAP = 6
MARGIN = 8
LABEL_MAX = 220  # pixels of the label column; longer names are elided


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar; ``value`` None draws no bar and prints "—" (nothing to count)."""

    label: str
    value: float | None
    weak: bool = False


class BarChart(QWidget):
    """Horizontal bars with their values printed; ``maximum`` fixes the scale (100 for %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BarChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._title = ""
        self._unit = ""
        self._bars: tuple[Bar, ...] = ()
        self._maximum: float | None = None
        self.bar_colour = QColor("#2f6fb2")
        self.weak_colour = QColor("#c0392b")

    # ------------------------------------------------------------------------- content

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self._describe()
        self.update()

    def set_bars(self, bars: Sequence[Bar], *, unit: str = "",
                 maximum: float | None = None) -> None:
        self._bars = tuple(bars)
        self._unit = unit
        self._maximum = maximum
        self._describe()
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def value_text(self, bar: Bar) -> str:
        if bar.value is None:
            return "—"
        number = f"{bar.value:.1f}".rstrip("0").rstrip(".")
        return f"{number}{self._unit}"

    def _describe(self) -> None:
        lines = [f"{bar.label}: {self.value_text(bar)}" for bar in self._bars]
        self.setAccessibleDescription("; ".join(lines))

    # ------------------------------------------------------------------------- geometry

    def sizeHint(self) -> QSize:
        title = self.fontMetrics().height() + GAP if self._title else 0
        rows = max(1, len(self._bars))
        return QSize(480, 2 * MARGIN + title + rows * (BAR_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- Qt override
        return QSize(240, 2 * MARGIN + BAR_HEIGHT)

    def bar_rect(self, index: int) -> QRect:
        """Where bar ``index`` (its whole row: label and bar) is drawn."""
        top = MARGIN + (self.fontMetrics().height() + GAP if self._title else 0)
        return QRect(MARGIN, top + index * (BAR_HEIGHT + GAP),
                     self.width() - 2 * MARGIN, BAR_HEIGHT)

    def bar_at(self, point: QPoint) -> int | None:
        for index in range(len(self._bars)):
            if self.bar_rect(index).contains(point):
                return index
        return None

    # ------------------------------------------------------------------------- drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        if self._title:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(MARGIN, MARGIN + metrics.ascent(), self._title)
            painter.setFont(self.font())
        label_width = min(LABEL_MAX, max((metrics.horizontalAdvance(b.label)
                                          for b in self._bars), default=0) + GAP)
        value_width = metrics.horizontalAdvance(f"100.0{self._unit}") + GAP
        top_value = self._maximum or max((b.value or 0.0 for b in self._bars), default=0.0)
        for index, bar in enumerate(self._bars):
            row = self.bar_rect(index)
            label_rect = QRect(row.left(), row.top(), label_width - GAP, row.height())
            painter.setPen(text)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignRight
                                             | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle,
                                                label_rect.width()))
            track = row.width() - label_width - value_width
            length = 0
            if bar.value is not None and top_value > 0:
                length = max(1, round(track * min(bar.value, top_value) / top_value))
            if length:
                painter.fillRect(QRect(row.left() + label_width, row.top() + 2, length,
                                       row.height() - 4),
                                 self.weak_colour if bar.weak else self.bar_colour)
            painter.setPen(self.weak_colour if bar.weak else text)
            painter.drawText(QRect(row.left() + label_width + length + GAP // 2, row.top(),
                                   value_width, row.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.value_text(bar))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    def tooltip_for(self, index: int) -> str:
        bar = self._bars[index]
        return f"{bar.label}\n{self._title}: {self.value_text(bar)}"

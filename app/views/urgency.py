"""How a working-day countdown looks: colour by urgency, plus an icon and words, never colour
alone (red: overdue; orange: two working days or fewer; normal otherwise).

The words are translated by :class:`Countdown` (a QObject, so plurals work); the tooltip cites
the rule that set the clock (``Citation.describe``), in the officer's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.models.profiles import Citation
from app.sync.workspace_types import Urgency

# (text colour, background): dark enough on the light tint to read (WCAG AA for the text).
_COLOURS: dict[Urgency, tuple[str, str]] = {
    Urgency.OVERDUE: ("#a50e0e", "#fce8e6"),
    Urgency.DUE_SOON: ("#8a4b00", "#fff0d9"),
}
_ICONS: dict[Urgency, QStyle.StandardPixmap] = {
    Urgency.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Urgency.DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


def foreground(urgency: Urgency) -> QColor | None:
    colours = _COLOURS.get(urgency)
    return None if colours is None else QColor(colours[0])


def background(urgency: Urgency) -> QColor | None:
    colours = _COLOURS.get(urgency)
    return None if colours is None else QColor(colours[1])


def icon(urgency: Urgency) -> QIcon | None:
    pixmap = _ICONS.get(urgency)
    if pixmap is None or not isinstance(QApplication.instance(), QApplication):
        return None
    return QApplication.style().standardIcon(pixmap)


def marker(urgency: Urgency) -> str:
    """A sign that carries the urgency without colour (screen readers read the words)."""
    return {Urgency.OVERDUE: "⚠", Urgency.DUE_SOON: "◔"}.get(urgency, "")


class Countdown(QObject):
    """The translated words of a countdown (a QObject so ``tr`` handles the plurals)."""

    def text(self, days_left: int | None, urgency: Urgency, estimated: bool) -> str:
        if days_left is None:
            return "—"
        if days_left < 0:
            text = self.tr("Overdue by %n working day(s)", "", -days_left)
        elif days_left == 0:
            text = self.tr("Due today")
        else:
            text = self.tr("%n working day(s) left", "", days_left)
        sign = marker(urgency)
        if sign:
            text = f"{sign} {text}"
        if estimated:
            text = self.tr("%1 (estimated)").replace("%1", text)
        return text

    def tooltip(self, due: date | None, citation: Citation | None, estimated: bool,
                language: str) -> str:
        if due is None:
            return ""
        lines = [self.tr("Due at the close of %1.").replace("%1", due.isoformat())]
        if citation is not None:
            lines.append(self.tr("Rule: %1").replace("%1", citation.describe(language)))
        if estimated:
            lines.append(self.tr("Estimated: the official holiday calendar of that year has not "
                                 "been published, so its weekdays were counted as working days."))
        return "\n".join(lines)


_words: Countdown | None = None


def _countdown() -> Countdown:
    global _words  # noqa: PLW0603 -- one translator object for the module's functions
    if _words is None:
        _words = Countdown()
    return _words


def countdown_text(days_left: int | None, urgency: Urgency, estimated: bool) -> str:
    """"⚠ Overdue by 2 working days", "◔ 1 working day left", "Due today", "—"."""
    return _countdown().text(days_left, urgency, estimated)


def countdown_tooltip(due: date | None, citation: Citation | None, estimated: bool,
                      language: str) -> str:
    """Why the countdown ends where it does: the due date and the rule with its citation."""
    return _countdown().tooltip(due, citation, estimated, language)

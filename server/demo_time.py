"""The demo's sense of time: "today", working days counted backwards, and office hours.

Demo histories are written backwards from a base day (``today``): a request received nine
working days ago is due tomorrow under R13's ten-day clock. :class:`DemoClock` finds those days
on the same working-day calendar the server counts with (:mod:`app.models.workdays`), and turns a
day and an office hour in Beijing into the aware UTC datetime the entities store. Where a day
falls in a year whose holiday notice is not published yet, weekends alone decide — the due dates
computed from such a day carry ``due_estimated`` anyway.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.models.errors import UnknownCalendarYear
from app.models.workdays import DueDate, WorkingCalendar
from server.platform import SHANGHAI

_SATURDAY = 5


class DemoClock:
    """Days and moments relative to the demo's ``today``."""

    def __init__(self, today: date, calendar: WorkingCalendar) -> None:
        self.today = today
        self.calendar = calendar

    def is_working_day(self, day: date) -> bool:
        try:
            return self.calendar.is_working_day(day)
        except UnknownCalendarYear:
            return day.weekday() < _SATURDAY

    def working_days_before(self, day: date, count: int) -> date:
        """The working day ``count`` working days before ``day`` (``count`` 0: ``day`` itself
        when it is a working day, else the working day before it)."""
        current = day
        while not self.is_working_day(current):
            current -= timedelta(days=1)
        for _ in range(count):
            current -= timedelta(days=1)
            while not self.is_working_day(current):
                current -= timedelta(days=1)
        return current

    def ago(self, count: int) -> date:
        """``count`` working days before today."""
        return self.working_days_before(self.today, count)

    def after(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (estimated in unpublished years)."""
        return self.calendar.due_date(day, count).date

    def due(self, start: date, working_days: int) -> DueDate:
        """Where a clock of ``working_days`` started on ``start`` ends (workdays.due_date)."""
        return self.calendar.due_date(start, working_days)

    def day_of(self, moment: datetime) -> date:
        """The Beijing calendar day of an aware datetime."""
        return moment.astimezone(SHANGHAI).date()

    def moment(self, day: date, hour: int = 9, minute: int = 0) -> datetime:
        """``day`` at ``hour:minute`` Beijing time, as the aware datetime entities store."""
        return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)

"""The working-day calendar: which days count for every legal clock, and where a clock ends.

Owns :class:`CalendarYear` (one year of the State Council's holiday notice, as the server
publishes it at ``GET /api/v1/calendar?year=``), :class:`WorkingCalendar` (the ``chinesecalendar``
package plus an override table of published years), :class:`DueDate`, and module-level shortcuts
on a process-wide default calendar.

Counting (rules.md, "Deadlines at a glance"; R5, R13, R20): a clock of N working days that starts
on day D ends at the close of the N-th working day after D; D itself does not count. Weekends are
off unless the notice makes them make-up working days (调休); public holidays are off.

A year nobody has published is never silently counted as weekdays-only: the exact functions raise
:class:`~app.models.errors.UnknownCalendarYear`; only :func:`due_date` estimates, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import chinese_calendar

from app.models.errors import UnknownCalendarYear

_SATURDAY = 5


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """One year of the official calendar, as published in the State Council's notice.

    ``holidays`` are the official days off (weekdays and the weekend days inside a holiday);
    ``makeup_workdays`` the weekend days that are working days (调休). Every date lies in ``year``:
    when a notice reaches into the neighbouring year (the 2023 notice gave 2022-12-31 off), that
    day belongs to the neighbouring year's :class:`CalendarYear`.
    """

    year: int
    holidays: frozenset[date]
    makeup_workdays: frozenset[date]
    source: str

    def __post_init__(self) -> None:
        outside = sorted(d for d in self.holidays | self.makeup_workdays if d.year != self.year)
        if outside:
            raise ValueError(f"calendar year {self.year} lists dates of another year: {outside}")
        both = sorted(self.holidays & self.makeup_workdays)
        if both:
            raise ValueError(f"dates both holiday and make-up working day: {both}")
        # A make-up working day on a weekday would change nothing: it can only be a typo.
        weekdays = sorted(d for d in self.makeup_workdays if d.weekday() < _SATURDAY)
        if weekdays:
            raise ValueError(f"make-up working days must fall on a weekend: {weekdays}")

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``GET /api/v1/calendar?year=``: ISO dates, sorted."""
        return {
            "year": self.year,
            "holidays": [d.isoformat() for d in sorted(self.holidays)],
            "makeup_workdays": [d.isoformat() for d in sorted(self.makeup_workdays)],
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CalendarYear:
        """Parse :meth:`to_dict` output; a malformed document raises ``ValueError``."""
        year = data.get("year")
        source = data.get("source")
        if not isinstance(year, int) or isinstance(year, bool):
            raise ValueError("calendar year: 'year' must be an integer")
        if not isinstance(source, str):
            raise ValueError("calendar year: 'source' must be a string")
        return cls(
            year=year,
            holidays=_parse_dates(data.get("holidays"), "holidays"),
            makeup_workdays=_parse_dates(data.get("makeup_workdays"), "makeup_workdays"),
            source=source,
        )


def _parse_dates(raw: object, name: str) -> frozenset[date]:
    if not isinstance(raw, list):
        raise ValueError(f"calendar year: '{name}' must be a list of ISO dates")
    parsed: set[date] = set()
    for item in raw:
        if not isinstance(item, str):
            raise ValueError(f"calendar year: '{name}' must be a list of ISO dates")
        parsed.add(date.fromisoformat(item))
    return frozenset(parsed)


@dataclass(frozen=True, slots=True)
class DueDate:
    """Where a clock ends; ``estimated`` when unpublished years were counted as weekdays-only."""

    date: date
    estimated: bool = False
    unknown_years: tuple[int, ...] = ()

    def describe(self, language: str = "zh") -> str:
        """The due date as an officer reads it, with the reason when it is only an estimate."""
        shown = self.date.isoformat()
        if not self.estimated:
            return shown
        if language.startswith("en"):
            listed = ", ".join(str(y) for y in self.unknown_years)
            noun = "calendar has" if len(self.unknown_years) == 1 else "calendars have"
            return f"{shown} (estimated: the {listed} holiday {noun} not been published)"
        listed = "、".join(str(y) for y in self.unknown_years)
        return f"{shown}（估算：{listed}年节假日安排尚未公布）"


@dataclass(frozen=True, slots=True)
class _YearTable:
    """Precomputed working days of one year, so a clock costs a few index look-ups."""

    first_ordinal: int  # date.toordinal() of 1 January
    exact: bool  # False: an unpublished year, counted weekdays-only for an estimate
    # cumulative[i] = working days among the first i days of the year (len = days in year + 1)
    cumulative: tuple[int, ...]
    working: tuple[int, ...]  # ordinals of the working days, in order

    @property
    def last_ordinal(self) -> int:
        return self.first_ordinal + len(self.cumulative) - 2


def _build_table(year: int, official: CalendarYear | None) -> _YearTable:
    first = date(year, 1, 1).toordinal()
    last = date(year, 12, 31).toordinal()
    holidays = {d.toordinal() for d in official.holidays} if official else set()
    makeup = {d.toordinal() for d in official.makeup_workdays} if official else set()
    cumulative = [0]
    working: list[int] = []
    for ordinal in range(first, last + 1):
        # date.toordinal() of a Monday is ≡ 1 (mod 7): 1 January of year 1 was a Monday.
        weekday = (ordinal - 1) % 7
        if ordinal in makeup or (weekday < _SATURDAY and ordinal not in holidays):
            working.append(ordinal)
        cumulative.append(len(working))
    return _YearTable(first, official is not None, tuple(cumulative), tuple(working))


@cache
def _library_years() -> dict[int, CalendarYear]:
    """Every year the ``chinesecalendar`` package knows, split by date into CalendarYears."""
    holidays: dict[int, set[date]] = {}
    makeup: dict[int, set[date]] = {}
    for table, target in (
        (chinese_calendar.holidays, holidays),
        (chinese_calendar.workdays, makeup),
    ):
        for day in table:
            if isinstance(day, date):
                target.setdefault(day.year, set()).add(day)
    if not holidays:
        return {}
    version = str(getattr(chinese_calendar, "__version__", "?"))
    # The package's own bound: it answers for every year between its first and last holiday.
    return {
        year: CalendarYear(
            year=year,
            holidays=frozenset(holidays.get(year, set())),
            makeup_workdays=frozenset(makeup.get(year, set())),
            source=f"国务院办公厅关于{year}年部分节假日安排的通知（chinesecalendar {version}）",
        )
        for year in range(min(holidays), max(holidays) + 1)
    }


class WorkingCalendar:
    """The official calendar: ``chinesecalendar`` plus published overrides (overrides win).

    Per-year tables are built on first use and kept; a race between threads only builds a
    table twice. Negative clock lengths are refused with ``ValueError``: deadlines never count
    backwards, and counting backwards would break ``between(s, add(s, n)) == n``.
    """

    def __init__(self, overrides: Mapping[int, CalendarYear] | None = None) -> None:
        table = dict(overrides or {})
        for year, official in table.items():
            if official.year != year:
                raise ValueError(f"override for {year} carries the calendar of {official.year}")
        self._overrides: dict[int, CalendarYear] = table
        self._tables: dict[int, _YearTable] = {}

    # -- which years are known -------------------------------------------------------------
    def known_years(self) -> tuple[int, ...]:
        return tuple(sorted(set(_library_years()) | set(self._overrides)))

    def knows(self, year: int) -> bool:
        return year in self._overrides or year in _library_years()

    def calendar_year(self, year: int) -> CalendarYear:
        """Export a known year (what the server publishes); an unknown one raises."""
        official = self._official(year)
        if official is None:
            raise UnknownCalendarYear([year])
        return official

    def with_overrides(
        self, years: Iterable[CalendarYear] | Mapping[int, CalendarYear]
    ) -> WorkingCalendar:
        """A new calendar with these years published on top of this one's overrides."""
        if isinstance(years, Mapping):
            fresh = dict(years)
        else:
            fresh = {official.year: official for official in years}
        merged = WorkingCalendar({**self._overrides, **fresh})
        merged._tables = {y: t for y, t in self._tables.items() if y not in fresh}
        return merged

    # -- exact answers: raise UnknownCalendarYear when an unpublished year decides ---------
    def is_working_day(self, day: date) -> bool:
        table = self._table(day.year)
        if not table.exact:
            raise UnknownCalendarYear([day.year])
        index = day.toordinal() - table.first_ordinal
        return table.cumulative[index + 1] != table.cumulative[index]

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day strictly after ``start``; ``n == 0`` gives ``start``."""
        result, unknown = self._advance(start, n)
        if unknown:
            raise UnknownCalendarYear(unknown)
        return result

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end; the negative of the reverse when end < start."""
        count, unknown = self._count(start, end)
        if unknown:
            raise UnknownCalendarYear(unknown)
        return count

    def working_days_left(self, today: date, due: date) -> int:
        """Working days until ``due`` closes: 0 due today, negative overdue by that many.

        Any day after a due date is overdue, so a weekend right after it gives -1, not 0.
        Raises UnknownCalendarYear like :meth:`working_days_between`.
        """
        if today <= due:
            return self.working_days_between(today, due)
        return min(-1, -self.working_days_between(due, today))

    # -- the one estimate ------------------------------------------------------------------
    def due_date(self, start: date, n: int) -> DueDate:
        """Where an n-working-day clock started on ``start`` ends; never raises for a year.

        Published years count exactly; unpublished ones weekdays-only, flagged ``estimated``.
        """
        result, unknown = self._advance(start, n)
        return DueDate(result, estimated=bool(unknown), unknown_years=unknown)

    # -- internals -------------------------------------------------------------------------
    def _official(self, year: int) -> CalendarYear | None:
        if year in self._overrides:
            return self._overrides[year]
        return _library_years().get(year)

    def _table(self, year: int) -> _YearTable:
        table = self._tables.get(year)
        if table is None:
            table = _build_table(year, self._official(year))
            self._tables[year] = table
        return table

    def _advance(self, start: date, n: int) -> tuple[date, tuple[int, ...]]:
        """The n-th working day after ``start``, and the unpublished years it passed through."""
        if n < 0:
            raise ValueError(f"a clock counts forward: n must be >= 0, got {n}")
        if n == 0:
            return date.fromordinal(start.toordinal()), ()
        year = start.year
        table = self._table(year)
        offset = start.toordinal() - table.first_ordinal
        unknown: list[int] = []
        # The start day itself never counts; its year matters only if days after it are looked at.
        if not table.exact and start.toordinal() < table.last_ordinal:
            unknown.append(year)
        done = table.cumulative[offset + 1]
        remaining = n
        while remaining > len(table.working) - done:
            remaining -= len(table.working) - done
            year += 1
            table = self._table(year)
            if not table.exact:
                unknown.append(year)
            done = 0
        return date.fromordinal(table.working[done + remaining - 1]), tuple(unknown)

    def _count(self, start: date, end: date) -> tuple[int, tuple[int, ...]]:
        if end < start:
            backwards, years = self._count(end, start)
            return -backwards, years
        if end == start:
            return 0, ()
        first = start + timedelta(days=1)
        lo_ordinal, hi_ordinal = first.toordinal(), end.toordinal()
        total = 0
        unknown: list[int] = []
        for year in range(first.year, end.year + 1):
            table = self._table(year)
            if not table.exact:
                unknown.append(year)
            lo = max(lo_ordinal, table.first_ordinal) - table.first_ordinal
            hi = min(hi_ordinal, table.last_ordinal) - table.first_ordinal
            total += table.cumulative[hi + 1] - table.cumulative[lo]
        return total, tuple(unknown)


# -- the process-wide default calendar, for callers that name the functions below -----------
_default: WorkingCalendar | None = None


def default_calendar() -> WorkingCalendar:
    """The calendar the module-level functions use unless given one."""
    global _default  # noqa: PLW0603 -- one lazily built calendar per process, by design
    if _default is None:
        _default = WorkingCalendar()
    return _default


def _chosen(calendar: WorkingCalendar | None) -> WorkingCalendar:
    return calendar if calendar is not None else default_calendar()


def is_working_day(d: date, *, calendar: WorkingCalendar | None = None) -> bool:
    return _chosen(calendar).is_working_day(d)


def add_working_days(start: date, n: int, *, calendar: WorkingCalendar | None = None) -> date:
    return _chosen(calendar).add_working_days(start, n)


def working_days_between(start: date, end: date, *, calendar: WorkingCalendar | None = None) -> int:
    return _chosen(calendar).working_days_between(start, end)


def due_date(start: date, n: int, *, calendar: WorkingCalendar | None = None) -> DueDate:
    return _chosen(calendar).due_date(start, n)


def working_days_left(today: date, due: date, *, calendar: WorkingCalendar | None = None) -> int:
    return _chosen(calendar).working_days_left(today, due)

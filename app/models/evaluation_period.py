"""Evaluation periods (R24): a month, a quarter or a year, and their codes (``2026-11``,
``2026-Q4``, ``2026``). :mod:`app.models.evaluation` re-exports everything here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.models.enums import LabeledEnum
from app.models.errors import DomainError


class PeriodKind(LabeledEnum):
    MONTH = "month", "月度", "Month"
    QUARTER = "quarter", "季度", "Quarter"
    YEAR = "year", "年度", "Year"


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``start``..``end`` inclusive; ``label`` is its code (``2026-11``, ``2026-Q4``)."""

    kind: PeriodKind
    start: date
    end: date
    label: str

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def month(year: int, number: int) -> Period:
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return Period(PeriodKind.MONTH, first, following - timedelta(days=1), f"{year}-{number:02d}")


def quarter(year: int, number: int) -> Period:
    start = month(year, 3 * number - 2)
    end = month(year, 3 * number)
    return Period(PeriodKind.QUARTER, start.start, end.end, f"{year}-Q{number}")


def year_period(year: int) -> Period:
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31), f"{year}")


_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$")


def parse_period(text: str) -> Period:
    """``2026-11`` (a month), ``2026-Q4`` (a quarter) or ``2026`` (a year)."""
    found = _PERIOD.match(text.strip())
    if found is None or (found.group(2) is not None and not 1 <= int(found.group(2)) <= 12):
        raise DomainError(
            code="evaluation.bad_period",
            message_zh="评价期间应写作 2026-11（月）、2026-Q4（季度）或 2026（年）。",
            message_en="Write the period as 2026-11 (month), 2026-Q4 (quarter) or 2026 (year).",
            rule="R24",
        )
    year = int(found.group(1))
    if found.group(2) is not None:
        return month(year, int(found.group(2)))
    if found.group(3) is not None:
        return quarter(year, int(found.group(3)))
    return year_period(year)

"""Benchmark: due dates from the cached working calendar vs a day-by-day chinesecalendar loop.

Run: ``.venv/bin/python bench/bench_workdays.py [--calls 100000] [--seed 2021]``. Prints the
seconds for the same clocks (R13 10, R20 5 and 20, R5 15 working days, started on random days of
2005-2026) computed both ways in this run, checks both agree, and prints the ratio. The naive
loop takes about half a minute at the default 100,000 calls.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

import chinese_calendar

from app.models.workdays import WorkingCalendar

CLOCK_LENGTHS = (5, 10, 15, 20)
FIRST_START = date(2005, 1, 1)
LAST_START = date(2026, 11, 30)  # every clock still ends inside 2026, which the package knows


def naive_due_date(start: date, n: int) -> date:
    """The obvious loop: step a day at a time and ask chinesecalendar each time."""
    day = start
    while n > 0:
        day += timedelta(days=1)
        if chinese_calendar.is_workday(day):
            n -= 1
    return day


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    span_days = (LAST_START - FIRST_START).days
    clocks = [
        (FIRST_START + timedelta(days=rng.randrange(span_days + 1)), rng.choice(CLOCK_LENGTHS))
        for _ in range(args.calls)
    ]

    calendar = WorkingCalendar()
    began = time.perf_counter()
    cached = [calendar.due_date(start, n).date for start, n in clocks]
    cached_seconds = time.perf_counter() - began

    began = time.perf_counter()
    naive = [naive_due_date(start, n) for start, n in clocks]
    naive_seconds = time.perf_counter() - began

    disagreements = sum(1 for a, b in zip(cached, naive, strict=True) if a != b)
    print(f"due_date calls:           {args.calls:,}")
    print(f"cached WorkingCalendar:   {cached_seconds:8.3f} s")
    print(f"naive is_workday loop:    {naive_seconds:8.3f} s")
    print(f"ratio naive / cached:     {naive_seconds / cached_seconds:8.1f}x")
    print(f"disagreements:            {disagreements}")
    return 1 if disagreements else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The working-day calendar against the State Council's holiday notices for 2025 and 2026.

Every expected date below was counted by hand from the notices' text (国办发明电〔2024〕12号 for
2025, 国办发明电〔2025〕7号 for 2026), never computed with chinesecalendar. Counting rule
(rules.md, "Deadlines at a glance"): an N-working-day clock started on D ends on the N-th working
day after D; D itself does not count. R13 reply 10, R20 verification 5 (+15), R5 update 15.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models import workdays
from app.models.errors import UnknownCalendarYear
from app.models.workdays import CalendarYear, DueDate, WorkingCalendar


def span(first: date, last: date) -> frozenset[date]:
    """The days first..last inclusive, as a notice writes "X 至 Y 放假"."""
    return frozenset(first + timedelta(days=i) for i in range((last - first).days + 1))


NOTICE_2025 = CalendarYear(
    year=2025,
    holidays=(
        span(date(2025, 1, 1), date(2025, 1, 1))  # 元旦 1月1日（周三）
        | span(date(2025, 1, 28), date(2025, 2, 4))  # 春节 1月28日至2月4日
        | span(date(2025, 4, 4), date(2025, 4, 6))  # 清明节
        | span(date(2025, 5, 1), date(2025, 5, 5))  # 劳动节
        | span(date(2025, 5, 31), date(2025, 6, 2))  # 端午节
        | span(date(2025, 10, 1), date(2025, 10, 8))  # 国庆节、中秋节
    ),
    makeup_workdays=frozenset(
        {
            date(2025, 1, 26),  # 周日 (春节)
            date(2025, 2, 8),  # 周六 (春节)
            date(2025, 4, 27),  # 周日 (劳动节)
            date(2025, 9, 28),  # 周日 (国庆节)
            date(2025, 10, 11),  # 周六 (国庆节)
        }
    ),
    source="国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
)

NOTICE_2026 = CalendarYear(
    year=2026,
    holidays=(
        span(date(2026, 1, 1), date(2026, 1, 3))  # 元旦
        | span(date(2026, 2, 15), date(2026, 2, 23))  # 春节，共9天
        | span(date(2026, 4, 4), date(2026, 4, 6))  # 清明节
        | span(date(2026, 5, 1), date(2026, 5, 5))  # 劳动节
        | span(date(2026, 6, 19), date(2026, 6, 21))  # 端午节
        | span(date(2026, 9, 25), date(2026, 9, 27))  # 中秋节
        | span(date(2026, 10, 1), date(2026, 10, 7))  # 国庆节
    ),
    makeup_workdays=frozenset(
        {
            date(2026, 1, 4),  # 周日 (元旦)
            date(2026, 2, 14),  # 周六 (春节)
            date(2026, 2, 28),  # 周六 (春节)
            date(2026, 5, 9),  # 周六 (劳动节)
            date(2026, 9, 20),  # 周日 (国庆节)
            date(2026, 10, 10),  # 周六 (国庆节)
        }
    ),
    source="国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
)

# Made up for the tests: what a 2027 notice could look like once it is published.
INVENTED_2027 = CalendarYear(
    year=2027,
    holidays=span(date(2027, 1, 1), date(2027, 1, 3)) | span(date(2027, 2, 5), date(2027, 2, 12)),
    makeup_workdays=frozenset({date(2027, 2, 20)}),  # a Saturday
    source="test: invented 2027 notice",
)

LIBRARY = WorkingCalendar()
NOTICES_ONLY = WorkingCalendar({2025: NOTICE_2025, 2026: NOTICE_2026})


@pytest.fixture(params=["chinesecalendar", "notices-only"])
def calendar(request: pytest.FixtureRequest) -> WorkingCalendar:
    """Both the package-backed calendar and one built only from the hand-typed notices."""
    return LIBRARY if request.param == "chinesecalendar" else NOTICES_ONLY


CLOCKS = [
    # id, start (the day the clock starts), working days, the day it ends
    ("R13-before-spring-festival-2025", date(2025, 1, 24), 10, date(2025, 2, 13)),
    ("R13-before-spring-festival-2026", date(2026, 2, 12), 10, date(2026, 3, 4)),
    ("R13-before-labour-day-2025", date(2025, 4, 22), 10, date(2025, 5, 8)),
    ("R13-before-labour-day-2026", date(2026, 4, 29), 10, date(2026, 5, 15)),
    ("R13-before-national-day-2025", date(2025, 9, 25), 10, date(2025, 10, 15)),
    ("R13-friday-before-national-day-2026", date(2026, 9, 18), 10, date(2026, 10, 9)),
    ("R13-across-2025-2026-year-end", date(2025, 12, 24), 10, date(2026, 1, 8)),
    ("R13-started-on-a-friday", date(2026, 3, 6), 10, date(2026, 3, 20)),
    ("R13-started-on-national-day-holiday", date(2026, 10, 3), 10, date(2026, 10, 20)),
    ("R20-across-national-day-2026-ends-makeup-saturday", date(2026, 9, 28), 5, date(2026, 10, 10)),
    ("R20-extension-15-after-2026-10-10", date(2026, 10, 10), 15, date(2026, 10, 30)),
    ("R20-started-in-spring-festival-2026", date(2026, 2, 17), 5, date(2026, 2, 28)),
    ("R20-friday-before-dragon-boat-2025", date(2025, 5, 30), 5, date(2025, 6, 9)),
    ("R5-across-qingming-2025", date(2025, 4, 1), 15, date(2025, 4, 23)),
    ("R5-across-dragon-boat-2026", date(2026, 6, 15), 15, date(2026, 7, 7)),
]


@pytest.mark.parametrize(("start", "n", "end"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS])
def test_clock_ends_on_the_nth_working_day_after_start(
    calendar: WorkingCalendar, start: date, n: int, end: date
) -> None:
    assert calendar.add_working_days(start, n) == end
    assert calendar.due_date(start, n) == DueDate(end, estimated=False, unknown_years=())
    assert calendar.working_days_between(start, end) == n
    assert calendar.working_days_between(end, start) == -n


DAYS = [
    ("makeup-sunday-2025-01-26", date(2025, 1, 26), True),
    ("makeup-saturday-2025-02-08", date(2025, 2, 8), True),
    ("makeup-sunday-2025-04-27", date(2025, 4, 27), True),
    ("makeup-saturday-2025-10-11", date(2025, 10, 11), True),
    ("makeup-sunday-2026-01-04", date(2026, 1, 4), True),
    ("makeup-saturday-2026-02-14", date(2026, 2, 14), True),
    ("makeup-saturday-2026-02-28", date(2026, 2, 28), True),
    ("makeup-saturday-2026-05-09", date(2026, 5, 9), True),
    ("makeup-sunday-2026-09-20", date(2026, 9, 20), True),
    ("makeup-saturday-2026-10-10", date(2026, 10, 10), True),
    ("new-year-wednesday-2025-01-01", date(2025, 1, 1), False),
    ("spring-festival-monday-2025-02-03", date(2025, 2, 3), False),
    ("labour-day-monday-2025-05-05", date(2025, 5, 5), False),
    ("national-day-wednesday-2025-10-08", date(2025, 10, 8), False),
    ("new-year-friday-2026-01-02", date(2026, 1, 2), False),
    ("spring-festival-monday-2026-02-23", date(2026, 2, 23), False),
    ("qingming-monday-2026-04-06", date(2026, 4, 6), False),
    ("dragon-boat-friday-2026-06-19", date(2026, 6, 19), False),
    ("mid-autumn-friday-2026-09-25", date(2026, 9, 25), False),
    ("national-day-wednesday-2026-10-07", date(2026, 10, 7), False),
    ("ordinary-saturday-2026-03-07", date(2026, 3, 7), False),
    ("ordinary-tuesday-2026-03-10", date(2026, 3, 10), True),
]


@pytest.mark.parametrize(("day", "working"), [c[1:] for c in DAYS], ids=[c[0] for c in DAYS])
def test_is_working_day_follows_the_notice(
    calendar: WorkingCalendar, day: date, working: bool
) -> None:
    assert calendar.is_working_day(day) is working


@pytest.mark.parametrize("year", [2025, 2026])
def test_each_year_has_248_working_days(calendar: WorkingCalendar, year: int) -> None:
    # 261 weekdays; 2025: 18 weekday holidays - 5 make-up days; 2026: 19 - 6.
    assert calendar.working_days_between(date(year - 1, 12, 31), date(year, 12, 31)) == 248


@pytest.mark.parametrize("notice", [NOTICE_2025, NOTICE_2026], ids=["2025", "2026"])
def test_chinesecalendar_agrees_with_the_notice(notice: CalendarYear) -> None:
    exported = LIBRARY.calendar_year(notice.year)
    assert exported.holidays == notice.holidays
    assert exported.makeup_workdays == notice.makeup_workdays
    assert f"{notice.year}年" in exported.source


def test_every_known_day_matches_chinesecalendars_own_predicate() -> None:
    day, last = date(2004, 1, 1), date(2026, 12, 31)
    mismatches = []
    while day <= last:
        if LIBRARY.is_working_day(day) != chinese_calendar.is_workday(day):
            mismatches.append(day)
        day += timedelta(days=1)
    assert mismatches == []


def test_chinesecalendar_1_11_knows_2004_to_2026_only() -> None:
    # The 2027 tests below rest on this; a newer package that knows 2027 must update them.
    assert LIBRARY.known_years() == tuple(range(2004, 2027))
    assert not LIBRARY.knows(2027)


def test_zero_days_is_the_start_and_negative_is_refused() -> None:
    assert LIBRARY.add_working_days(date(2026, 10, 3), 0) == date(2026, 10, 3)
    assert LIBRARY.working_days_between(date(2026, 10, 3), date(2026, 10, 3)) == 0
    with pytest.raises(ValueError, match="n must be >= 0"):
        LIBRARY.add_working_days(date(2026, 3, 6), -1)


@pytest.mark.parametrize(
    ("today", "left"),
    [
        pytest.param(date(2026, 3, 16), 4, id="monday-before"),
        pytest.param(date(2026, 3, 19), 1, id="day-before"),
        pytest.param(date(2026, 3, 20), 0, id="due-today"),
        pytest.param(date(2026, 3, 21), -1, id="saturday-after-is-already-overdue"),
        pytest.param(date(2026, 3, 23), -1, id="monday-after"),
        pytest.param(date(2026, 3, 24), -2, id="tuesday-after"),
    ],
)
def test_working_days_left_is_signed(today: date, left: int) -> None:
    assert LIBRARY.working_days_left(today, date(2026, 3, 20)) == left


def test_overdue_across_national_day_counts_working_days_only() -> None:
    # Due Wed 2026-09-30; Oct 1-7 are off, so Thu Oct 8 is the first working day late.
    assert workdays.working_days_left(date(2026, 10, 8), date(2026, 9, 30)) == -1


# -- 2027: no notice yet -------------------------------------------------------------------


def test_a_day_of_an_unpublished_year_raises() -> None:
    with pytest.raises(UnknownCalendarYear) as caught:
        workdays.is_working_day(date(2027, 1, 4))
    assert caught.value.years == (2027,)
    assert caught.value.code == "calendar.unknown_year"
    with pytest.raises(UnknownCalendarYear) as before:
        workdays.is_working_day(date(2003, 10, 1))
    assert before.value.years == (2003,)


def test_a_clock_crossing_into_2027_raises() -> None:
    with pytest.raises(UnknownCalendarYear) as caught:
        workdays.add_working_days(date(2026, 12, 28), 10)
    assert caught.value.years == (2027,)
    with pytest.raises(UnknownCalendarYear):
        workdays.working_days_between(date(2026, 12, 28), date(2027, 1, 11))
    with pytest.raises(UnknownCalendarYear):
        workdays.working_days_left(date(2026, 12, 28), date(2027, 1, 11))


def test_counting_up_to_the_last_day_of_2026_needs_no_2027() -> None:
    # Dec 2026: Tue 1 .. Thu 31, 23 weekdays and no holiday; Dec 1 itself does not count.
    assert workdays.working_days_between(date(2026, 12, 1), date(2026, 12, 31)) == 22
    assert workdays.due_date(date(2026, 12, 17), 10) == DueDate(date(2026, 12, 31))


def test_due_date_into_2027_is_a_flagged_weekdays_only_estimate() -> None:
    # Tue 29, Wed 30, Thu 31 Dec 2026 (3), then 2027 weekdays only: Fri Jan 1 (4), 4-8 (9), 11.
    due = workdays.due_date(date(2026, 12, 28), 10)
    assert due == DueDate(date(2027, 1, 11), estimated=True, unknown_years=(2027,))
    assert due.describe() == "2027-01-11（估算：2027年节假日安排尚未公布）"
    assert due.describe("en") == (
        "2027-01-11 (estimated: the 2027 holiday calendar has not been published)"
    )


def test_due_date_within_2026_is_exact() -> None:
    due = workdays.due_date(date(2026, 12, 14), 10)
    assert due == DueDate(date(2026, 12, 28), estimated=False, unknown_years=())
    assert due.describe() == "2026-12-28"


def test_due_date_over_two_unpublished_years_names_both() -> None:
    # 3 days of 2026, 261 weekdays of 2027, then 36 weekdays of 2028: Jan (21), Feb 1-21 (15).
    due = workdays.due_date(date(2026, 12, 28), 300)
    assert due == DueDate(date(2028, 2, 21), estimated=True, unknown_years=(2027, 2028))
    assert "2027、2028年" in due.describe()
    assert "2027, 2028 holiday calendars have" in due.describe("en")


def test_a_clock_started_inside_an_unpublished_year_is_estimated() -> None:
    # Mon 2027-03-01: Tue 2 .. Fri 5 (4), Mon 8 (5), weekdays only.
    assert workdays.due_date(date(2027, 3, 1), 5) == DueDate(
        date(2027, 3, 8), estimated=True, unknown_years=(2027,)
    )
    with pytest.raises(UnknownCalendarYear):
        workdays.add_working_days(date(2027, 3, 1), 5)


def test_a_clock_started_on_the_last_day_of_an_unpublished_year_leaves_it() -> None:
    later = WorkingCalendar({2028: CalendarYear(2028, frozenset(), frozenset(), "test")})
    assert later.due_date(date(2027, 12, 31), 1) == DueDate(date(2028, 1, 3))


# -- overrides: the server publishes a year -------------------------------------------------


def test_publishing_2027_makes_it_known_and_exact() -> None:
    published = LIBRARY.with_overrides([INVENTED_2027])
    assert published.knows(2027)
    assert 2027 in published.known_years()
    assert not LIBRARY.knows(2027)  # a new instance; the original is untouched
    # Tue 29, Wed 30, Thu 31 (3); Jan 1-3 off; Jan 4-8 (8); Mon 11 (9), Tue 12 (10).
    assert published.due_date(date(2026, 12, 28), 10) == DueDate(date(2027, 1, 12))
    assert published.add_working_days(date(2026, 12, 28), 10) == date(2027, 1, 12)
    # Feb 5-12 off, Feb 15-19 (5), make-up Saturday Feb 20 (6).
    assert published.add_working_days(date(2027, 2, 4), 6) == date(2027, 2, 20)
    assert workdays.is_working_day(date(2027, 2, 20), calendar=published) is True
    assert published.calendar_year(2027) == INVENTED_2027


def test_an_override_for_2026_that_moves_a_makeup_day_changes_the_answer() -> None:
    moved = CalendarYear(
        year=2026,
        holidays=NOTICE_2026.holidays,
        makeup_workdays=(NOTICE_2026.makeup_workdays - {date(2026, 10, 10)}) | {date(2026, 10, 11)},
        source="test: corrected notice",
    )
    calendar = WorkingCalendar()
    assert calendar.due_date(date(2026, 9, 28), 5).date == date(2026, 10, 10)  # fills the cache
    corrected = calendar.with_overrides({2026: moved})
    assert corrected.due_date(date(2026, 9, 28), 5).date == date(2026, 10, 11)
    assert corrected.is_working_day(date(2026, 10, 10)) is False
    assert calendar.due_date(date(2026, 9, 28), 5).date == date(2026, 10, 10)


def test_module_functions_take_a_calendar_with_published_years() -> None:
    published = LIBRARY.with_overrides([INVENTED_2027])
    assert workdays.due_date(date(2026, 12, 28), 10, calendar=published) == DueDate(
        date(2027, 1, 12)
    )
    assert workdays.due_date(date(2026, 12, 28), 10).estimated  # the default knows no 2027


def test_calendar_year_of_an_unknown_year_raises() -> None:
    with pytest.raises(UnknownCalendarYear):
        LIBRARY.calendar_year(2027)


def test_calendar_year_round_trips_through_iso_json() -> None:
    document = NOTICE_2026.to_dict()
    assert document["makeup_workdays"] == [
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"
    ]  # fmt: skip
    assert CalendarYear.from_dict(document) == NOTICE_2026
    assert CalendarYear.from_dict(INVENTED_2027.to_dict()) == INVENTED_2027


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"holidays": [], "makeup_workdays": [], "source": "s"}, id="no-year"),
        pytest.param({"year": 2027, "holidays": [], "makeup_workdays": []}, id="no-source"),
        pytest.param(
            {"year": 2027, "holidays": "2027-01-01", "makeup_workdays": [], "source": "s"},
            id="holidays-not-a-list",
        ),
        pytest.param(
            {"year": 2027, "holidays": ["2027-13-01"], "makeup_workdays": [], "source": "s"},
            id="bad-date",
        ),
        pytest.param(
            {"year": 2027, "holidays": ["2026-12-31"], "makeup_workdays": [], "source": "s"},
            id="date-of-another-year",
        ),
        pytest.param(
            {"year": 2027, "holidays": [], "makeup_workdays": ["2027-01-04"], "source": "s"},
            id="makeup-on-a-monday",
        ),
        pytest.param(
            {
                "year": 2027,
                "holidays": ["2027-02-20"],
                "makeup_workdays": ["2027-02-20"],
                "source": "s",
            },
            id="holiday-and-makeup",
        ),
    ],
)
def test_a_malformed_calendar_document_is_refused(document: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"."):
        CalendarYear.from_dict(document)


def test_an_override_filed_under_the_wrong_year_is_refused() -> None:
    with pytest.raises(ValueError, match="override for 2026"):
        WorkingCalendar({2026: INVENTED_2027})


# -- properties over every year the package knows -------------------------------------------

starts = st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 9, 30))


@given(start=starts, n=st.integers(min_value=0, max_value=60))
def test_between_inverts_add(start: date, n: int) -> None:
    end = workdays.add_working_days(start, n)
    assert workdays.working_days_between(start, end) == n
    assert workdays.due_date(start, n) == DueDate(end)
    if n > 0:
        assert workdays.is_working_day(end)


def _days_after(start: date, end: date) -> Iterator[date]:
    day = start + timedelta(days=1)
    while day <= end:
        yield day
        day += timedelta(days=1)


@given(start=starts, length=st.integers(min_value=0, max_value=800))
def test_between_counts_the_working_days_one_by_one(start: date, length: int) -> None:
    end = min(start + timedelta(days=length), date(2026, 12, 31))
    expected = sum(1 for d in _days_after(start, end) if workdays.is_working_day(d))
    assert workdays.working_days_between(start, end) == expected
    assert workdays.working_days_between(end, start) == -expected

"""The evaluation scorecard (R24/R25): periods, jurisdictions, and a hand count on the demo data.

The hand count reads the demo's stored JSON and counts with plain loops and the
``chinese_calendar`` package, never through :mod:`app.models.evaluation`, then compares.
"""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
import sqlalchemy as sa

from app.models.codec import from_json_dict
from app.models.entities import Department, Dispute, Feedback, Filing, ShareRequest
from app.models.enums import DepartmentLevel
from app.models.errors import DomainError
from app.models.evaluation import (
    FigureKey,
    Scorecard,
    catalog_facts,
    evaluate,
    jurisdiction_of,
    parse_period,
)
from app.models.profiles import get_profile
from app.models.workdays import WorkingCalendar

TODAY = date(2026, 11, 27)
BEIJING = timedelta(hours=8)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_periods_cover_whole_months_quarters_and_years(text: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, text)


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-11", "November", ""])
def test_a_malformed_period_is_refused_in_both_languages_r24(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_period(text)
    assert refused.value.rule == "R24"
    assert "2026-11" in refused.value.message_zh
    assert "2026-11" in refused.value.message_en


def _department(name: str, supervisor: Department | None, code: str) -> Department:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    return Department(
        id=uuid.uuid4(), code=code, name=name, level=DepartmentLevel.PROVINCE,
        supervisor_department_id=None if supervisor is None else supervisor.id,
        created_at=moment, updated_at=moment,
    )


def test_a_jurisdiction_holds_its_own_level_and_every_level_below_r24() -> None:
    province = _department("省数据局", None, "01")
    city = _department("市数据局", province, "02")
    county = _department("县数据局", city, "03")
    county_health = _department("县卫健局", county, "04")
    police = _department("省公安厅", province, "05")
    neighbour = _department("邻省数据局", None, "06")
    everyone = [neighbour, county_health, police, county, city, province]
    assert [d.name for d in jurisdiction_of(everyone, province.id)] == [
        "省数据局", "市数据局", "县数据局", "县卫健局", "省公安厅"]
    assert [d.name for d in jurisdiction_of(everyone, city.id)] == [
        "市数据局", "县数据局", "县卫健局"]
    assert [d.name for d in jurisdiction_of(everyone, neighbour.id)] == ["邻省数据局"]


# ------------------------------------------------------------------ the demo, counted by hand


@dataclass
class DemoTables:
    rows: dict[str, list[dict[str, Any]]]
    calendar: WorkingCalendar


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoTables:
    from server import db, schema
    from server.app import create_app
    from server.demo import build_demo

    noon = datetime.combine(TODAY, time(4, 0), tzinfo=UTC)
    path: Path = tmp_path_factory.mktemp("evaluation") / "platform.db"
    app = create_app(str(path), "hunan-2021", now=lambda: noon)
    platform = app.state.platform
    build_demo(platform, resources=60, today=TODAY)
    tables = {
        "department": schema.departments, "request": schema.share_requests,
        "feedback": schema.feedback, "resource": schema.resources,
        "dispute": schema.disputes, "filing": schema.filings,
    }
    with db.read(platform.engine) as conn:
        rows = {name: [db.loads(text) for text in conn.execute(sa.select(t.c.data)).scalars()]
                for name, t in tables.items()}
        calendar = platform.calendar(conn)
    platform.engine.dispose()
    return DemoTables(rows, calendar)


def _beijing_day(stamp: str | None) -> date | None:
    if stamp is None:
        return None
    return (datetime.fromisoformat(stamp).astimezone(UTC) + BEIJING).date()


def _in_november(day: date | str | None) -> bool:
    if isinstance(day, str):
        day = date.fromisoformat(day)
    return day is not None and date(2026, 11, 1) <= day <= date(2026, 11, 30)


def _workdays_after(start: date, end: date) -> int:
    """Working days d with start < d <= end, straight from the State Council calendar."""
    return sum(
        1 for n in range(1, (end - start).days + 1)
        if chinese_calendar.is_workday(start + timedelta(days=n))
    )


def _hand_count(tables: DemoTables, department_id: str) -> dict[FigureKey, Any]:
    """November 2026 for one department, counted as the rules read (R13, R20, R15, R3, R10, R5)."""
    requests = [r for r in tables.rows["request"]
                if r["provider_department_id"] == department_id and _in_november(r["received_on"])]
    replied = [r for r in requests if r.get("reply")]
    # A reply without a clock (no due date) cannot be late.
    # R13: an answer still owed past its due date counts against the on-time share.
    on_time = [r for r in replied if r["due"] is None
               or _beijing_day(r["reply"]["replied_at"]) <= date.fromisoformat(r["due"])]
    days = [_workdays_after(date.fromisoformat(r["received_on"]),
                            _beijing_day(r["reply"]["replied_at"])) for r in replied]
    overdue = [r for r in requests if not r.get("reply")
               and r["status"] in {"submitted", "material_requested", "negotiating"}
               and r["due"] and date.fromisoformat(r["due"]) < TODAY]
    refused = [r for r in replied if r["reply"]["decision"] == "refuse"]
    feedback = [f for f in tables.rows["feedback"]
                if f["provider_department_id"] == department_id and _in_november(f["received_on"])]
    extended = [f for f in feedback
                if f.get("extension") and f["extension"].get("approved_by_user_id")]
    resolved = [f for f in feedback if f.get("resolved_at")]
    verified_on_time = [f for f in resolved if f not in extended
                        and (f["due"] is None
                             or _beijing_day(f["resolved_at"]) <= date.fromisoformat(f["due"]))]
    # R20: a verification still running past its clock is late, like a late one.
    verify_late = [f for f in feedback if not f.get("resolved_at")
                   and f["status"] in {"submitted", "extension_requested", "extended"}
                   and f["due"] and date.fromisoformat(f["due"]) < TODAY]
    disputes = [d for d in tables.rows["dispute"] if d["against_department_id"] == department_id
                and _in_november(_beijing_day(d["created_at"]))]
    entries = [e for e in tables.rows["resource"]
               if e["provider_department_id"] == department_id and e["status"] != "retired"]
    published = [e for e in entries if e["status"] in {"published", "update_pending"}]
    open_to_all = [e for e in published if e["share"]["attribute"] == "unconditional"]
    filed = [f for f in tables.rows["filing"] if f["department_id"] == department_id
             and f["kind"] == "catalog_update" and _in_november(_beijing_day(f["filed_at"]))]
    late = [e for e in entries
            if e.get("law_change_due") and date.fromisoformat(e["law_change_due"]) < TODAY]

    def pct(part: list[Any], whole: list[Any]) -> float | None:
        return round(100 * len(part) / len(whole), 1) if whole else None

    k = FigureKey
    return {
        k.REQUESTS_RECEIVED: len(requests), k.REPLIES_ON_TIME: pct(on_time, replied + overdue),
        k.MEDIAN_REPLY_DAYS: float(statistics.median(days)) if days else None,
        k.REPLIES_OVERDUE: len(overdue), k.REFUSALS: len(refused),
        k.REFUSAL_SHARE: pct(refused, replied), k.FEEDBACK_RECEIVED: len(feedback),
        k.VERIFIED_ON_TIME: pct(verified_on_time, resolved + verify_late),
        k.VERIFIED_WITH_EXTENSION: len(extended),
        k.FEEDBACK_CORRECTED: sum(1 for f in feedback if f.get("outcome") == "corrected"),
        k.DISPUTES_RAISED: len(disputes),
        k.DISPUTES_DECIDED: sum(1 for d in disputes if d["status"] == "decided"),
        k.CATALOG_ENTRIES: len(entries), k.CATALOG_PUBLISHED: len(published),
        k.UNCONDITIONAL_SHARE: pct(open_to_all, published), k.UPDATES_FILED: len(filed),
        k.UPDATES_OVERDUE: len(late), k.UPDATES_ON_TIME: pct(filed, filed + late),
        "request_ids": {r["id"] for r in requests},
        "feedback_ids": {f["id"] for f in feedback},
    }


def _scorecard(tables: DemoTables, departments: list[Department]) -> Scorecard:
    rows = tables.rows
    return evaluate(
        requests=(from_json_dict(ShareRequest, r) for r in rows["request"]),
        feedback=(from_json_dict(Feedback, f) for f in rows["feedback"]),
        resources=(catalog_facts(e) for e in rows["resource"]),
        disputes=(from_json_dict(Dispute, d) for d in rows["dispute"]),
        filings=(from_json_dict(Filing, f) for f in rows["filing"]),
        departments=departments,
        period=parse_period("2026-11"),
        calendar=tables.calendar,
        profile=get_profile("hunan-2021"),
        as_of=TODAY,
    )


def test_the_scorecard_for_a_month_matches_a_hand_count_on_the_demo_data_r24(
    demo: DemoTables,
) -> None:
    by_name = {d["name"]: d for d in demo.rows["department"]}
    chosen = [by_name["示例省公安厅"], by_name["示例省人力资源和社会保障厅"]]
    card = _scorecard(demo, [from_json_dict(Department, d) for d in chosen])
    assert [row.name for row in card.rows] == ["示例省公安厅", "示例省人力资源和社会保障厅"]
    for raw, row in zip(chosen, card.rows, strict=True):
        expected = _hand_count(demo, raw["id"])
        for key in FigureKey:
            assert row.figure(key).value == expected[key], (raw["name"], key)
        received = row.figure(FigureKey.REQUESTS_RECEIVED)
        assert {str(i) for i in received.items} == expected["request_ids"]
        assert {str(i) for i in row.figure(FigureKey.FEEDBACK_RECEIVED).items} == (
            expected["feedback_ids"])
    police = card.rows[0]
    # The demo's provider is busy in November: the hand count is not a count of nothing.
    assert police.figure(FigureKey.REQUESTS_RECEIVED).value
    assert police.figure(FigureKey.FEEDBACK_RECEIVED).value


def test_every_figure_cites_the_rule_it_evaluates(demo: DemoTables) -> None:
    police = next(d for d in demo.rows["department"] if d["name"] == "示例省公安厅")
    row = _scorecard(demo, [from_json_dict(Department, police)]).rows[0]
    rules = {key: row.figure(key).rule for key in FigureKey}
    assert rules[FigureKey.REPLIES_ON_TIME] == "R13"
    assert rules[FigureKey.VERIFIED_ON_TIME] == "R20"
    assert rules[FigureKey.DISPUTES_RAISED] == "R15"
    assert rules[FigureKey.UNCONDITIONAL_SHARE] == "R10"
    assert rules[FigureKey.UPDATES_OVERDUE] == "R5"


def test_the_scorecard_survives_its_json_unchanged(demo: DemoTables) -> None:
    departments = [from_json_dict(Department, d) for d in demo.rows["department"]]
    card = _scorecard(demo, departments)
    assert Scorecard.from_dict(card.to_dict()) == card


def test_evaluation_is_deterministic_whatever_the_order_of_its_inputs(demo: DemoTables) -> None:
    departments = [from_json_dict(Department, d) for d in demo.rows["department"]]
    forwards = _scorecard(demo, departments)
    backwards = _scorecard(
        DemoTables({k: list(reversed(v)) for k, v in demo.rows.items()}, demo.calendar),
        departments,
    )
    for one, other in zip(forwards.rows, backwards.rows, strict=True):
        for key in FigureKey:
            assert one.figure(key).value == other.figure(key).value
            assert set(one.figure(key).items) == set(other.figure(key).items)

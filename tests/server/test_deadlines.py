"""The deadline sweep: "due tomorrow" to the department that must act, "overdue" to its
supervisor (R13, R20, R5; R24/R25), each notice once, delivered through the change feed.

The platform clock is injected (``world.clock``); it starts on Monday 2026-03-02, 09:00 in
Beijing. Due dates below are counted by hand on the 2026 calendar (no holiday in March; 1–5 May
off for Labour Day).
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.models.enums import NotificationKind, ResourceStatus
from server import db, schema
from server.deadlines import DeadlineSweeper, notice_id, sweep
from server.platform import SHANGHAI
from tests.server.conftest import TEST_SETTINGS, World, assert_problem, build_world
from tests.server.test_commands_support import entry, ok, rows, send, submitted
from tests.server.test_feed import sync

SWEEP = "/api/v1/admin/deadline-sweep"
TOMORROW = NotificationKind.DEADLINE_TOMORROW.value
OVERDUE = NotificationKind.OVERDUE.value


def on(world: World, day: date, hour: int = 9) -> None:
    """Set the platform clock to ``day`` at ``hour`` in Beijing (and sign in afresh)."""
    world.clock.now = datetime.combine(day, time(hour), tzinfo=SHANGHAI).astimezone(UTC)
    world._tokens.clear()  # access tokens are short-lived


def run_sweep(world: World, key: str | None = None) -> int:
    written: int = ok(send(world, "admin", SWEEP, key=key))["written"]
    return written


def notices(world: World, kind: str) -> list[dict[str, Any]]:
    return [n for n in rows(world, schema.notifications) if n["kind"] == kind]


def update_pending(world: World, provider: str, due: date) -> Any:
    """A published entry whose law changed: R5's update clock ends on ``due``."""
    return world.resource(provider, status=ResourceStatus.UPDATE_PENDING, law_change_due=due)


def test_r13_one_working_day_left_tells_the_provider_once(world: World) -> None:
    request = submitted(world, entry(world))
    assert request["due"] == "2026-03-16"  # Mon 3/2 + 10 working days (R13)
    on(world, date(2026, 3, 12))  # Thursday: two working days left
    assert run_sweep(world) == 0
    on(world, date(2026, 3, 13))  # Friday: Monday is the next working day
    assert run_sweep(world) == 1
    (notice,) = notices(world, TOMORROW)
    assert notice["recipient_department_id"] == str(world.dept["police"])
    assert notice["subject_entity"] == "request"
    assert notice["subject_id"] == request["id"]
    assert "2026-03-16" in notice["title_zh"]
    assert "R13" in notice["title_en"]
    on(world, date(2026, 3, 14))  # Saturday: still one working day left, already told
    assert run_sweep(world) == 0
    assert run_sweep(world) == 0
    assert len(notices(world, TOMORROW)) == 1


def test_r13_overdue_tells_the_supervisor_of_the_provider_once(world: World) -> None:
    request = submitted(world, entry(world))
    on(world, date(2026, 3, 16))  # due today: neither tomorrow nor overdue
    assert run_sweep(world) == 0
    on(world, date(2026, 3, 17))
    assert run_sweep(world) == 1
    (notice,) = notices(world, OVERDUE)
    assert notice["recipient_department_id"] == str(world.dept["prov_sup"])  # police's (R24)
    assert notice["subject_id"] == request["id"]
    assert notices(world, TOMORROW) == []  # the day before passed without a sweep
    on(world, date(2026, 3, 18))
    assert run_sweep(world) == 0
    assert len(notices(world, OVERDUE)) == 1


def test_r5_overdue_goes_to_the_late_departments_own_supervisor(world: World) -> None:
    county = update_pending(world, "county_health", date(2026, 2, 27))
    city = update_pending(world, "city_hr", date(2026, 2, 27))
    assert run_sweep(world) == 2
    told = {n["subject_id"]: n["recipient_department_id"] for n in notices(world, OVERDUE)}
    assert told == {
        str(county.id): str(world.dept["county_sup"]),
        str(city.id): str(world.dept["city_sup"]),
    }


def test_r5_counts_working_days_across_the_labour_day_holiday(world: World) -> None:
    resource = update_pending(world, "police", date(2026, 5, 6))
    on(world, date(2026, 4, 29))  # 4/30 and 5/6 are left
    assert run_sweep(world) == 0
    on(world, date(2026, 4, 30))  # 5/1–5/5 are off: 5/6 is the next working day
    assert run_sweep(world) == 1
    (notice,) = notices(world, TOMORROW)
    assert notice["subject_entity"] == "resource"
    assert notice["subject_id"] == str(resource.id)
    assert notice["recipient_department_id"] == str(world.dept["police"])


def test_r20_an_extension_gives_the_new_due_date_its_own_notice(world: World) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "resource_id": str(entry(world).id),
        "data_item": "姓名",
        "kind": "error",
        "description": "姓名中的生僻字显示为问号",
        "proposed_value": "张㵘",
    }
    feedback = ok(send(world, "officer", "/api/v1/feedback", body), 201)
    assert feedback["due"] == "2026-03-09"  # Mon 3/2 + 5 working days (R20)
    on(world, date(2026, 3, 6))
    assert run_sweep(world) == 1
    path = f"/api/v1/feedback/{feedback['id']}"
    reason = {"days": 10, "reason": "需要与户籍系统逐条比对核实"}
    ok(send(world, "provider", f"{path}/extension", reason, version=1))
    extended = ok(send(world, "head", f"{path}/extension/approve", version=2))
    assert extended["due"] == "2026-03-23"  # Mon 3/9 + 10 working days
    on(world, date(2026, 3, 10))  # the first due date passed, the extended one runs
    assert run_sweep(world) == 0
    on(world, date(2026, 3, 20))
    assert run_sweep(world) == 1
    told = notices(world, TOMORROW)
    assert {n["recipient_department_id"] for n in told} == {str(world.dept["police"])}
    kind = NotificationKind.DEADLINE_TOMORROW
    assert {n["id"] for n in told} == {
        str(notice_id("feedback", feedback["id"], kind, date(2026, 3, 9))),
        str(notice_id("feedback", feedback["id"], kind, date(2026, 3, 23))),
    }
    assert all("R20" in n["title_en"] for n in told)
    assert notices(world, OVERDUE) == []


def test_closed_clocks_and_clockless_states_write_nothing(world: World) -> None:
    request = submitted(world, entry(world))
    path = f"/api/v1/requests/{request['id']}"
    ok(send(world, "officer", f"{path}/withdraw", version=1))
    world.resource("police", status=ResourceStatus.PUBLISHED, law_change_due=date(2026, 3, 3))
    on(world, date(2026, 3, 17))
    assert run_sweep(world) == 0


def test_sweep_with_an_injected_clock_writes_deterministic_ids(world: World) -> None:
    resource = update_pending(world, "police", date(2026, 3, 3))
    platform = world.platform
    monday = world.clock.now
    with db.write(platform.engine) as conn:
        calendar = platform.calendar(conn)
        assert sweep(conn, monday, platform.profile(), calendar) == 1
        assert sweep(conn, monday + timedelta(hours=3), platform.profile(), calendar) == 0
        assert sweep(conn, monday + timedelta(days=2), platform.profile(), calendar) == 1
    due = date(2026, 3, 3)
    expected = {
        str(notice_id("resource", resource.id, NotificationKind.DEADLINE_TOMORROW, due)),
        str(notice_id("resource", resource.id, NotificationKind.OVERDUE, due)),
    }
    assert {n["id"] for n in rows(world, schema.notifications)} == expected


def test_notices_reach_their_recipients_through_the_change_feed(world: World) -> None:
    update_pending(world, "police", date(2026, 3, 3))  # tomorrow
    update_pending(world, "police", date(2026, 2, 27))  # overdue
    assert run_sweep(world) == 2

    def kinds(username: str) -> list[str]:
        changes, _ = sync(world, username)
        return sorted(c["data"]["kind"] for c in changes if c["entity"] == "notification")

    assert kinds("provider") == [TOMORROW]
    assert kinds("head") == [TOMORROW]
    assert kinds("supervisor") == [OVERDUE]
    assert kinds("officer") == []
    assert kinds("city_supervisor") == []


def test_the_sweep_command_is_for_administrators_audited_and_idempotent(world: World) -> None:
    update_pending(world, "police", date(2026, 3, 3))
    assert_problem(send(world, "supervisor", SWEEP), 403, "auth.role_required")
    key = str(uuid.uuid4())
    first = send(world, "admin", SWEEP, key=key)
    again = send(world, "admin", SWEEP, key=key)
    assert ok(first) == {"written": 1}
    assert again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    assert len(notices(world, TOMORROW)) == 1
    with db.read(world.platform.engine) as conn:
        audited = conn.execute(
            schema.audit_log.select().where(schema.audit_log.c.action == "deadline.sweep")
        ).all()
    assert [(row.actor, row.result) for row in audited] == [
        ("supervisor", "auth.role_required"),
        ("admin", "ok"),
    ]


def test_the_server_sweeps_when_it_starts(tmp_path: Path) -> None:
    world = build_world(str(tmp_path / "platform.db"))
    update_pending(world, "police", date(2026, 3, 3))
    assert notices(world, TOMORROW) == []
    with world.client:  # the lifespan starts
        assert len(notices(world, TOMORROW)) == 1
    world.platform.engine.dispose()


def test_no_background_sweep_when_the_interval_is_none(tmp_path: Path) -> None:
    settings = replace(TEST_SETTINGS, deadline_sweep_interval=None)
    world = build_world(str(tmp_path / "platform.db"), settings)
    update_pending(world, "police", date(2026, 3, 3))
    with world.client:
        assert notices(world, TOMORROW) == []
    world.platform.engine.dispose()


def test_the_sweeper_sweeps_again_after_its_interval_and_stops_cleanly(tmp_path: Path) -> None:
    world = build_world(str(tmp_path / "platform.db"))
    resource = update_pending(world, "police", date(2026, 3, 4))

    async def scenario() -> None:
        sweeper = DeadlineSweeper(world.platform, interval=0.01)
        await sweeper.start()
        assert sweeper.sweeps == 1
        assert notices(world, TOMORROW) == []  # Monday: two working days left
        on(world, date(2026, 3, 3))
        await asyncio.wait_for(sweeper.swept(2), timeout=10)
        await sweeper.stop()

    asyncio.run(scenario())
    (notice,) = notices(world, TOMORROW)
    assert notice["subject_id"] == str(resource.id)
    world.platform.engine.dispose()

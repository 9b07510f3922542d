"""Rules and calendar: the profile with citations, the holiday calendar and its publication."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa

from server import db, schema
from tests.server.conftest import World, assert_problem

# A made-up 2027 notice: New Year's Day on a Friday, a Golden Week with a make-up Saturday.
NOTICE_2027 = {
    "year": 2027,
    "holidays": ["2027-01-01", "2027-10-01", "2027-10-04", "2027-10-05"],
    "makeup_workdays": ["2027-10-09"],
    "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
}


def publish(
    world: World, username: str, year: int, body: dict[str, object], key: str | None = None
) -> object:
    headers = {**world.login(username), "Idempotency-Key": key or str(uuid.uuid4())}
    return world.client.put(f"/api/v1/calendar/{year}", json=body, headers=headers)


def test_rules_are_the_active_profile_with_citations(world: World) -> None:
    rules = world.client.get("/api/v1/rules", headers=world.login("officer")).json()
    assert rules["id"] == "hunan-2021"
    reply = rules["clocks"]["conditional_reply"]
    assert reply["working_days"] == 10  # R13: a written reply within 10 working days
    assert reply["citation"]["rule_id"] == "R13"
    assert rules["clocks"]["verification"]["working_days"] == 5  # R20


def test_calendar_of_a_published_year(world: World) -> None:
    year = world.client.get(
        "/api/v1/calendar", params={"year": 2026}, headers=world.login("officer")
    ).json()
    # The State Council's 2026 notice: National Day off, Saturday 14 February worked.
    assert "2026-10-01" in year["holidays"]
    assert "2026-02-14" in year["makeup_workdays"]


def test_an_unpublished_year_is_404_saying_so(world: World) -> None:
    answer = world.client.get(
        "/api/v1/calendar", params={"year": 2031}, headers=world.login("officer")
    )
    body = assert_problem(answer, 404, "calendar.unknown_year")
    assert "2031" in body["title"]
    assert "2031" in body["title_en"]


def test_admin_publishes_a_year_and_the_server_counts_with_it(world: World) -> None:
    answer = publish(world, "admin", 2027, NOTICE_2027)
    assert answer.status_code == 200, answer.text
    read = world.client.get(
        "/api/v1/calendar", params={"year": 2027}, headers=world.login("officer")
    ).json()
    assert read == NOTICE_2027
    with db.read(world.platform.engine) as conn:
        calendar = world.platform.calendar(conn)
    # From Thursday 30 Sept 2027, one working day later: Fri 1 Oct off, the weekend, Mon 4 and
    # Tue 5 off, so Wednesday 6 Oct — counted exactly, no longer an estimate.
    due = calendar.due_date(date(2027, 9, 30), 1)
    assert due.date == date(2027, 10, 6)
    assert not due.estimated


def test_the_published_year_reaches_clients_through_the_feed(world: World) -> None:
    publish(world, "admin", 2027, NOTICE_2027)
    changes = world.client.get("/api/v1/sync/changes", headers=world.login("county_officer"))
    years = [c for c in changes.json()["changes"] if c["entity"] == "calendar_year"]
    assert [(c["id"], c["data"]) for c in years] == [("2027", NOTICE_2027)]


def test_publishing_is_idempotent_and_audited(world: World) -> None:
    key = str(uuid.uuid4())
    first = publish(world, "admin", 2027, NOTICE_2027, key)
    again = publish(world, "admin", 2027, NOTICE_2027, key)
    assert again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    with db.read(world.platform.engine) as conn:
        audited = conn.execute(
            sa.select(schema.audit_log.c.entity_id, schema.audit_log.c.result).where(
                schema.audit_log.c.action == "calendar.publish"
            )
        ).all()
    assert [tuple(row) for row in audited] == [("2027", "ok")]


def test_only_admins_publish(world: World) -> None:
    assert_problem(publish(world, "supervisor", 2027, NOTICE_2027), 403, "auth.role_required")


def test_an_inconsistent_calendar_is_refused(world: World) -> None:
    mismatch = publish(world, "admin", 2028, NOTICE_2027)
    assert assert_problem(mismatch, 422, "calendar.year_mismatch")["errors"][0]["field"] == "year"
    weekday_makeup = {**NOTICE_2027, "makeup_workdays": ["2027-10-08"]}  # a Friday
    assert_problem(publish(world, "admin", 2027, weekday_makeup), 422, "calendar.invalid")

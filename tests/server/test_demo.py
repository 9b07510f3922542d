"""The demo province of ``sharedesk-server --demo``: deterministic, valid, served by the API.

One 2,000-resource build under the provincial rules serves most tests; smaller builds check
determinism and the national profile. Expected values come from the rules (R13's ten working
days, R20's five, R10's share attributes) and the issue (the demo accounts and their password),
not from the generator.
"""

from __future__ import annotations

import re
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models.codec import from_json_dict
from app.models.entities import (
    Department,
    Dispute,
    Feedback,
    Notification,
    Resource,
    ShareRequest,
    User,
)
from app.models.enums import (
    FeedbackStatus,
    NotificationKind,
    RequestStatus,
    ResourceStatus,
    Role,
    ShareAttribute,
)
from app.models.profiles import get_profile
from app.models.validation import validate_resource
from app.models.workdays import WorkingCalendar
from app.models.workflows import DISPUTE_FLOW, FEEDBACK_FLOW, REQUEST_FLOW, Guard, StateMachine
from server import db, objects, schema
from server.app import create_app
from server.deadlines import sweep
from server.demo import DEMO_PASSWORD, DemoSummary, build_demo
from tests.server.conftest import TEST_SETTINGS

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Using `httpx`")
    from fastapi.testclient import TestClient

TODAY = date(2026, 6, 10)  # a Wednesday, far from the year's holidays
CALENDAR = WorkingCalendar()
DEMO_ACCOUNTS = ("officer", "provider", "head", "supervisor", "admin")


@dataclass
class Demo:
    app: FastAPI
    summary: DemoSummary
    client: TestClient

    @property
    def engine(self) -> sa.Engine:
        engine: sa.Engine = self.app.state.platform.engine
        return engine

    def rows(self, entity: str) -> list[dict[str, Any]]:
        table = objects.KINDS[entity].table
        with db.read(self.engine) as conn:
            return [db.loads(text) for text in conn.execute(sa.select(table.c.data)).scalars()]

    def entities(self, entity: str) -> list[Any]:
        cls = objects.KINDS[entity].cls
        return [from_json_dict(cls, data) for data in self.rows(entity)]

    def login(self, username: str, password: str = DEMO_PASSWORD) -> Any:
        return self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": password}
        )

    def feed(self, username: str) -> list[dict[str, Any]]:
        token = self.login(username).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        changes: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 1000}
            if cursor:
                params["cursor"] = cursor
            page = self.client.get("/api/v1/sync/changes", params=params, headers=headers)
            assert page.status_code == 200, page.text
            body = page.json()
            changes += body["changes"]
            cursor = body["next_cursor"]
            if not body["has_more"]:
                return changes


def _build(path: Path, *, profile: str = "hunan-2021", **options: Any) -> Demo:
    noon = datetime.combine(TODAY, time(4, 0), tzinfo=UTC)  # 12:00 in Beijing
    app = create_app(str(path), profile, now=lambda: noon, settings=TEST_SETTINGS)
    summary = build_demo(app.state.platform, today=TODAY, **options)
    return Demo(app, summary, TestClient(app))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = _build(tmp_path_factory.mktemp("demo") / "platform.db", resources=2000)
    with built.client:
        yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = _build(tmp_path_factory.mktemp("national") / "platform.db", profile="national-2025")
    yield built
    built.engine.dispose()


def _latest(changes: list[dict[str, Any]], entity: str) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change["entity"] == entity:
            latest[change["id"]] = change["data"]
    return latest


# ---------------------------------------------------------------------------- determinism


def _contents(demo: Demo) -> dict[str, list[tuple[Any, ...]]]:
    """Every table the demo writes, password hashes and the feed's random epoch left out."""
    skip = {"schema_version", "settings", "tokens", "idempotency_keys"}
    contents: dict[str, list[tuple[Any, ...]]] = {}
    with db.read(demo.engine) as conn:
        for table in schema.metadata.sorted_tables:
            if table.name in skip:
                continue
            columns = [c for c in table.c if c.name != "password_hash"]
            rows = conn.execute(sa.select(*columns)).all()
            contents[table.name] = sorted(tuple(row) for row in rows)
    return contents


def test_same_seed_builds_identical_data_and_another_seed_does_not(tmp_path: Path) -> None:
    first = _build(tmp_path / "a.db", resources=300, seed=7)
    again = _build(tmp_path / "b.db", resources=300, seed=7)
    other = _build(tmp_path / "c.db", resources=300, seed=8)
    try:
        same, repeat, different = _contents(first), _contents(again), _contents(other)
        assert same["resources"], "the demo wrote a catalog"
        assert same == repeat
        assert set(same) == set(different)
        for name in ("departments", "resources", "requests", "feedback", "change_log"):
            assert same[name] != different[name], name
    finally:
        for built in (first, again, other):
            built.engine.dispose()


def test_a_second_build_leaves_the_demo_alone_and_other_data_is_refused(
    demo: Demo, tmp_path: Path
) -> None:
    with db.read(demo.engine) as conn:
        head = conn.execute(sa.select(sa.func.max(schema.change_log.c.seq))).scalar()
    again = build_demo(demo.app.state.platform, resources=2000, today=TODAY)
    assert again.built is False
    assert again.counts == demo.summary.counts
    with db.read(demo.engine) as conn:
        assert conn.execute(sa.select(sa.func.max(schema.change_log.c.seq))).scalar() == head

    app = create_app(str(tmp_path / "busy.db"), "hunan-2021", settings=TEST_SETTINGS)
    department = demo.entities("department")[0]
    with db.write(app.state.platform.engine) as conn:
        objects.save(conn, department, now=department.created_at)
    with pytest.raises(RuntimeError, match="empty"):
        build_demo(app.state.platform, today=TODAY)
    app.state.platform.engine.dispose()


def test_a_catalog_smaller_than_the_featured_entries_is_refused(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "small.db"), "hunan-2021", settings=TEST_SETTINGS)
    with pytest.raises(ValueError, match="at least"):
        build_demo(app.state.platform, resources=10, today=TODAY)
    app.state.platform.engine.dispose()


# ---------------------------------------------------------------------------- the catalog


def test_a_2000_resource_build_writes_every_entry_and_its_change(demo: Demo) -> None:
    resources = demo.entities("resource")
    assert len(resources) == 2000 == demo.summary.counts["resource"]
    with db.read(demo.engine) as conn:
        logged = conn.execute(
            sa.select(sa.func.count(sa.distinct(schema.change_log.c.entity_id))).where(
                schema.change_log.c.entity == "resource"
            )
        ).scalar()
    assert logged == 2000


def test_every_resource_passes_validation_with_a_unique_code(demo: Demo) -> None:
    resources: list[Resource] = demo.entities("resource")
    problems = {r.name: validate_resource(r) for r in resources if validate_resource(r)}
    assert problems == {}
    codes = [r.code for r in resources]
    assert len(set(codes)) == len(codes)
    # National catalog guide: 类 1 digit, 项 2, 目 3, 细目 digits, then the sequence.
    assert all(r.code.startswith(r.classification_code + "/") for r in resources)
    average_items = sum(len(r.data_items) for r in resources) / len(resources)
    assert 15 <= average_items <= 25


def test_all_three_share_attributes_are_in_the_published_catalog_r10(demo: Demo) -> None:
    published = [r for r in demo.entities("resource") if r.is_available]
    attributes = {r.share.attribute for r in published}
    assert attributes == set(ShareAttribute)
    for resource in published:
        if resource.share.attribute is not ShareAttribute.UNCONDITIONAL:
            assert "《" in resource.share.legal_basis  # R10: cites a law by its title


def test_the_catalog_holds_entries_in_every_state_and_a_running_r5_clock(demo: Demo) -> None:
    resources: list[Resource] = demo.entities("resource")
    assert {r.status for r in resources} == set(ResourceStatus)
    pending = [r for r in resources if r.status is ResourceStatus.UPDATE_PENDING]
    assert all(r.law_change_due is not None for r in pending)
    dues = {r.law_change_due for r in pending}
    assert any(d is not None and d < TODAY for d in dues), "an overdue catalog update (R5)"
    assert any(d is not None and d > TODAY for d in dues), "an update with days to go (R5)"
    returned = [r for r in resources if r.status is ResourceStatus.RETURNED]
    assert all(r.review_comment for r in returned)  # R3: the supervisor says what to fix


def test_the_canonical_entries_sit_with_their_providers(demo: Demo) -> None:
    names = {d.id: d.name for d in demo.entities("department")}
    by_name = {r.name: names[r.provider_department_id] for r in demo.entities("resource")}
    assert by_name["居民身份证信息"].endswith("公安厅")
    assert by_name["企业登记信息"].endswith("市场监督管理局")
    assert by_name["社会保险参保信息"].endswith("人力资源和社会保障厅")
    assert by_name["不动产登记信息"].endswith("自然资源厅")


def test_bulk_written_entries_carry_the_audience_objects_save_gives(demo: Demo) -> None:
    aud = schema.object_audience
    with db.read(demo.engine) as conn:
        stored: dict[str, set[str]] = {}
        for key, entity_id in conn.execute(
            sa.select(aud.c.audience, aud.c.entity_id).where(aud.c.entity == "resource")
        ):
            stored.setdefault(entity_id, set()).add(key)
        kind = objects.KINDS["resource"]
        for data in demo.rows("resource")[::50]:
            assert stored[data["id"]] == set(kind.audience(conn, data)), data["name"]


# ---------------------------------------------------------------------------- the province


def test_every_department_is_in_the_provincial_supervisor_s_jurisdiction(demo: Demo) -> None:
    departments: dict[Any, Department] = {d.id: d for d in demo.entities("department")}
    tops = [d for d in departments.values() if d.supervisor_department_id is None]
    assert [d.name for d in tops] == ["示例省政务服务和大数据中心"]
    for department in departments.values():
        current = department
        while current.supervisor_department_id is not None:
            current = departments[current.supervisor_department_id]
        assert current is tops[0]
    assert {d.level.value for d in departments.values()} == {"province", "city", "county"}


@pytest.mark.parametrize("username", DEMO_ACCOUNTS)
def test_demo_accounts_log_in_with_the_demo_password(demo: Demo, username: str) -> None:
    answer = demo.login(username)
    assert answer.status_code == 200, answer.text
    assert answer.json()["user"]["username"] == username
    assert demo.login(username, "wrong-password").status_code == 401


def test_demo_accounts_have_the_roles_and_departments_of_the_issue(demo: Demo) -> None:
    departments = {d.id: d.name for d in demo.entities("department")}
    users = {u.username: u for u in demo.entities("user")}
    roles = {name: users[name].roles for name in DEMO_ACCOUNTS}
    where = {name: departments[users[name].department_id] for name in DEMO_ACCOUNTS}
    assert Role.OFFICER in roles["officer"]
    assert where["officer"].endswith("人力资源和社会保障厅")
    assert Role.OFFICER in roles["provider"]
    assert where["provider"].endswith("公安厅")
    assert Role.HEAD in roles["head"]
    assert where["head"] == where["provider"]
    assert Role.SUPERVISOR in roles["supervisor"]
    assert where["supervisor"] == "示例省政务服务和大数据中心"
    assert Role.ADMIN in roles["admin"]
    other: User = users["market.officer"]
    assert demo.login(other.username).status_code == 200


# ---------------------------------------------------------------------------- requests & co.


def _path_is_a_walk_of(flow: StateMachine[Any], profile_id: str, timeline: Any) -> list[Any]:
    """The states the timeline passes through, each step checked against the flow's table."""
    profile = get_profile(profile_id)
    state = None
    visited = []
    for event in timeline:
        rows = [
            row
            for row in flow.rows
            if row.state == flow.state(state)
            and row.action.value == event.action
            and row.next_state.value == event.status_after
            and (row.profile_condition is None or row.profile_condition.enabled_in(profile))
        ]
        assert rows, f"{flow.name}: no row {state} --{event.action}--> {event.status_after}"
        state = event.status_after
        visited.append(flow.state(state))
    return visited


def _reachable(flow: StateMachine[Any], profile_id: str) -> set[Any]:
    """States reachable from creation under the profile; a lift (R17) only returns to a state
    reached before the suspension."""
    profile = get_profile(profile_id)
    rows = [
        row
        for row in flow.rows
        if row.profile_condition is None or row.profile_condition.enabled_in(profile)
    ]
    reached: set[Any] = {None}
    while True:
        more = {
            row.next_state
            for row in rows
            if row.state in reached
            and (row.guard is not Guard.RESUMES_PREVIOUS or row.next_state in reached)
        }
        if more <= reached:
            return reached - {None}
        reached |= more


@pytest.mark.parametrize("which", ["demo", "national"])
def test_requests_feedback_and_disputes_reach_every_state_by_legal_steps(
    which: str, request: pytest.FixtureRequest
) -> None:
    built: Demo = request.getfixturevalue(which)
    profile_id = built.summary.profile_id
    for entity, flow, draft in (
        ("request", REQUEST_FLOW, {RequestStatus.DRAFT}),  # drafts live in the client's outbox
        ("feedback", FEEDBACK_FLOW, set()),
        ("dispute", DISPUTE_FLOW, set()),
    ):
        found = set()
        for item in built.entities(entity):
            walk = _path_is_a_walk_of(flow, profile_id, item.timeline)
            assert walk[-1] is flow.state(item.status)
            found.add(item.status)
        assert found == _reachable(flow, profile_id) - draft, entity


def test_reply_and_verification_clocks_are_the_rules_r13_r20(demo: Demo) -> None:
    requests: list[ShareRequest] = demo.entities("request")
    waiting = [r for r in requests if r.status is RequestStatus.SUBMITTED]
    assert waiting
    for request in waiting:
        assert request.received_on is not None
        assert request.due == CALENDAR.due_date(request.received_on, 10).date  # R13
    feedback: list[Feedback] = demo.entities("feedback")
    for item in feedback:
        assert item.received_on is not None
        assert item.due is not None
        extra = item.extension.days if item.extension and item.extension.is_approved else 0
        base = CALENDAR.due_date(item.received_on, 5).date  # R20
        assert item.due == CALENDAR.due_date(base, extra).date
        assert extra <= 15  # R20: at most 15 more working days


def test_refusals_state_reasons_and_agreements_are_filed_r13_r14(demo: Demo) -> None:
    requests: list[ShareRequest] = demo.entities("request")
    refused = [r for r in requests if r.status is RequestStatus.REFUSED]
    assert refused
    assert all(r.reply and len(r.reply.reasons) >= 10 for r in refused)
    filed = {f["subject_id"] for f in demo.rows("filing")}
    agreed = [r for r in requests if r.status is RequestStatus.AGREED]
    assert agreed
    assert all(str(r.id) in filed for r in agreed)


def test_clocks_show_overdue_due_tomorrow_and_days_to_go(demo: Demo) -> None:
    tomorrow = CALENDAR.add_working_days(TODAY, 1)
    open_items: list[ShareRequest | Feedback] = [
        *(r for r in demo.entities("request") if r.is_open),
        *(f for f in demo.entities("feedback") if f.is_open),
    ]
    dues = [item.due for item in open_items if item.due is not None]
    assert any(d < TODAY for d in dues)
    assert tomorrow in dues
    assert any(d > tomorrow for d in dues)
    disputes: list[Dispute] = demo.entities("dispute")
    assert any(d.is_open for d in disputes)
    feedback_states = {f.status for f in demo.entities("feedback")}
    assert {FeedbackStatus.EXTENSION_REQUESTED, FeedbackStatus.EXTENDED} <= feedback_states


def test_the_supervisor_s_feed_holds_overdue_items_and_their_notices(demo: Demo) -> None:
    changes = demo.feed("supervisor")
    requests = _latest(changes, "request")
    feedback = _latest(changes, "feedback")
    overdue = [
        item
        for item in [*requests.values(), *feedback.values()]
        if item["status"] in {"submitted", "extended", "negotiating"}
        and item["due"] is not None
        and date.fromisoformat(item["due"]) < TODAY
    ]
    assert overdue
    notices = [from_json_dict(Notification, n) for n in _latest(changes, "notification").values()]
    assert any(n.kind is NotificationKind.OVERDUE for n in notices)
    assert _latest(changes, "filing"), "filings wait for the supervisor (R5, R14, R17)"


def test_the_deadline_sweep_at_server_start_finds_its_notices_written(demo: Demo) -> None:
    platform = demo.app.state.platform
    with db.write(demo.engine) as conn:
        written = sweep(conn, platform.utcnow(), platform.profile(), platform.calendar(conn))
    assert written == 0
    kinds = {n.kind for n in demo.entities("notification")}
    assert {NotificationKind.DEADLINE_TOMORROW, NotificationKind.OVERDUE} <= kinds


def test_the_demo_accounts_see_plenty_of_work(demo: Demo) -> None:
    officer = _latest(demo.feed("officer"), "request")
    provider = _latest(demo.feed("provider"), "request")
    officer_department = demo.login("officer").json()["user"]["department_id"]
    provider_department = demo.login("provider").json()["user"]["department_id"]
    asked = [r for r in officer.values() if r["requester_department_id"] == officer_department]
    to_answer = [r for r in provider.values() if r["provider_department_id"] == provider_department]
    assert len(asked) >= 15
    assert len(to_answer) >= 15
    assert any(r["status"] == "submitted" for r in to_answer)


def test_the_admin_s_feed_carries_the_whole_catalog(demo: Demo) -> None:
    catalog = _latest(demo.feed("admin"), "resource")
    assert set(catalog) == {r["id"] for r in demo.rows("resource")}


def test_replies_after_the_demo_continue_the_provider_s_numbering_r13(tmp_path: Path) -> None:
    built = _build(tmp_path / "numbers.db", resources=300)
    try:
        police = next(d for d in built.entities("department") if d.name == "示例省公安厅")
        numbers = [
            r.reply.reply_number
            for r in built.entities("request")
            if r.reply is not None and r.provider_department_id == police.id
        ]
        assert numbers, "the demo's provider has replied before"
        resource = next(r for r in built.entities("resource") if r.name == "居民身份证信息")
        officer = {"Authorization": f"Bearer {built.login('officer').json()['access_token']}"}
        provider = {"Authorization": f"Bearer {built.login('provider').json()['access_token']}"}
        request_id = str(uuid.uuid4())
        submitted = built.client.post(
            "/api/v1/requests",
            json={
                "id": request_id,
                "resource_id": str(resource.id),
                "purpose": "办理社会保险待遇资格认证时核验参保人员身份信息",
                "legal_basis": "《中华人民共和国社会保险法》第五十七条",
                "data_items": ["姓名", "公民身份号码"],
                "contact_name": "刘晓敏",
                "contact_phone": "13800000000",
            },
            headers={**officer, "Idempotency-Key": str(uuid.uuid4())},
        )
        assert submitted.status_code == 201, submitted.text
        replied = built.client.post(
            f"/api/v1/requests/{request_id}/reply",
            json={"decision": "approve", "delivery_method": "platform_interface"},
            headers={
                **provider,
                "Idempotency-Key": str(uuid.uuid4()),
                "If-Match": submitted.headers["ETag"],
            },
        )
        assert replied.status_code == 200, replied.text
        number = replied.json()["reply"]["reply_number"]
        assert number not in numbers
        sequence = re.compile(r"〔(\d{4})〕(\d+)号")
        this_year = [
            int(m[2]) for n in numbers if (m := sequence.search(n)) and m[1] == str(TODAY.year)
        ]
        found = sequence.search(number)
        assert found is not None
        assert int(found[2]) == max(this_year) + 1
    finally:
        built.engine.dispose()

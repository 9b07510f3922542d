"""A small province to test the server against, built through the server's own storage.

Departments (``supervisor_department_id`` chains give the jurisdictions):

    prov_sup  省数据局 (provincial supervisor)
    ├─ police   省公安厅 (provider)          ├─ market  省市场监管局 (user department)
    ├─ city_sup 长沙市数据局                  │   ├─ city_hr  长沙市人社局
    │   └─ county_sup 芙蓉区数据局            │   └─ county_health 芙蓉区卫健局 (under county_sup)
    └─ zz_sup   株洲市数据局                  └─ zz_dept 株洲市民政局 (under zz_sup)

Users: ``officer`` (market), ``provider`` and ``head`` (police), ``supervisor`` (prov_sup),
``city_supervisor`` (city_sup), ``county_officer`` (county_health), ``zz_officer`` (zz_dept),
``admin`` (prov_sup). Every password is :data:`PASSWORD`.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

# Starlette 1.x prefers the httpx2 package for its TestClient and warns about httpx, the one the
# lock pins; the client works the same with either.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Using `httpx`", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from app.models.entities import Department, Resource, ShareRequest, ShareSpec, User
from app.models.enums import DepartmentLevel, RequestStatus, ResourceStatus, Role, ShareAttribute
from server import db, objects
from server.app import create_app
from server.auth import create_user
from server.platform import Platform, ServerSettings

PASSWORD = "correct horse 电池 staple"
# Cheap argon2 for tests; the production defaults are checked in test_auth.
TEST_SETTINGS = ServerSettings(argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1)
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Beijing


@dataclass
class Clock:
    """The platform's clock, moved by the test."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


DEPARTMENTS: tuple[tuple[str, str, DepartmentLevel, str | None], ...] = (
    # key, name, level, supervisor key
    ("prov_sup", "湖南省数据局", DepartmentLevel.PROVINCE, None),
    ("police", "湖南省公安厅", DepartmentLevel.PROVINCE, "prov_sup"),
    ("market", "湖南省市场监督管理局", DepartmentLevel.PROVINCE, "prov_sup"),
    ("city_sup", "长沙市数据资源局", DepartmentLevel.CITY, "prov_sup"),
    ("city_hr", "长沙市人力资源和社会保障局", DepartmentLevel.CITY, "city_sup"),
    ("county_sup", "长沙市芙蓉区数据资源局", DepartmentLevel.COUNTY, "city_sup"),
    ("county_health", "长沙市芙蓉区卫生健康局", DepartmentLevel.COUNTY, "county_sup"),
    ("zz_sup", "株洲市数据资源局", DepartmentLevel.CITY, "prov_sup"),
    ("zz_dept", "株洲市民政局", DepartmentLevel.CITY, "zz_sup"),
)
USERS: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("officer", "market", frozenset({Role.OFFICER})),
    ("provider", "police", frozenset({Role.OFFICER})),
    ("head", "police", frozenset({Role.OFFICER, Role.HEAD})),
    ("supervisor", "prov_sup", frozenset({Role.SUPERVISOR})),
    ("city_supervisor", "city_sup", frozenset({Role.SUPERVISOR})),
    ("county_officer", "county_health", frozenset({Role.OFFICER})),
    ("zz_officer", "zz_dept", frozenset({Role.OFFICER})),
    ("admin", "prov_sup", frozenset({Role.ADMIN})),
)


@dataclass
class World:
    """The app, its clock, a client, and the ids of everything seeded."""

    app: FastAPI
    clock: Clock
    client: TestClient
    dept: dict[str, uuid.UUID] = field(default_factory=dict)
    user: dict[str, uuid.UUID] = field(default_factory=dict)
    _tokens: dict[str, str] = field(default_factory=dict)

    @property
    def platform(self) -> Platform:
        platform: Platform = self.app.state.platform
        return platform

    def put(self, obj: Any) -> Any:
        """Store an entity directly (seeding; not a command)."""
        with db.write(self.platform.engine) as conn:
            return objects.save(conn, obj, now=self.clock.now)

    def login(self, username: str) -> dict[str, str]:
        """Authorization headers for ``username`` (one login per user and test)."""
        if username not in self._tokens:
            answer = self.client.post(
                "/api/v1/auth/login", json={"username": username, "password": PASSWORD}
            )
            assert answer.status_code == 200, answer.text
            self._tokens[username] = answer.json()["access_token"]
        return {"Authorization": f"Bearer {self._tokens[username]}"}

    def resource(self, provider: str = "police", **changes: Any) -> Resource:
        base = Resource(
            id=uuid.uuid4(),
            category="3",
            item="01",
            section="001",
            name="居民身份证信息",
            code=f"301001/{uuid.uuid4().int % 1_000_000:06d}",
            provider_department_id=self.dept[provider],
            provider_code="11430000006940000X",
            summary="全省常住人口居民身份证基本信息。",
            format="数据库",
            share=ShareSpec(
                attribute=ShareAttribute.CONDITIONAL,
                conditions="仅用于政务服务身份核验",
                legal_basis="《中华人民共和国居民身份证法》",
            ),
            status=ResourceStatus.PUBLISHED,
            created_at=self.clock.now,
            updated_at=self.clock.now,
        )
        return self.put(replace(base, **changes))

    def request(
        self, resource: Resource, requester: str = "officer", **changes: Any
    ) -> ShareRequest:
        requester_dept = self.dept[dict((u, d) for u, d, _ in USERS)[requester]]
        base = ShareRequest(
            id=uuid.uuid4(),
            resource_id=resource.id,
            requester_department_id=requester_dept,
            requester_user_id=self.user[requester],
            provider_department_id=resource.provider_department_id,
            purpose="办理企业开办登记时核验法定代表人身份",
            status=RequestStatus.SUBMITTED,
            created_at=self.clock.now,
            updated_at=self.clock.now,
        )
        return self.put(replace(base, **changes))


def build_world(database: str, settings: ServerSettings = TEST_SETTINGS) -> World:
    clock = Clock()
    app = create_app(database, "hunan-2021", now=clock, settings=settings)
    world = World(app=app, clock=clock, client=TestClient(app))
    platform = world.platform
    with db.write(platform.engine) as conn:
        for key, name, level, supervisor in DEPARTMENTS:
            world.dept[key] = uuid.uuid4()
            department = Department(
                id=world.dept[key],
                code=f"11430000{len(world.dept):04d}000X",
                name=name,
                level=level,
                supervisor_department_id=world.dept[supervisor] if supervisor else None,
                created_at=clock.now,
                updated_at=clock.now,
            )
            objects.save(conn, department, now=clock.now)
        for username, dept_key, roles in USERS:
            world.user[username] = uuid.uuid4()
            user = User(
                id=world.user[username],
                username=username,
                display_name=f"测试{username}",
                department_id=world.dept[dept_key],
                roles=roles,
                created_at=clock.now,
                updated_at=clock.now,
            )
            create_user(conn, user, PASSWORD, now=clock.now, hasher=platform.hasher)
    return world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = build_world(str(tmp_path / "platform.db"))
    with built.client:
        yield built
    built.platform.engine.dispose()


PROBLEM_KEYS = {
    "type",
    "title",
    "status",
    "detail",
    "title_en",
    "detail_en",
    "code",
    "rule",
    "errors",
}


def assert_problem(answer: Any, status: int, code: str) -> dict[str, Any]:
    """``answer`` is an RFC 9457 problem with ``status`` and ``code``; return its body."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = answer.json()
    assert body.keys() >= PROBLEM_KEYS
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"https://sharedesk.invalid/problems/{code}"
    assert body["title"]
    assert body["title_en"]
    assert body["title"] != body["title_en"]
    return body

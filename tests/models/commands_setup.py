"""A small province for the domain-command tests: departments, officers and catalog entries.

    prov_sup  省数据局 (provincial supervisor)
    ├─ police    省公安厅 (provider)       ├─ market    省市场监管局 (user department)
    └─ city_sup  长沙市数据局 (city supervisor)
        ├─ city_hr 长沙市人社局   ├─ city_agri 长沙市农业农村局   └─ county_sup 芙蓉区数据局

Expected deadlines in the tests are counted by hand from the State Council General Office's
notices on the 2025 and 2026 public holidays (国务院办公厅关于2025年/2026年部分节假日安排的通知),
quoted next to each case.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from app.models.commands import Actor, CommandEnv, side_of
from app.models.entities import (
    DataItem,
    Department,
    Resource,
    ShareMethod,
    ShareSpec,
)
from app.models.enums import (
    DepartmentLevel,
    ResourceStatus,
    Role,
    ShareAttribute,
    ShareMethodKind,
)
from app.models.profiles import HUNAN_2021, RuleProfile
from app.models.workdays import WorkingCalendar

CALENDAR = WorkingCalendar()
EPOCH = datetime(2025, 1, 2, tzinfo=UTC)


def beijing(year: int, month: int, day: int, hour: int = 10) -> datetime:
    """An aware UTC moment that is ``hour`` o'clock on that day in Beijing (UTC+8)."""
    return datetime(year, month, day, hour, tzinfo=UTC) - timedelta(hours=8)


def _department(name: str, level: DepartmentLevel, supervisor: Department | None) -> Department:
    return Department(
        id=uuid.uuid4(),
        code=f"11430000{uuid.uuid4().int % 10**6:06d}X",
        name=name,
        level=level,
        supervisor_department_id=None if supervisor is None else supervisor.id,
        created_at=EPOCH,
        updated_at=EPOCH,
    )


PROV_SUP = _department("湖南省数据局", DepartmentLevel.PROVINCE, None)
POLICE = _department("湖南省公安厅", DepartmentLevel.PROVINCE, PROV_SUP)
MARKET = _department("湖南省市场监督管理局", DepartmentLevel.PROVINCE, PROV_SUP)
CITY_SUP = _department("长沙市数据资源局", DepartmentLevel.CITY, PROV_SUP)
CITY_HR = _department("长沙市人力资源和社会保障局", DepartmentLevel.CITY, CITY_SUP)
CITY_AGRI = _department("长沙市农业农村局", DepartmentLevel.CITY, CITY_SUP)
COUNTY_SUP = _department("长沙市芙蓉区数据资源局", DepartmentLevel.COUNTY, CITY_SUP)
DEPARTMENTS = {
    d.id: d for d in (PROV_SUP, POLICE, MARKET, CITY_SUP, CITY_HR, CITY_AGRI, COUNTY_SUP)
}

OFFICER_ROLES = frozenset({Role.OFFICER})
HEAD_ROLES = frozenset({Role.OFFICER, Role.HEAD})
SUPERVISOR_ROLES = frozenset({Role.SUPERVISOR})


def person(department: Department, roles: frozenset[Role] = OFFICER_ROLES) -> Actor:
    return Actor(user_id=uuid.uuid4(), department_id=department.id, roles=roles)


REQUESTER = person(MARKET)
PROVIDER = person(POLICE)
HEAD = person(POLICE, HEAD_ROLES)
SUPERVISOR = person(PROV_SUP, SUPERVISOR_ROLES)
CITY_SUPERVISOR = person(CITY_SUP, SUPERVISOR_ROLES)
CITY_OFFICER = person(CITY_HR)


def acting(actor: Actor, entity: object) -> Actor:
    """``actor`` on the side its department has for ``entity`` (as the server works it out)."""
    return actor.on(side_of(actor, entity, DEPARTMENTS))


def env(moment: datetime, profile: RuleProfile = HUNAN_2021, label: str = "") -> CommandEnv:
    """A command at ``moment``; its id is fixed by ``label`` so side-effect ids are known."""
    command_id = uuid.uuid5(uuid.NAMESPACE_URL, f"test-command:{label or moment.isoformat()}")
    return CommandEnv(command_id=command_id, profile=profile, calendar=CALENDAR, now=moment)


ITEMS = (
    DataItem(name="公民身份号码", code="sfzh", length=18),
    DataItem(name="姓名", code="xm", length=50),
    DataItem(name="住址", code="zz", length=200),
)


def resource(attribute: ShareAttribute = ShareAttribute.CONDITIONAL, **changes: Any) -> Resource:
    """A published entry of the police, complete enough for every validation (R3, R4, R10)."""
    share = {
        ShareAttribute.UNCONDITIONAL: ShareSpec(attribute=attribute),
        ShareAttribute.CONDITIONAL: ShareSpec(
            attribute=attribute,
            conditions="仅用于政务服务中的身份核验",
            legal_basis="《中华人民共和国居民身份证法》",
        ),
        ShareAttribute.NOT_SHARED: ShareSpec(
            attribute=attribute, legal_basis="《中华人民共和国个人信息保护法》"
        ),
    }[attribute]
    items = ITEMS
    if attribute is ShareAttribute.NOT_SHARED:
        items = tuple(replace(item, shared=False) for item in ITEMS)
    base = Resource(
        id=uuid.uuid4(),
        category="3",
        item="01",
        section="001",
        name="居民身份证信息",
        code="301001/000012",
        provider_department_id=POLICE.id,
        provider_code="11430000006940000X",
        summary="全省常住人口居民身份证基本信息",
        format="数据库",
        data_items=items,
        share=share,
        share_method=ShareMethod(kind=ShareMethodKind.INTERFACE),
        usage_scope="全省政务部门",
        status=ResourceStatus.PUBLISHED,
        created_at=EPOCH,
        updated_at=EPOCH,
    )
    return replace(base, **changes)

"""The demo province: its departments, supervisors and users, derived from a seed.

示例省 is fictional but shaped like a real province: a provincial sharing supervisor
(省政务服务和大数据中心) with the provincial departments under it, three cities each with its
own supervisor and bureaus, and one or two counties per city with theirs (R9, R24: every
department sits in the jurisdiction of the supervisor of its level). Ids are ``uuid5`` names
under a namespace derived from the seed (:class:`DemoIds`), so the same seed always gives the
same province; the seed also picks the officers' names.

The five demo accounts of the issue are fixed: ``officer`` (人力资源和社会保障厅, a user
department), ``provider`` and ``head`` (公安厅, the main provider), ``supervisor`` (the provincial
supervisor) and ``admin``. Every department also gets officers of its own, and every providing
department a head, so extensions (R20) can be approved anywhere.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from app.models.entities import Department, User
from app.models.enums import DepartmentLevel, Role

DEMO_PASSWORD = "sharedesk-demo"  # noqa: S105 - the published password of the demo accounts
PROVINCE = "示例省"
PROVINCE_REGION_CODE = "990000"  # 99: no real province carries this division code


class DemoIds:
    """Deterministic ids: the same seed and name give the same UUID (uuid5)."""

    def __init__(self, seed: int) -> None:
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"https://sharedesk.invalid/demo/{seed}")

    def __call__(self, *parts: object) -> UUID:
        return uuid.uuid5(self.namespace, "/".join(str(part) for part in parts))


@dataclass(frozen=True, slots=True)
class Office:
    """One department of the demo, before it becomes a :class:`Department`.

    ``kind`` is the line of work shared by the province's and the cities' bureaus (``police``
    for 公安厅 and every 公安局); ``supervisor`` is the key of the sharing supervisor whose
    jurisdiction it is in.
    """

    key: str
    name: str
    short_name: str
    kind: str
    level: DepartmentLevel
    region: str
    region_code: str
    supervisor: str | None
    parent: str | None


# kind: (provincial name, city bureau name, county bureau name or "" when counties have none)
_LINES: tuple[tuple[str, str, str, str], ...] = (
    ("police", "公安厅", "公安局", "公安局"),
    ("market", "市场监督管理局", "市场监督管理局", "市场监督管理局"),
    ("hrss", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障局"),
    ("land", "自然资源厅", "自然资源和规划局", ""),
    ("health", "卫生健康委员会", "卫生健康委员会", "卫生健康局"),
    ("civil", "民政厅", "民政局", "民政局"),
    ("edu", "教育厅", "教育局", "教育局"),
    ("housing", "住房和城乡建设厅", "住房和城乡建设局", ""),
    ("tax", "税务局", "税务局", ""),
    ("transport", "交通运输厅", "交通运输局", ""),
    ("medical", "医疗保障局", "医疗保障局", ""),
    ("justice", "司法厅", "司法局", ""),
    ("env", "生态环境厅", "生态环境局", ""),
    ("stats", "统计局", "统计局", ""),
)
# How officers abbreviate the long titles (人社厅, 卫健委…) in short names and document numbers.
_ABBREVIATIONS = {
    "人力资源和社会保障厅": "人社厅", "人力资源和社会保障局": "人社局",
    "市场监督管理局": "市场监管局", "卫生健康委员会": "卫健委", "卫生健康局": "卫健局",
    "住房和城乡建设厅": "住建厅", "住房和城乡建设局": "住建局",
    "自然资源和规划局": "自然资源规划局",
}  # fmt: skip


def _short(title: str) -> str:
    return _ABBREVIATIONS.get(title, title)


# City bureaus of every city, and county bureaus of every county (the rest stay provincial).
_CITY_LINES = ("police", "market", "hrss", "land", "health", "civil", "edu", "housing")
_COUNTY_LINES = ("police", "hrss", "civil", "health")
# (key, city, division code, [(county key, county, division code)])
_CITIES: tuple[tuple[str, str, str, tuple[tuple[str, str, str], ...]], ...] = (
    ("yx", "云溪市", "990100", (("yx_lj", "临江区", "990102"), ("yx_fl", "枫林县", "990121"))),
    ("ql", "青岚市", "990200", (("ql_sq", "石桥县", "990221"),)),
    ("np", "南屏市", "990300", (("np_np", "南屏区", "990302"), ("np_bs", "白沙县", "990322"))),
)

PROVINCIAL_SUPERVISOR = "prov_sup"


def _provincial_name(kind: str, title: str) -> str:
    # The tax bureau is a national body stationed in the province (国家税务总局××省税务局).
    return f"国家税务总局{PROVINCE}{title}" if kind == "tax" else f"{PROVINCE}{title}"


def offices() -> tuple[Office, ...]:
    """Every department of the demo province, supervisors first at each level."""
    found: list[Office] = [
        Office(PROVINCIAL_SUPERVISOR, f"{PROVINCE}政务服务和大数据中心", "省数据中心", "supervisor",
               DepartmentLevel.PROVINCE, PROVINCE, PROVINCE_REGION_CODE, None, None),
    ]  # fmt: skip
    for kind, title, _city, _county in _LINES:
        found.append(
            Office(kind, _provincial_name(kind, title), f"省{_short(title)}", kind,
                   DepartmentLevel.PROVINCE, PROVINCE, PROVINCE_REGION_CODE,
                   PROVINCIAL_SUPERVISOR, None)
        )  # fmt: skip
    city_title = {kind: city for kind, _p, city, _c in _LINES}
    county_title = {kind: county for kind, _p, _c, county in _LINES}
    for city_key, city, city_code, counties in _CITIES:
        city_sup = f"{city_key}_sup"
        found.append(
            Office(city_sup, f"{city}数据资源局", f"{city}数据局", "supervisor",
                   DepartmentLevel.CITY, city, city_code, PROVINCIAL_SUPERVISOR, None)
        )  # fmt: skip
        for kind in _CITY_LINES:
            found.append(
                Office(f"{city_key}_{kind}", f"{city}{city_title[kind]}",
                       f"{city}{_short(city_title[kind])}", kind,
                       DepartmentLevel.CITY, city, city_code, city_sup, kind)
            )  # fmt: skip
        for county_key, county, county_code in counties:
            county_sup = f"{county_key}_sup"
            region = f"{city}{county}"
            found.append(
                Office(county_sup, f"{region}政务服务中心", f"{county}政务中心", "supervisor",
                       DepartmentLevel.COUNTY, region, county_code, city_sup, None)
            )  # fmt: skip
            for kind in _COUNTY_LINES:
                found.append(
                    Office(f"{county_key}_{kind}", f"{region}{county_title[kind]}",
                           f"{county}{_short(county_title[kind])}", kind, DepartmentLevel.COUNTY,
                           region, county_code, county_sup, f"{city_key}_{kind}")
                )  # fmt: skip
    return tuple(found)


_CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(region_code: str, serial: int) -> str:
    """A unified social credit code (GB 32100) of an organ of state: ``11`` + division code +
    nine-character organisation code + the standard's check character."""
    body = f"11{region_code}{serial:09d}"
    total = sum(
        _CREDIT_CODE_ALPHABET.index(ch) * w
        for ch, w in zip(body, _CREDIT_CODE_WEIGHTS, strict=True)
    )
    return body + _CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def departments(ids: DemoIds, at: datetime) -> list[Department]:
    """The :class:`Department` of every office, with deterministic ids and credit codes."""
    built: list[Department] = []
    for serial, office in enumerate(offices(), start=1):
        built.append(
            Department(
                id=ids("department", office.key),
                code=credit_code(office.region_code, 6_000_000 + serial * 37),
                name=office.name,
                short_name=office.short_name,
                level=office.level,
                parent_id=None if office.parent is None else ids("department", office.parent),
                region=office.region,
                supervisor_department_id=(
                    None if office.supervisor is None else ids("department", office.supervisor)
                ),
                created_at=at,
                updated_at=at,
            )
        )
    return built


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建文辉玲鹏飞红波宇浩晨欣怡思远志国海燕"
)

# The demo accounts of the issue: (username, office key, roles, display name).
DEMO_ACCOUNTS: tuple[tuple[str, str, frozenset[Role], str], ...] = (
    ("officer", "hrss", frozenset({Role.OFFICER}), "刘晓敏"),
    ("provider", "police", frozenset({Role.OFFICER}), "陈志远"),
    ("head", "police", frozenset({Role.OFFICER, Role.HEAD}), "周建国"),
    ("supervisor", PROVINCIAL_SUPERVISOR, frozenset({Role.SUPERVISOR}), "李文华"),
    ("admin", PROVINCIAL_SUPERVISOR, frozenset({Role.ADMIN}), "系统管理员"),
)


def _person(rng: random.Random) -> str:
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(_SURNAMES) + given


@dataclass(frozen=True, slots=True)
class Staff:
    """Who works where: users by username, and per office its officers, head and supervisor."""

    users: dict[str, User]
    officers: dict[str, list[User]]
    heads: dict[str, User]
    supervisors: dict[str, User]


def staff(ids: DemoIds, rng: random.Random, at: datetime) -> Staff:
    """The demo accounts plus, per office, a second officer, a head (departments) or a
    supervisor (supervisor offices)."""
    users: dict[str, User] = {}
    officers: dict[str, list[User]] = {}
    heads: dict[str, User] = {}
    supervisors: dict[str, User] = {}

    def add(username: str, office: str, roles: frozenset[Role], name: str) -> None:
        user = User(
            id=ids("user", username),
            username=username,
            display_name=name,
            department_id=ids("department", office),
            roles=roles,
            created_at=at,
            updated_at=at,
        )
        users[username] = user
        if Role.OFFICER in roles:
            officers.setdefault(office, []).append(user)
        if Role.HEAD in roles:
            heads.setdefault(office, user)
        if Role.SUPERVISOR in roles:
            supervisors.setdefault(office, user)

    for username, office_key, roles, name in DEMO_ACCOUNTS:
        add(username, office_key, roles, name)
    for office in offices():
        if office.kind == "supervisor":
            if office.key not in supervisors:
                add(f"{office.key}.supervisor", office.key, frozenset({Role.SUPERVISOR}),
                    _person(rng))  # fmt: skip
            continue
        if office.key not in heads:
            add(f"{office.key}.head", office.key, frozenset({Role.OFFICER, Role.HEAD}),
                _person(rng))  # fmt: skip
        add(f"{office.key}.officer", office.key, frozenset({Role.OFFICER}), _person(rng))
    return Staff(users=users, officers=officers, heads=heads, supervisors=supervisors)

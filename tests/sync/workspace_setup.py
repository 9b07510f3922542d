"""A small province in a real local store, for the workspace and its views.

The departments and catalog entries come from ``tests/models/commands_setup`` (the police
provide, the market-regulation bureau asks, the provincial data bureau supervises both);
they reach the store the way the server sends them: encoded by the real codec and applied as
change-feed pages. The clock is a settable one, in Beijing time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.models.codec import to_json_dict
from app.models.entities import Reply, Resource, ShareRequest, TimelineEvent, User
from app.models.enums import ReplyDecision, RequestStatus, Role, ShareAttribute
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_types import RequestFormData
from tests.models.commands_setup import DEPARTMENTS, MARKET, POLICE, REQUESTER, resource

PURPOSE = "办理企业开办登记时核验法定代表人的身份信息"
BASIS = "《优化营商环境条例》第十九条"


def beijing(year: int, month: int, day: int, hour: int = 10) -> datetime:
    """An aware UTC moment that is ``hour`` o'clock that day in Beijing (UTC+8)."""
    return datetime(year, month, day, hour, tzinfo=UTC) - timedelta(hours=8)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    moment: datetime

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class Province:
    """What :func:`seed` put in the store."""

    conditional: Resource
    unconditional: Resource
    not_shared: Resource
    officer: User
    provider_officer: User
    extra: dict[str, Any] = field(default_factory=dict)


def _user(name: str, display: str, department_id: uuid.UUID, user_id: uuid.UUID) -> User:
    at = datetime(2025, 1, 2, tzinfo=UTC)
    return User(id=user_id, username=name, display_name=display, department_id=department_id,
                roles=frozenset({Role.OFFICER}), created_at=at, updated_at=at)


def upsert(entity: str, obj: object) -> dict[str, Any]:
    data = to_json_dict(obj)
    return {"entity": entity, "id": data["id"], "op": "upsert", "data": data}


def seed(store: LocalStore) -> Province:
    """Departments, two officers and three catalog entries (one per share attribute, R10)."""
    province = Province(
        conditional=resource(ShareAttribute.CONDITIONAL, name="居民身份证信息"),
        unconditional=resource(ShareAttribute.UNCONDITIONAL, name="户籍人口统计信息",
                               code="301001/000013"),
        not_shared=resource(ShareAttribute.NOT_SHARED, name="出入境证件信息",
                            code="301001/000014"),
        officer=_user("officer", "王晓明", MARKET.id, REQUESTER.user_id),
        provider_officer=_user("provider", "李建国", POLICE.id, uuid.uuid4()),
    )
    changes = [upsert("department", d) for d in DEPARTMENTS.values()]
    changes += [upsert("user", u) for u in (province.officer, province.provider_officer)]
    changes += [upsert("resource", r) for r in
                (province.conditional, province.unconditional, province.not_shared)]
    store.apply_changes(changes, "1")
    return province


def workspace(store: LocalStore, clock: Clock) -> Workspace:
    return Workspace(store, REQUESTER, clock=clock)


def form(target: Resource, **changes: Any) -> RequestFormData:
    """A complete request for ``target`` (R11 purpose, R13 basis, contact), then ``changes``."""
    base = RequestFormData(
        resource_id=target.id, purpose=PURPOSE, legal_basis=BASIS,
        data_items=("公民身份号码", "姓名"), usage_scope="本部门企业登记窗口",
        contact_name="王晓明", contact_phone="0731-88889999",
    )
    return replace(base, **changes)


def server_request(target: Resource, province: Province, *, status: RequestStatus,
                   submitted: datetime, due: date | None, version: int = 1,
                   purpose: str = PURPOSE) -> ShareRequest:
    """A request as the platform holds it after the steps that led to ``status``."""
    steps = [TimelineEvent(at=submitted, actor_user_id=province.officer.id,
                           actor_department_id=MARKET.id, action="submit",
                           status_after=RequestStatus.SUBMITTED.value, rule="R13")]
    reply = None
    if status is RequestStatus.REFUSED:
        replied = submitted + timedelta(days=3)
        reply = Reply(id=uuid.uuid4(), request_id=uuid.uuid4(), decision=ReplyDecision.REFUSE,
                      reasons="申请事项不属于使用部门法定职责范围，依法不予共享。",
                      reply_number="湘公数答〔2026〕7号",
                      replied_by_user_id=province.provider_officer.id, replied_at=replied,
                      cited_rule="R13")
        steps.append(TimelineEvent(at=replied, actor_user_id=province.provider_officer.id,
                                   actor_department_id=POLICE.id, action="refuse",
                                   note=reply.reasons, status_after=status.value, rule="R13"))
    request = ShareRequest(
        id=uuid.uuid4(), resource_id=target.id, requester_department_id=MARKET.id,
        requester_user_id=province.officer.id, provider_department_id=POLICE.id,
        purpose=purpose, legal_basis=BASIS, data_items=("公民身份号码",),
        contact_name="王晓明", contact_phone="0731-88889999", status=status,
        profile_id="hunan-2021", submitted_at=submitted,
        received_on=submitted.date(), due=due, timeline=tuple(steps), version=version,
        created_at=submitted, updated_at=submitted,
    )
    if reply is not None:
        request = replace(request, reply=replace(reply, request_id=request.id))
    return request

"""The commands' common ground: sides (R15, R24 jurisdiction; N9 higher supervisor), the
platform's day, deterministic side-effect ids, and the supervisor's reminders (R24/R25)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.models.commands import CommandEnv, chain_of, common_supervisor, side_of
from app.models.commands_requests import RequestInput, submit_request, withdraw_request
from app.models.commands_supervision import send_reminder
from app.models.entities import Dispute, Filing, ShareRequest
from app.models.enums import (
    DisputeStatus,
    DisputeSubject,
    FilingKind,
    NotificationKind,
    ResourceStatus,
)
from app.models.errors import DomainError
from app.models.profiles import HUNAN_2021
from app.models.workflows import ActorSide
from tests.models.commands_setup import (
    CALENDAR,
    CITY_AGRI,
    CITY_HR,
    CITY_OFFICER,
    CITY_SUP,
    CITY_SUPERVISOR,
    COUNTY_SUP,
    DEPARTMENTS,
    HEAD,
    POLICE,
    PROV_SUP,
    PROVIDER,
    REQUESTER,
    SUPERVISOR,
    acting,
    beijing,
    env,
    person,
    resource,
)


def a_request() -> ShareRequest:
    data = RequestInput(
        id=uuid.uuid4(),
        purpose="办理企业开办登记时核验法定代表人身份",
        legal_basis="《优化营商环境条例》",
        data_items=("姓名",),
        contact_name="张敏",
        contact_phone="13800138000",
    )
    # Mon 2026-03-02: ten working days end on Mon 2026-03-16 (no holiday in between).
    return submit_request(data, resource(), REQUESTER, env(beijing(2026, 3, 2))).entity


@pytest.mark.parametrize(
    ("who", "side"),
    [
        pytest.param(REQUESTER, ActorSide.REQUESTER, id="requester"),
        pytest.param(PROVIDER, ActorSide.PROVIDER, id="provider"),
        pytest.param(HEAD, ActorSide.PROVIDER, id="provider-head"),
        pytest.param(SUPERVISOR, ActorSide.SUPERVISOR, id="R24-provincial-jurisdiction"),
        pytest.param(CITY_SUPERVISOR, ActorSide.ANY, id="R24-city-outside-jurisdiction"),
        pytest.param(CITY_OFFICER, ActorSide.ANY, id="foreign-department"),
    ],
)
def test_side_of_a_request(who: object, side: ActorSide) -> None:
    assert side_of(who, a_request(), DEPARTMENTS) is side  # type: ignore[arg-type]


def test_r24_city_supervisor_has_jurisdiction_over_city_departments_only() -> None:
    city_entry = resource(provider_department_id=CITY_HR.id)
    assert side_of(CITY_SUPERVISOR, city_entry, DEPARTMENTS) is ActorSide.SUPERVISOR
    assert side_of(SUPERVISOR, city_entry, DEPARTMENTS) is ActorSide.SUPERVISOR  # level below
    assert side_of(person(COUNTY_SUP), city_entry, DEPARTMENTS) is ActorSide.ANY
    assert chain_of(CITY_HR.id, DEPARTMENTS) == [CITY_SUP.id, PROV_SUP.id]


def test_r15_the_common_supervisor_is_the_nearest_over_both_parties() -> None:
    assert common_supervisor((CITY_HR.id, CITY_AGRI.id), DEPARTMENTS) == CITY_SUP.id
    assert common_supervisor((CITY_HR.id, POLICE.id), DEPARTMENTS) == PROV_SUP.id
    # A supervisor that is itself a party cannot coordinate: the next one up does.
    assert common_supervisor((CITY_SUP.id, CITY_HR.id), DEPARTMENTS) == PROV_SUP.id


def test_n9_sides_on_a_dispute() -> None:
    dispute = Dispute(
        id=uuid.uuid4(),
        subject=DisputeSubject.INCONSISTENT_DATA,
        subject_id=uuid.uuid4(),
        raised_by_department_id=CITY_HR.id,
        against_department_id=CITY_AGRI.id,
        supervisor_department_id=CITY_SUP.id,
        reason="登记信息不一致需协调",
        created_at=beijing(2026, 3, 2),
        updated_at=beijing(2026, 3, 2),
    )
    assert side_of(person(CITY_HR), dispute, DEPARTMENTS) is ActorSide.RAISER
    assert side_of(person(CITY_AGRI), dispute, DEPARTMENTS) is ActorSide.PARTY
    assert side_of(CITY_SUPERVISOR, dispute, DEPARTMENTS) is ActorSide.SUPERVISOR
    assert side_of(SUPERVISOR, dispute, DEPARTMENTS) is ActorSide.ANY  # not yet escalated
    escalated = replace(
        dispute, status=DisputeStatus.ESCALATED, escalated_to_department_id=PROV_SUP.id
    )
    assert side_of(SUPERVISOR, escalated, DEPARTMENTS) is ActorSide.HIGHER_SUPERVISOR


def test_sides_on_a_filing() -> None:
    filed = Filing(
        id=uuid.uuid4(),
        kind=FilingKind.CATALOG_UPDATE,
        subject_id=uuid.uuid4(),
        department_id=POLICE.id,
        supervisor_department_id=PROV_SUP.id,
        summary="目录更新",
        filed_at=beijing(2026, 3, 2),
        created_at=beijing(2026, 3, 2),
        updated_at=beijing(2026, 3, 2),
    )
    assert side_of(PROVIDER, filed, DEPARTMENTS) is ActorSide.PROVIDER
    assert side_of(SUPERVISOR, filed, DEPARTMENTS) is ActorSide.SUPERVISOR
    assert side_of(CITY_SUPERVISOR, filed, DEPARTMENTS) is ActorSide.ANY
    assert side_of(REQUESTER, filed, DEPARTMENTS) is ActorSide.ANY


def test_the_platform_day_is_beijing_and_now_must_be_aware() -> None:
    late_evening_utc = datetime(2026, 9, 30, 16, 30, tzinfo=UTC)  # 00:30 on 1 October
    setting = CommandEnv(uuid.uuid4(), HUNAN_2021, CALENDAR, late_evening_utc)
    assert setting.today == date(2026, 10, 1)
    with pytest.raises(ValueError, match="aware"):
        CommandEnv(uuid.uuid4(), HUNAN_2021, CALENDAR, datetime(2026, 3, 2, 9))


def test_the_same_command_gives_the_same_result_on_client_and_server() -> None:
    data = RequestInput(
        id=uuid.uuid4(),
        purpose="办理企业开办登记时核验法定代表人身份",
        legal_basis="《优化营商环境条例》",
        data_items=("姓名",),
        contact_name="张敏",
        contact_phone="13800138000",
    )
    entry = resource()
    first = submit_request(data, entry, REQUESTER, env(beijing(2026, 3, 2), label="one"))
    again = submit_request(data, entry, REQUESTER, env(beijing(2026, 3, 2), label="one"))
    other = submit_request(data, entry, REQUESTER, env(beijing(2026, 3, 2), label="two"))
    assert first == again
    assert first.notifications[0].id != other.notifications[0].id


def test_r24_reminder_to_the_late_provider() -> None:
    request = a_request()
    reminder_id = uuid.uuid4()
    result = send_reminder(
        reminder_id,
        request,
        acting(SUPERVISOR, request),
        env(beijing(2026, 3, 17)),
        "请尽快书面答复",
    )
    note = result.entity
    assert note.id == reminder_id
    assert note.kind is NotificationKind.REMINDER
    assert note.recipient_department_id == POLICE.id
    assert note.subject_id == request.id
    assert note.title_zh == "督办提醒（已逾期）：请尽快书面答复"
    assert note.title_en.startswith("Reminder (overdue)")
    on_time = send_reminder(
        uuid.uuid4(), request, acting(SUPERVISOR, request), env(beijing(2026, 3, 16))
    )
    assert on_time.entity.title_zh == "督办提醒"


def test_r24_reminder_refusals() -> None:
    request = a_request()
    moment = env(beijing(2026, 3, 17))
    with pytest.raises(DomainError) as officer:
        send_reminder(uuid.uuid4(), request, acting(PROVIDER, request), moment)
    assert officer.value.code == "workflow.role_not_allowed"
    with pytest.raises(DomainError) as outside:
        send_reminder(uuid.uuid4(), request, acting(CITY_SUPERVISOR, request), moment)
    assert outside.value.code == "workflow.side_not_allowed"
    closed = withdraw_request(request, acting(REQUESTER, request), moment).entity
    with pytest.raises(DomainError) as nothing:
        send_reminder(uuid.uuid4(), closed, acting(SUPERVISOR, closed), moment)
    assert nothing.value.code == "reminder.nothing_pending"


def test_r25_reminder_about_an_update_due_goes_to_the_provider() -> None:
    entry = resource(status=ResourceStatus.UPDATE_PENDING, law_change_due=date(2026, 3, 9))
    result = send_reminder(
        uuid.uuid4(), entry, acting(SUPERVISOR, entry), env(beijing(2026, 3, 10))
    )
    assert result.entity.recipient_department_id == POLICE.id
    assert result.entity.subject_entity == "resource"
    assert "已逾期" in result.entity.title_zh

"""Misuse commands (R17): suspend or terminate with a report to the supervisor, lift a suspension
back to the state before it; a termination is final."""

from __future__ import annotations

import uuid

import pytest

from app.models.commands_misuse import (
    lift_suspension,
    state_before_suspension,
    suspend_request,
    terminate_request,
)
from app.models.commands_requests import (
    ReplyInput,
    RequestInput,
    reply_to_request,
    submit_request,
)
from app.models.entities import ShareRequest
from app.models.enums import (
    DeliveryMethod,
    FilingKind,
    NotificationKind,
    ReplyDecision,
    RequestStatus,
    SuspensionKind,
    SuspensionStatus,
)
from app.models.errors import DomainError
from tests.models.commands_setup import (
    DEPARTMENTS,
    MARKET,
    POLICE,
    PROV_SUP,
    PROVIDER,
    REQUESTER,
    acting,
    beijing,
    env,
    resource,
)

MISUSE = "使用部门将身份证信息提供给第三方公司，超出申请用途"


def approved_request() -> ShareRequest:
    request = submit_request(
        RequestInput(
            id=uuid.uuid4(),
            purpose="办理企业开办登记时核验法定代表人身份",
            legal_basis="《优化营商环境条例》",
            data_items=("姓名",),
            contact_name="张敏",
            contact_phone="13800138000",
        ),
        resource(),
        REQUESTER,
        env(beijing(2026, 3, 2)),
    ).entity
    return reply_to_request(
        request,
        acting(PROVIDER, request),
        env(beijing(2026, 3, 4)),
        ReplyInput(
            decision=ReplyDecision.APPROVE, delivery_method=DeliveryMethod.PLATFORM_INTERFACE
        ),
    ).entity


def test_r17_suspend_reports_to_the_supervisor() -> None:
    request = approved_request()
    when = env(beijing(2026, 5, 6), label="suspend")
    result = suspend_request(request, acting(PROVIDER, request), DEPARTMENTS, when, MISUSE)
    assert result.entity.status is RequestStatus.SUSPENDED
    assert result.entity.timeline[-1].rule == "R17"
    (suspension,) = result.suspensions
    (report,) = result.filings
    assert suspension.kind is SuspensionKind.SUSPEND
    assert suspension.status is SuspensionStatus.ACTIVE
    assert suspension.request_id == request.id
    assert suspension.reported_filing_id == report.id
    assert report.kind is FilingKind.MISUSE_REPORT
    assert report.subject_id == suspension.id
    assert report.supervisor_department_id == PROV_SUP.id
    assert report.department_id == POLICE.id
    recipients = {(n.kind, n.recipient_department_id) for n in result.notifications}
    assert recipients == {
        (NotificationKind.SUSPENDED, MARKET.id),
        (NotificationKind.FILING_RECEIVED, PROV_SUP.id),
    }
    # Stored order: the request before its suspension, the suspension before the report on it.
    stored = result.objects()
    assert stored.index(result.entity) < stored.index(suspension) < stored.index(report)


def test_r17_the_same_command_makes_the_same_ids_on_client_and_server() -> None:
    request = approved_request()
    provider = acting(PROVIDER, request)
    first = suspend_request(
        request, provider, DEPARTMENTS, env(beijing(2026, 5, 6), label="a"), MISUSE
    )
    again = suspend_request(
        request, provider, DEPARTMENTS, env(beijing(2026, 5, 6), label="a"), MISUSE
    )
    other = suspend_request(
        request, provider, DEPARTMENTS, env(beijing(2026, 5, 6), label="b"), MISUSE
    )
    assert first == again
    assert first.suspensions[0].id != other.suspensions[0].id
    assert first.filings[0].id != other.filings[0].id


def test_r17_reasons_are_required() -> None:
    request = approved_request()
    with pytest.raises(DomainError) as refused:
        suspend_request(
            request, acting(PROVIDER, request), DEPARTMENTS, env(beijing(2026, 5, 6)), "违规"
        )
    assert refused.value.code == "suspension.reasons_required"


def test_r17_only_the_provider_suspends() -> None:
    request = approved_request()
    with pytest.raises(DomainError) as refused:
        suspend_request(
            request, acting(REQUESTER, request), DEPARTMENTS, env(beijing(2026, 5, 6)), MISUSE
        )
    assert refused.value.code == "workflow.side_not_allowed"


def test_r17_lift_restores_the_state_before_the_suspension() -> None:
    request = approved_request()
    provider = acting(PROVIDER, request)
    stopped = suspend_request(request, provider, DEPARTMENTS, env(beijing(2026, 5, 6)), MISUSE)
    assert state_before_suspension(stopped.entity) is RequestStatus.APPROVED
    lifted = lift_suspension(
        stopped.entity, stopped.suspensions[0], provider, env(beijing(2026, 5, 20)), "已整改"
    )
    assert lifted.entity.status is RequestStatus.APPROVED
    (suspension,) = lifted.related
    assert isinstance(suspension, type(stopped.suspensions[0]))
    assert suspension.status is SuspensionStatus.LIFTED
    assert suspension.lifted_at == beijing(2026, 5, 20)
    assert suspension.version == 2


def test_r17_termination_is_final() -> None:
    request = approved_request()
    provider = acting(PROVIDER, request)
    ended = terminate_request(request, provider, DEPARTMENTS, env(beijing(2026, 5, 6)), MISUSE)
    assert ended.entity.status is RequestStatus.TERMINATED
    assert ended.suspensions[0].kind is SuspensionKind.TERMINATE
    assert ended.filings[0].kind is FilingKind.MISUSE_REPORT
    with pytest.raises(DomainError) as refused:
        lift_suspension(ended.entity, ended.suspensions[0], provider, env(beijing(2026, 5, 7)))
    assert refused.value.code == "workflow.termination_final"

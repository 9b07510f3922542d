"""Share-request commands: a journey per procedure (R12, R13, R14; N1–N4), due dates counted by
hand from the State Council holiday notices, refusals, and the side effects each step brings."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest

from app.models.commands_consent import (
    agree_request,
    decline_request,
    deliver_request,
    extend_reply,
)
from app.models.commands_requests import (
    ReplyInput,
    RequestInput,
    ResubmitInput,
    reply_to_request,
    request_material,
    resubmit_request,
    submit_request,
    withdraw_request,
)
from app.models.entities import Resource, ShareRequest
from app.models.enums import (
    DeliveryMethod,
    FilingKind,
    FilingStatus,
    NotificationKind,
    ReplyDecision,
    RequestStatus,
    ShareAttribute,
)
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from tests.models.commands_setup import (
    CITY_OFFICER,
    DEPARTMENTS,
    HEAD,
    MARKET,
    POLICE,
    PROV_SUP,
    PROVIDER,
    REQUESTER,
    SUPERVISOR,
    acting,
    beijing,
    env,
    resource,
)

PURPOSE = "办理企业开办登记时核验法定代表人身份"


def ask(**changes: Any) -> RequestInput:
    fields: dict[str, Any] = {
        "id": uuid.uuid4(),
        "purpose": PURPOSE,
        "legal_basis": "《优化营商环境条例》",
        "data_items": ("公民身份号码", "姓名"),
        "contact_name": "张敏",
        "contact_phone": "0731-88888888",
    }
    return RequestInput(**{**fields, **changes})


def submitted(entry: Resource, moment: Any = None, profile: Any = None) -> ShareRequest:
    when = moment or beijing(2026, 9, 28)
    result = submit_request(ask(), entry, REQUESTER, env(when, profile or env(when).profile))
    return result.entity


def test_r12_unconditional_is_granted_directly_without_a_clock() -> None:
    entry = resource(ShareAttribute.UNCONDITIONAL)
    result = submit_request(ask(legal_basis=""), entry, REQUESTER, env(beijing(2026, 3, 2)))
    request = result.entity
    assert request.status is RequestStatus.GRANTED
    assert request.due is None
    assert request.received_on is None  # nobody has to answer (R12)
    assert result.notifications == ()
    assert [(e.action, e.rule, e.status_after) for e in request.timeline] == [
        ("submit", "R12", "granted")
    ]
    assert request.requester_department_id == MARKET.id
    assert request.provider_department_id == POLICE.id
    assert request.version == 1


def test_r13_conditional_reply_due_across_national_day_2026() -> None:
    # Received Mon 2026-09-28. The 2026 notice: Oct 1–7 off, Sat Oct 10 a make-up working day.
    # Working days after the 28th: 9/29, 9/30, 10/8, 10/9, 10/10, 10/12, 10/13, 10/14, 10/15,
    # 10/16 — the tenth is Fri 2026-10-16.
    result = submit_request(ask(), resource(), REQUESTER, env(beijing(2026, 9, 28)))
    request = result.entity
    assert request.status is RequestStatus.SUBMITTED
    assert request.received_on == date(2026, 9, 28)
    assert request.due == date(2026, 10, 16)
    assert request.due_estimated is False
    assert request.timeline[-1].rule == "R13"
    (news,) = result.notifications
    assert news.kind is NotificationKind.NEW_REQUEST
    assert news.recipient_department_id == POLICE.id
    assert news.subject_id == request.id


def test_r13_today_is_the_beijing_date_not_the_utc_date() -> None:
    # 01:30 in Beijing on Mon 2026-09-28 is still Sun 2026-09-27 in UTC; counting from the UTC
    # date would end on 10/15. The platform's day is Beijing's.
    result = submit_request(ask(), resource(), REQUESTER, env(beijing(2026, 9, 28, hour=1)))
    assert result.entity.received_on == date(2026, 9, 28)
    assert result.entity.due == date(2026, 10, 16)


def test_r13_refusal_without_reasons_is_rejected() -> None:
    request = submitted(resource())
    provider = acting(PROVIDER, request)
    with pytest.raises(DomainError) as refused:
        reply_to_request(
            request, provider, env(beijing(2026, 10, 9)), ReplyInput(decision=ReplyDecision.REFUSE)
        )
    assert refused.value.code == "reply.reasons_required"
    assert refused.value.field_errors[0].field == "reasons"
    assert "理由" in refused.value.message_zh
    assert "reason" in refused.value.message_en.lower()


def test_r13_refusal_with_reasons_closes_the_request_and_tells_the_requester() -> None:
    request = submitted(resource())
    provider = acting(PROVIDER, request)
    reasons = "申请用途与所需身份证住址信息不相关，不符合最小必要原则"
    result = reply_to_request(
        request,
        provider,
        env(beijing(2026, 10, 9), label="refuse"),
        ReplyInput(decision=ReplyDecision.REFUSE, reasons=reasons),
    )
    refused = result.entity
    assert refused.status is RequestStatus.REFUSED
    assert refused.reply is not None
    assert refused.reply.reasons == reasons
    assert refused.reply.cited_rule == "R13"
    assert refused.version == request.version + 1
    assert refused.updated_at == beijing(2026, 10, 9)
    assert refused.timeline[-1].action == "refuse"
    (news,) = result.notifications
    assert news.kind is NotificationKind.REPLY_RECEIVED
    assert news.recipient_department_id == MARKET.id


def test_r13_approval_carries_a_document_number_from_the_counter() -> None:
    request = submitted(resource())
    result = reply_to_request(
        request,
        acting(PROVIDER, request),
        env(beijing(2026, 10, 9)),
        ReplyInput(
            decision=ReplyDecision.APPROVE,
            delivery_method=DeliveryMethod.PLATFORM_INTERFACE,
            number_prefix="湘公数答",
            sequence=12,
        ),
    )
    assert result.entity.status is RequestStatus.APPROVED
    assert result.entity.reply is not None
    assert result.entity.reply.reply_number == "湘公数答〔2026〕12号"
    assert result.entity.delivery_due is None  # the provincial rules set no delivery clock


def test_r13_approval_with_conditions_needs_the_conditions() -> None:
    request = submitted(resource())
    with pytest.raises(DomainError) as refused:
        reply_to_request(
            request,
            acting(PROVIDER, request),
            env(beijing(2026, 10, 9)),
            ReplyInput(
                decision=ReplyDecision.APPROVE_WITH_CONDITIONS,
                delivery_method=DeliveryMethod.PLATFORM_INTERFACE,
            ),
        )
    assert refused.value.code == "reply.conditions_required"


@pytest.mark.parametrize(
    ("who", "code"),
    [
        pytest.param(REQUESTER, "workflow.side_not_allowed", id="R13-requester-cannot-reply"),
        pytest.param(SUPERVISOR, "workflow.side_not_allowed", id="R13-supervisor-cannot-reply"),
        pytest.param(CITY_OFFICER, "workflow.side_not_allowed", id="R13-foreign-department"),
    ],
)
def test_r13_only_the_provider_replies(who: Any, code: str) -> None:
    request = submitted(resource())
    with pytest.raises(DomainError) as refused:
        reply_to_request(
            request,
            acting(who, request),
            env(beijing(2026, 10, 9)),
            ReplyInput(decision=ReplyDecision.REFUSE, reasons="不符合共享条件，理由详见附件说明"),
        )
    assert refused.value.code == code


def test_r11_a_supervisor_cannot_submit_and_a_provider_cannot_ask_itself() -> None:
    with pytest.raises(DomainError) as role:
        submit_request(ask(), resource(), SUPERVISOR, env(beijing(2026, 3, 2)))
    assert role.value.code == "workflow.role_not_allowed"
    with pytest.raises(DomainError) as own:
        submit_request(ask(), resource(), PROVIDER, env(beijing(2026, 3, 2)))
    assert own.value.code == "request.own_resource"


def test_r11_withdraw_by_the_requester_only() -> None:
    request = submitted(resource())
    with pytest.raises(DomainError) as refused:
        withdraw_request(request, acting(PROVIDER, request), env(beijing(2026, 9, 29)))
    assert refused.value.code == "workflow.side_not_allowed"
    result = withdraw_request(request, acting(REQUESTER, request), env(beijing(2026, 9, 29)))
    assert result.entity.status is RequestStatus.WITHDRAWN
    with pytest.raises(DomainError) as closed:
        withdraw_request(result.entity, acting(REQUESTER, request), env(beijing(2026, 9, 30)))
    assert closed.value.code == "workflow.illegal_transition"


def test_r14_not_shared_negotiation_agreed_and_filed() -> None:
    entry = resource(ShareAttribute.NOT_SHARED)
    result = submit_request(
        ask(legal_basis="", scenario="企业注销联办需核验股东身份"),
        entry,
        REQUESTER,
        env(beijing(2026, 3, 2)),
    )
    request = result.entity
    assert request.status is RequestStatus.NEGOTIATING
    assert request.due is None  # R14 sets no clock
    assert request.timeline[-1].rule == "R14"
    terms = "仅限企业注销联办场景核验，按月报送使用记录"
    outcome = agree_request(
        request, acting(PROVIDER, request), DEPARTMENTS, env(beijing(2026, 3, 9)), terms
    )
    assert outcome.entity.status is RequestStatus.AGREED
    (filed,) = outcome.filings
    assert filed.kind is FilingKind.NOT_SHARED_AGREEMENT
    assert filed.status is FilingStatus.PENDING
    assert filed.subject_id == request.id
    assert filed.department_id == POLICE.id
    assert filed.supervisor_department_id == PROV_SUP.id
    assert filed.summary == terms
    kinds = {(n.kind, n.recipient_department_id) for n in outcome.notifications}
    assert kinds == {
        (NotificationKind.REPLY_RECEIVED, MARKET.id),
        (NotificationKind.FILING_RECEIVED, PROV_SUP.id),
    }


def test_r14_decline_needs_reasons() -> None:
    request = submit_request(
        ask(legal_basis="", scenario="企业注销联办需核验股东身份"),
        resource(ShareAttribute.NOT_SHARED),
        REQUESTER,
        env(beijing(2026, 3, 2)),
    ).entity
    provider = acting(PROVIDER, request)
    with pytest.raises(DomainError) as refused:
        decline_request(request, provider, env(beijing(2026, 3, 3)), "不行")
    assert refused.value.code == "command.reason_required"
    declined = decline_request(
        request, provider, env(beijing(2026, 3, 3)), "涉及个人敏感信息，现有法律依据不足以提供"
    )
    assert declined.entity.status is RequestStatus.DECLINED
    assert declined.filings == ()


def test_n1_national_unconditional_reply_within_one_working_day() -> None:
    # Submitted Wed 2026-09-30; Oct 1–7 are off, so the one working day is Thu 2026-10-08.
    entry = resource(ShareAttribute.UNCONDITIONAL)
    result = submit_request(
        ask(legal_basis=""), entry, REQUESTER, env(beijing(2026, 9, 30), NATIONAL_2025)
    )
    assert result.entity.status is RequestStatus.SUBMITTED
    assert result.entity.due == date(2026, 10, 8)
    assert result.entity.timeline[-1].rule == "N1"


def test_n3_material_notice_once_then_the_clock_restarts_on_resubmission() -> None:
    national = NATIONAL_2025
    entry = resource()
    request = submit_request(ask(), entry, REQUESTER, env(beijing(2025, 9, 22), national)).entity
    provider = acting(PROVIDER, request)
    noticed = request_material(
        request, provider, env(beijing(2025, 9, 24), national), "请补充营业执照复印件和授权书"
    )
    assert noticed.entity.status is RequestStatus.MATERIAL_REQUESTED
    assert noticed.entity.due is None  # the reply clock waits for the material
    assert noticed.notifications[0].kind is NotificationKind.MATERIAL_REQUESTED
    # Resubmitted Fri 2025-09-26. The 2025 notice: Oct 1–8 off, Sun Sep 28 and Sat Oct 11 are
    # make-up working days. After the 26th: 9/28, 9/29, 9/30, 10/9, 10/10, 10/11, 10/13, 10/14,
    # 10/15, 10/16 — the tenth is Thu 2025-10-16.
    resubmitted = resubmit_request(
        noticed.entity,
        entry,
        acting(REQUESTER, request),
        env(beijing(2025, 9, 26), national),
        ResubmitInput(legal_basis="《优化营商环境条例》第三十五条"),
    )
    assert resubmitted.entity.status is RequestStatus.SUBMITTED
    assert resubmitted.entity.received_on == date(2025, 9, 26)
    assert resubmitted.entity.due == date(2025, 10, 16)
    assert resubmitted.entity.legal_basis == "《优化营商环境条例》第三十五条"
    with pytest.raises(DomainError) as again:
        request_material(
            resubmitted.entity, provider, env(beijing(2025, 9, 29), national), "还需补充材料清单"
        )
    assert again.value.code == "workflow.material_notice_repeated"


def test_n3_the_provincial_rules_have_no_material_notice() -> None:
    request = submitted(resource())
    with pytest.raises(DomainError) as refused:
        request_material(
            request, acting(PROVIDER, request), env(beijing(2026, 9, 29)), "请补充营业执照复印件"
        )
    assert refused.value.code == "workflow.not_in_profile"


def test_n4_delivery_due_twenty_working_days_after_consent() -> None:
    # Consent on Fri 2025-09-26 (2025 notice: Oct 1–8 off; Sep 28 and Oct 11 worked). Working
    # days after: 9/28, 9/29, 9/30, 10/9, 10/10, 10/11, 10/13–10/17 (11), 10/20–10/24 (16),
    # 10/27, 10/28, 10/29, 10/30 — the twentieth is Thu 2025-10-30.
    national = NATIONAL_2025
    request = submit_request(
        ask(), resource(), REQUESTER, env(beijing(2025, 9, 22), national)
    ).entity
    provider = acting(PROVIDER, request)
    approved = reply_to_request(
        request,
        provider,
        env(beijing(2025, 9, 26), national),
        ReplyInput(
            decision=ReplyDecision.APPROVE, delivery_method=DeliveryMethod.PLATFORM_INTERFACE
        ),
    ).entity
    assert approved.delivery_due == date(2025, 10, 30)
    delivered = deliver_request(approved, provider, env(beijing(2025, 10, 20), national))
    assert delivered.entity.status is RequestStatus.DELIVERED
    assert delivered.entity.timeline[-1].rule == "N4"
    with pytest.raises(DomainError) as provincial:
        deliver_request(approved, provider, env(beijing(2025, 10, 20)))
    assert provincial.value.code == "workflow.not_in_profile"


def test_n2_supervisor_extends_the_reply_by_at_most_ten_working_days() -> None:
    national = NATIONAL_2025
    entry = resource()
    request = submit_request(ask(), entry, REQUESTER, env(beijing(2026, 9, 28), national)).entity
    assert request.due == date(2026, 10, 16)
    supervisor = acting(SUPERVISOR, request)
    with pytest.raises(DomainError) as too_long:
        extend_reply(
            request, entry, supervisor, env(beijing(2026, 10, 12), national),
            days=11, reason="涉及多个系统的数据比对，需要更多时间",
        )  # fmt: skip
    assert too_long.value.code == "extension.days_out_of_range"
    # Five working days after Fri 10/16: 10/19, 10/20, 10/21, 10/22, 10/23.
    extended = extend_reply(
        request, entry, supervisor, env(beijing(2026, 10, 12), national),
        days=5, reason="涉及多个系统的数据比对，需要更多时间",
    )  # fmt: skip
    assert extended.entity.due == date(2026, 10, 23)
    assert extended.entity.status is RequestStatus.SUBMITTED
    with pytest.raises(DomainError) as head:
        extend_reply(
            request, entry, acting(HEAD, request), env(beijing(2026, 10, 12), national),
            days=5, reason="涉及多个系统的数据比对，需要更多时间",
        )  # fmt: skip
    assert head.value.code == "workflow.side_not_allowed"

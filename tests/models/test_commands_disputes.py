"""Dispute commands (R15, R7; N9): who may raise, who coordinates, escalation up the ladder of
supervisors under the national rules, and withdrawal by the raiser."""

from __future__ import annotations

import uuid

import pytest

from app.models.commands import Actor, side_of
from app.models.commands_disputes import (
    DisputeInput,
    decide_dispute,
    escalate_dispute,
    raise_dispute,
    withdraw_dispute,
)
from app.models.commands_feedback import FeedbackInput, resolve_feedback, submit_feedback
from app.models.commands_requests import (
    ReplyInput,
    RequestInput,
    reply_to_request,
    submit_request,
)
from app.models.entities import Dispute, Resource, ShareRequest
from app.models.enums import (
    DisputeStatus,
    DisputeSubject,
    FeedbackKind,
    FeedbackOutcome,
    FeedbackStatus,
    NotificationKind,
    ReplyDecision,
    RequestStatus,
)
from app.models.errors import DomainError
from app.models.profiles import HUNAN_2021, NATIONAL_2025, RuleProfile
from app.models.workflows import ActorSide
from tests.models.commands_setup import (
    CITY_AGRI,
    CITY_HR,
    CITY_OFFICER,
    CITY_SUP,
    CITY_SUPERVISOR,
    DEPARTMENTS,
    MARKET,
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

REASON = "申请用途合法且有法律依据，提供部门拒绝理由不成立"


def request_by(asker: Actor, entry: Resource, profile: RuleProfile = HUNAN_2021) -> ShareRequest:
    data = RequestInput(
        id=uuid.uuid4(),
        purpose="办理企业开办登记时核验法定代表人身份",
        legal_basis="《优化营商环境条例》",
        data_items=("姓名",),
        contact_name="张敏",
        contact_phone="13800138000",
    )
    return submit_request(data, entry, asker, env(beijing(2026, 3, 2), profile)).entity


def refused(asker: Actor = REQUESTER, profile: RuleProfile = HUNAN_2021) -> ShareRequest:
    request = request_by(asker, resource(), profile)
    return reply_to_request(
        request,
        acting(PROVIDER, request),
        env(beijing(2026, 3, 4), profile),
        ReplyInput(decision=ReplyDecision.REFUSE, reasons="申请用途与所需信息项不相关，不予共享"),
    ).entity


def dispute_on(
    request: ShareRequest, asker: Actor = REQUESTER, profile: RuleProfile = HUNAN_2021
) -> Dispute:
    data = DisputeInput(
        id=uuid.uuid4(), subject=DisputeSubject.REQUEST, subject_id=request.id, reason=REASON
    )
    return raise_dispute(
        data, request, acting(asker, request), DEPARTMENTS, env(beijing(2026, 3, 5), profile)
    ).entity


def test_r15_refused_request_goes_to_the_common_supervisor() -> None:
    request = refused()
    data = DisputeInput(
        id=uuid.uuid4(), subject=DisputeSubject.REQUEST, subject_id=request.id, reason=REASON
    )
    result = raise_dispute(
        data, request, acting(REQUESTER, request), DEPARTMENTS, env(beijing(2026, 3, 5))
    )
    dispute = result.entity
    assert dispute.status is DisputeStatus.OPEN
    assert dispute.raised_by_department_id == MARKET.id
    assert dispute.against_department_id == POLICE.id
    assert dispute.supervisor_department_id == PROV_SUP.id
    assert dispute.timeline[-1].rule == "R15"
    (touched,) = result.related
    assert isinstance(touched, ShareRequest)
    assert touched.status is RequestStatus.REFUSED  # R15: the request keeps its state
    assert touched.timeline[-1].action == "raise_dispute"
    assert touched.version == request.version + 1
    told = {(n.kind, n.recipient_department_id) for n in result.notifications}
    assert told == {
        (NotificationKind.DISPUTE_RAISED, PROV_SUP.id),
        (NotificationKind.DISPUTE_RAISED, POLICE.id),
    }


def test_r15_a_city_department_and_a_provincial_one_meet_at_the_province() -> None:
    dispute = dispute_on(refused(CITY_OFFICER), CITY_OFFICER)
    assert dispute.raised_by_department_id == CITY_HR.id
    assert dispute.supervisor_department_id == PROV_SUP.id  # not the city's supervisor


def test_r15_an_open_reply_may_go_to_the_supervisor_only_when_overdue() -> None:
    request = request_by(REQUESTER, resource())  # due 2026-03-16 (10 working days after 3/2)
    data = DisputeInput(
        id=uuid.uuid4(), subject=DisputeSubject.REQUEST, subject_id=request.id, reason=REASON
    )
    requester = acting(REQUESTER, request)
    with pytest.raises(DomainError) as early:
        raise_dispute(data, request, requester, DEPARTMENTS, env(beijing(2026, 3, 16)))
    assert early.value.code == "workflow.not_overdue"
    late = raise_dispute(data, request, requester, DEPARTMENTS, env(beijing(2026, 3, 17)))
    assert late.entity.status is DisputeStatus.OPEN


def test_r15_the_provider_cannot_raise_on_a_request() -> None:
    request = refused()
    data = DisputeInput(
        id=uuid.uuid4(), subject=DisputeSubject.REQUEST, subject_id=request.id, reason=REASON
    )
    with pytest.raises(DomainError) as refused_:
        raise_dispute(
            data, request, acting(PROVIDER, request), DEPARTMENTS, env(beijing(2026, 3, 5))
        )
    assert refused_.value.code == "workflow.side_not_allowed"


def test_r15_feedback_result_disputed() -> None:
    feedback = submit_feedback(
        FeedbackInput(
            id=uuid.uuid4(), data_item="住址", kind=FeedbackKind.DOUBT, description="门牌号存疑待核"
        ),
        resource(),
        REQUESTER,
        env(beijing(2026, 3, 2)),
    ).entity
    resolved = resolve_feedback(
        feedback,
        acting(PROVIDER, feedback),
        env(beijing(2026, 3, 3)),
        outcome=FeedbackOutcome.NO_ERROR,
        explanation="经与户籍档案核对，登记住址与原始材料一致",
    ).entity
    data = DisputeInput(
        id=uuid.uuid4(), subject=DisputeSubject.FEEDBACK, subject_id=feedback.id, reason=REASON
    )
    result = raise_dispute(
        data, resolved, acting(REQUESTER, resolved), DEPARTMENTS, env(beijing(2026, 3, 4))
    )
    (touched,) = result.related
    assert getattr(touched, "status") is FeedbackStatus.DISPUTED  # noqa: B009
    assert result.entity.subject is DisputeSubject.FEEDBACK


def test_r7_inconsistent_data_against_another_provider() -> None:
    entry = resource()
    data = DisputeInput(
        id=uuid.uuid4(),
        subject=DisputeSubject.INCONSISTENT_DATA,
        subject_id=entry.id,
        reason="同一企业的登记住所与我局登记数据不一致，需协调确认",
    )
    result = raise_dispute(
        data, entry, acting(REQUESTER, entry), DEPARTMENTS, env(beijing(2026, 3, 2))
    )
    assert result.entity.against_department_id == POLICE.id
    assert result.entity.supervisor_department_id == PROV_SUP.id
    assert result.related == ()
    with pytest.raises(DomainError) as own:
        raise_dispute(data, entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 3, 2)))
    assert own.value.code == "workflow.side_not_allowed"


def test_r15_only_the_coordinating_supervisor_decides() -> None:
    dispute = dispute_on(refused())
    assert side_of(CITY_SUPERVISOR, dispute, DEPARTMENTS) is ActorSide.ANY
    with pytest.raises(DomainError) as other:
        decide_dispute(dispute, acting(CITY_SUPERVISOR, dispute), env(beijing(2026, 3, 6)), "同意")
    assert other.value.code == "workflow.side_not_allowed"
    with pytest.raises(DomainError) as empty:
        decide_dispute(dispute, acting(SUPERVISOR, dispute), env(beijing(2026, 3, 6)), " ")
    assert empty.value.code == "dispute.decision_required"
    decided = decide_dispute(
        dispute,
        acting(SUPERVISOR, dispute),
        env(beijing(2026, 3, 6)),
        "提供部门应在5个工作日内重新答复",
    )
    assert decided.entity.status is DisputeStatus.DECIDED
    assert decided.entity.decided_by_user_id == SUPERVISOR.user_id
    told = {n.recipient_department_id for n in decided.notifications}
    assert told == {MARKET.id, POLICE.id}


def test_n9_the_provincial_supervisor_has_no_one_above() -> None:
    dispute = dispute_on(refused(profile=NATIONAL_2025), profile=NATIONAL_2025)
    assert dispute.supervisor_department_id == PROV_SUP.id
    national = env(beijing(2026, 3, 6), NATIONAL_2025)
    with pytest.raises(DomainError) as top:
        escalate_dispute(dispute, acting(SUPERVISOR, dispute), DEPARTMENTS, national, REASON)
    assert top.value.code == "dispute.no_higher_supervisor"


def city_dispute(profile: RuleProfile) -> Dispute:
    """R7: two city departments disagree about data of the same kind; the city coordinates."""
    entry = resource(provider_department_id=CITY_AGRI.id)
    data = DisputeInput(
        id=uuid.uuid4(),
        subject=DisputeSubject.INCONSISTENT_DATA,
        subject_id=entry.id,
        reason="同一农户的社保登记与农业补贴登记身份信息不一致",
    )
    asker = acting(person(CITY_HR), entry)
    return raise_dispute(data, entry, asker, DEPARTMENTS, env(beijing(2026, 3, 2), profile)).entity


def test_n9_escalated_dispute_is_decided_by_the_higher_supervisor() -> None:
    provincial_case = city_dispute(HUNAN_2021)
    assert provincial_case.supervisor_department_id == CITY_SUP.id
    city = acting(CITY_SUPERVISOR, provincial_case)
    assert city.side is ActorSide.SUPERVISOR
    with pytest.raises(DomainError) as same_level:
        escalate_dispute(provincial_case, city, DEPARTMENTS, env(beijing(2026, 3, 6)), REASON)
    assert same_level.value.code == "workflow.not_in_profile"

    dispute = city_dispute(NATIONAL_2025)
    national = env(beijing(2026, 3, 6), NATIONAL_2025)
    escalated = escalate_dispute(dispute, city, DEPARTMENTS, national, REASON).entity
    assert escalated.status is DisputeStatus.ESCALATED
    assert escalated.escalated_to_department_id == PROV_SUP.id
    assert escalated.timeline[-1].rule == "N9"
    higher = acting(SUPERVISOR, escalated)
    assert higher.side is ActorSide.HIGHER_SUPERVISOR
    with pytest.raises(DomainError) as lower:
        decide_dispute(escalated, acting(CITY_SUPERVISOR, escalated), national, "维持原数据")
    assert lower.value.code == "workflow.side_not_allowed"
    decided = decide_dispute(escalated, higher, national, "以不动产登记数据为准，双方据此更正")
    assert decided.entity.status is DisputeStatus.DECIDED
    assert {n.recipient_department_id for n in decided.notifications} == {
        CITY_HR.id,
        CITY_AGRI.id,
    }


def test_r15_only_the_raiser_withdraws() -> None:
    dispute = dispute_on(refused())
    with pytest.raises(DomainError) as other:
        withdraw_dispute(dispute, acting(PROVIDER, dispute), env(beijing(2026, 3, 6)))
    assert other.value.code == "workflow.side_not_allowed"
    done = withdraw_dispute(dispute, acting(REQUESTER, dispute), env(beijing(2026, 3, 6)))
    assert done.entity.status is DisputeStatus.WITHDRAWN
    assert done.notifications[0].recipient_department_id == PROV_SUP.id

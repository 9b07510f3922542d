"""Feedback commands (R20–R22; N6): the verification clock, the head-approved extension with its
notice to the user, the result with the R22 correction notice, and the requester's answer."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.models.commands_feedback import (
    FeedbackInput,
    accept_resolution,
    approve_extension,
    reject_extension,
    request_extension,
    resolve_feedback,
    submit_feedback,
    withdraw_feedback,
)
from app.models.entities import Feedback
from app.models.enums import FeedbackKind, FeedbackOutcome, FeedbackStatus, NotificationKind
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from tests.models.commands_setup import (
    HEAD,
    MARKET,
    POLICE,
    PROVIDER,
    REQUESTER,
    SUPERVISOR,
    acting,
    beijing,
    env,
    resource,
)

WHY = "需要与户籍系统逐条比对核实，工作量较大"


def report(when: tuple[int, int, int] = (2026, 4, 30), profile: object = None) -> Feedback:
    data = FeedbackInput(
        id=uuid.uuid4(),
        data_item="住址",
        kind=FeedbackKind.ERROR,
        description="住址中的门牌号与不动产登记不一致",
        record_reference="430102199001011234",
        proposed_value="芙蓉区五一大道100号",
    )
    moment = beijing(*when)
    setting = env(moment) if profile is None else env(moment, NATIONAL_2025)
    return submit_feedback(data, resource(), REQUESTER, setting).entity


def test_r20_verification_due_five_working_days_across_labour_day_2026() -> None:
    # Received Thu 2026-04-30. The 2026 notice: May 1–5 off, Sat May 9 a make-up working day.
    # After 4/30: 5/6, 5/7, 5/8, 5/9, 5/11 — the fifth is Mon 2026-05-11.
    data = FeedbackInput(
        id=uuid.uuid4(),
        data_item="住址",
        kind=FeedbackKind.DOUBT,
        description="住址中的门牌号与不动产登记不一致",
    )
    result = submit_feedback(data, resource(), REQUESTER, env(beijing(2026, 4, 30)))
    feedback = result.entity
    assert feedback.status is FeedbackStatus.SUBMITTED
    assert feedback.received_on == date(2026, 4, 30)
    assert feedback.due == date(2026, 5, 11)
    assert feedback.requester_department_id == MARKET.id
    assert feedback.provider_department_id == POLICE.id
    assert feedback.timeline[-1].rule == "R20"
    (news,) = result.notifications
    assert news.kind is NotificationKind.NEW_FEEDBACK
    assert news.recipient_department_id == POLICE.id


def test_r20_an_error_report_needs_the_proposed_value() -> None:
    data = FeedbackInput(
        id=uuid.uuid4(), data_item="住址", kind=FeedbackKind.ERROR, description="门牌号明显错误"
    )
    with pytest.raises(DomainError) as refused:
        submit_feedback(data, resource(), REQUESTER, env(beijing(2026, 4, 30)))
    assert refused.value.code == "feedback.proposed_value_required"


def test_r20_extension_approved_by_the_head_and_told_to_the_user() -> None:
    feedback = report()
    provider = acting(PROVIDER, feedback)
    asked = request_extension(feedback, provider, env(beijing(2026, 5, 7)), days=15, reason=WHY)
    assert asked.entity.status is FeedbackStatus.EXTENSION_REQUESTED
    assert asked.entity.due == date(2026, 5, 11)  # nothing moves before the head approves
    assert asked.notifications[0].kind is NotificationKind.EXTENSION_REQUESTED
    assert asked.notifications[0].recipient_department_id == POLICE.id
    with pytest.raises(DomainError) as officer:
        approve_extension(asked.entity, provider, env(beijing(2026, 5, 8)))
    assert officer.value.code == "workflow.role_not_allowed"
    # Fifteen working days after Mon 5/11: 5/12–5/15 (4), 5/18–5/22 (9), 5/25–5/29 (14), 6/1.
    approved = approve_extension(asked.entity, acting(HEAD, feedback), env(beijing(2026, 5, 8)))
    extended = approved.entity
    assert extended.status is FeedbackStatus.EXTENDED
    assert extended.due == date(2026, 6, 1)
    assert extended.extension is not None
    assert extended.extension.approved_by_user_id == HEAD.user_id
    assert extended.extension.notice_sent_at == beijing(2026, 5, 8)
    (told,) = approved.notifications
    assert told.kind is NotificationKind.VERIFICATION_EXTENDED
    assert told.recipient_department_id == MARKET.id


def test_r20_extension_of_more_than_fifteen_days_is_refused() -> None:
    feedback = report()
    with pytest.raises(DomainError) as refused:
        request_extension(
            feedback, acting(PROVIDER, feedback), env(beijing(2026, 5, 7)), days=16, reason=WHY
        )
    assert refused.value.code == "extension.days_out_of_range"


def test_r20_head_rejects_the_extension_and_the_deadline_stands() -> None:
    feedback = report()
    asked = request_extension(
        feedback, acting(PROVIDER, feedback), env(beijing(2026, 5, 7)), days=5, reason=WHY
    ).entity
    rejected = reject_extension(
        asked, acting(HEAD, feedback), env(beijing(2026, 5, 8)), "比对工作可以在原期限内完成"
    )
    assert rejected.entity.status is FeedbackStatus.SUBMITTED
    assert rejected.entity.extension is None
    assert rejected.entity.due == date(2026, 5, 11)


def test_n6_national_rules_allow_no_extension() -> None:
    # Received Thu 2026-04-30 under the national rules: 10 working days, May 1–5 off, May 9
    # worked: 5/6, 5/7, 5/8, 5/9, 5/11, 5/12, 5/13, 5/14, 5/15, 5/18.
    feedback = report(profile=NATIONAL_2025)
    assert feedback.due == date(2026, 5, 18)
    with pytest.raises(DomainError) as refused:
        request_extension(
            feedback,
            acting(PROVIDER, feedback),
            env(beijing(2026, 5, 7), NATIONAL_2025),
            days=5,
            reason=WHY,
        )
    assert refused.value.code == "workflow.not_in_profile"


def test_r22_correction_is_told_to_the_user_department() -> None:
    feedback = report()
    provider = acting(PROVIDER, feedback)
    with pytest.raises(DomainError) as missing:
        resolve_feedback(
            feedback, provider, env(beijing(2026, 5, 8)), outcome=FeedbackOutcome.CORRECTED
        )
    assert missing.value.code == "resolution.corrected_value_required"
    result = resolve_feedback(
        feedback,
        provider,
        env(beijing(2026, 5, 8)),
        outcome=FeedbackOutcome.CORRECTED,
        corrected_value="芙蓉区五一大道100号",
    )
    corrected = result.entity
    assert corrected.status is FeedbackStatus.CORRECTED
    assert corrected.correction_notice_at == beijing(2026, 5, 8)
    assert corrected.timeline[-1].rule == "R22"
    (told,) = result.notifications
    assert told.kind is NotificationKind.FEEDBACK_RESOLVED
    assert told.recipient_department_id == MARKET.id
    accepted = accept_resolution(corrected, acting(REQUESTER, feedback), env(beijing(2026, 5, 9)))
    assert accepted.entity.status is FeedbackStatus.ACCEPTED
    assert accepted.entity.version == feedback.version + 2


def test_r20_no_error_needs_an_explanation() -> None:
    feedback = report()
    provider = acting(PROVIDER, feedback)
    with pytest.raises(DomainError) as refused:
        resolve_feedback(
            feedback, provider, env(beijing(2026, 5, 8)), outcome=FeedbackOutcome.NO_ERROR
        )
    assert refused.value.code == "resolution.explanation_required"
    done = resolve_feedback(
        feedback,
        provider,
        env(beijing(2026, 5, 8)),
        outcome=FeedbackOutcome.NO_ERROR,
        explanation="经与户籍档案核对，登记住址与原始材料一致",
    )
    assert done.entity.status is FeedbackStatus.NO_ERROR
    assert done.entity.correction_notice_at is None


@pytest.mark.parametrize(
    "who",
    [
        pytest.param(REQUESTER, id="R20-requester-cannot-resolve"),
        pytest.param(SUPERVISOR, id="R20-supervisor-cannot-resolve"),
    ],
)
def test_r20_only_the_provider_resolves(who: object) -> None:
    feedback = report()
    with pytest.raises(DomainError) as refused:
        resolve_feedback(
            feedback,
            acting(who, feedback),  # type: ignore[arg-type]
            env(beijing(2026, 5, 8)),
            outcome=FeedbackOutcome.NO_ERROR,
            explanation="经与户籍档案核对，登记住址与原始材料一致",
        )
    assert refused.value.code == "workflow.side_not_allowed"


def test_r20_the_requester_withdraws_while_verification_runs() -> None:
    feedback = report()
    done = withdraw_feedback(feedback, acting(REQUESTER, feedback), env(beijing(2026, 5, 6)))
    assert done.entity.status is FeedbackStatus.WITHDRAWN

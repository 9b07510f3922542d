"""Validation rules as tables: for every rule a case that fails (with the code and field an
officer's form marks) and cases that pass. Test ids start with the rule id from rules.md
(R…) or the national profile (N…)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import pytest

from app.models.entities import (
    DataItem,
    Dispute,
    Extension,
    Feedback,
    Filing,
    Reply,
    Resource,
    ShareMethod,
    ShareRequest,
    ShareSpec,
    Suspension,
    User,
)
from app.models.enums import (
    CatalogType,
    DeliveryMethod,
    DisputeStatus,
    DisputeSubject,
    FeedbackKind,
    FeedbackOutcome,
    FilingKind,
    ReplyDecision,
    ResourceStatus,
    Role,
    ShareAttribute,
    ShareMethodKind,
    SuspensionKind,
)
from app.models.errors import DomainError, FieldError
from app.models.validation import (
    is_plausible_phone,
    raise_if_invalid,
    validate_dispute,
    validate_extension,
    validate_extension_approval,
    validate_feedback,
    validate_filing,
    validate_material_notice,
    validate_reply,
    validate_request,
    validate_resolution,
    validate_resource,
    validate_suspension,
)
from app.models.validation_messages import MESSAGES, RULE_BY_CODE

NOW = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
PROVIDER = uuid.uuid4()
REQUESTER = uuid.uuid4()
SUPERVISOR = uuid.uuid4()
RESOURCE_ID = uuid.uuid4()
HEAD_ID = uuid.uuid4()

T = TypeVar("T")


def changed(obj: T, **changes: Any) -> T:
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]


USCC, LEGAL_REP, CAPITAL = "统一社会信用代码", "法定代表人", "注册资本"

RESOURCE = Resource(
    id=RESOURCE_ID,
    category="3",
    item="01",
    section="012",
    subsection="001",
    name="企业法人登记信息",
    code="301012001/000012",
    provider_department_id=PROVIDER,
    provider_code="11430000006145012X",
    summary="全省企业法人设立、变更、注销登记的基本信息",
    format="数据库",
    data_items=(
        DataItem(name=USCC, code="USCC", length=18),
        DataItem(name=LEGAL_REP, code="LEGAL_REP", length=50),
        DataItem(name=CAPITAL, code="CAPITAL", shared=False),
    ),
    share=ShareSpec(
        attribute=ShareAttribute.CONDITIONAL,
        conditions="仅限办理市场监管相关业务使用",
        legal_basis="《中华人民共和国市场主体登记管理条例》",
    ),
    share_method=ShareMethod(kind=ShareMethodKind.INTERFACE),
    usage_scope="省直及市州政务部门",
    status=ResourceStatus.PUBLISHED,
    created_at=NOW,
    updated_at=NOW,
)
UNCONDITIONAL = changed(
    RESOURCE,
    share=ShareSpec(attribute=ShareAttribute.UNCONDITIONAL),
    data_items=tuple(changed(item, shared=True) for item in RESOURCE.data_items),
)
NOT_SHARED = changed(
    RESOURCE,
    share=ShareSpec(attribute=ShareAttribute.NOT_SHARED, legal_basis="《个人信息保护法》"),
    data_items=tuple(changed(item, shared=False) for item in RESOURCE.data_items),
)

REQUEST = ShareRequest(
    id=uuid.uuid4(),
    resource_id=RESOURCE_ID,
    requester_department_id=REQUESTER,
    requester_user_id=uuid.uuid4(),
    provider_department_id=PROVIDER,
    purpose="用于办理企业开办登记时核验企业身份",
    legal_basis="《优化营商环境条例》",
    data_items=(USCC, LEGAL_REP),
    contact_name="王芳",
    contact_phone="0731-88880000",
    created_at=NOW,
    updated_at=NOW,
)
NO_CONTACT = {"contact_name": "", "contact_phone": ""}

REPLY = Reply(
    id=uuid.uuid4(),
    request_id=REQUEST.id,
    decision=ReplyDecision.APPROVE,
    delivery_method=DeliveryMethod.PLATFORM_INTERFACE,
    reply_number="湘公数答〔2026〕12号",
    replied_by_user_id=uuid.uuid4(),
    replied_at=NOW,
)
REFUSAL_REASONS = "依据《个人信息保护法》第十三条，申请用途超出申请部门的法定职责"

FEEDBACK = Feedback(
    id=uuid.uuid4(),
    resource_id=RESOURCE_ID,
    data_item=LEGAL_REP,
    record_reference="91430100MA4L0XXXXX",
    kind=FeedbackKind.DOUBT,
    description="与营业执照登记的法定代表人不一致",
    requester_department_id=REQUESTER,
    requester_user_id=uuid.uuid4(),
    provider_department_id=PROVIDER,
    created_at=NOW,
    updated_at=NOW,
)

EXTENSION = Extension(
    days=10,
    reason="需要调取纸质档案与登记机关核对原始材料",
    requested_by_user_id=uuid.uuid4(),
    requested_at=NOW,
)
APPROVED = changed(EXTENSION, approved_by_user_id=HEAD_ID, approved_at=NOW)


def user(*roles: Role, department: uuid.UUID = PROVIDER, user_id: uuid.UUID = HEAD_ID) -> User:
    return User(
        id=user_id,
        username="zhang.wei",
        display_name="张伟",
        department_id=department,
        roles=frozenset(roles),
        created_at=NOW,
        updated_at=NOW,
    )


DISPUTE = Dispute(
    id=uuid.uuid4(),
    subject=DisputeSubject.REQUEST,
    subject_id=REQUEST.id,
    raised_by_department_id=REQUESTER,
    against_department_id=PROVIDER,
    supervisor_department_id=SUPERVISOR,
    reason="提供部门逾期未作书面答复，且拒绝说明理由",
    created_at=NOW,
    updated_at=NOW,
)
SUSPENSION = Suspension(
    id=uuid.uuid4(),
    request_id=REQUEST.id,
    kind=SuspensionKind.SUSPEND,
    reasons="使用部门将共享数据提供给第三方公司用于商业营销",
    decided_by_user_id=HEAD_ID,
    decided_at=NOW,
    created_at=NOW,
    updated_at=NOW,
)
FILING = Filing(
    id=uuid.uuid4(),
    kind=FilingKind.NOT_SHARED_AGREEMENT,
    subject_id=REQUEST.id,
    department_id=PROVIDER,
    supervisor_department_id=SUPERVISOR,
    summary="经协商同意向市公安局提供企业注册资本信息，用于涉企案件侦办",
    filed_at=NOW,
    created_at=NOW,
    updated_at=NOW,
)

Check = Callable[[], list[FieldError]]


def request_check(resource: Resource = RESOURCE, **changes: Any) -> Check:
    return lambda: validate_request(changed(REQUEST, **changes), resource)


def resource_check(base: Resource = RESOURCE, **changes: Any) -> Check:
    return lambda: validate_resource(changed(base, **changes))


def reply_check(**changes: Any) -> Check:
    return lambda: validate_reply(changed(REPLY, **changes))


def feedback_check(**changes: Any) -> Check:
    return lambda: validate_feedback(changed(FEEDBACK, **changes), RESOURCE)


def extension_check(
    extension: Extension = EXTENSION, *, allowed: bool = True, in_force: bool = False
) -> Check:
    return lambda: validate_extension(
        extension, max_days=15, extension_allowed=allowed, in_force=in_force
    )


def case(rule: str, check: Check, code: str, field: str, note: str) -> Any:
    return pytest.param(rule, check, code, field, id=f"{rule}-{note}")


FAILING = [
    # --- share requests
    case(
        "R11",
        request_check(resource_id=uuid.uuid4()),
        "request.resource_mismatch",
        "resource_id",
        "other-resource",
    ),
    case(
        "R3",
        request_check(changed(RESOURCE, status=ResourceStatus.IN_REVIEW)),
        "request.resource_not_published",
        "resource_id",
        "in-review",
    ),
    case(
        "R3",
        request_check(changed(RESOURCE, status=ResourceStatus.RETIRED)),
        "request.resource_not_published",
        "resource_id",
        "retired",
    ),
    case(
        "R6",
        request_check(requester_department_id=PROVIDER),
        "request.own_resource",
        "resource_id",
        "own-resource",
    ),
    case(
        "R6",
        request_check(provider_department_id=uuid.uuid4()),
        "request.provider_mismatch",
        "provider_department_id",
        "wrong-provider",
    ),
    case(
        "R11", request_check(purpose=" \n "), "request.purpose_required", "purpose", "purpose-blank"
    ),
    case(
        "R11",
        request_check(purpose="查询使用"),
        "request.purpose_too_short",
        "purpose",
        "purpose-short",
    ),
    case(
        "R11",
        request_check(purpose="测试测试测试测试测试测试"),
        "request.purpose_too_short",
        "purpose",
        "purpose-repeated",
    ),
    case(
        "R11",
        request_check(purpose="。。。。。。。。。。。。"),
        "request.purpose_too_short",
        "purpose",
        "purpose-punctuation",
    ),
    case(
        "R11", request_check(data_items=()), "request.data_items_required", "data_items", "no-items"
    ),
    case(
        "R11",
        request_check(data_items=(USCC, "股东名册")),
        "request.data_item_unknown",
        "data_items",
        "unknown-item",
    ),
    case(
        "R10",
        request_check(data_items=(USCC, CAPITAL)),
        "request.data_item_not_shared",
        "data_items",
        "withheld-item",
    ),
    case(
        "R11",
        request_check(period_start=date(2026, 3, 10), period_end=date(2026, 3, 1)),
        "request.period_invalid",
        "period_end",
        "period-reversed",
    ),
    case(
        "R11",
        request_check(period_start=date(2026, 3, 10), period_end=date(2026, 3, 10)),
        "request.period_invalid",
        "period_end",
        "period-empty",
    ),
    case(
        "R13",
        request_check(contact_name=""),
        "request.contact_required",
        "contact_name",
        "conditional-no-contact",
    ),
    case(
        "R13",
        request_check(contact_phone=""),
        "request.contact_required",
        "contact_phone",
        "conditional-no-phone",
    ),
    case(
        "R13",
        request_check(contact_phone="12345"),
        "request.contact_phone_invalid",
        "contact_phone",
        "phone-implausible",
    ),
    case(
        "R13",
        request_check(UNCONDITIONAL, contact_phone="0731"),
        "request.contact_phone_invalid",
        "contact_phone",
        "phone-implausible-unconditional",
    ),
    case(
        "R13",
        request_check(legal_basis="", scenario=" "),
        "request.basis_required",
        "legal_basis",
        "conditional-no-basis",
    ),
    case(
        "R14",
        request_check(NOT_SHARED, legal_basis="", scenario=""),
        "request.negotiation_reason_required",
        "scenario",
        "not-shared-no-reason",
    ),
    case(
        "N3",
        lambda: validate_material_notice("请补充营业执照副本", allowed=False),
        "request.material_notice_not_allowed",
        "material_notice",
        "notice-not-in-profile",
    ),
    case(
        "N3",
        lambda: validate_material_notice("材料", allowed=True),
        "request.material_notice_required",
        "material_notice",
        "notice-empty",
    ),
    # --- written replies
    case(
        "R13",
        reply_check(decision=ReplyDecision.REFUSE, delivery_method=None),
        "reply.reasons_required",
        "reasons",
        "refusal-without-reasons",
    ),
    case(
        "R13",
        reply_check(decision=ReplyDecision.REFUSE, reasons="不同意。"),
        "reply.reasons_too_short",
        "reasons",
        "refusal-reasons-too-short",
    ),
    case(
        "R13",
        reply_check(decision=ReplyDecision.APPROVE_WITH_CONDITIONS),
        "reply.conditions_required",
        "conditions",
        "conditional-approval-without-conditions",
    ),
    case(
        "R13",
        reply_check(conditions="仅限内部使用"),
        "reply.conditions_unexpected",
        "conditions",
        "plain-approval-with-conditions",
    ),
    case(
        "R8",
        reply_check(delivery_method=None),
        "reply.delivery_method_required",
        "delivery_method",
        "approval-without-delivery",
    ),
    case(
        "R13",
        reply_check(reply_number="湘公数答[2026]12号"),
        "reply.number_invalid",
        "reply_number",
        "reply-number-brackets",
    ),
    # --- catalog entries
    case("R3", resource_check(name=" "), "resource.name_required", "name", "no-name"),
    case("R3", resource_check(summary=""), "resource.summary_required", "summary", "no-summary"),
    case("R3", resource_check(format=""), "resource.format_required", "format", "no-format"),
    case(
        "R6",
        resource_check(provider_code=""),
        "resource.provider_code_required",
        "provider_code",
        "no-provider-code",
    ),
    case(
        "R3",
        resource_check(item="1"),
        "resource.classification_invalid",
        "category",
        "item-one-digit",
    ),
    case(
        "R3",
        resource_check(catalog_type=CatalogType.BASIC),
        "resource.category_mismatch",
        "category",
        "departmental-code-in-basic-catalog",
    ),
    case("R3", resource_check(code=""), "resource.code_required", "code", "no-code"),
    case(
        "R3",
        resource_check(code="A01.0005/00012"),
        "resource.code_invalid",
        "code",
        "code-not-national-format",
    ),
    case(
        "R3",
        resource_check(code="301012002/000012"),
        "resource.code_classification_mismatch",
        "code",
        "code-other-classification",
    ),
    case(
        "R3",
        resource_check(data_items=()),
        "resource.data_items_required",
        "data_items",
        "no-data-items",
    ),
    case(
        "R3",
        resource_check(data_items=(*RESOURCE.data_items, DataItem(name=" "))),
        "resource.data_item_name_required",
        "data_items",
        "unnamed-item",
    ),
    case(
        "R3",
        resource_check(data_items=(*RESOURCE.data_items, DataItem(name=USCC))),
        "resource.data_item_duplicate",
        "data_items",
        "duplicate-item",
    ),
    case(
        "R3",
        resource_check(data_items=(DataItem(name=USCC, length=0),)),
        "resource.data_item_length_invalid",
        "data_items",
        "zero-length",
    ),
    case(
        "R4",
        resource_check(usage_scope=""),
        "resource.usage_scope_required",
        "usage_scope",
        "no-usage-scope",
    ),
    case(
        "R4",
        resource_check(share_method=None),
        "resource.share_method_required",
        "share_method",
        "no-share-method",
    ),
    case(
        "R10",
        resource_check(
            share=ShareSpec(attribute=ShareAttribute.CONDITIONAL, conditions="仅限市场监管")
        ),
        "resource.legal_basis_required",
        "share.legal_basis",
        "conditional-without-basis",
    ),
    case(
        "R10",
        resource_check(NOT_SHARED, share=ShareSpec(attribute=ShareAttribute.NOT_SHARED)),
        "resource.legal_basis_required",
        "share.legal_basis",
        "not-shared-without-basis",
    ),
    case(
        "R10",
        resource_check(
            share=ShareSpec(attribute=ShareAttribute.CONDITIONAL, legal_basis="《条例》")
        ),
        "resource.conditions_required",
        "share.conditions",
        "conditional-without-conditions",
    ),
    case(
        "R10",
        resource_check(
            UNCONDITIONAL,
            share=ShareSpec(attribute=ShareAttribute.UNCONDITIONAL, conditions="仅限公安"),
        ),
        "resource.conditions_unexpected",
        "share.conditions",
        "unconditional-with-conditions",
    ),
    case(
        "R10",
        resource_check(UNCONDITIONAL, data_items=RESOURCE.data_items),
        "resource.unconditional_item_withheld",
        "data_items",
        "unconditional-holds-items-back",
    ),
    case(
        "R10",
        resource_check(NOT_SHARED, data_items=RESOURCE.data_items),
        "resource.not_shared_item_shared",
        "data_items",
        "not-shared-marks-items-shared",
    ),
    # --- feedback and verification
    case(
        "R20",
        feedback_check(resource_id=uuid.uuid4()),
        "feedback.resource_mismatch",
        "resource_id",
        "other-resource",
    ),
    case(
        "R20",
        feedback_check(provider_department_id=uuid.uuid4()),
        "feedback.provider_mismatch",
        "provider_department_id",
        "wrong-provider",
    ),
    case(
        "R20",
        feedback_check(requester_department_id=PROVIDER),
        "feedback.own_resource",
        "resource_id",
        "own-resource",
    ),
    case(
        "R20",
        feedback_check(data_item=""),
        "feedback.data_item_required",
        "data_item",
        "no-data-item",
    ),
    case(
        "R20",
        feedback_check(data_item="股东名册"),
        "feedback.data_item_unknown",
        "data_item",
        "unknown-data-item",
    ),
    case(
        "R20",
        feedback_check(description="有误"),
        "feedback.description_required",
        "description",
        "description-too-short",
    ),
    case(
        "R20",
        feedback_check(kind=FeedbackKind.ERROR),
        "feedback.proposed_value_required",
        "proposed_value",
        "error-without-right-value",
    ),
    case(
        "N6",
        extension_check(allowed=False),
        "extension.not_allowed",
        "days",
        "no-extension-in-profile",
    ),
    case(
        "R20",
        extension_check(changed(EXTENSION, days=0)),
        "extension.days_out_of_range",
        "days",
        "zero-days",
    ),
    case(
        "R20",
        extension_check(changed(EXTENSION, days=16)),
        "extension.days_out_of_range",
        "days",
        "over-15-days",
    ),
    case(
        "R20",
        extension_check(changed(EXTENSION, reason="来不及")),
        "extension.reason_required",
        "reason",
        "no-real-reason",
    ),
    case(
        "R20",
        extension_check(changed(EXTENSION, approved_by_user_id=HEAD_ID)),
        "extension.approval_incomplete",
        "approved_at",
        "approver-without-time",
    ),
    case(
        "R20",
        extension_check(changed(EXTENSION, notice_sent_at=NOW)),
        "extension.notice_before_approval",
        "notice_sent_at",
        "notice-before-approval",
    ),
    case(
        "R20",
        extension_check(in_force=True),
        "extension.approval_required",
        "approved_by_user_id",
        "in-force-without-head",
    ),
    case(
        "R20",
        extension_check(APPROVED, in_force=True),
        "extension.notice_required",
        "notice_sent_at",
        "in-force-without-notice",
    ),
    case(
        "R20",
        lambda: validate_extension_approval(APPROVED, user(Role.OFFICER), PROVIDER),
        "extension.approver_not_head",
        "approved_by_user_id",
        "officer-approves",
    ),
    case(
        "R20",
        lambda: validate_extension_approval(
            APPROVED, user(Role.HEAD, department=REQUESTER), PROVIDER
        ),
        "extension.approver_other_department",
        "approved_by_user_id",
        "other-department-head",
    ),
    case(
        "R20",
        lambda: validate_extension_approval(
            APPROVED, user(Role.HEAD, user_id=uuid.uuid4()), PROVIDER
        ),
        "extension.approver_mismatch",
        "approved_by_user_id",
        "other-head-than-recorded",
    ),
    case(
        "R22",
        lambda: validate_resolution(FeedbackOutcome.CORRECTED, " ", ""),
        "resolution.corrected_value_required",
        "corrected_value",
        "corrected-without-value",
    ),
    case(
        "R22",
        lambda: validate_resolution(FeedbackOutcome.NO_ERROR, "", "无误"),
        "resolution.explanation_required",
        "explanation",
        "no-error-unexplained",
    ),
    # --- disputes, suspensions, filings
    case(
        "R15",
        lambda: validate_dispute(changed(DISPUTE, reason="有异议")),
        "dispute.reason_required",
        "reason",
        "no-real-reason",
    ),
    case(
        "R15",
        lambda: validate_dispute(changed(DISPUTE, against_department_id=REQUESTER)),
        "dispute.same_department",
        "against_department_id",
        "against-itself",
    ),
    case(
        "R15",
        lambda: validate_dispute(changed(DISPUTE, supervisor_department_id=PROVIDER)),
        "dispute.supervisor_is_party",
        "supervisor_department_id",
        "supervisor-is-party",
    ),
    case(
        "R15",
        lambda: validate_dispute(changed(DISPUTE, status=DisputeStatus.DECIDED)),
        "dispute.decision_required",
        "decision",
        "decided-without-decision",
    ),
    case(
        "N9",
        lambda: validate_dispute(changed(DISPUTE, status=DisputeStatus.ESCALATED)),
        "dispute.escalation_target_required",
        "escalated_to_department_id",
        "escalated-nowhere",
    ),
    case(
        "R17",
        lambda: validate_suspension(changed(SUSPENSION, reasons="违规")),
        "suspension.reasons_required",
        "reasons",
        "no-real-reasons",
    ),
    case(
        "R14",
        lambda: validate_filing(changed(FILING, summary="")),
        "filing.summary_required",
        "summary",
        "no-summary",
    ),
    case(
        "R14",
        lambda: validate_filing(changed(FILING, supervisor_department_id=PROVIDER)),
        "filing.supervisor_is_filer",
        "supervisor_department_id",
        "filed-with-itself",
    ),
]

PASSING = [
    pytest.param(request_check(), id="R11-complete-request"),
    pytest.param(request_check(purpose="用于办理企业开办登记"), id="R11-purpose-of-ten-characters"),
    pytest.param(
        request_check(legal_basis="", scenario="企业开办一件事联办"),
        id="R13-scenario-instead-of-basis",
    ),
    pytest.param(
        request_check(UNCONDITIONAL, legal_basis="", data_items=(CAPITAL,), **NO_CONTACT),
        id="R12-unconditional-needs-no-basis-nor-contact",
    ),
    pytest.param(
        request_check(
            NOT_SHARED, legal_basis="", scenario="涉企案件侦办需核对注册资本", data_items=(CAPITAL,)
        ),
        id="R14-not-shared-negotiated-with-reason",
    ),
    pytest.param(
        request_check(changed(RESOURCE, status=ResourceStatus.UPDATE_PENDING)),
        id="R5-entry-due-for-update-stays-available",
    ),
    pytest.param(
        request_check(period_start=date(2026, 3, 1), period_end=date(2026, 12, 31)),
        id="R11-period-in-order",
    ),
    pytest.param(
        request_check(contact_phone="+86 138 0731 1234"), id="R13-mobile-with-country-code"
    ),
    pytest.param(
        request_check(contact_phone="0731-88880000转123"), id="R13-landline-with-extension"
    ),
    pytest.param(
        lambda: validate_material_notice("请补充营业执照副本和授权委托书", allowed=True),
        id="N3-notice-lists-material",
    ),
    pytest.param(reply_check(), id="R13-approval"),
    pytest.param(reply_check(reply_number=""), id="R13-reply-number-assigned-later"),
    pytest.param(
        reply_check(decision=ReplyDecision.REFUSE, reasons=REFUSAL_REASONS, delivery_method=None),
        id="R13-refusal-with-reasons",
    ),
    pytest.param(
        reply_check(
            decision=ReplyDecision.APPROVE_WITH_CONDITIONS,
            conditions="仅限市场监管业务使用，不得转让",
        ),
        id="R13-approval-with-conditions",
    ),
    pytest.param(resource_check(), id="R10-conditional-entry"),
    pytest.param(resource_check(UNCONDITIONAL), id="R10-unconditional-entry"),
    pytest.param(resource_check(NOT_SHARED), id="R10-not-shared-entry"),
    pytest.param(
        resource_check(catalog_type=CatalogType.BASIC, category="1", code="101012001/000012"),
        id="R3-basic-catalog",
    ),
    pytest.param(
        resource_check(catalog_type=CatalogType.THEMATIC, category="2", code="201012001/000012"),
        id="R3-thematic-catalog",
    ),
    pytest.param(resource_check(subsection="", code="301012/7"), id="R3-no-subsection"),
    pytest.param(feedback_check(), id="R20-doubt"),
    pytest.param(
        feedback_check(kind=FeedbackKind.ERROR, proposed_value="张三"),
        id="R20-error-with-right-value",
    ),
    pytest.param(extension_check(), id="R20-extension-asked"),
    pytest.param(extension_check(changed(EXTENSION, days=15)), id="R20-extension-of-15-days"),
    pytest.param(extension_check(changed(EXTENSION, days=1)), id="R20-extension-of-1-day"),
    pytest.param(
        extension_check(changed(APPROVED, notice_sent_at=NOW), in_force=True),
        id="R20-extension-approved-and-notified",
    ),
    pytest.param(
        lambda: validate_extension_approval(APPROVED, user(Role.OFFICER, Role.HEAD), PROVIDER),
        id="R20-provider-head-approves",
    ),
    pytest.param(
        lambda: validate_resolution(FeedbackOutcome.CORRECTED, "张三", ""), id="R22-corrected-value"
    ),
    pytest.param(
        lambda: validate_resolution(
            FeedbackOutcome.NO_ERROR, "", "经核对工商档案原件，登记信息无误"
        ),
        id="R22-no-error-explained",
    ),
    pytest.param(lambda: validate_dispute(DISPUTE), id="R15-dispute"),
    pytest.param(
        lambda: validate_dispute(
            changed(DISPUTE, status=DisputeStatus.DECIDED, decision="提供部门5个工作日内书面答复")
        ),
        id="R15-decided",
    ),
    pytest.param(
        lambda: validate_dispute(
            changed(
                DISPUTE, status=DisputeStatus.ESCALATED, escalated_to_department_id=uuid.uuid4()
            )
        ),
        id="N9-escalated",
    ),
    pytest.param(lambda: validate_suspension(SUSPENSION), id="R17-suspension-with-reasons"),
    pytest.param(lambda: validate_filing(FILING), id="R14-filing"),
]

_CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(("rule", "check", "code", "field"), FAILING)
def test_rule_refuses(rule: str, check: Check, code: str, field: str) -> None:
    errors = check()
    found = [error for error in errors if error.code == code]
    assert found, f"expected {code}, got {[e.code for e in errors]}"
    assert found[0].field == field
    assert rule in RULE_BY_CODE[code].split("/")
    for error in errors:
        assert _CJK.search(error.message_zh), error.message_zh
        assert re.search(r"[A-Za-z]{3}", error.message_en), error.message_en
        assert "{" not in error.message_zh + error.message_en  # every placeholder filled


@pytest.mark.parametrize("check", PASSING)
def test_rule_accepts(check: Check) -> None:
    assert check() == []


def test_every_check_has_a_failing_case() -> None:
    tested = {param.values[2] for param in FAILING}
    assert tested == set(MESSAGES)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_and_cites_a_rule(code: str) -> None:
    rule, zh, en = MESSAGES[code]
    assert re.fullmatch(r"[RN]\d+(/[RN]\d+)*", rule)
    assert _CJK.search(zh)
    assert re.search(r"[A-Za-z]{3}", en)
    assert zh != en


def test_raise_if_invalid_passes_quietly_when_all_is_well() -> None:
    raise_if_invalid(validate_request(REQUEST, RESOURCE))


def test_raise_if_invalid_carries_one_error_as_itself() -> None:
    with pytest.raises(DomainError) as caught:
        raise_if_invalid(validate_reply(changed(REPLY, delivery_method=None)))
    assert caught.value.code == "reply.delivery_method_required"
    assert caught.value.rule == "R8"


def test_raise_if_invalid_carries_every_error_and_their_rules() -> None:
    bad = changed(REQUEST, purpose="", legal_basis="", data_items=(CAPITAL,))
    with pytest.raises(DomainError) as caught:
        raise_if_invalid(validate_request(bad, RESOURCE))
    error = caught.value
    assert error.code == "validation.failed"
    assert {e.code for e in error.field_errors} == {
        "request.purpose_required",
        "request.basis_required",
        "request.data_item_not_shared",
    }
    assert error.rule == "R10, R11, R13"


@pytest.mark.parametrize(
    ("phone", "plausible"),
    [
        ("13807311234", True),
        ("138-0731-1234", True),
        ("+8613807311234", True),
        ("0731-88880000", True),
        ("010 12345678", True),
        ("(0731)8888000", True),
        ("88880000", True),
        ("0731-88880000分机8001", True),
        ("12807311234", False),  # no mobile prefix 12
        ("1380731123", False),  # ten digits
        ("0731", False),
        ("电话号码", False),
        ("", False),
    ],
)
def test_phone_plausibility(phone: str, plausible: bool) -> None:
    assert is_plausible_phone(phone) is plausible


def test_not_published_message_names_the_status_in_each_language_r3() -> None:
    errors = validate_request(REQUEST, changed(RESOURCE, status=ResourceStatus.IN_REVIEW))
    (error,) = [e for e in errors if e.code == "request.resource_not_published"]
    assert "待审核" in error.message_zh
    assert "In review" in error.message_en
    assert "待审核" not in error.message_en

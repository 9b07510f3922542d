"""Validation of what officers write: requests, replies, catalog entries, feedback and the rest.

Each ``validate_*`` function is pure: it returns every problem it finds as a list of
:class:`FieldError` (empty when all is well), so a form can mark all fields at once.
:func:`raise_if_invalid` turns a non-empty list into one ``DomainError`` (``validation_failed``).
Client and server call the same functions, so an offline officer hears what the server would say.

Every check has a stable code, the rule it rests on and a message in Chinese and English; the
catalogue of them is :mod:`app.models.validation_messages`. Field names are the entity's
attribute names; a nested one is dotted (``share.legal_basis``). Deadlines and who may act when
are not checked here: clocks live in the rule profiles, transitions in the workflow tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from uuid import UUID

from app.models.entities import (
    Dispute,
    Extension,
    Feedback,
    Filing,
    Reply,
    Resource,
    ShareRequest,
    Suspension,
    User,
)
from app.models.enums import (
    CatalogType,
    DisputeStatus,
    FeedbackKind,
    FeedbackOutcome,
    ReplyDecision,
    Role,
    ShareAttribute,
)
from app.models.errors import FieldError, validation_failed
from app.models.validation_messages import RULE_BY_CODE, field_error

# R11: a purpose must say which duty the data serves; ten characters is about the shortest
# sentence that can ("用于办理企业开办登记"). Reasons that bind a department are held to the same.
PURPOSE_MIN_LENGTH = 10
REASON_MIN_LENGTH = 10
# A doubt can be short ("身份证号位数不对"), but not empty of content.
DESCRIPTION_MIN_LENGTH = 5


_MOBILE_OR_LANDLINE = re.compile(
    r"(?:\+?86)?(?:1[3-9]\d{9}|0\d{9,11}|[2-9]\d{6,7})(?:(?:转|分机|ext\.?|x|#)\d{1,6})?",
    re.IGNORECASE,
)
# GB/T 9704 document numbers: issuer abbreviation, year in 〔〕, sequence, 号.
_DOCUMENT_NUMBER = re.compile(r"\S+〔\d{4}〕\d+号")
# National catalog guide: 类 (1 digit) 项 (2) 目 (3) 细目 (digits) / 顺序码 (digits).
_RESOURCE_CODE = re.compile(r"(\d+)/(\d+)")
_CATEGORY_OF_CATALOG_TYPE = {
    CatalogType.BASIC: "1",
    CatalogType.THEMATIC: "2",
    CatalogType.DEPARTMENTAL: "3",
}


def raise_if_invalid(errors: Iterable[FieldError]) -> None:
    """Raise one ``DomainError`` carrying every error, citing the rules they rest on."""
    collected = list(errors)
    if collected:
        rules = sorted(
            {RULE_BY_CODE[error.code] for error in collected if error.code in RULE_BY_CODE}
        )
        raise validation_failed(collected, rule=", ".join(rules) or None)


def meaningful_length(text: str) -> int:
    """How much a text says: letters and digits (Chinese included), spaces and punctuation
    ignored; a text that only repeats one or two characters counts those characters once."""
    characters = [character for character in text if character.isalnum()]
    distinct = len(set(characters))
    return distinct if distinct < 3 else len(characters)


def is_plausible_phone(phone: str) -> bool:
    """A mainland mobile number, or a landline with or without area code and extension."""
    compact = re.sub(r"[\s\-()（）]", "", phone)
    return _MOBILE_OR_LANDLINE.fullmatch(compact) is not None


def _names(names: Iterable[str]) -> str:
    return "、".join(names)


def validate_request(request: ShareRequest, resource: Resource) -> list[FieldError]:
    """R11–R14: what a user department must state when it asks for ``resource``."""
    errors: list[FieldError] = []
    attribute = resource.share.attribute
    if request.resource_id != resource.id:
        errors.append(field_error("resource_id", "request.resource_mismatch"))
    if not resource.is_available:  # R3: only reviewed, published entries are in the catalog
        status = resource.status
        errors.append(
            field_error(
                "resource_id",
                "request.resource_not_published",
                status_zh=status.zh,
                status_en=status.en,
            )
        )
    if request.requester_department_id == resource.provider_department_id:
        errors.append(field_error("resource_id", "request.own_resource"))
    if request.provider_department_id != resource.provider_department_id:  # R6: one provider
        errors.append(field_error("provider_department_id", "request.provider_mismatch"))
    # R11: the purpose of use, stated so an officer of another department can judge it.
    if not request.purpose.strip():
        errors.append(field_error("purpose", "request.purpose_required"))
    elif meaningful_length(request.purpose) < PURPOSE_MIN_LENGTH:
        errors.append(field_error("purpose", "request.purpose_too_short", min=PURPOSE_MIN_LENGTH))
    errors.extend(_requested_item_errors(request, resource))
    if (
        request.period_start is not None
        and request.period_end is not None
        and request.period_end <= request.period_start
    ):
        errors.append(field_error("period_end", "request.period_invalid"))
    needs_contact = attribute is not ShareAttribute.UNCONDITIONAL  # R13/R14: a reply or talks
    if needs_contact and not (request.contact_name.strip() and request.contact_phone.strip()):
        field = "contact_name" if not request.contact_name.strip() else "contact_phone"
        errors.append(field_error(field, "request.contact_required"))
    if request.contact_phone.strip() and not is_plausible_phone(request.contact_phone):
        errors.append(field_error("contact_phone", "request.contact_phone_invalid"))
    stated_why = bool(request.legal_basis.strip() or request.scenario.strip())
    if attribute is ShareAttribute.CONDITIONAL and not stated_why:
        errors.append(field_error("legal_basis", "request.basis_required"))  # R13
    if attribute is ShareAttribute.NOT_SHARED and not stated_why:
        errors.append(field_error("scenario", "request.negotiation_reason_required"))  # R14
    return errors


def _requested_item_errors(request: ShareRequest, resource: Resource) -> list[FieldError]:
    if not request.data_items:
        return [field_error("data_items", "request.data_items_required")]  # R11
    errors: list[FieldError] = []
    known = set(resource.data_item_names)
    unknown = [name for name in request.data_items if name not in known]
    if unknown:
        errors.append(field_error("data_items", "request.data_item_unknown", names=_names(unknown)))
    # R10: a conditional entry may hold items back; a not-shared one is negotiated whole (R14).
    if resource.share.attribute is not ShareAttribute.NOT_SHARED:
        shared = resource.shared_data_item_names
        withheld = [name for name in request.data_items if name in known and name not in shared]
        if withheld:
            errors.append(
                field_error("data_items", "request.data_item_not_shared", names=_names(withheld))
            )
    return errors


def validate_material_notice(notice: str, *, allowed: bool) -> list[FieldError]:
    """N3 (national profile): one notice listing every missing item, where the profile has it."""
    if not allowed:
        return [field_error("material_notice", "request.material_notice_not_allowed")]
    if meaningful_length(notice) < DESCRIPTION_MIN_LENGTH:
        return [field_error("material_notice", "request.material_notice_required")]
    return []


def validate_reply(reply: Reply) -> list[FieldError]:
    """R13: a written reply; a refusal states its reasons, an approval how the data is delivered."""
    errors: list[FieldError] = []
    if reply.decision is ReplyDecision.REFUSE:
        if not reply.reasons.strip():
            errors.append(field_error("reasons", "reply.reasons_required"))
        elif meaningful_length(reply.reasons) < REASON_MIN_LENGTH:
            errors.append(field_error("reasons", "reply.reasons_too_short", min=REASON_MIN_LENGTH))
    if reply.decision is ReplyDecision.APPROVE_WITH_CONDITIONS and not reply.conditions.strip():
        errors.append(field_error("conditions", "reply.conditions_required"))
    if reply.decision is ReplyDecision.APPROVE and reply.conditions.strip():
        errors.append(field_error("conditions", "reply.conditions_unexpected"))
    if reply.is_approval and reply.delivery_method is None:  # R8: through the platform
        errors.append(field_error("delivery_method", "reply.delivery_method_required"))
    if reply.reply_number.strip() and not _DOCUMENT_NUMBER.fullmatch(reply.reply_number.strip()):
        errors.append(field_error("reply_number", "reply.number_invalid"))
    return errors


def validate_resource(resource: Resource) -> list[FieldError]:
    """R3, R4, R10: a catalog entry complete enough for the supervisor's review."""
    errors: list[FieldError] = []
    for field, value in (
        ("name", resource.name),
        ("summary", resource.summary),
        ("format", resource.format),
        ("provider_code", resource.provider_code),
    ):
        if not value.strip():
            errors.append(field_error(field, f"resource.{field}_required"))
    errors.extend(_code_errors(resource))
    errors.extend(_catalog_item_errors(resource))
    if not resource.usage_scope.strip():  # R4
        errors.append(field_error("usage_scope", "resource.usage_scope_required"))
    if resource.share_method is None:  # R4
        errors.append(field_error("share_method", "resource.share_method_required"))
    errors.extend(_share_spec_errors(resource))
    return errors


def _code_errors(resource: Resource) -> list[FieldError]:
    """National catalog guide: 类 1 digit, 项 2, 目 3, 细目 digits; code = 分类码/顺序码."""
    errors: list[FieldError] = []
    classification_ok = (
        re.fullmatch(r"\d", resource.category) is not None
        and re.fullmatch(r"\d{2}", resource.item) is not None
        and re.fullmatch(r"\d{3}", resource.section) is not None
        and re.fullmatch(r"\d*", resource.subsection) is not None
    )
    if not classification_ok:
        errors.append(field_error("category", "resource.classification_invalid"))
    elif resource.category != _CATEGORY_OF_CATALOG_TYPE[resource.catalog_type]:
        errors.append(field_error("category", "resource.category_mismatch"))
    code = resource.code.strip()
    match = _RESOURCE_CODE.fullmatch(code)
    if not code:
        errors.append(field_error("code", "resource.code_required"))
    elif match is None:
        errors.append(field_error("code", "resource.code_invalid"))
    elif classification_ok and match.group(1) != resource.classification_code:
        errors.append(
            field_error(
                "code",
                "resource.code_classification_mismatch",
                expected=resource.classification_code,
            )
        )
    return errors


def _catalog_item_errors(resource: Resource) -> list[FieldError]:
    if not resource.data_items:
        return [field_error("data_items", "resource.data_items_required")]
    errors: list[FieldError] = []
    names = [item.name.strip() for item in resource.data_items]
    if not all(names):
        errors.append(field_error("data_items", "resource.data_item_name_required"))
    duplicates = sorted({name for name in names if name and names.count(name) > 1})
    if duplicates:
        errors.append(
            field_error("data_items", "resource.data_item_duplicate", names=_names(duplicates))
        )
    bad_length = [
        item.name for item in resource.data_items if item.length is not None and item.length <= 0
    ]
    if bad_length:
        errors.append(
            field_error("data_items", "resource.data_item_length_invalid", names=_names(bad_length))
        )
    return errors


def _share_spec_errors(resource: Resource) -> list[FieldError]:
    """R10: conditional entries cite a legal basis and state conditions; not-shared ones cite a
    basis; unconditional ones are open to every department, whole and without conditions."""
    errors: list[FieldError] = []
    share = resource.share
    if share.attribute is not ShareAttribute.UNCONDITIONAL and not share.legal_basis.strip():
        errors.append(field_error("share.legal_basis", "resource.legal_basis_required"))
    if share.attribute is ShareAttribute.CONDITIONAL and not share.conditions.strip():
        errors.append(field_error("share.conditions", "resource.conditions_required"))
    if share.attribute is ShareAttribute.UNCONDITIONAL:
        if share.conditions.strip():
            errors.append(field_error("share.conditions", "resource.conditions_unexpected"))
        withheld = [item.name for item in resource.data_items if not item.shared]
        if withheld:  # R25 names narrowing the unconditional scope as a violation
            errors.append(
                field_error(
                    "data_items", "resource.unconditional_item_withheld", names=_names(withheld)
                )
            )
    if share.attribute is ShareAttribute.NOT_SHARED:
        shared = [item.name for item in resource.data_items if item.shared]
        if shared:
            errors.append(
                field_error("data_items", "resource.not_shared_item_shared", names=_names(shared))
            )
    return errors


def validate_feedback(feedback: Feedback, resource: Resource) -> list[FieldError]:
    """R20: a doubt or error report the provider can verify."""
    errors: list[FieldError] = []
    if feedback.resource_id != resource.id:
        errors.append(field_error("resource_id", "feedback.resource_mismatch"))
    if feedback.provider_department_id != resource.provider_department_id:
        errors.append(field_error("provider_department_id", "feedback.provider_mismatch"))
    if feedback.requester_department_id == resource.provider_department_id:
        errors.append(field_error("resource_id", "feedback.own_resource"))
    if not feedback.data_item.strip():
        errors.append(field_error("data_item", "feedback.data_item_required"))
    elif resource.data_item(feedback.data_item) is None:
        errors.append(
            field_error("data_item", "feedback.data_item_unknown", name=feedback.data_item)
        )
    if meaningful_length(feedback.description) < DESCRIPTION_MIN_LENGTH:
        errors.append(
            field_error("description", "feedback.description_required", min=DESCRIPTION_MIN_LENGTH)
        )
    if feedback.kind is FeedbackKind.ERROR and not feedback.proposed_value.strip():
        errors.append(field_error("proposed_value", "feedback.proposed_value_required"))
    return errors


def validate_extension(
    extension: Extension, *, max_days: int, extension_allowed: bool, in_force: bool = False
) -> list[FieldError]:
    """R20: an extension of at most ``max_days`` working days, with a reason.

    With ``in_force`` it is checked as it takes effect: approved by the provider's head and
    notified to the user department. ``extension_allowed`` is the profile's answer (N6: the
    national profile has no extension).
    """
    if not extension_allowed:
        return [field_error("days", "extension.not_allowed")]
    errors: list[FieldError] = []
    if not 1 <= extension.days <= max_days:
        errors.append(field_error("days", "extension.days_out_of_range", max=max_days))
    if meaningful_length(extension.reason) < REASON_MIN_LENGTH:
        errors.append(field_error("reason", "extension.reason_required", min=REASON_MIN_LENGTH))
    if (extension.approved_by_user_id is None) != (extension.approved_at is None):
        errors.append(field_error("approved_at", "extension.approval_incomplete"))
    if extension.notice_sent_at is not None and not extension.is_approved:
        errors.append(field_error("notice_sent_at", "extension.notice_before_approval"))
    if in_force and not extension.is_approved:
        errors.append(field_error("approved_by_user_id", "extension.approval_required"))
    if in_force and extension.notice_sent_at is None:
        errors.append(field_error("notice_sent_at", "extension.notice_required"))
    return errors


def validate_extension_approval(
    extension: Extension, approver: User, provider_department_id: UUID
) -> list[FieldError]:
    """R20: the approver is a head (负责人) of the providing department."""
    errors: list[FieldError] = []
    if extension.approved_by_user_id is not None and extension.approved_by_user_id != approver.id:
        errors.append(field_error("approved_by_user_id", "extension.approver_mismatch"))
    if not approver.has_role(Role.HEAD):
        errors.append(field_error("approved_by_user_id", "extension.approver_not_head"))
    if approver.department_id != provider_department_id:
        errors.append(field_error("approved_by_user_id", "extension.approver_other_department"))
    return errors


def validate_resolution(
    outcome: FeedbackOutcome, corrected_value: str, explanation: str
) -> list[FieldError]:
    """R22: a correction gives the corrected value; "no error" explains the verification."""
    if outcome is FeedbackOutcome.CORRECTED and not corrected_value.strip():
        return [field_error("corrected_value", "resolution.corrected_value_required")]
    if outcome is FeedbackOutcome.NO_ERROR and meaningful_length(explanation) < REASON_MIN_LENGTH:
        return [
            field_error("explanation", "resolution.explanation_required", min=REASON_MIN_LENGTH)
        ]
    return []


def validate_dispute(dispute: Dispute) -> list[FieldError]:
    """R15 (and R7 for inconsistent data): a dispute the supervisor can coordinate."""
    errors: list[FieldError] = []
    if meaningful_length(dispute.reason) < REASON_MIN_LENGTH:
        errors.append(field_error("reason", "dispute.reason_required", min=REASON_MIN_LENGTH))
    if dispute.raised_by_department_id == dispute.against_department_id:
        errors.append(field_error("against_department_id", "dispute.same_department"))
    parties = {dispute.raised_by_department_id, dispute.against_department_id}
    if dispute.supervisor_department_id in parties:
        errors.append(field_error("supervisor_department_id", "dispute.supervisor_is_party"))
    if dispute.status is DisputeStatus.DECIDED and not dispute.decision.strip():
        errors.append(field_error("decision", "dispute.decision_required"))
    if dispute.status is DisputeStatus.ESCALATED and dispute.escalated_to_department_id is None:
        errors.append(
            field_error("escalated_to_department_id", "dispute.escalation_target_required")
        )
    return errors


def validate_suspension(suspension: Suspension) -> list[FieldError]:
    """R17: suspending or terminating provision states the misuse found."""
    if meaningful_length(suspension.reasons) < REASON_MIN_LENGTH:
        return [field_error("reasons", "suspension.reasons_required", min=REASON_MIN_LENGTH)]
    return []


def validate_filing(filing: Filing) -> list[FieldError]:
    """R5, R14, R17: a filing says what it records and goes to the supervisor."""
    errors: list[FieldError] = []
    if not filing.summary.strip():
        errors.append(field_error("summary", "filing.summary_required"))
    if filing.supervisor_department_id == filing.department_id:
        errors.append(field_error("supervisor_department_id", "filing.supervisor_is_filer"))
    return errors

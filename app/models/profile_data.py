"""The two shipped rule profiles, ``hunan-2021`` and ``national-2025``, as data.

Kept apart from :mod:`app.models.profiles` (the types and their JSON form) so each file reads on
its own; import them from there (``from app.models.profiles import HUNAN_2021``).
"""

from __future__ import annotations

from datetime import date

from app.models.enums import Role
from app.models.profiles import (
    Citation,
    Clock,
    ClockName,
    DisputeEscalation,
    LegalSource,
    RuleProfile,
)

_HUNAN = LegalSource(
    "《湖南省政务信息资源共享管理办法》",
    "Hunan Provincial Measures for the Sharing of Government Information Resources",
    "湖南省人民政府令第301号",
)
_NATIONAL = LegalSource(
    "《政务数据共享条例》",
    "Regulations on the Sharing of Government Data (State Council)",
    "国务院令第809号",
)


def _hunan(chapter: str, rule_id: str) -> Citation:
    # The measures' text carries no article numbers (rules.md): cite the chapter and the R-id.
    return Citation(_HUNAN.title_zh, _HUNAN.title_en, chapter, rule_id)


def _national(article: str, rule_id: str) -> Citation:
    # Article numbers not yet checked against the official text (see the module docstring).
    return Citation(
        _NATIONAL.title_zh, _NATIONAL.title_en, article, rule_id, article_verified=False
    )


_CATALOG_CHAPTER = "第二章 政务信息资源管理"
_SHARING_CHAPTER = "第三章 政务信息资源利用"
_ON_APPLICATION = ("提供部门收到申请之日", "the day the provider receives the application")
_ON_REQUEST = ("使用部门提出申请之日", "the day the user department asks")
_ON_CONSENT = ("提供部门同意共享之日", "the day the provider consents")
_ON_FEEDBACK = ("提供部门收到疑义、纠错反馈之日", "the day the provider receives the feedback")
_ON_DEADLINE = ("原期限届满之日", "the day the original deadline ends")
_ON_LAW_CHANGE = (
    "法律、法规修订或者行政管理职能发生变化之日",
    "the day the law is revised or the functions change",
)
_ON_REVIEW_REQUEST = ("主管部门收到待审核事项之日", "the day the supervisor receives the item")

HUNAN_2021: RuleProfile = RuleProfile(
    id="hunan-2021",
    name_zh="湖南省政务信息资源共享管理办法（2021）",
    name_en="Hunan measures on information-resource sharing (2021)",
    effective_from=date(2021, 3, 1),
    source=_HUNAN,
    # R12: unconditional resources are obtained directly — no request, no clock.
    unconditional_reply=Clock(
        ClockName.UNCONDITIONAL_REPLY, None, _hunan(_SHARING_CHAPTER, "R12"), *_ON_REQUEST
    ),
    conditional_reply=Clock(
        ClockName.CONDITIONAL_REPLY, 10, _hunan(_SHARING_CHAPTER, "R13"), *_ON_APPLICATION
    ),
    # R13 sets a flat 10 working days: no extension exists.
    conditional_reply_extension_max=Clock(
        ClockName.CONDITIONAL_REPLY_EXTENSION_MAX, 0, _hunan(_SHARING_CHAPTER, "R13"), *_ON_DEADLINE
    ),
    conditional_reply_extension_approver=None,
    delivery_after_consent=None,
    material_notice_once=False,
    material_notice_citation=None,
    verification=Clock(ClockName.VERIFICATION, 5, _hunan(_SHARING_CHAPTER, "R20"), *_ON_FEEDBACK),
    # R20: longer verification needs the provider head's approval and notice to the user.
    verification_extension_max=Clock(
        ClockName.VERIFICATION_EXTENSION_MAX, 15, _hunan(_SHARING_CHAPTER, "R20"), *_ON_DEADLINE
    ),
    verification_extension_approver=Role.HEAD,
    # R5: update within 15 working days, then file the update with the supervisor.
    catalog_update=Clock(
        ClockName.CATALOG_UPDATE, 15, _hunan(_CATALOG_CHAPTER, "R5"), *_ON_LAW_CHANGE
    ),
    catalog_update_extension_max=Clock(
        ClockName.CATALOG_UPDATE_EXTENSION_MAX, 0, _hunan(_CATALOG_CHAPTER, "R5"), *_ON_DEADLINE
    ),
    catalog_update_extension_approver=None,
    # R3 requires the supervisor's review but states no deadline for it.
    supervisor_review=None,
    usage_records_years=None,
    usage_records_citation=None,
    dispute_escalation=DisputeEscalation.SAME_LEVEL,
    dispute_citation=_hunan(_SHARING_CHAPTER, "R15"),
)

# Articles (all to be checked): 第十七条 catalog updates; 第二十一条 the application and the
# supervisor's review; 第二十二条 reply, extension, one-time notice and delivery; 第二十四条 usage
# records; 第二十六条 verification (a secondary source confirms the number); 第二十七条 disputes.
NATIONAL_2025: RuleProfile = RuleProfile(
    id="national-2025",
    name_zh="政务数据共享条例（2025）",
    name_en="State Council regulations on government data sharing (2025)",
    effective_from=date(2025, 8, 1),
    source=_NATIONAL,
    unconditional_reply=Clock(
        ClockName.UNCONDITIONAL_REPLY, 1, _national("第二十二条", "N1"), *_ON_APPLICATION
    ),
    conditional_reply=Clock(
        ClockName.CONDITIONAL_REPLY, 10, _national("第二十二条", "R13"), *_ON_APPLICATION
    ),
    conditional_reply_extension_max=Clock(
        ClockName.CONDITIONAL_REPLY_EXTENSION_MAX, 10, _national("第二十二条", "N2"), *_ON_DEADLINE
    ),
    conditional_reply_extension_approver=Role.SUPERVISOR,
    delivery_after_consent=Clock(
        ClockName.DELIVERY_AFTER_CONSENT, 20, _national("第二十二条", "N4"), *_ON_CONSENT
    ),
    material_notice_once=True,
    material_notice_citation=_national("第二十二条", "N3"),
    verification=Clock(ClockName.VERIFICATION, 10, _national("第二十六条", "N6"), *_ON_FEEDBACK),
    verification_extension_max=Clock(
        ClockName.VERIFICATION_EXTENSION_MAX, 0, _national("第二十六条", "N6"), *_ON_DEADLINE
    ),
    verification_extension_approver=None,
    catalog_update=Clock(
        ClockName.CATALOG_UPDATE, 10, _national("第十七条", "N7"), *_ON_LAW_CHANGE
    ),
    # Whose consent the 5 extra days need is uncertain; the supervisor is the likely reading.
    catalog_update_extension_max=Clock(
        ClockName.CATALOG_UPDATE_EXTENSION_MAX, 5, _national("第十七条", "N7"), *_ON_DEADLINE
    ),
    catalog_update_extension_approver=Role.SUPERVISOR,
    supervisor_review=Clock(
        ClockName.SUPERVISOR_REVIEW, 2, _national("第二十一条", "N5"), *_ON_REVIEW_REQUEST
    ),
    usage_records_years=3,
    usage_records_citation=_national("第二十四条", "N8"),
    dispute_escalation=DisputeEscalation.UP_THE_LADDER,
    dispute_citation=_national("第二十七条", "N9"),
)

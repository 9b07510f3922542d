"""The messages of every validation check: its stable code, the rule it rests on, and what an
officer reads, in Chinese first and English second.

Kept apart from the checks (:mod:`app.models.validation`) so the whole wording can be read and
reviewed in one place. Codes are stable (the server sends them in ``errors[]``, tests assert
them); rules are R-ids of ``regulation/rules.md`` or N-ids of the national profile
(:mod:`app.models.profiles`).
"""

from __future__ import annotations

from app.models.errors import FieldError

# code: (rule, message_zh, message_en). Messages may carry {placeholders}.
MESSAGES: dict[str, tuple[str, str, str]] = {
    # Share requests (R11–R14)
    "request.resource_mismatch": (
        "R11",
        "申请的资源与所选目录条目不一致。",
        "The request names a different resource than the catalog entry chosen.",
    ),
    "request.resource_not_published": (
        "R3",
        "该资源尚未在目录中发布（{status_zh}），暂不能申请。",
        "This resource is not published in the catalog ({status_en}) and cannot be requested yet.",
    ),
    "request.own_resource": (
        "R6",
        "这是本部门提供的资源，无需向自己申请。",
        "Your own department provides this resource; there is no need to request it.",
    ),
    "request.provider_mismatch": (
        "R6",
        "提供部门应为该资源的提供部门。",
        "The provider must be the department that provides this resource.",
    ),
    "request.purpose_required": (
        "R11",
        "请填写使用用途，说明用于本部门哪项职责。",
        "State the purpose of use: which of your department's duties the data serves.",
    ),
    "request.purpose_too_short": (
        "R11",
        "使用用途过于简单，请至少用 {min} 个字说明具体用于哪项工作。",
        "The purpose is too vague: use at least {min} characters to say what work the data is for.",
    ),
    "request.data_items_required": (
        "R11",
        "请选择需要使用的信息项。",
        "Choose the data items you need.",
    ),
    "request.data_item_unknown": (
        "R11",
        "该资源没有这些信息项：{names}。",
        "The resource has no such data items: {names}.",
    ),
    "request.data_item_not_shared": (
        "R10",
        "这些信息项不予共享，不能申请：{names}。",
        "These data items are not shared and cannot be requested: {names}.",
    ),
    "request.period_invalid": (
        "R11",
        "使用期限的结束日期应晚于开始日期。",
        "The end of the period of use must be after its start.",
    ),
    "request.contact_required": (
        "R13",
        "请填写联系人和联系电话，以便提供部门答复或协商。",
        "Give a contact name and phone so the provider can reply or negotiate.",
    ),
    "request.contact_phone_invalid": (
        "R13",
        "联系电话格式不正确（手机号或带区号的固定电话）。",
        "The contact phone is not valid (a mobile number or a landline with area code).",
    ),
    "request.basis_required": (
        "R13",
        "有条件共享的资源，请填写申请依据（法律法规）或应用场景。",
        "For a conditional resource, state the legal basis or the scenario of use.",
    ),
    "request.negotiation_reason_required": (
        "R14",
        "不予共享的资源需协商，请说明确需使用的理由（依据或应用场景）。",
        "A not-shared resource needs negotiation: state why you need it (legal basis or scenario).",
    ),
    "request.material_notice_not_allowed": (
        "N3",
        "现行规则没有一次性告知补正材料的程序，请直接答复。",
        "The rules in force have no notice of missing material; give a written reply instead.",
    ),
    "request.material_notice_required": (
        "N3",
        "请一次性列明需要补正的全部材料。",
        "List all the missing material in one notice.",
    ),
    # Written replies (R13)
    "reply.reasons_required": (
        "R13",
        "不同意共享的，必须说明理由。",
        "A refusal must state its reasons.",
    ),
    "reply.reasons_too_short": (
        "R13",
        "不予共享的理由过于简单，请至少用 {min} 个字说明依据和原因。",
        "The reasons are too brief: use at least {min} characters for the grounds and the cause.",
    ),
    "reply.conditions_required": (
        "R13",
        "附条件同意的，请写明共享条件。",
        "An approval with conditions must state the conditions.",
    ),
    "reply.conditions_unexpected": (
        "R13",
        "同意共享不附条件；如有条件，请选择“附条件同意”。",
        "A plain approval carries no conditions; choose 'approve with conditions' instead.",
    ),
    "reply.delivery_method_required": (
        "R8",
        "同意共享的，请选择交付方式。",
        "An approval must say how the data is delivered.",
    ),
    "reply.number_invalid": (
        "R13",
        "答复文号格式应如“湘公数答〔2026〕12号”。",
        "The reply number should look like 湘公数答〔2026〕12号.",
    ),
    # Catalog entries (R3, R4, R10)
    "resource.name_required": ("R3", "请填写资源名称。", "Enter the resource name."),
    "resource.summary_required": ("R3", "请填写资源摘要。", "Enter the resource summary."),
    "resource.format_required": ("R3", "请填写资源格式。", "Enter the resource format."),
    "resource.provider_code_required": ("R6", "请填写提供部门代码。", "Enter the provider's code."),
    "resource.classification_invalid": (
        "R3",
        "分类代码应为：类 1 位、项 2 位、目 3 位数字，细目为数字。",
        "Classification codes: category 1 digit, item 2, section 3, subsection digits only.",
    ),
    "resource.category_mismatch": (
        "R3",
        "“类”代码与目录类型不符（基础 1、主题 2、部门 3）。",
        "The category code does not match the catalog type (basic 1, thematic 2, departmental 3).",
    ),
    "resource.code_required": ("R3", "请填写资源代码。", "Enter the resource code."),
    "resource.code_invalid": (
        "R3",
        "资源代码应为“分类码/顺序码”，如 301001001/000012。",
        "The resource code must be 'classification/sequence', e.g. 301001001/000012.",
    ),
    "resource.code_classification_mismatch": (
        "R3",
        "资源代码的分类码应为 {expected}。",
        "The classification part of the resource code must be {expected}.",
    ),
    "resource.data_items_required": ("R3", "请至少填写一个信息项。", "Add at least one data item."),
    "resource.data_item_name_required": (
        "R3",
        "每个信息项都要有名称。",
        "Every data item needs a name.",
    ),
    "resource.data_item_duplicate": (
        "R3",
        "信息项名称重复：{names}。",
        "Duplicate data item names: {names}.",
    ),
    "resource.data_item_length_invalid": (
        "R3",
        "信息项长度应为正整数：{names}。",
        "Data item lengths must be positive: {names}.",
    ),
    "resource.usage_scope_required": ("R4", "请写明使用范围。", "State the usage scope."),
    "resource.share_method_required": ("R4", "请选择共享方式。", "Choose the share method."),
    "resource.legal_basis_required": (
        "R10",
        "有条件共享或不予共享的资源，必须列明法律、行政法规或国家有关规定作为依据。",
        (
            "A conditional or not-shared entry must cite its legal basis "
            "(a law, an administrative regulation or a national rule)."
        ),
    ),
    "resource.conditions_required": (
        "R10",
        "有条件共享的资源，必须写明共享条件。",
        "A conditional entry must state its share conditions.",
    ),
    "resource.conditions_unexpected": (
        "R10",
        "无条件共享的资源不得设置共享条件。",
        "An unconditional entry carries no share conditions.",
    ),
    "resource.unconditional_item_withheld": (
        "R10",
        "无条件共享的资源应提供全部信息项；部分提供请设为有条件共享：{names}。",
        "An unconditional entry shares every item; to hold some back make it conditional: {names}.",
    ),
    "resource.not_shared_item_shared": (
        "R10",
        "不予共享的资源不能标记信息项为共享：{names}。",
        "A not-shared entry cannot mark data items as shared: {names}.",
    ),
    # Feedback and its verification (R20–R22)
    "feedback.resource_mismatch": (
        "R20",
        "反馈的资源与所选目录条目不一致。",
        "The feedback names a different resource than the catalog entry chosen.",
    ),
    "feedback.provider_mismatch": (
        "R20",
        "疑义应反馈给该资源的提供部门。",
        "Feedback goes to the department that provides the resource.",
    ),
    "feedback.own_resource": (
        "R20",
        "这是本部门提供的资源，请直接核实更正。",
        "Your own department provides this resource; verify and correct it directly.",
    ),
    "feedback.data_item_required": (
        "R20",
        "请选择有疑义的信息项。",
        "Choose the data item in doubt.",
    ),
    "feedback.data_item_unknown": (
        "R20",
        "该资源没有信息项“{name}”。",
        "The resource has no data item '{name}'.",
    ),
    "feedback.description_required": (
        "R20",
        "请描述疑义或错误的具体情况（至少 {min} 个字）。",
        "Describe the doubt or the error (at least {min} characters).",
    ),
    "feedback.proposed_value_required": (
        "R20",
        "反馈明显错误的，请填写正确值或说明正确值应是什么。",
        "For an obvious error, give the correct value or say what it should be.",
    ),
    "extension.not_allowed": (
        "N6",
        "现行规则不允许延长校核期限。",
        "The rules in force allow no extension of the verification.",
    ),
    "extension.days_out_of_range": (
        "R20",
        "延长期限应为 1 至 {max} 个工作日。",
        "The extension must be 1 to {max} working days.",
    ),
    "extension.reason_required": (
        "R20",
        "请说明需要延长校核期限的理由（至少 {min} 个字）。",
        "State why the verification needs longer (at least {min} characters).",
    ),
    "extension.approval_incomplete": (
        "R20",
        "延期审批须同时记录审批人和审批时间。",
        "An approval records both the approving head and the time.",
    ),
    "extension.approval_required": (
        "R20",
        "延长校核期限须经提供部门负责人同意。",
        "A longer verification needs the approval of the provider's head.",
    ),
    "extension.notice_required": (
        "R20",
        "延长校核期限须告知使用部门。",
        "The user department must be told of the extension.",
    ),
    "extension.notice_before_approval": (
        "R20",
        "负责人同意后才能告知使用部门延期。",
        "The user department is told only after the head has approved.",
    ),
    "extension.approver_mismatch": (
        "R20",
        "审批人与延期记录不一致。",
        "The approver is not the one recorded on the extension.",
    ),
    "extension.approver_not_head": (
        "R20",
        "延长校核期限须由部门负责人审批。",
        "Only a head of department may approve an extension.",
    ),
    "extension.approver_other_department": (
        "R20",
        "须由提供部门的负责人审批。",
        "The head must belong to the providing department.",
    ),
    "resolution.corrected_value_required": (
        "R22",
        "已更正的，请填写更正后的值。",
        "A correction must give the corrected value.",
    ),
    "resolution.explanation_required": (
        "R22",
        "核实无误的，请说明核实情况（至少 {min} 个字）。",
        "If no error was found, explain the verification (at least {min} characters).",
    ),
    # Disputes, suspensions and filings (R5, R7, R14, R15, R17)
    "dispute.reason_required": (
        "R15",
        "请说明争议事项和理由（至少 {min} 个字）。",
        "State the matter in dispute and why (at least {min} characters).",
    ),
    "dispute.same_department": (
        "R15",
        "争议双方不能是同一部门。",
        "The two parties of a dispute must be different departments.",
    ),
    "dispute.supervisor_is_party": (
        "R15",
        "协调部门不能是争议一方，请提请上级主管部门。",
        "The coordinating supervisor cannot be a party; take it to the next level up.",
    ),
    "dispute.decision_required": (
        "R15",
        "请写明协调处理意见。",
        "Write down the coordination decision.",
    ),
    "dispute.escalation_target_required": (
        "N9",
        "请选择提请的上级主管部门。",
        "Choose the higher supervisor the dispute goes to.",
    ),
    "suspension.reasons_required": (
        "R17",
        "暂停或终止提供，须说明违规使用的情况（至少 {min} 个字）。",
        "Suspending or terminating needs the misuse described (at least {min} characters).",
    ),
    "filing.summary_required": (
        "R5/R14/R17",
        "请填写备案事项摘要。",
        "Summarise what is being filed.",
    ),
    "filing.supervisor_is_filer": (
        "R5/R14/R17",
        "备案应报送主管部门，不能报送本部门。",
        "A filing goes to the supervisor, not to the filing department itself.",
    ),
}

RULE_BY_CODE: dict[str, str] = {code: entry[0] for code, entry in MESSAGES.items()}


def field_error(field: str, code: str, **params: object) -> FieldError:
    """The :class:`FieldError` of ``code`` for ``field``, its messages filled with ``params``."""
    _rule, zh, en = MESSAGES[code]
    return FieldError(field, code, zh.format(**params), en.format(**params))

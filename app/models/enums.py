"""Every closed vocabulary of the domain, each value with its Chinese and English label.

Values are the stable codes used in the API, the databases and the tests; ``.zh`` and
``.en`` are what the UI shows (``label(language)`` picks one). Chinese is the default.
"""

from __future__ import annotations

from enum import Enum
from typing import Self


class LabeledEnum(str, Enum):
    """A string enum whose members carry a Chinese and an English label."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    def __str__(self) -> str:
        return str(self.value)

    def label(self, language: str = "zh") -> str:
        return self.en if language.startswith("en") else self.zh


class Role(LabeledEnum):
    OFFICER = "officer", "经办人员", "Officer"
    HEAD = "head", "部门负责人", "Head of department"
    SUPERVISOR = "supervisor", "共享主管部门", "Supervisor"
    ADMIN = "admin", "系统管理员", "Administrator"


class DepartmentLevel(LabeledEnum):
    """Government levels, highest first (R9: province and city run platforms)."""

    PROVINCE = "province", "省级", "Province"
    CITY = "city", "市州级", "City / prefecture"
    COUNTY = "county", "县市区级", "County"

    @property
    def rank(self) -> int:
        """0 for the province; a larger rank is a lower level."""
        return list(DepartmentLevel).index(self)


class ShareAttribute(LabeledEnum):
    """R10: the three share attributes of a catalog entry."""

    UNCONDITIONAL = "unconditional", "无条件共享", "Unconditional"
    CONDITIONAL = "conditional", "有条件共享", "Conditional"
    NOT_SHARED = "not_shared", "不予共享", "Not shared"


class CatalogType(LabeledEnum):
    """R3: basic, thematic or departmental catalog."""

    BASIC = "basic", "基础目录", "Basic"
    THEMATIC = "thematic", "主题目录", "Thematic"
    DEPARTMENTAL = "departmental", "部门目录", "Departmental"


class UpdateCycle(LabeledEnum):
    REALTIME = "realtime", "实时", "Real time"
    DAILY = "daily", "每日", "Daily"
    WEEKLY = "weekly", "每周", "Weekly"
    MONTHLY = "monthly", "每月", "Monthly"
    QUARTERLY = "quarterly", "每季度", "Quarterly"
    HALF_YEARLY = "half_yearly", "每半年", "Half-yearly"
    YEARLY = "yearly", "每年", "Yearly"
    OTHER = "other", "其他", "Other"


class ShareMethodCategory(LabeledEnum):
    """National catalog guide: how the resource travels (共享方式分类)."""

    PLATFORM = "platform", "共享平台", "Sharing platform"
    EMAIL = "email", "电子邮件", "E-mail"
    MEDIA = "media", "介质交换", "Storage media"


class ShareMethodKind(LabeledEnum):
    """National catalog guide: what is handed over (共享方式类型)."""

    DATABASE = "database", "库表", "Database tables"
    FILE = "file", "文件", "Files"
    INTERFACE = "interface", "接口", "Interface (API)"


class OpenAttribute(LabeledEnum):
    """National catalog guide: whether the resource is open to the public (开放属性)."""

    OPEN = "open", "向社会开放", "Open to the public"
    CONDITIONAL_OPEN = "conditional_open", "有条件开放", "Conditionally open"
    NOT_OPEN = "not_open", "不向社会开放", "Not open"


class DataItemType(LabeledEnum):
    STRING = "string", "字符型", "Text"
    NUMBER = "number", "数值型", "Number"
    DATE = "date", "日期型", "Date"
    DATETIME = "datetime", "日期时间型", "Date and time"
    BOOLEAN = "boolean", "布尔型", "Yes / no"
    BINARY = "binary", "二进制", "Binary"


class ResourceStatus(LabeledEnum):
    """R3, R5: the life of a catalog entry."""

    DRAFT = "draft", "草稿", "Draft"
    IN_REVIEW = "in_review", "待审核", "In review"
    RETURNED = "returned", "已退回", "Returned"
    APPROVED = "approved", "审核通过", "Approved"
    PUBLISHED = "published", "已发布", "Published"
    UPDATE_PENDING = "update_pending", "待更新", "Update due"
    RETIRED = "retired", "已撤销", "Retired"


class RequestStatus(LabeledEnum):
    """R11–R14, R17: the life of a share request."""

    DRAFT = "draft", "草稿", "Draft"
    GRANTED = "granted", "已获取", "Granted"
    SUBMITTED = "submitted", "待答复", "Awaiting reply"
    MATERIAL_REQUESTED = "material_requested", "待补正材料", "Material requested"
    NEGOTIATING = "negotiating", "协商中", "Negotiating"
    APPROVED = "approved", "已同意", "Approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions", "附条件同意", "Approved with conditions"
    REFUSED = "refused", "不予共享", "Refused"
    AGREED = "agreed", "协商同意", "Agreed after negotiation"
    DECLINED = "declined", "协商不同意", "Declined after negotiation"
    DELIVERED = "delivered", "已交付", "Delivered"
    SUSPENDED = "suspended", "已暂停", "Suspended"
    TERMINATED = "terminated", "已终止", "Terminated"
    WITHDRAWN = "withdrawn", "已撤回", "Withdrawn"


class ReplyDecision(LabeledEnum):
    """R13: the decision of a written reply."""

    APPROVE = "approve", "同意共享", "Approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions", "附条件同意", "Approve with conditions"
    REFUSE = "refuse", "不予共享", "Refuse"


class DeliveryMethod(LabeledEnum):
    PLATFORM_INTERFACE = "platform_interface", "平台接口", "Platform interface"
    PLATFORM_DATABASE = "platform_database", "平台库表交换", "Platform table exchange"
    PLATFORM_FILE = "platform_file", "平台文件下载", "Platform file download"


class FeedbackKind(LabeledEnum):
    """R20: a doubt about shared data, or an obvious error in it."""

    DOUBT = "doubt", "数据存疑", "Doubt"
    ERROR = "error", "明显错误", "Obvious error"


class FeedbackStatus(LabeledEnum):
    """R20–R22: the verification of feedback."""

    SUBMITTED = "submitted", "待核实", "Awaiting verification"
    EXTENSION_REQUESTED = "extension_requested", "延期待批", "Extension awaiting approval"
    EXTENDED = "extended", "已延期核实", "Verification extended"
    CORRECTED = "corrected", "已更正", "Corrected"
    NO_ERROR = "no_error", "核实无误", "No error found"
    ACCEPTED = "accepted", "已确认", "Accepted"
    DISPUTED = "disputed", "有异议", "Disputed"
    WITHDRAWN = "withdrawn", "已撤回", "Withdrawn"


class FeedbackOutcome(LabeledEnum):
    CORRECTED = "corrected", "已更正", "Corrected"
    NO_ERROR = "no_error", "经核实无误", "No error"


class DisputeSubject(LabeledEnum):
    """What a dispute is about (R15 between user and provider; R7 inconsistent data)."""

    REQUEST = "request", "共享申请", "Share request"
    FEEDBACK = "feedback", "疑义核实", "Feedback verification"
    INCONSISTENT_DATA = "inconsistent_data", "数据不一致", "Inconsistent data"


class DisputeStatus(LabeledEnum):
    OPEN = "open", "待协调", "Awaiting coordination"
    ESCALATED = "escalated", "已提请上级", "Escalated"
    DECIDED = "decided", "已协调", "Decided"
    WITHDRAWN = "withdrawn", "已撤回", "Withdrawn"


class FilingKind(LabeledEnum):
    """备案: what a filing with the supervisor records."""

    CATALOG_UPDATE = "catalog_update", "目录更新备案", "Catalog update (R5)"
    NOT_SHARED_AGREEMENT = (
        "not_shared_agreement", "不予共享协商同意备案", "Not-shared agreement (R14)"
    )
    MISUSE_REPORT = "misuse_report", "违规使用报告", "Misuse report (R17)"


class FilingStatus(LabeledEnum):
    PENDING = "pending", "待确认", "Awaiting acknowledgement"
    ACKNOWLEDGED = "acknowledged", "已确认", "Acknowledged"


class SuspensionKind(LabeledEnum):
    """R17: a provider's answer to misuse."""

    SUSPEND = "suspend", "暂停提供", "Suspend"
    TERMINATE = "terminate", "终止提供", "Terminate"


class SuspensionStatus(LabeledEnum):
    ACTIVE = "active", "生效中", "In force"
    LIFTED = "lifted", "已恢复", "Lifted"


class NotificationKind(LabeledEnum):
    NEW_REQUEST = "new_request", "新的共享申请", "New share request"
    REPLY_RECEIVED = "reply_received", "收到书面答复", "Written reply received"
    MATERIAL_REQUESTED = "material_requested", "需补正材料", "Material requested"
    NEW_FEEDBACK = "new_feedback", "新的疑义反馈", "New feedback"
    EXTENSION_REQUESTED = "extension_requested", "延期核实待审批", "Extension awaiting approval"
    VERIFICATION_EXTENDED = "verification_extended", "核实期限已延长", "Verification extended"
    FEEDBACK_RESOLVED = "feedback_resolved", "核实结果通知", "Verification result"
    DEADLINE_TOMORROW = "deadline_tomorrow", "明日到期", "Due tomorrow"
    OVERDUE = "overdue", "已逾期", "Overdue"
    DISPUTE_RAISED = "dispute_raised", "新的争议", "Dispute raised"
    DISPUTE_DECIDED = "dispute_decided", "争议已协调", "Dispute decided"
    FILING_RECEIVED = "filing_received", "新的备案", "Filing received"
    FILING_ACKNOWLEDGED = "filing_acknowledged", "备案已确认", "Filing acknowledged"
    SUSPENDED = "suspended", "共享已暂停或终止", "Sharing suspended or terminated"
    CATALOG_REVIEW = "catalog_review", "目录待审核", "Catalog entry to review"
    CATALOG_REVIEWED = "catalog_reviewed", "目录审核结果", "Catalog review result"
    REMINDER = "reminder", "督办提醒", "Reminder from the supervisor"

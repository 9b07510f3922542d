"""Every kind of command the officer can queue in the outbox, and its name for the outbox page.

One table for all workspaces, so the outbox page can name any queued item without first
importing the module that queued it. The workspace modules take their kind codes from here.
"""

from __future__ import annotations

# Share requests (app.sync.workspace_commands)
SUBMIT_REQUEST = "request.submit"
WITHDRAW_REQUEST = "request.withdraw"
RAISE_DISPUTE = "dispute.raise"
# The provider's side (app.sync.workspace_provider)
REPLY, MATERIAL, AGREE, DECLINE = (
    "request.reply", "request.material_notice", "request.agree", "request.decline")
DELIVER, SUSPEND, TERMINATE, LIFT = (
    "request.deliver", "request.suspend", "request.terminate", "request.lift")
# Error feedback (app.sync.workspace_feedback)
SUBMIT_FEEDBACK = "feedback.submit"
FEEDBACK_EXTENSION = "feedback.extension"
APPROVE_EXTENSION = "feedback.extension_approve"
REJECT_EXTENSION = "feedback.extension_reject"
RESOLVE_FEEDBACK = "feedback.resolve"
ACCEPT_RESULT = "feedback.accept"
DISPUTE_RESULT = "feedback.dispute"
WITHDRAW_FEEDBACK = "feedback.withdraw"
# Supervision (app.sync.workspace_supervision)
DECIDE, ESCALATE, ACKNOWLEDGE, REVIEW, REMIND = (
    "dispute.decide", "dispute.escalate", "filing.acknowledge", "resource.review", "reminder.send")
# The department's own catalog (app.sync.workspace_catalog)
CREATE_ENTRY, UPDATE_ENTRY, SUBMIT_ENTRY, PUBLISH_ENTRY, LAW_CHANGE, FILE_UPDATE = (
    "resource.create", "resource.update", "resource.submit", "resource.publish",
    "resource.law_change", "resource.file_update")

KIND_LABELS: dict[str, tuple[str, str]] = {
    SUBMIT_REQUEST: ("提交共享申请", "Submit a share request"),
    WITHDRAW_REQUEST: ("撤回共享申请", "Withdraw a request"),
    RAISE_DISPUTE: ("提请主管部门协调", "Ask the supervisor to coordinate"),
    REPLY: ("书面答复", "Written reply"),
    MATERIAL: ("一次性告知补正材料", "Notice of missing material"),
    AGREE: ("协商同意提供", "Agree after negotiation"),
    DECLINE: ("协商不同意提供", "Decline after negotiation"),
    DELIVER: ("交付数据", "Deliver the data"),
    SUSPEND: ("暂停提供", "Suspend provision"),
    TERMINATE: ("终止提供", "Terminate provision"),
    LIFT: ("恢复提供", "Lift the suspension"),
    SUBMIT_FEEDBACK: ("提交疑义反馈", "Report doubtful or wrong data"),
    FEEDBACK_EXTENSION: ("申请延长核实期限", "Ask for more time to verify"),
    APPROVE_EXTENSION: ("批准延期核实", "Approve the extension"),
    REJECT_EXTENSION: ("不批准延期核实", "Reject the extension"),
    RESOLVE_FEEDBACK: ("反馈核实结果", "Send the verification result"),
    ACCEPT_RESULT: ("确认核实结果", "Accept the verification result"),
    DISPUTE_RESULT: ("对核实结果提请协调", "Dispute the verification result"),
    WITHDRAW_FEEDBACK: ("撤回疑义反馈", "Withdraw the feedback"),
    DECIDE: ("作出协调意见", "Decide a dispute"),
    ESCALATE: ("提请上级主管部门协调", "Escalate a dispute"),
    ACKNOWLEDGE: ("确认备案", "Acknowledge a filing"),
    REVIEW: ("审核目录条目", "Review a catalog entry"),
    REMIND: ("督办提醒", "Remind a department"),
    CREATE_ENTRY: ("新建目录草稿", "Create a catalog draft"),
    UPDATE_ENTRY: ("修改目录条目", "Edit a catalog entry"),
    SUBMIT_ENTRY: ("提交目录审核", "Submit an entry for review"),
    PUBLISH_ENTRY: ("发布目录条目", "Publish a catalog entry"),
    LAW_CHANGE: ("登记法规修订", "Record a law change"),
    FILE_UPDATE: ("报送目录更新备案", "File a catalog update"),
}


def kind_labels(kind: str) -> tuple[str, str]:
    """The Chinese and English names of ``kind`` (an unknown kind shows its code)."""
    return KIND_LABELS.get(kind, (kind, kind))

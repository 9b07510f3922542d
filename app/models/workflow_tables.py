"""The transition tables of every workflow, and the vocabulary they are written in.

One row, one :class:`Transition`: in ``state``, ``action`` by one of ``roles`` on ``actor_side``
leads to ``next_state``, because of ``rule``; only where the profile has ``profile_condition`` and
the facts of the case satisfy ``guard``. A row may also start or extend a legal clock (a
:class:`~app.models.profiles.ClockName`), oblige a filing with the supervisor, or oblige a notice
to the user department. ``state`` None is the creation of the object.

The engine that reads these tables (``StateMachine``, the officer-facing refusals) is
``workflows.py``. Rule ids: R1…R26 are the provincial digest (rules.md); N1…N9 the national
regulation's additions (``profiles.py``).

Who acts: the server works out the caller's :class:`ActorSide` for the object (its department is
the requester, the provider, the supervisor of the jurisdiction, …); the table says which side
may act. "The head of the provider" is ``actor_side=PROVIDER`` with ``roles={HEAD}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.models.enums import (
    DisputeStatus,
    FeedbackStatus,
    FilingKind,
    FilingStatus,
    LabeledEnum,
    NotificationKind,
    RequestStatus,
    ResourceStatus,
    Role,
    ShareAttribute,
    SuspensionKind,
    SuspensionStatus,
)
from app.models.profiles import ClockName, DisputeEscalation, RuleProfile

S = TypeVar("S", bound=LabeledEnum)


class Action(LabeledEnum):
    """Every workflow action; the labels are what the buttons say."""

    CREATE = "create", "新建", "Create"
    EDIT = "edit", "修改", "Edit"
    SUBMIT = "submit", "提交", "Submit"
    WITHDRAW = "withdraw", "撤回", "Withdraw"
    APPROVE = "approve", "同意共享", "Approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions", "附条件同意", "Approve with conditions"
    REFUSE = "refuse", "不予共享", "Refuse"
    REQUEST_MATERIAL = "request_material", "一次性告知补正材料", "Request missing material"
    RESUBMIT = "resubmit", "补正后重新提交", "Resubmit with the material"
    EXTEND_REPLY = "extend_reply", "批准延长答复期限", "Extend the reply deadline"
    AGREE = "agree", "协商同意提供", "Agree to provide"
    DECLINE = "decline", "协商不同意提供", "Decline to provide"
    DELIVER = "deliver", "交付数据", "Deliver"
    SUSPEND = "suspend", "暂停提供", "Suspend"
    TERMINATE = "terminate", "终止提供", "Terminate"
    LIFT = "lift", "恢复提供", "Lift the suspension"
    RAISE_DISPUTE = "raise_dispute", "提请主管部门协调", "Ask the supervisor to coordinate"
    REQUEST_EXTENSION = "request_extension", "申请延长校核期限", "Request more time to verify"
    APPROVE_EXTENSION = "approve_extension", "批准延期", "Approve the extension"
    REJECT_EXTENSION = "reject_extension", "不批准延期", "Reject the extension"
    RESOLVE_CORRECTED = "resolve_corrected", "已更正并告知", "Corrected; notify the user"
    RESOLVE_NO_ERROR = "resolve_no_error", "核实无误", "No error found"
    ACCEPT = "accept", "确认核实结果", "Accept the result"
    DECIDE = "decide", "作出协调意见", "Decide"
    ESCALATE = "escalate", "提请上级主管部门协调", "Escalate to the higher supervisor"
    FILE = "file", "报送备案", "File"
    ACKNOWLEDGE = "acknowledge", "确认备案", "Acknowledge the filing"
    SUBMIT_FOR_REVIEW = "submit_for_review", "提交审核", "Submit for review"
    REVIEW_APPROVE = "review_approve", "审核通过", "Approve the entry"
    REVIEW_RETURN = "review_return", "退回修改", "Return for revision"
    PUBLISH = "publish", "发布", "Publish"
    RETIRE = "retire", "撤销", "Retire"
    LAW_CHANGE = "law_change", "法规修订或职能变化", "Law revised or functions changed"
    EXTEND_UPDATE = "extend_update", "同意延长更新期限", "Extend the update deadline"


class ActorSide(LabeledEnum):
    """The caller's relation to the object, as the server determines it from departments."""

    REQUESTER = "requester", "使用部门", "user department"
    PROVIDER = "provider", "提供部门", "provider department"
    PARTY = "party", "当事部门", "department party to the matter"
    RAISER = "raiser", "提请协调的部门", "department that raised the dispute"
    SUPERVISOR = "supervisor", "本级主管部门", "supervisor of the jurisdiction"
    HIGHER_SUPERVISOR = "higher_supervisor", "上级主管部门", "higher supervisor"
    ANY = "any", "任何部门", "any department"

    def admits(self, caller: ActorSide) -> bool:
        """Whether a caller on side ``caller`` may take a row written for this side."""
        if self is ActorSide.ANY:
            return True
        if self is ActorSide.PARTY:
            return caller in (ActorSide.PARTY, ActorSide.REQUESTER, ActorSide.PROVIDER)
        return caller is self


class ProfileFeature(LabeledEnum):
    """An optional procedure a transition depends on; ``enabled_in`` asks the profile."""

    DIRECT_UNCONDITIONAL = (
        "direct_unconditional",
        "直接获取无条件共享资源",
        "obtaining unconditional resources directly",
    )
    UNCONDITIONAL_REPLY = (
        "unconditional_reply",
        "无条件共享申请的限时答复",
        "a timed reply to requests for unconditional resources",
    )
    MATERIAL_NOTICE = (
        "material_notice",
        "一次性告知补正材料",
        "a one-time notice of missing material",
    )
    DELIVERY = "delivery", "同意后限时交付", "delivery within a deadline after consent"
    REPLY_EXTENSION = "reply_extension", "延长答复期限", "extending the reply deadline"
    VERIFICATION_EXTENSION = (
        "verification_extension",
        "延长校核期限",
        "extending the verification deadline",
    )
    CATALOG_UPDATE_EXTENSION = (
        "catalog_update_extension",
        "延长目录更新期限",
        "extending the catalog update deadline",
    )
    DISPUTE_ESCALATION = (
        "dispute_escalation",
        "争议提请上级主管部门协调",
        "escalating disputes to the higher supervisor",
    )

    def enabled_in(self, profile: RuleProfile) -> bool:
        match self:
            case ProfileFeature.DIRECT_UNCONDITIONAL:
                return profile.unconditional_reply.working_days is None
            case ProfileFeature.UNCONDITIONAL_REPLY:
                return profile.unconditional_reply.working_days is not None
            case ProfileFeature.MATERIAL_NOTICE:
                return profile.material_notice_once
            case ProfileFeature.DELIVERY:
                return profile.delivery_after_consent is not None
            case ProfileFeature.REPLY_EXTENSION:
                return bool(profile.conditional_reply_extension_max.working_days)
            case ProfileFeature.VERIFICATION_EXTENSION:
                return bool(profile.verification_extension_max.working_days)
            case ProfileFeature.CATALOG_UPDATE_EXTENSION:
                return bool(profile.catalog_update_extension_max.working_days)
            case ProfileFeature.DISPUTE_ESCALATION:
                return profile.dispute_escalation is DisputeEscalation.UP_THE_LADDER
        raise AssertionError(self)  # pragma: no cover - match is exhaustive


@dataclass(frozen=True, slots=True)
class Facts:
    """What the guards need to know about the case beyond its state (the caller supplies it)."""

    share_attribute: ShareAttribute | None = None  # of the resource asked for
    overdue: bool = False  # the running clock has passed its due date
    material_notice_sent: bool = False  # N3: the one-time notice has been used
    suspended_from: RequestStatus | None = None  # R17: the state before the suspension
    suspension_kind: SuspensionKind | None = None
    is_update: bool = False  # R5: the catalog entry was published before


NO_FACTS = Facts()


class Guard(LabeledEnum):
    """A condition on the :class:`Facts` of the case."""

    UNCONDITIONAL = "unconditional", "无条件共享资源", "an unconditional resource"
    CONDITIONAL = "conditional", "有条件共享资源", "a conditional resource"
    NOT_SHARED = "not_shared", "不予共享资源", "a not-shared resource"
    OVERDUE = "overdue", "期限已届满", "the deadline has passed"
    FIRST_MATERIAL_NOTICE = "first_material_notice", "尚未告知补正", "no material requested yet"
    RESUMES_PREVIOUS = "resumes_previous", "恢复暂停前状态", "back to the state before"
    SUSPENSION_ONLY = "suspension_only", "暂停而非终止", "a suspension, not a termination"
    FIRST_PUBLICATION = "first_publication", "首次发布", "a first publication"
    UPDATE = "update", "目录更新", "an update of a published entry"

    def holds(self, facts: Facts, next_state: LabeledEnum) -> bool:
        match self:
            case Guard.UNCONDITIONAL:
                return facts.share_attribute is ShareAttribute.UNCONDITIONAL
            case Guard.CONDITIONAL:
                return facts.share_attribute is ShareAttribute.CONDITIONAL
            case Guard.NOT_SHARED:
                return facts.share_attribute is ShareAttribute.NOT_SHARED
            case Guard.OVERDUE:
                return facts.overdue
            case Guard.FIRST_MATERIAL_NOTICE:
                return not facts.material_notice_sent
            case Guard.RESUMES_PREVIOUS:
                return facts.suspended_from is next_state
            case Guard.SUSPENSION_ONLY:
                return facts.suspension_kind is SuspensionKind.SUSPEND
            case Guard.FIRST_PUBLICATION:
                return not facts.is_update
            case Guard.UPDATE:
                return facts.is_update
        raise AssertionError(self)  # pragma: no cover - match is exhaustive


@dataclass(frozen=True, slots=True)
class Transition(Generic[S]):
    """One row of a workflow table (see the module docstring)."""

    state: S | None
    action: Action
    roles: frozenset[Role]
    actor_side: ActorSide
    next_state: S
    rule: str
    profile_condition: ProfileFeature | None = None
    guard: Guard | None = None
    starts_clock: ClockName | None = None
    extends_clock: ClockName | None = None
    requires_filing: FilingKind | None = None
    notifies: NotificationKind | None = None  # a notice the law requires (R20, R22)


DEPARTMENT = frozenset({Role.OFFICER, Role.HEAD})
HEAD_ONLY = frozenset({Role.HEAD})
SUPERVISORS = frozenset({Role.SUPERVISOR})

_SIDE = ActorSide
_REQ = RequestStatus
_FB = FeedbackStatus
_RES = ResourceStatus
_F = ProfileFeature


def _rows(
    states: Iterable[S | None],
    action: Action,
    side: ActorSide,
    next_state: S,
    rule: str,
    *,
    roles: frozenset[Role] = DEPARTMENT,
    profile_condition: ProfileFeature | None = None,
    guard: Guard | None = None,
    starts_clock: ClockName | None = None,
    extends_clock: ClockName | None = None,
    requires_filing: FilingKind | None = None,
    notifies: NotificationKind | None = None,
) -> list[Transition[S]]:
    """The same move from each of ``states``."""
    return [
        Transition(
            state, action, roles, side, next_state, rule,
            profile_condition, guard, starts_clock, extends_clock, requires_filing, notifies,
        )
        for state in states
    ]  # fmt: skip


_NEW_OR_DRAFT: tuple[RequestStatus | None, ...] = (None, _REQ.DRAFT)
_CONSENTED = (_REQ.APPROVED, _REQ.APPROVED_WITH_CONDITIONS, _REQ.AGREED)
# R17: what a provider may suspend or terminate — every state in which data flows.
SUSPENDABLE = (_REQ.GRANTED, *_CONSENTED, _REQ.DELIVERED)

REQUEST_TRANSITIONS: tuple[Transition[RequestStatus], ...] = (
    *_rows([None], Action.CREATE, _SIDE.REQUESTER, _REQ.DRAFT, "R11"),
    # R12: unconditional resources are obtained directly; N1: the national rules want a reply.
    *_rows(_NEW_OR_DRAFT, Action.SUBMIT, _SIDE.REQUESTER, _REQ.GRANTED, "R12",
           guard=Guard.UNCONDITIONAL, profile_condition=_F.DIRECT_UNCONDITIONAL),
    *_rows(_NEW_OR_DRAFT, Action.SUBMIT, _SIDE.REQUESTER, _REQ.SUBMITTED, "N1",
           guard=Guard.UNCONDITIONAL, profile_condition=_F.UNCONDITIONAL_REPLY,
           starts_clock=ClockName.UNCONDITIONAL_REPLY),
    *_rows(_NEW_OR_DRAFT, Action.SUBMIT, _SIDE.REQUESTER, _REQ.SUBMITTED, "R13",
           guard=Guard.CONDITIONAL, starts_clock=ClockName.CONDITIONAL_REPLY),
    *_rows(_NEW_OR_DRAFT, Action.SUBMIT, _SIDE.REQUESTER, _REQ.NEGOTIATING, "R14",
           guard=Guard.NOT_SHARED),
    *_rows((_REQ.DRAFT, _REQ.SUBMITTED, _REQ.MATERIAL_REQUESTED, _REQ.NEGOTIATING),
           Action.WITHDRAW, _SIDE.REQUESTER, _REQ.WITHDRAWN, "R11"),
    # R13: the written reply; refusal reasons are checked in validation.py.
    *_rows([_REQ.SUBMITTED], Action.APPROVE, _SIDE.PROVIDER, _REQ.APPROVED, "R13",
           starts_clock=ClockName.DELIVERY_AFTER_CONSENT),
    *_rows([_REQ.SUBMITTED], Action.APPROVE_WITH_CONDITIONS, _SIDE.PROVIDER,
           _REQ.APPROVED_WITH_CONDITIONS, "R13", starts_clock=ClockName.DELIVERY_AFTER_CONSENT),
    *_rows([_REQ.SUBMITTED], Action.REFUSE, _SIDE.PROVIDER, _REQ.REFUSED, "R13"),
    # N3: one notice listing all missing material, never a second one.
    *_rows([_REQ.SUBMITTED], Action.REQUEST_MATERIAL, _SIDE.PROVIDER, _REQ.MATERIAL_REQUESTED,
           "N3", profile_condition=_F.MATERIAL_NOTICE, guard=Guard.FIRST_MATERIAL_NOTICE),
    *_rows([_REQ.MATERIAL_REQUESTED], Action.RESUBMIT, _SIDE.REQUESTER, _REQ.SUBMITTED, "N3",
           profile_condition=_F.MATERIAL_NOTICE, guard=Guard.UNCONDITIONAL,
           starts_clock=ClockName.UNCONDITIONAL_REPLY),
    *_rows([_REQ.MATERIAL_REQUESTED], Action.RESUBMIT, _SIDE.REQUESTER, _REQ.SUBMITTED, "N3",
           profile_condition=_F.MATERIAL_NOTICE, guard=Guard.CONDITIONAL,
           starts_clock=ClockName.CONDITIONAL_REPLY),
    # N2: the supervisor approves a longer reply period for a conditional request.
    *_rows([_REQ.SUBMITTED], Action.EXTEND_REPLY, _SIDE.SUPERVISOR, _REQ.SUBMITTED, "N2",
           roles=SUPERVISORS, profile_condition=_F.REPLY_EXTENSION, guard=Guard.CONDITIONAL,
           extends_clock=ClockName.CONDITIONAL_REPLY_EXTENSION_MAX),
    # R14: an agreement on not-shared data is filed with the supervisor.
    *_rows([_REQ.NEGOTIATING], Action.AGREE, _SIDE.PROVIDER, _REQ.AGREED, "R14",
           requires_filing=FilingKind.NOT_SHARED_AGREEMENT,
           starts_clock=ClockName.DELIVERY_AFTER_CONSENT),
    *_rows([_REQ.NEGOTIATING], Action.DECLINE, _SIDE.PROVIDER, _REQ.DECLINED, "R14"),
    *_rows(_CONSENTED, Action.DELIVER, _SIDE.PROVIDER, _REQ.DELIVERED, "N4",
           profile_condition=_F.DELIVERY),
    # R17: misuse. The report to the supervisor is owed once, on SUSPENSION_FLOW's rows.
    *_rows(SUSPENDABLE, Action.SUSPEND, _SIDE.PROVIDER, _REQ.SUSPENDED, "R17"),
    *_rows((*SUSPENDABLE, _REQ.SUSPENDED), Action.TERMINATE, _SIDE.PROVIDER, _REQ.TERMINATED,
           "R17"),
    *(row for state in SUSPENDABLE
      for row in _rows([_REQ.SUSPENDED], Action.LIFT, _SIDE.PROVIDER, state, "R17",
                       guard=Guard.RESUMES_PREVIOUS)),
    # R15: the supervisor coordinates; the request itself keeps its state.
    *(row for state in (_REQ.REFUSED, _REQ.DECLINED, _REQ.SUSPENDED, _REQ.TERMINATED)
      for row in _rows([state], Action.RAISE_DISPUTE, _SIDE.REQUESTER, state, "R15")),
    *_rows([_REQ.SUBMITTED], Action.RAISE_DISPUTE, _SIDE.REQUESTER, _REQ.SUBMITTED, "R15",
           guard=Guard.OVERDUE),
)  # fmt: skip

_VERIFYING = (_FB.SUBMITTED, _FB.EXTENSION_REQUESTED, _FB.EXTENDED)
_VERIFIED = (_FB.CORRECTED, _FB.NO_ERROR)

FEEDBACK_TRANSITIONS: tuple[Transition[FeedbackStatus], ...] = (
    *_rows([None], Action.SUBMIT, _SIDE.REQUESTER, _FB.SUBMITTED, "R20",
           starts_clock=ClockName.VERIFICATION),
    # R20: a longer verification needs the provider head's approval and notice to the user.
    *_rows([_FB.SUBMITTED], Action.REQUEST_EXTENSION, _SIDE.PROVIDER, _FB.EXTENSION_REQUESTED,
           "R20", profile_condition=_F.VERIFICATION_EXTENSION),
    *_rows([_FB.EXTENSION_REQUESTED], Action.APPROVE_EXTENSION, _SIDE.PROVIDER, _FB.EXTENDED,
           "R20", roles=HEAD_ONLY, profile_condition=_F.VERIFICATION_EXTENSION,
           extends_clock=ClockName.VERIFICATION_EXTENSION_MAX,
           notifies=NotificationKind.VERIFICATION_EXTENDED),
    *_rows([_FB.EXTENSION_REQUESTED], Action.REJECT_EXTENSION, _SIDE.PROVIDER, _FB.SUBMITTED,
           "R20", roles=HEAD_ONLY, profile_condition=_F.VERIFICATION_EXTENSION),
    # R22: a correction is told to the user department.
    *_rows(_VERIFYING, Action.RESOLVE_CORRECTED, _SIDE.PROVIDER, _FB.CORRECTED, "R22",
           notifies=NotificationKind.FEEDBACK_RESOLVED),
    *_rows(_VERIFYING, Action.RESOLVE_NO_ERROR, _SIDE.PROVIDER, _FB.NO_ERROR, "R20",
           notifies=NotificationKind.FEEDBACK_RESOLVED),
    *_rows(_VERIFIED, Action.ACCEPT, _SIDE.REQUESTER, _FB.ACCEPTED, "R22"),
    *_rows(_VERIFIED, Action.RAISE_DISPUTE, _SIDE.REQUESTER, _FB.DISPUTED, "R15"),
    # R15 with R25 (verification not done): an overdue verification may go to the supervisor.
    *_rows((_FB.SUBMITTED, _FB.EXTENDED), Action.RAISE_DISPUTE, _SIDE.REQUESTER, _FB.DISPUTED,
           "R15", guard=Guard.OVERDUE),
    *_rows(_VERIFYING, Action.WITHDRAW, _SIDE.REQUESTER, _FB.WITHDRAWN, "R20"),
)  # fmt: skip

DISPUTE_TRANSITIONS: tuple[Transition[DisputeStatus], ...] = (
    # R15 between user and provider, R7 between providers of inconsistent data.
    *_rows([None], Action.RAISE_DISPUTE, _SIDE.PARTY, DisputeStatus.OPEN, "R15"),
    *_rows([DisputeStatus.OPEN], Action.DECIDE, _SIDE.SUPERVISOR, DisputeStatus.DECIDED, "R15",
           roles=SUPERVISORS),
    # N9: not settled at this level, the dispute goes up, and may go up again.
    *_rows([DisputeStatus.OPEN], Action.ESCALATE, _SIDE.SUPERVISOR, DisputeStatus.ESCALATED,
           "N9", roles=SUPERVISORS, profile_condition=_F.DISPUTE_ESCALATION),
    *_rows([DisputeStatus.ESCALATED], Action.ESCALATE, _SIDE.HIGHER_SUPERVISOR,
           DisputeStatus.ESCALATED, "N9", roles=SUPERVISORS,
           profile_condition=_F.DISPUTE_ESCALATION),
    *_rows([DisputeStatus.ESCALATED], Action.DECIDE, _SIDE.HIGHER_SUPERVISOR,
           DisputeStatus.DECIDED, "N9", roles=SUPERVISORS),
    *_rows((DisputeStatus.OPEN, DisputeStatus.ESCALATED), Action.WITHDRAW, _SIDE.RAISER,
           DisputeStatus.WITHDRAWN, "R15"),
)  # fmt: skip

FILING_TRANSITIONS: tuple[Transition[FilingStatus], ...] = (
    # R5 catalog updates, R14 not-shared agreements, R17 misuse reports.
    *_rows([None], Action.FILE, _SIDE.PROVIDER, FilingStatus.PENDING, "R5/R14/R17"),
    *_rows([FilingStatus.PENDING], Action.ACKNOWLEDGE, _SIDE.SUPERVISOR,
           FilingStatus.ACKNOWLEDGED, "R5/R14/R17", roles=SUPERVISORS),
)  # fmt: skip

CATALOG_TRANSITIONS: tuple[Transition[ResourceStatus], ...] = (
    # R3: the department compiles, the supervisor reviews, the department publishes.
    *_rows([None], Action.CREATE, _SIDE.PROVIDER, _RES.DRAFT, "R3"),
    *(row for state in (_RES.DRAFT, _RES.RETURNED, _RES.UPDATE_PENDING)
      for row in _rows([state], Action.EDIT, _SIDE.PROVIDER, state, "R3")),
    *_rows((_RES.DRAFT, _RES.RETURNED, _RES.UPDATE_PENDING), Action.SUBMIT_FOR_REVIEW,
           _SIDE.PROVIDER, _RES.IN_REVIEW, "R3", starts_clock=ClockName.SUPERVISOR_REVIEW),
    *_rows([_RES.IN_REVIEW], Action.REVIEW_APPROVE, _SIDE.SUPERVISOR, _RES.APPROVED, "R3",
           roles=SUPERVISORS),
    *_rows([_RES.IN_REVIEW], Action.REVIEW_RETURN, _SIDE.SUPERVISOR, _RES.RETURNED, "R3",
           roles=SUPERVISORS),
    *_rows([_RES.APPROVED], Action.PUBLISH, _SIDE.PROVIDER, _RES.PUBLISHED, "R3",
           guard=Guard.FIRST_PUBLICATION),
    # R5: publishing an update completes it; the update is then filed with the supervisor.
    *_rows([_RES.APPROVED], Action.PUBLISH, _SIDE.PROVIDER, _RES.PUBLISHED, "R5",
           guard=Guard.UPDATE, requires_filing=FilingKind.CATALOG_UPDATE),
    *_rows((_RES.PUBLISHED, _RES.UPDATE_PENDING), Action.RETIRE, _SIDE.PROVIDER, _RES.RETIRED,
           "R3"),
    # R5: a revised law or changed functions start the update clock; either side notices it.
    *_rows([_RES.PUBLISHED], Action.LAW_CHANGE, _SIDE.PROVIDER, _RES.UPDATE_PENDING, "R5",
           starts_clock=ClockName.CATALOG_UPDATE),
    *_rows([_RES.PUBLISHED], Action.LAW_CHANGE, _SIDE.SUPERVISOR, _RES.UPDATE_PENDING, "R5",
           roles=SUPERVISORS, starts_clock=ClockName.CATALOG_UPDATE),
    *_rows([_RES.UPDATE_PENDING], Action.EXTEND_UPDATE, _SIDE.SUPERVISOR, _RES.UPDATE_PENDING,
           "N7", roles=SUPERVISORS, profile_condition=_F.CATALOG_UPDATE_EXTENSION,
           extends_clock=ClockName.CATALOG_UPDATE_EXTENSION_MAX),
)  # fmt: skip

SUSPENSION_TRANSITIONS: tuple[Transition[SuspensionStatus], ...] = (
    # R17: suspending or terminating is reported to the supervisor (a filing).
    *_rows([None], Action.SUSPEND, _SIDE.PROVIDER, SuspensionStatus.ACTIVE, "R17",
           requires_filing=FilingKind.MISUSE_REPORT),
    *_rows([None], Action.TERMINATE, _SIDE.PROVIDER, SuspensionStatus.ACTIVE, "R17",
           requires_filing=FilingKind.MISUSE_REPORT),
    # A termination is final: only a suspension can be lifted.
    *_rows([SuspensionStatus.ACTIVE], Action.LIFT, _SIDE.PROVIDER, SuspensionStatus.LIFTED,
           "R17", guard=Guard.SUSPENSION_ONLY),
)  # fmt: skip

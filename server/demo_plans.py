"""Plans of the demo's share requests and feedback: which steps follow, when, and in what words.

A case (:class:`RequestCase`, :class:`FeedbackCase`) names who asks whom for what, when it began
(``started`` working days before today) and its **plan**: the steps that follow, each a number of
working days after the start and a step name. :mod:`server.demo_request_stories` and
:mod:`server.demo_feedback_stories` take the steps through the domain commands of
:mod:`app.models`, so the state machines and the rule profile decide every status and due date.

Plans that rest on a procedure the active profile lacks (the national one-time notice of missing
material, the provincial extension of verification…) give way to their :data:`FALLBACK`, so
each profile shows what it can.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from uuid import UUID

from app.models.commands_disputes import decide_dispute
from app.models.commands_feedback import FeedbackInput
from app.models.commands_requests import RequestInput
from app.models.commands_supervision import acknowledge_filing
from app.models.entities import Dispute, Resource
from app.models.profiles import RuleProfile
from app.models.workflows import ProfileFeature
from server.demo_replay import Replay, Story

# Offsets that depend on the profile's clocks: a dispute about an overdue reply (R13) or
# verification (R20) is raised on the second working day after the due date.
AFTER_REPLY_DUE = -1
AFTER_VERIFICATION_DUE = -2
Plan = tuple[tuple[int, str], ...]

REQUEST_PLANS: dict[str, Plan] = {
    "open": (),
    "granted": (),
    "approve": ((3, "approve"),),
    "conditions": ((5, "conditions"),),
    "refuse": ((6, "refuse"),),
    "refuse_dispute": ((4, "refuse"), (6, "dispute")),
    "refuse_decided": ((3, "refuse"), (4, "dispute"), (7, "decide")),
    "overdue_dispute": ((AFTER_REPLY_DUE, "dispute"),),
    "withdraw": ((2, "withdraw"),),
    "agree": ((5, "agree"),),
    "agree_acknowledged": ((4, "agree"), (7, "acknowledge")),
    "decline": ((6, "decline"),),
    "suspend": ((3, "approve"), (15, "suspend")),
    "suspend_acknowledged": ((3, "approve"), (12, "suspend"), (14, "acknowledge")),
    "terminate": ((2, "approve"), (18, "terminate")),
    "lift": ((3, "approve"), (10, "suspend"), (16, "lift")),
    "material": ((2, "material"),),
    "resubmit": ((2, "material"), (4, "resubmit"), (7, "approve"), (10, "deliver")),
    "extend": ((8, "extend"),),
    "deliver": ((3, "approve"), (9, "deliver")),
    "escalate": ((3, "refuse"), (4, "dispute"), (6, "escalate")),
}
FEEDBACK_PLANS: dict[str, Plan] = {
    "open": (),
    "extension_requested": ((2, "request_extension"),),
    "extended": ((2, "request_extension"), (3, "approve_extension")),
    "extension_rejected": ((1, "request_extension"), (2, "reject_extension")),
    "extended_corrected": ((1, "request_extension"), (2, "approve_extension"), (8, "corrected")),
    "corrected": ((3, "corrected"),),
    "corrected_accepted": ((2, "corrected"), (4, "accept")),
    "no_error": ((4, "no_error"),),
    "no_error_accepted": ((3, "no_error"), (5, "accept")),
    "disputed": ((3, "no_error"), (5, "dispute")),
    "disputed_decided": ((2, "no_error"), (3, "dispute"), (6, "decide")),
    "overdue_dispute": ((AFTER_VERIFICATION_DUE, "dispute"),),
    "withdraw": ((1, "withdraw"),),
}
# Plan → (the procedure it needs, the plan to follow where the profile lacks it).
FALLBACK: dict[str, tuple[ProfileFeature, str]] = {
    "material": (ProfileFeature.MATERIAL_NOTICE, "open"),
    "resubmit": (ProfileFeature.MATERIAL_NOTICE, "approve"),
    "extend": (ProfileFeature.REPLY_EXTENSION, "open"),
    "deliver": (ProfileFeature.DELIVERY, "approve"),
    "escalate": (ProfileFeature.DISPUTE_ESCALATION, "refuse_dispute"),
    "extension_requested": (ProfileFeature.VERIFICATION_EXTENSION, "open"),
    "extended": (ProfileFeature.VERIFICATION_EXTENSION, "open"),
    "extension_rejected": (ProfileFeature.VERIFICATION_EXTENSION, "open"),
    "extended_corrected": (ProfileFeature.VERIFICATION_EXTENSION, "corrected"),
}


def plan_for(name: str, profile: RuleProfile) -> str:
    """The plan a case follows under ``profile`` (its fallback where a procedure is missing)."""
    needed = FALLBACK.get(name)
    return name if needed is None or needed[0].enabled_in(profile) else needed[1]


def resolved_steps(plans: Mapping[str, Plan], name: str, profile: RuleProfile) -> Plan:
    """The plan's steps with the profile-dependent offsets counted out."""
    reply = profile.conditional_reply.working_days or 0
    verify = profile.verification.working_days or 0
    offsets = {AFTER_REPLY_DUE: reply + 2, AFTER_VERIFICATION_DUE: verify + 2}
    return tuple((offsets.get(offset, offset), step) for offset, step in plans[name])


@dataclass(frozen=True, slots=True, kw_only=True)
class Texts:
    """What the officers write along the way (reasons, conditions, notes)."""

    reply: str = ""  # refusal reasons (R13), conditions, agreement terms (R14)
    stop: str = ""  # R17: the misuse found
    dispute: str = ""  # R15: why the supervisor should coordinate
    decision: str = ""
    other: Mapping[str, str] = field(default_factory=dict)  # by step name


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestCase:
    id: UUID
    requester: str  # username
    resource: Resource
    plan: str
    started: int  # working days ago
    hour: int
    details: RequestInput
    texts: Texts
    reply_prefix: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackCase:
    id: UUID
    requester: str
    resource: Resource
    plan: str
    started: int
    hour: int
    details: FeedbackInput
    texts: Texts
    corrected_value: str


def steps_at(replay: Replay, started: int, hour: int, steps: Plan) -> Story:
    """Yield the moment of the start, then of every step (hours spread over the office day)."""
    clock = replay.clock
    start = clock.ago(started)
    last = max((offset for offset, _ in steps), default=0)
    if last >= started:
        raise ValueError(f"a plan {last} working days long cannot start {started} days ago")
    yield clock.moment(start, hour)
    for number, (offset, _step) in enumerate(steps):
        yield clock.moment(clock.after(start, offset), 9 + (hour + 3 * number) % 8)


def decide(replay: Replay, decision: str, dispute: Dispute) -> None:
    """R15 (N9): the supervisor handling the dispute now decides it."""
    dispute = replay.latest(dispute)
    handling = dispute.escalated_to_department_id or dispute.supervisor_department_id
    supervisor = replay.people.supervisor_of[handling]
    replay.apply(
        supervisor,
        "dispute.decide",
        decide_dispute(dispute, replay.actor(supervisor, dispute), replay.env(), decision),
    )


def acknowledge(replay: Replay, subject_id: UUID) -> None:
    """R5/R14/R17: the supervisor the filing about ``subject_id`` went to acknowledges it."""
    filed = replay.filing_about(subject_id)
    supervisor = replay.people.supervisor_of[filed.supervisor_department_id]
    replay.apply(
        supervisor,
        "filing.acknowledge",
        acknowledge_filing(filed, replay.actor(supervisor, filed), replay.env()),
    )

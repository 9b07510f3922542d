"""The workflow state machines: which action leads where, who may take it, and why not.

Each machine reads one table of ``workflow_tables.py`` (share requests, feedback, disputes,
filings, catalog entries, suspensions). :meth:`StateMachine.transition` returns the row that
applies or raises a :class:`~app.models.errors.DomainError` that tells the officer, in Chinese and
English, what stands in the way; :meth:`StateMachine.allowed_actions` lists what the officer may
do now (the UI enables its buttons from it). The checks run in a fixed order, so the refusal
names the first obstacle: the state, then the rule profile, the caller's side, the role, and
last the facts of the case.

:func:`clock_for` and :func:`extension_for` say which legal clock a transition starts or extends,
so the server and the offline client compute the same due dates (with ``workdays.due_date``).
The client's checks are for the officer's convenience; the server repeats them, with the same
tables, before it accepts a command.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic

from app.models.enums import (
    DisputeStatus,
    FeedbackStatus,
    FilingStatus,
    RequestStatus,
    ResourceStatus,
    Role,
    SuspensionStatus,
)
from app.models.errors import DomainError
from app.models.profiles import Clock, RuleProfile
from app.models.workflow_tables import (
    CATALOG_TRANSITIONS,
    DISPUTE_TRANSITIONS,
    FEEDBACK_TRANSITIONS,
    FILING_TRANSITIONS,
    NO_FACTS,
    REQUEST_TRANSITIONS,
    SUSPENSION_TRANSITIONS,
    Action,
    ActorSide,
    Facts,
    Guard,
    ProfileFeature,
    S,
    Transition,
)

__all__ = [
    "CATALOG_FLOW",
    "DISPUTE_FLOW",
    "FEEDBACK_FLOW",
    "FILING_FLOW",
    "FLOWS",
    "NO_FACTS",
    "REQUEST_FLOW",
    "SUSPENSION_FLOW",
    "Action",
    "ActorSide",
    "Facts",
    "Guard",
    "ProfileFeature",
    "StateMachine",
    "Transition",
    "clock_for",
    "extension_for",
]


class StateMachine(Generic[S]):
    """One workflow: its table of :class:`Transition` rows and the checks that read it."""

    def __init__(
        self,
        name: str,
        entity_zh: str,
        entity_en: str,
        states: type[S],
        rows: Iterable[Transition[S]],
    ) -> None:
        self.name = name
        self.entity_zh = entity_zh
        self.entity_en = entity_en
        self.states = states
        self.rows: tuple[Transition[S], ...] = tuple(rows)
        self._by_move: dict[tuple[S | None, Action], list[Transition[S]]] = {}
        for row in self.rows:
            self._by_move.setdefault((row.state, row.action), []).append(row)
        self.actions: frozenset[Action] = frozenset(row.action for row in self.rows)
        self._left: frozenset[S | None] = frozenset(row.state for row in self.rows)

    def __repr__(self) -> str:
        return f"StateMachine({self.name!r}, {len(self.rows)} transitions)"

    def is_final(self, state: S | str) -> bool:
        """True when no transition leaves ``state`` under any profile (the matter is closed)."""
        return self.state(state) not in self._left

    def state(self, value: S | str | None) -> S | None:
        """``value`` as a member of this machine's states (None: the object does not exist yet)."""
        if value is None or isinstance(value, self.states):
            return value
        for member in self.states:
            if member.value == value:
                return member
        raise DomainError(
            code="workflow.unknown_state",
            message_zh=f"{self.entity_zh}的状态“{value}”无法识别。",
            message_en=f"The {self.entity_en} status “{value}” is not recognised.",
            details={"flow": self.name, "state": str(value)},
        )

    def transition(
        self,
        state: S | str | None,
        action: Action | str,
        role: Role | Iterable[Role],
        side: ActorSide,
        profile: RuleProfile,
        *,
        facts: Facts = NO_FACTS,
    ) -> Transition[S]:
        """The row that lets ``role`` on ``side`` take ``action`` in ``state``, or a refusal.

        ``role`` may be all the caller's roles at once (a head is usually an officer too).

        Refusal codes: ``workflow.unknown_action``, ``workflow.unknown_state``,
        ``workflow.illegal_transition``, ``workflow.not_in_profile``,
        ``workflow.side_not_allowed``, ``workflow.role_not_allowed``, and the guards'
        ``workflow.share_attribute_unknown``, ``workflow.share_attribute_mismatch``,
        ``workflow.not_overdue``, ``workflow.material_notice_repeated``,
        ``workflow.resume_state_unknown``, ``workflow.termination_final``.
        """
        current = self.state(state)
        act = self._action(action)
        rows = self._by_move.get((current, act), [])
        if not rows:
            raise self._illegal(current, act)
        in_profile = [r for r in rows if _in_profile(r, profile)]
        if not in_profile:
            raise self._not_in_profile(rows[0], profile)
        on_side = [r for r in in_profile if r.actor_side.admits(side)]
        if not on_side:
            raise self._wrong_side(in_profile)
        roles = _roles(role)
        with_role = [r for r in on_side if r.roles & roles]
        if not with_role:
            raise self._wrong_role(on_side)
        passing = [r for r in with_role if _guard_holds(r, facts)]
        if not passing:
            raise self._guard_failed(with_role[0], facts)
        if len(passing) > 1:  # a table error, never an officer's
            raise RuntimeError(f"{self.name}: {len(passing)} rows match {current}/{act}")
        return passing[0]

    def allowed_actions(
        self,
        state: S | str | None,
        role: Role | Iterable[Role],
        side: ActorSide,
        profile: RuleProfile,
        *,
        facts: Facts = NO_FACTS,
    ) -> list[Action]:
        """The actions ``role`` on ``side`` may take now, in table order, each once."""
        current = self.state(state)
        roles = _roles(role)
        allowed: list[Action] = []
        for row in self.rows:
            if (
                row.state is current
                and row.action not in allowed
                and _in_profile(row, profile)
                and row.actor_side.admits(side)
                and row.roles & roles
                and _guard_holds(row, facts)
            ):
                allowed.append(row.action)
        return allowed

    # ------------------------------------------------------------------ refusals

    def _action(self, action: Action | str) -> Action:
        for member in Action:
            if member.value == action and member in self.actions:
                return member
        raise DomainError(
            code="workflow.unknown_action",
            message_zh=f"“{action}”不是{self.entity_zh}可以办理的操作。",
            message_en=f"“{action}” is not something that can be done to a {self.entity_en}.",
            details={"flow": self.name, "action": str(action)},
        )

    def _refusal(
        self, code: str, zh: str, en: str, row: Transition[S] | None, **details: object
    ) -> DomainError:
        return DomainError(
            code=code,
            message_zh=zh,
            message_en=en,
            rule=None if row is None else row.rule,
            details={"flow": self.name, **details},
        )

    def _illegal(self, state: S | None, action: Action) -> DomainError:
        where = {"state": None if state is None else state.value, "action": action.value}
        if state is None:
            zh = f"新的{self.entity_zh}不能“{action.zh}”。"
            en = f"“{action.en}” is not possible for a new {self.entity_en}."
        elif self.is_final(state):
            zh = f"该{self.entity_zh}处于“{state.zh}”状态，已经办结，不能再“{action.zh}”。"
            en = f"This {self.entity_en} is closed ({state.en}); “{action.en}” is not possible."
        else:
            zh = f"该{self.entity_zh}当前处于“{state.zh}”状态，不能“{action.zh}”。"
            en = f"This {self.entity_en} is at “{state.en}”; “{action.en}” is not possible now."
        return self._refusal("workflow.illegal_transition", zh, en, None, **where)

    def _not_in_profile(self, row: Transition[S], profile: RuleProfile) -> DomainError:
        feature = row.profile_condition
        assert feature is not None  # rows without a condition are always in the profile
        return self._refusal(
            "workflow.not_in_profile",
            f"现行的{profile.name_zh}没有{feature.zh}的规定，不能“{row.action.zh}”。",
            f"The rules in force ({profile.name_en}) do not provide for {feature.en}; "
            f"“{row.action.en}” is not available.",
            row,
            profile=profile.id,
            feature=feature.value,
        )

    def _wrong_side(self, rows: Sequence[Transition[S]]) -> DomainError:
        sides = list(dict.fromkeys(r.actor_side for r in rows))
        action = rows[0].action
        return self._refusal(
            "workflow.side_not_allowed",
            f"只有{'或'.join(s.zh for s in sides)}可以对该{self.entity_zh}“{action.zh}”。",
            f"Only the {' or the '.join(s.en for s in sides)} may “{action.en}” "
            f"on this {self.entity_en}.",
            rows[0],
            sides=[s.value for s in sides],
        )

    def _wrong_role(self, rows: Sequence[Transition[S]]) -> DomainError:
        roles = [role for role in Role if any(role in r.roles for r in rows)]
        action = rows[0].action
        return self._refusal(
            "workflow.role_not_allowed",
            f"只有{'或'.join(r.zh for r in roles)}可以“{action.zh}”。",
            f"“{action.en}” needs the role {' or '.join(r.en for r in roles)}.",
            rows[0],
            roles=[r.value for r in roles],
        )

    def _guard_failed(self, row: Transition[S], facts: Facts) -> DomainError:
        guard = row.guard
        assert guard is not None  # only guarded rows can fail here
        action = row.action
        code, zh, en = _GUARD_REFUSALS.get(
            guard,
            (
                "workflow.precondition_failed",
                f"需要满足“{guard.zh}”才能“{action.zh}”。",
                f"“{action.en}” needs {guard.en}.",
            ),
        )
        if guard in _SHARE_GUARDS and facts.share_attribute is not None:
            attribute = facts.share_attribute
            code = "workflow.share_attribute_mismatch"
            zh = f"“{attribute.zh}”的资源不能“{action.zh}”。"
            en = f"“{action.en}” is not possible for a resource that is “{attribute.en}”."
        return self._refusal(code, zh, en, row, guard=guard.value)


_SHARE_GUARDS = frozenset({Guard.UNCONDITIONAL, Guard.CONDITIONAL, Guard.NOT_SHARED})
_SHARE_UNKNOWN = (
    "workflow.share_attribute_unknown",
    "不知道所申请资源的共享属性，无法确定办理方式。",
    "The share attribute of the resource is unknown, so the procedure cannot be chosen.",
)
_GUARD_REFUSALS: dict[Guard, tuple[str, str, str]] = {
    **dict.fromkeys(_SHARE_GUARDS, _SHARE_UNKNOWN),
    Guard.OVERDUE: (
        "workflow.not_overdue",
        "办理期限尚未届满，暂不能提请主管部门协调。",
        "The deadline has not passed yet; the supervisor can be asked to coordinate after it.",
    ),
    Guard.FIRST_MATERIAL_NOTICE: (
        "workflow.material_notice_repeated",
        "补正材料只能一次性告知；该申请已经告知过一次，不能再次要求补正。",
        "Missing material may be requested only once, in one notice; this request has had it.",
    ),
    Guard.RESUMES_PREVIOUS: (
        "workflow.resume_state_unknown",
        "不知道暂停前的办理状态，无法恢复提供。",
        "The state before the suspension is unknown, so provision cannot resume.",
    ),
    Guard.SUSPENSION_ONLY: (
        "workflow.termination_final",
        "终止提供是最终决定，不能恢复；只有暂停提供可以恢复。",
        "A termination is final; only a suspension can be lifted.",
    ),
}


def _roles(role: Role | Iterable[Role]) -> frozenset[Role]:
    # A Role is a str, hence iterable: test for it before treating ``role`` as a collection.
    return frozenset((role,)) if isinstance(role, Role) else frozenset(role)


def _in_profile(row: Transition[Any], profile: RuleProfile) -> bool:
    return row.profile_condition is None or row.profile_condition.enabled_in(profile)


def _guard_holds(row: Transition[Any], facts: Facts) -> bool:
    return row.guard is None or row.guard.holds(facts, row.next_state)


def clock_for(transition: Transition[Any], profile: RuleProfile) -> Clock | None:
    """The clock ``transition`` starts under ``profile`` (due = ``due_date(start, days)``).

    None when the transition starts no clock, or the profile sets none for it (R12's direct
    access, the provincial rules' missing delivery clock).
    """
    if transition.starts_clock is None:
        return None
    clock = profile.clock(transition.starts_clock)
    return clock if clock is not None and clock.working_days is not None else None


def extension_for(transition: Transition[Any], profile: RuleProfile) -> Clock | None:
    """The longest extension ``transition`` grants to the running clock, or None.

    The new due date is at most the running one plus ``working_days`` working days (R20: 15 with
    the head's approval; N2, N7).
    """
    if transition.extends_clock is None:
        return None
    clock = profile.clock(transition.extends_clock)
    return clock if clock is not None and clock.working_days else None


REQUEST_FLOW = StateMachine(
    "request", "共享申请", "share request", RequestStatus, REQUEST_TRANSITIONS
)
FEEDBACK_FLOW = StateMachine(
    "feedback", "疑义反馈", "feedback", FeedbackStatus, FEEDBACK_TRANSITIONS
)
DISPUTE_FLOW = StateMachine("dispute", "争议", "dispute", DisputeStatus, DISPUTE_TRANSITIONS)
FILING_FLOW = StateMachine("filing", "备案", "filing", FilingStatus, FILING_TRANSITIONS)
CATALOG_FLOW = StateMachine(
    "catalog", "目录条目", "catalog entry", ResourceStatus, CATALOG_TRANSITIONS
)
SUSPENSION_FLOW = StateMachine(
    "suspension", "暂停或终止提供", "suspension", SuspensionStatus, SUSPENSION_TRANSITIONS
)

FLOWS: Mapping[str, StateMachine[Any]] = {
    flow.name: flow
    for flow in (
        REQUEST_FLOW,
        FEEDBACK_FLOW,
        DISPUTE_FLOW,
        FILING_FLOW,
        CATALOG_FLOW,
        SUSPENSION_FLOW,
    )
}

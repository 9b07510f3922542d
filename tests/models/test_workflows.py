"""Workflow state machines: one case per legal transition, the refusals, clocks and obligations.

The expected next states, rule ids, clocks and filings are written here from rules.md (R-ids) and
DESIGN.md / profiles.py's N-ids, independently of the tables; a completeness test makes sure
every row of every table has its case here, so a new row without a test fails.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import pytest

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
from app.models.errors import DomainError
from app.models.profiles import HUNAN_2021, NATIONAL_2025, RuleProfile
from app.models.workflows import (
    CATALOG_FLOW,
    DISPUTE_FLOW,
    FEEDBACK_FLOW,
    FILING_FLOW,
    FLOWS,
    NO_FACTS,
    REQUEST_FLOW,
    SUSPENSION_FLOW,
    Action,
    ActorSide,
    Facts,
    ProfileFeature,
    StateMachine,
    clock_for,
    extension_for,
)

H, N = HUNAN_2021, NATIONAL_2025
OFFICER, HEAD, SUPERVISOR = Role.OFFICER, Role.HEAD, Role.SUPERVISOR
REQUESTER, PROVIDER = ActorSide.REQUESTER, ActorSide.PROVIDER
SUPERVISOR_SIDE, HIGHER = ActorSide.SUPERVISOR, ActorSide.HIGHER_SUPERVISOR
RQ, FB, RS = RequestStatus, FeedbackStatus, ResourceStatus
UNCONDITIONAL = Facts(share_attribute=ShareAttribute.UNCONDITIONAL)
CONDITIONAL = Facts(share_attribute=ShareAttribute.CONDITIONAL)
NOT_SHARED = Facts(share_attribute=ShareAttribute.NOT_SHARED)
OVERDUE = Facts(overdue=True)


@dataclass(frozen=True)
class Case:
    rule: str
    flow: StateMachine[Any]
    state: LabeledEnum | None
    action: Action
    side: ActorSide
    expected: LabeledEnum
    role: Role = OFFICER
    profile: RuleProfile = H
    facts: Facts = field(default=NO_FACTS)

    @property
    def id(self) -> str:
        origin = "new" if self.state is None else self.state.value
        where = "-national" if self.profile is N else ""
        move = f"{self.flow.name}-{self.side.value}-{self.action.value}"
        return f"{self.rule}-{move}-from-{origin}{where}"


def _from(states: list[Any], **case: Any) -> list[Case]:
    return [Case(state=state, **case) for state in states]


SUSPENDABLE = [RQ.GRANTED, RQ.APPROVED, RQ.APPROVED_WITH_CONDITIONS, RQ.AGREED, RQ.DELIVERED]
VERIFYING = [FB.SUBMITTED, FB.EXTENSION_REQUESTED, FB.EXTENDED]
R, A = REQUEST_FLOW, Action

REQUEST_CASES = [
    Case("R11", R, None, A.CREATE, REQUESTER, RQ.DRAFT),
    # R12: unconditional resources are obtained directly (hunan); N1: national wants a reply.
    *_from([None, RQ.DRAFT], rule="R12", flow=R, action=A.SUBMIT, side=REQUESTER,
           expected=RQ.GRANTED, facts=UNCONDITIONAL),
    *_from([None, RQ.DRAFT], rule="N1", flow=R, action=A.SUBMIT, side=REQUESTER,
           expected=RQ.SUBMITTED, facts=UNCONDITIONAL, profile=N),
    Case("R13", R, None, A.SUBMIT, REQUESTER, RQ.SUBMITTED, facts=CONDITIONAL),
    Case("R13", R, RQ.DRAFT, A.SUBMIT, REQUESTER, RQ.SUBMITTED, facts=CONDITIONAL, profile=N),
    *_from([None, RQ.DRAFT], rule="R14", flow=R, action=A.SUBMIT, side=REQUESTER,
           expected=RQ.NEGOTIATING, facts=NOT_SHARED),
    *_from([RQ.DRAFT, RQ.SUBMITTED, RQ.NEGOTIATING], rule="R11", flow=R, action=A.WITHDRAW,
           side=REQUESTER, expected=RQ.WITHDRAWN),
    Case("R11", R, RQ.MATERIAL_REQUESTED, A.WITHDRAW, REQUESTER, RQ.WITHDRAWN, profile=N),
    Case("R13", R, RQ.SUBMITTED, A.APPROVE, PROVIDER, RQ.APPROVED),
    Case("R13", R, RQ.SUBMITTED, A.APPROVE_WITH_CONDITIONS, PROVIDER,
         RQ.APPROVED_WITH_CONDITIONS, role=HEAD),
    Case("R13", R, RQ.SUBMITTED, A.REFUSE, PROVIDER, RQ.REFUSED),
    Case("N3", R, RQ.SUBMITTED, A.REQUEST_MATERIAL, PROVIDER, RQ.MATERIAL_REQUESTED, profile=N),
    Case("N3", R, RQ.MATERIAL_REQUESTED, A.RESUBMIT, REQUESTER, RQ.SUBMITTED, profile=N,
         facts=Facts(share_attribute=ShareAttribute.UNCONDITIONAL, material_notice_sent=True)),
    Case("N3", R, RQ.MATERIAL_REQUESTED, A.RESUBMIT, REQUESTER, RQ.SUBMITTED, profile=N,
         facts=Facts(share_attribute=ShareAttribute.CONDITIONAL, material_notice_sent=True)),
    Case("N2", R, RQ.SUBMITTED, A.EXTEND_REPLY, SUPERVISOR_SIDE, RQ.SUBMITTED, role=SUPERVISOR,
         profile=N, facts=CONDITIONAL),
    Case("R14", R, RQ.NEGOTIATING, A.AGREE, PROVIDER, RQ.AGREED),
    Case("R14", R, RQ.NEGOTIATING, A.DECLINE, PROVIDER, RQ.DECLINED),
    *_from([RQ.APPROVED, RQ.APPROVED_WITH_CONDITIONS, RQ.AGREED], rule="N4", flow=R,
           action=A.DELIVER, side=PROVIDER, expected=RQ.DELIVERED, profile=N),
    *_from(SUSPENDABLE, rule="R17", flow=R, action=A.SUSPEND, side=PROVIDER,
           expected=RQ.SUSPENDED),
    *_from([*SUSPENDABLE, RQ.SUSPENDED], rule="R17", flow=R, action=A.TERMINATE, side=PROVIDER,
           expected=RQ.TERMINATED),
    *[Case("R17", R, RQ.SUSPENDED, A.LIFT, PROVIDER, before, facts=Facts(suspended_from=before))
      for before in SUSPENDABLE],
    *[Case("R15", R, state, A.RAISE_DISPUTE, REQUESTER, state)
      for state in (RQ.REFUSED, RQ.DECLINED, RQ.SUSPENDED, RQ.TERMINATED)],
    Case("R15", R, RQ.SUBMITTED, A.RAISE_DISPUTE, REQUESTER, RQ.SUBMITTED, facts=OVERDUE),
]  # fmt: skip

F = FEEDBACK_FLOW
FEEDBACK_CASES = [
    Case("R20", F, None, A.SUBMIT, REQUESTER, FB.SUBMITTED),
    Case("R20", F, FB.SUBMITTED, A.REQUEST_EXTENSION, PROVIDER, FB.EXTENSION_REQUESTED),
    Case("R20", F, FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, PROVIDER, FB.EXTENDED, role=HEAD),
    Case("R20", F, FB.EXTENSION_REQUESTED, A.REJECT_EXTENSION, PROVIDER, FB.SUBMITTED, role=HEAD),
    *_from(VERIFYING, rule="R22", flow=F, action=A.RESOLVE_CORRECTED, side=PROVIDER,
           expected=FB.CORRECTED),
    *_from(VERIFYING, rule="R20", flow=F, action=A.RESOLVE_NO_ERROR, side=PROVIDER,
           expected=FB.NO_ERROR),
    *_from([FB.CORRECTED, FB.NO_ERROR], rule="R22", flow=F, action=A.ACCEPT, side=REQUESTER,
           expected=FB.ACCEPTED),
    *_from([FB.CORRECTED, FB.NO_ERROR], rule="R15", flow=F, action=A.RAISE_DISPUTE,
           side=REQUESTER, expected=FB.DISPUTED),
    *_from([FB.SUBMITTED, FB.EXTENDED], rule="R15", flow=F, action=A.RAISE_DISPUTE,
           side=REQUESTER, expected=FB.DISPUTED, facts=OVERDUE),
    *_from(VERIFYING, rule="R20", flow=F, action=A.WITHDRAW, side=REQUESTER,
           expected=FB.WITHDRAWN),
]  # fmt: skip

D, DS = DISPUTE_FLOW, DisputeStatus
DISPUTE_CASES = [
    Case("R15", D, None, A.RAISE_DISPUTE, REQUESTER, DS.OPEN),
    Case("R15", D, None, A.RAISE_DISPUTE, PROVIDER, DS.OPEN),
    Case("R15", D, DS.OPEN, A.DECIDE, SUPERVISOR_SIDE, DS.DECIDED, role=SUPERVISOR),
    Case("N9", D, DS.OPEN, A.ESCALATE, SUPERVISOR_SIDE, DS.ESCALATED, role=SUPERVISOR, profile=N),
    Case("N9", D, DS.ESCALATED, A.ESCALATE, HIGHER, DS.ESCALATED, role=SUPERVISOR, profile=N),
    Case("N9", D, DS.ESCALATED, A.DECIDE, HIGHER, DS.DECIDED, role=SUPERVISOR, profile=N),
    *_from([DS.OPEN, DS.ESCALATED], rule="R15", flow=D, action=A.WITHDRAW,
           side=ActorSide.RAISER, expected=DS.WITHDRAWN, profile=N),
]  # fmt: skip

FILING_CASES = [
    Case("R5/R14/R17", FILING_FLOW, None, A.FILE, PROVIDER, FilingStatus.PENDING),
    Case("R5/R14/R17", FILING_FLOW, FilingStatus.PENDING, A.ACKNOWLEDGE, SUPERVISOR_SIDE,
         FilingStatus.ACKNOWLEDGED, role=SUPERVISOR),
]  # fmt: skip

C = CATALOG_FLOW
CATALOG_CASES = [
    Case("R3", C, None, A.CREATE, PROVIDER, RS.DRAFT),
    *[Case("R3", C, s, A.EDIT, PROVIDER, s) for s in (RS.DRAFT, RS.RETURNED, RS.UPDATE_PENDING)],
    *_from([RS.DRAFT, RS.RETURNED, RS.UPDATE_PENDING], rule="R3", flow=C,
           action=A.SUBMIT_FOR_REVIEW, side=PROVIDER, expected=RS.IN_REVIEW),
    Case("R3", C, RS.IN_REVIEW, A.REVIEW_APPROVE, SUPERVISOR_SIDE, RS.APPROVED, role=SUPERVISOR),
    Case("R3", C, RS.IN_REVIEW, A.REVIEW_RETURN, SUPERVISOR_SIDE, RS.RETURNED, role=SUPERVISOR),
    Case("R3", C, RS.APPROVED, A.PUBLISH, PROVIDER, RS.PUBLISHED),
    Case("R5", C, RS.APPROVED, A.PUBLISH, PROVIDER, RS.PUBLISHED, facts=Facts(is_update=True)),
    *_from([RS.PUBLISHED, RS.UPDATE_PENDING], rule="R3", flow=C, action=A.RETIRE,
           side=PROVIDER, expected=RS.RETIRED),
    Case("R5", C, RS.PUBLISHED, A.LAW_CHANGE, PROVIDER, RS.UPDATE_PENDING),
    Case("R5", C, RS.PUBLISHED, A.LAW_CHANGE, SUPERVISOR_SIDE, RS.UPDATE_PENDING,
         role=SUPERVISOR),
    Case("N7", C, RS.UPDATE_PENDING, A.EXTEND_UPDATE, SUPERVISOR_SIDE, RS.UPDATE_PENDING,
         role=SUPERVISOR, profile=N),
]  # fmt: skip

SUSPENSION_CASES = [
    Case("R17", SUSPENSION_FLOW, None, A.SUSPEND, PROVIDER, SuspensionStatus.ACTIVE),
    Case("R17", SUSPENSION_FLOW, None, A.TERMINATE, PROVIDER, SuspensionStatus.ACTIVE),
    Case("R17", SUSPENSION_FLOW, SuspensionStatus.ACTIVE, A.LIFT, PROVIDER,
         SuspensionStatus.LIFTED, facts=Facts(suspension_kind=SuspensionKind.SUSPEND)),
]  # fmt: skip

LEGAL_CASES = [
    *REQUEST_CASES,
    *FEEDBACK_CASES,
    *DISPUTE_CASES,
    *FILING_CASES,
    *CATALOG_CASES,
    *SUSPENSION_CASES,
]


@pytest.mark.parametrize("case", LEGAL_CASES, ids=lambda c: c.id)
def test_legal_transition(case: Case) -> None:
    row = case.flow.transition(
        case.state, case.action, case.role, case.side, case.profile, facts=case.facts
    )
    assert row.next_state is case.expected
    assert row.rule == case.rule
    assert case.action in case.flow.allowed_actions(
        case.state, case.role, case.side, case.profile, facts=case.facts
    )


@pytest.mark.parametrize("flow", FLOWS.values(), ids=lambda f: f.name)
def test_every_table_row_has_a_case(flow: StateMachine[Any]) -> None:
    cases = {(c.state, c.action, c.expected, c.rule) for c in LEGAL_CASES if c.flow is flow}
    rows = {(r.state, r.action, r.next_state, r.rule) for r in flow.rows}
    assert rows - cases == set(), "table rows without a test case"
    assert cases - rows == set(), "test cases without a table row"


def test_string_codes_are_accepted_as_the_server_receives_them() -> None:
    row = REQUEST_FLOW.transition("submitted", "refuse", OFFICER, PROVIDER, H)
    assert row.next_state is RQ.REFUSED


# ----------------------------------------------------------------------------- refusals


@dataclass(frozen=True)
class Refusal:
    flow: StateMachine[Any]
    state: Any
    action: Any
    role: Role
    side: ActorSide
    profile: RuleProfile
    facts: Facts
    code: str


def _no(  # noqa: PLR0917 - one positional per column keeps the table below readable
    flow: StateMachine[Any],
    state: Any,
    action: Any,
    role: Role,
    side: ActorSide,
    profile: RuleProfile,
    facts: Facts,
    code: str,
    *,
    id: str,
) -> Any:
    return pytest.param(Refusal(flow, state, action, role, side, profile, facts, code), id=id)


REFUSALS = [
    # wrong state
    _no(R, RQ.WITHDRAWN, A.APPROVE, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.illegal_transition", id="R11-withdrawn-cannot-be-approved"),
    _no(R, RQ.GRANTED, A.WITHDRAW, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.illegal_transition", id="R12-granted-cannot-be-withdrawn"),
    _no(R, RQ.TERMINATED, A.LIFT, OFFICER, PROVIDER, H,
        Facts(suspended_from=RQ.GRANTED), "workflow.illegal_transition",
        id="R17-termination-cannot-be-lifted"),
    _no(R, None, A.APPROVE, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.illegal_transition", id="R13-nothing-to-approve-yet"),
    _no(F, FB.ACCEPTED, A.RESOLVE_CORRECTED, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.illegal_transition", id="R22-accepted-is-closed"),
    _no(D, DS.DECIDED, A.WITHDRAW, OFFICER, ActorSide.RAISER, H, NO_FACTS,
        "workflow.illegal_transition", id="R15-decided-cannot-be-withdrawn"),
    _no(C, RS.DRAFT, A.PUBLISH, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.illegal_transition", id="R3-publish-needs-review-first"),
    _no(C, RS.DRAFT, A.REVIEW_APPROVE, SUPERVISOR, SUPERVISOR_SIDE, H, NO_FACTS,
        "workflow.illegal_transition", id="R3-draft-not-submitted-for-review"),
    _no(FILING_FLOW, FilingStatus.ACKNOWLEDGED, A.ACKNOWLEDGE, SUPERVISOR,
        SUPERVISOR_SIDE, H, NO_FACTS, "workflow.illegal_transition",
        id="R14-acknowledged-twice"),
    _no(SUSPENSION_FLOW, SuspensionStatus.LIFTED, A.LIFT, OFFICER, PROVIDER, H,
        Facts(suspension_kind=SuspensionKind.SUSPEND), "workflow.illegal_transition",
        id="R17-lifted-twice"),
    # wrong role
    _no(F, FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, OFFICER, PROVIDER, H,
        NO_FACTS, "workflow.role_not_allowed", id="R20-only-the-head-approves"),
    _no(F, FB.EXTENSION_REQUESTED, A.REJECT_EXTENSION, OFFICER, PROVIDER, H,
        NO_FACTS, "workflow.role_not_allowed", id="R20-only-the-head-rejects"),
    _no(C, RS.IN_REVIEW, A.REVIEW_APPROVE, OFFICER, SUPERVISOR_SIDE, H, NO_FACTS,
        "workflow.role_not_allowed", id="R3-officer-cannot-review"),
    _no(R, RQ.SUBMITTED, A.REFUSE, Role.ADMIN, PROVIDER, H, NO_FACTS,
        "workflow.role_not_allowed", id="R13-admin-does-not-reply"),
    _no(D, DS.OPEN, A.DECIDE, HEAD, SUPERVISOR_SIDE, H, NO_FACTS,
        "workflow.role_not_allowed", id="R15-head-does-not-coordinate"),
    # wrong side
    _no(R, RQ.SUBMITTED, A.APPROVE, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.side_not_allowed", id="R13-requester-cannot-approve-itself"),
    _no(R, RQ.SUBMITTED, A.WITHDRAW, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.side_not_allowed", id="R11-provider-cannot-withdraw"),
    _no(R, RQ.GRANTED, A.SUSPEND, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.side_not_allowed", id="R17-only-the-provider-suspends"),
    _no(C, RS.APPROVED, A.PUBLISH, SUPERVISOR, SUPERVISOR_SIDE, H, NO_FACTS,
        "workflow.side_not_allowed", id="R3-the-department-publishes"),
    _no(D, DS.OPEN, A.WITHDRAW, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.side_not_allowed", id="R15-only-the-raiser-withdraws"),
    _no(D, DS.ESCALATED, A.DECIDE, SUPERVISOR, SUPERVISOR_SIDE, N, NO_FACTS,
        "workflow.side_not_allowed", id="N9-escalated-needs-the-higher-supervisor"),
    _no(D, DS.OPEN, A.DECIDE, SUPERVISOR, HIGHER, H, NO_FACTS,
        "workflow.side_not_allowed", id="R15-same-level-supervisor-decides"),
    # not in the profile
    _no(R, RQ.SUBMITTED, A.REQUEST_MATERIAL, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.not_in_profile", id="N3-no-material-notice-in-hunan"),
    _no(R, RQ.SUBMITTED, A.EXTEND_REPLY, SUPERVISOR, SUPERVISOR_SIDE, H, CONDITIONAL,
        "workflow.not_in_profile", id="R13-no-reply-extension-in-hunan"),
    _no(R, RQ.APPROVED, A.DELIVER, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.not_in_profile", id="N4-no-delivery-clock-in-hunan"),
    _no(F, FB.SUBMITTED, A.REQUEST_EXTENSION, OFFICER, PROVIDER, N, NO_FACTS,
        "workflow.not_in_profile", id="N6-no-verification-extension-national"),
    _no(F, FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, HEAD, PROVIDER, N, NO_FACTS,
        "workflow.not_in_profile", id="N6-no-extension-approval-national"),
    _no(D, DS.OPEN, A.ESCALATE, SUPERVISOR, SUPERVISOR_SIDE, H, NO_FACTS,
        "workflow.not_in_profile", id="R15-no-escalation-in-hunan"),
    _no(C, RS.UPDATE_PENDING, A.EXTEND_UPDATE, SUPERVISOR, SUPERVISOR_SIDE, H,
        NO_FACTS, "workflow.not_in_profile", id="R5-no-update-extension-in-hunan"),
    # the facts of the case
    _no(R, RQ.SUBMITTED, A.REQUEST_MATERIAL, OFFICER, PROVIDER, N,
        Facts(material_notice_sent=True), "workflow.material_notice_repeated",
        id="N3-second-material-notice"),
    _no(R, RQ.SUBMITTED, A.RAISE_DISPUTE, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.not_overdue", id="R15-dispute-before-the-reply-is-due"),
    _no(F, FB.SUBMITTED, A.RAISE_DISPUTE, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.not_overdue", id="R15-dispute-before-verification-is-due"),
    _no(R, None, A.SUBMIT, OFFICER, REQUESTER, H, NO_FACTS,
        "workflow.share_attribute_unknown", id="R10-share-attribute-unknown"),
    _no(R, RQ.SUBMITTED, A.EXTEND_REPLY, SUPERVISOR, SUPERVISOR_SIDE, N,
        UNCONDITIONAL, "workflow.share_attribute_mismatch",
        id="N2-extension-is-for-conditional-requests"),
    _no(R, RQ.SUSPENDED, A.LIFT, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.resume_state_unknown", id="R17-lift-without-the-previous-state"),
    _no(SUSPENSION_FLOW, SuspensionStatus.ACTIVE, A.LIFT, OFFICER, PROVIDER, H,
        Facts(suspension_kind=SuspensionKind.TERMINATE), "workflow.termination_final",
        id="R17-termination-is-final"),
    # not an action of this workflow at all
    _no(R, RQ.SUBMITTED, "fly", OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.unknown_action", id="unknown-action"),
    _no(R, RQ.APPROVED, A.PUBLISH, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.unknown_action", id="catalog-action-on-a-request"),
    _no(R, "lost", A.APPROVE, OFFICER, PROVIDER, H, NO_FACTS,
        "workflow.unknown_state", id="unknown-state"),
]  # fmt: skip


@pytest.mark.parametrize("refusal", REFUSALS)
def test_refusal(refusal: Refusal) -> None:
    r = refusal
    with pytest.raises(DomainError) as caught:
        r.flow.transition(r.state, r.action, r.role, r.side, r.profile, facts=r.facts)
    error = caught.value
    assert error.code == r.code
    assert error.message_zh.strip()
    assert error.message_en.strip()
    assert r.code not in error.message_zh
    assert r.code not in error.message_en
    assert error.message_zh != error.message_en
    if r.code != "workflow.unknown_state":
        allowed = r.flow.allowed_actions(r.state, r.role, r.side, r.profile, facts=r.facts)
        assert r.action not in allowed


def test_refusal_speaks_the_officers_language() -> None:
    with pytest.raises(DomainError) as caught:
        REQUEST_FLOW.transition(RQ.WITHDRAWN, A.APPROVE, OFFICER, PROVIDER, H)
    # The state and the action by their labels, not their codes.
    assert RQ.WITHDRAWN.zh in caught.value.message_zh
    assert A.APPROVE.zh in caught.value.message_zh
    assert "withdrawn" not in caught.value.message_zh
    with pytest.raises(DomainError) as caught:
        FEEDBACK_FLOW.transition(FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, OFFICER, PROVIDER, H)
    assert Role.HEAD.zh in caught.value.message_zh
    assert Role.HEAD.en in caught.value.message_en
    assert caught.value.rule == "R20"


# ------------------------------------------------------------------- clocks and obligations


def _row(case: Case) -> Any:
    return case.flow.transition(
        case.state, case.action, case.role, case.side, case.profile, facts=case.facts
    )


def _days_started(case: Case, profile: RuleProfile) -> int | None:
    clock = clock_for(_row(case), profile)
    return None if clock is None else clock.working_days


SUBMIT_CONDITIONAL = Case("R13", R, None, A.SUBMIT, REQUESTER, RQ.SUBMITTED, facts=CONDITIONAL)
APPROVE = Case("R13", R, RQ.SUBMITTED, A.APPROVE, PROVIDER, RQ.APPROVED)
AGREE = Case("R14", R, RQ.NEGOTIATING, A.AGREE, PROVIDER, RQ.AGREED)
SUBMIT_FEEDBACK = Case("R20", F, None, A.SUBMIT, REQUESTER, FB.SUBMITTED)
LAW_CHANGE = Case("R5", C, RS.PUBLISHED, A.LAW_CHANGE, PROVIDER, RS.UPDATE_PENDING)
SUBMIT_ENTRY = Case("R3", C, RS.DRAFT, A.SUBMIT_FOR_REVIEW, PROVIDER, RS.IN_REVIEW)


# (transition, working days started under hunan, under national): rules.md and DESIGN.md.
@pytest.mark.parametrize(
    ("case", "hunan_days", "national_days"),
    [
        pytest.param(SUBMIT_CONDITIONAL, 10, 10, id="R13-reply-10-working-days"),
        pytest.param(APPROVE, None, 20, id="N4-delivery-20-after-consent"),
        pytest.param(AGREE, None, 20, id="N4-delivery-20-after-agreement"),
        pytest.param(SUBMIT_FEEDBACK, 5, 10, id="R20-verification-5-national-10"),
        pytest.param(LAW_CHANGE, 15, 10, id="R5-catalog-update-15-national-10"),
        pytest.param(SUBMIT_ENTRY, None, 2, id="N5-supervisor-review-2"),
    ],
)
def test_clock_started(case: Case, hunan_days: int | None, national_days: int | None) -> None:
    assert _days_started(case, H) == hunan_days
    assert _days_started(case, N) == national_days


def test_unconditional_request_starts_no_clock_in_hunan_and_one_day_nationally() -> None:
    # R12: obtained directly, nothing to count; N1: the provider answers within 1 working day.
    direct = REQUEST_FLOW.transition(None, A.SUBMIT, OFFICER, REQUESTER, H, facts=UNCONDITIONAL)
    assert clock_for(direct, H) is None
    timed = REQUEST_FLOW.transition(None, A.SUBMIT, OFFICER, REQUESTER, N, facts=UNCONDITIONAL)
    clock = clock_for(timed, N)
    assert clock is not None
    assert clock.working_days == 1


def test_resubmission_restarts_the_reply_clock_of_its_kind() -> None:
    for attribute, days in ((ShareAttribute.UNCONDITIONAL, 1), (ShareAttribute.CONDITIONAL, 10)):
        facts = Facts(share_attribute=attribute, material_notice_sent=True)
        row = REQUEST_FLOW.transition(
            RQ.MATERIAL_REQUESTED, A.RESUBMIT, OFFICER, REQUESTER, N, facts=facts
        )
        clock = clock_for(row, N)
        assert clock is not None
        assert clock.working_days == days


@pytest.mark.parametrize(
    ("case", "cap"),
    [
        pytest.param(Case("R20", F, FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, PROVIDER,
                          FB.EXTENDED, role=HEAD), 15, id="R20-extension-at-most-15"),
        pytest.param(Case("N2", R, RQ.SUBMITTED, A.EXTEND_REPLY, SUPERVISOR_SIDE, RQ.SUBMITTED,
                          role=SUPERVISOR, profile=N, facts=CONDITIONAL), 10,
                     id="N2-reply-extension-at-most-10"),
        pytest.param(Case("N7", C, RS.UPDATE_PENDING, A.EXTEND_UPDATE, SUPERVISOR_SIDE,
                          RS.UPDATE_PENDING, role=SUPERVISOR, profile=N), 5,
                     id="N7-update-extension-at-most-5"),
    ],
)  # fmt: skip
def test_extension_cap(case: Case, cap: int) -> None:
    row = _row(case)
    extension = extension_for(row, case.profile)
    assert extension is not None
    assert extension.working_days == cap
    assert clock_for(row, case.profile) is None  # an extension does not restart the clock


def test_replies_and_refusals_start_no_new_clock_in_hunan() -> None:
    refuse = REQUEST_FLOW.transition(RQ.SUBMITTED, A.REFUSE, OFFICER, PROVIDER, H)
    assert clock_for(refuse, H) is None
    assert extension_for(refuse, H) is None


@pytest.mark.parametrize(
    ("case", "filing"),
    [
        pytest.param(AGREE, FilingKind.NOT_SHARED_AGREEMENT, id="R14-agreement-is-filed"),
        pytest.param(Case("R5", C, RS.APPROVED, A.PUBLISH, PROVIDER, RS.PUBLISHED,
                          facts=Facts(is_update=True)), FilingKind.CATALOG_UPDATE,
                     id="R5-published-update-is-filed"),
        pytest.param(Case("R3", C, RS.APPROVED, A.PUBLISH, PROVIDER, RS.PUBLISHED), None,
                     id="R3-first-publication-needs-no-filing"),
        pytest.param(Case("R17", SUSPENSION_FLOW, None, A.SUSPEND, PROVIDER,
                          SuspensionStatus.ACTIVE), FilingKind.MISUSE_REPORT,
                     id="R17-suspension-is-reported"),
        pytest.param(Case("R17", SUSPENSION_FLOW, None, A.TERMINATE, PROVIDER,
                          SuspensionStatus.ACTIVE), FilingKind.MISUSE_REPORT,
                     id="R17-termination-is-reported"),
        pytest.param(Case("R14", R, RQ.NEGOTIATING, A.DECLINE, PROVIDER, RQ.DECLINED), None,
                     id="R14-declining-needs-no-filing"),
    ],
)  # fmt: skip
def test_required_filing(case: Case, filing: FilingKind | None) -> None:
    assert _row(case).requires_filing is filing


@pytest.mark.parametrize(
    ("case", "notice"),
    [
        pytest.param(Case("R20", F, FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, PROVIDER,
                          FB.EXTENDED, role=HEAD), NotificationKind.VERIFICATION_EXTENDED,
                     id="R20-extension-is-told-to-the-user"),
        pytest.param(Case("R22", F, FB.SUBMITTED, A.RESOLVE_CORRECTED, PROVIDER, FB.CORRECTED),
                     NotificationKind.FEEDBACK_RESOLVED, id="R22-correction-is-told"),
    ],
)  # fmt: skip
def test_required_notice(case: Case, notice: NotificationKind) -> None:
    assert _row(case).notifies is notice


def test_extension_approvers_in_the_tables_are_the_profiles_approvers() -> None:
    def roles_of(flow: StateMachine[Any], action: Action) -> set[Role]:
        return {role for row in flow.rows if row.action is action for role in row.roles}

    assert roles_of(FEEDBACK_FLOW, A.APPROVE_EXTENSION) == {H.verification_extension_approver}
    assert roles_of(REQUEST_FLOW, A.EXTEND_REPLY) == {N.conditional_reply_extension_approver}
    assert roles_of(CATALOG_FLOW, A.EXTEND_UPDATE) == {N.catalog_update_extension_approver}


# ---------------------------------------------------------------------------- allowed actions


def test_provider_buttons_on_a_submitted_request() -> None:
    reply = [A.APPROVE, A.APPROVE_WITH_CONDITIONS, A.REFUSE]
    assert REQUEST_FLOW.allowed_actions(RQ.SUBMITTED, OFFICER, PROVIDER, H) == reply
    # N3: the national rules add the one-time notice, until it has been used.
    assert REQUEST_FLOW.allowed_actions(RQ.SUBMITTED, OFFICER, PROVIDER, N) == [
        *reply,
        A.REQUEST_MATERIAL,
    ]
    used = Facts(material_notice_sent=True)
    assert REQUEST_FLOW.allowed_actions(RQ.SUBMITTED, OFFICER, PROVIDER, N, facts=used) == reply


def test_requester_may_go_to_the_supervisor_only_once_the_reply_is_overdue() -> None:
    assert REQUEST_FLOW.allowed_actions(RQ.SUBMITTED, OFFICER, REQUESTER, H) == [A.WITHDRAW]
    overdue = REQUEST_FLOW.allowed_actions(RQ.SUBMITTED, OFFICER, REQUESTER, H, facts=OVERDUE)
    assert overdue == [A.WITHDRAW, A.RAISE_DISPUTE]


def test_extension_decision_is_the_heads() -> None:
    state = FB.EXTENSION_REQUESTED
    head = FEEDBACK_FLOW.allowed_actions(state, HEAD, PROVIDER, H)
    officer = FEEDBACK_FLOW.allowed_actions(state, OFFICER, PROVIDER, H)
    assert A.APPROVE_EXTENSION in head
    assert A.REJECT_EXTENSION in head
    assert A.APPROVE_EXTENSION not in officer
    assert A.REJECT_EXTENSION not in officer
    assert A.RESOLVE_CORRECTED in officer


def test_a_caller_may_bring_all_their_roles() -> None:
    both = {OFFICER, HEAD}
    row = FEEDBACK_FLOW.transition(FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, both, PROVIDER, H)
    assert row.next_state is FB.EXTENDED
    assert A.APPROVE_EXTENSION in FEEDBACK_FLOW.allowed_actions(
        FB.EXTENSION_REQUESTED, both, PROVIDER, H
    )
    with pytest.raises(DomainError) as caught:
        FEEDBACK_FLOW.transition(
            FB.EXTENSION_REQUESTED, A.APPROVE_EXTENSION, {OFFICER, Role.ADMIN}, PROVIDER, H
        )
    assert caught.value.code == "workflow.role_not_allowed"


def test_nothing_is_allowed_on_a_closed_request() -> None:
    for side in ActorSide:
        for role in Role:
            assert REQUEST_FLOW.allowed_actions(RQ.WITHDRAWN, role, side, N) == []


@pytest.mark.parametrize(
    ("flow", "state", "final"),
    [
        (REQUEST_FLOW, RQ.WITHDRAWN, True),
        (REQUEST_FLOW, RQ.TERMINATED, False),  # R15: a dispute can still be raised
        (REQUEST_FLOW, RQ.GRANTED, False),  # R17: may still be suspended
        (FEEDBACK_FLOW, FB.ACCEPTED, True),
        (DISPUTE_FLOW, DS.DECIDED, True),
        (FILING_FLOW, FilingStatus.ACKNOWLEDGED, True),
        (CATALOG_FLOW, RS.RETIRED, True),
        (SUSPENSION_FLOW, SuspensionStatus.LIFTED, True),
    ],
    ids=lambda v: getattr(v, "value", getattr(v, "name", str(v))),
)
def test_closed_states(flow: StateMachine[Any], state: Any, final: bool) -> None:
    assert flow.is_final(state) is final


# Every guard both holding and failing, and a case where everything is true at once.
_FACT_VARIANTS = [
    NO_FACTS,
    UNCONDITIONAL,
    CONDITIONAL,
    NOT_SHARED,
    OVERDUE,
    Facts(share_attribute=ShareAttribute.CONDITIONAL, material_notice_sent=True),
    Facts(suspended_from=RQ.GRANTED),
    Facts(suspended_from=RQ.DELIVERED),
    Facts(suspension_kind=SuspensionKind.SUSPEND),
    Facts(suspension_kind=SuspensionKind.TERMINATE),
    Facts(is_update=True),
    Facts(
        share_attribute=ShareAttribute.UNCONDITIONAL,
        overdue=True,
        material_notice_sent=True,
        suspended_from=RQ.APPROVED,
        suspension_kind=SuspensionKind.SUSPEND,
        is_update=True,
    ),
]


@pytest.mark.parametrize("profile", [H, N], ids=lambda p: p.id)
@pytest.mark.parametrize("flow", FLOWS.values(), ids=lambda f: f.name)
def test_allowed_actions_agree_with_transition_everywhere(
    flow: StateMachine[Any], profile: RuleProfile
) -> None:
    """Buttons and commands never disagree, and no two rows ever match the same case."""
    for state, role, side, facts in itertools.product(
        [None, *flow.states.__members__.values()], Role, ActorSide, _FACT_VARIANTS
    ):
        allowed = flow.allowed_actions(state, role, side, profile, facts=facts)
        for action in flow.actions:
            try:
                flow.transition(state, action, role, side, profile, facts=facts)
            except DomainError:
                assert action not in allowed, (state, action, role, side, facts)
            else:
                assert action in allowed, (state, action, role, side, facts)


@pytest.mark.parametrize(
    ("feature", "hunan", "national"),
    [
        (ProfileFeature.DIRECT_UNCONDITIONAL, True, False),  # R12 / N1
        (ProfileFeature.UNCONDITIONAL_REPLY, False, True),
        (ProfileFeature.MATERIAL_NOTICE, False, True),  # N3
        (ProfileFeature.DELIVERY, False, True),  # N4
        (ProfileFeature.REPLY_EXTENSION, False, True),  # R13 flat / N2
        (ProfileFeature.VERIFICATION_EXTENSION, True, False),  # R20 / N6
        (ProfileFeature.CATALOG_UPDATE_EXTENSION, False, True),  # R5 flat / N7
        (ProfileFeature.DISPUTE_ESCALATION, False, True),  # R15 / N9
    ],
    ids=lambda v: getattr(v, "value", str(v)),
)
def test_profile_features(feature: ProfileFeature, hunan: bool, national: bool) -> None:
    assert feature.enabled_in(H) is hunan
    assert feature.enabled_in(N) is national

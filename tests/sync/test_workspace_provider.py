"""The provider's side against a real local store: the inbox (overdue first, R13), the written
reply refused without reasons and queued with If-Match (R13), the not-shared negotiation and its
filing (R14), misuse (R17), and the national rules' notice of missing material and delivery
clock (N3, N4). Dates are counted by hand in ``provider_setup``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from app.models.entities import Filing, ShareRequest, Suspension
from app.models.enums import (
    DeliveryMethod,
    FilingKind,
    FilingStatus,
    ReplyDecision,
    RequestStatus,
    SuspensionKind,
    SuspensionStatus,
)
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from app.models.workflows import Action
from app.sync.store import LocalStore, SyncKey
from app.sync.store_outbox import OutboxState
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import (
    PENDING_NUMBER_ZH,
    InboxFilter,
    InboxScope,
    ReplyDraft,
)
from app.sync.workspace_types import Urgency
from tests.models.commands_setup import PROV_SUP
from tests.sync.provider_setup import NOW, POLICE, Inbox, provider_desk, seeded
from tests.sync.workspace_setup import Clock, Province

REASONS = "申请用途不属于贵单位法定职责范围，依据《中华人民共和国居民身份证法》不予共享。"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def world(store: LocalStore) -> tuple[Province, Inbox]:
    return seeded(store)


@pytest.fixture
def desk(store: LocalStore, world: tuple[Province, Inbox]) -> ProviderDesk:
    return provider_desk(store, world[0], Clock(NOW))


@pytest.fixture
def inbox(world: tuple[Province, Inbox]) -> Inbox:
    return world[1]


def cached(store: LocalStore, request_id: UUID) -> ShareRequest:
    found = store.get("request", str(request_id))
    assert isinstance(found, ShareRequest)
    return found


# ------------------------------------------------------------------------------ the inbox


def test_r13_inbox_lists_overdue_first_then_by_due_date(desk: ProviderDesk, inbox: Inbox) -> None:
    rows = desk.inbox()
    assert [r.id for r in rows] == [inbox.overdue.id, inbox.due_today.id, inbox.due_later.id,
                                    inbox.negotiating.id]
    assert [(r.due, r.days_left, r.urgency) for r in rows[:3]] == [
        (date(2026, 11, 16), -9, Urgency.OVERDUE),
        (date(2026, 11, 27), 0, Urgency.DUE_SOON),
        (date(2026, 12, 4), 5, Urgency.NORMAL),
    ]
    assert rows[0].clock_citation is not None
    assert rows[0].clock_citation.rule_id == "R13"
    assert rows[3].due is None  # R14: a negotiation runs no clock
    assert {r.requester_name for r in rows} == {"湖南省市场监督管理局"}
    assert rows[0].resource_name == "居民身份证信息"


def test_closed_and_consented_requests_are_listed_only_under_all(
    desk: ProviderDesk, inbox: Inbox
) -> None:
    everything = {r.id for r in desk.inbox(InboxFilter(InboxScope.ALL))}
    assert {inbox.refused.id, inbox.approved.id} <= everything
    due = {r.id for r in desk.inbox()}
    assert inbox.refused.id not in due
    assert inbox.approved.id not in due  # Hunan rules: no delivery clock after consent


def test_inbox_filter_matches_resource_requester_and_purpose(
    desk: ProviderDesk, inbox: Inbox
) -> None:
    assert {r.id for r in desk.inbox(InboxFilter(text="出入境"))} == {inbox.negotiating.id}
    assert len(desk.inbox(InboxFilter(text="市场监督"))) == 4
    assert desk.inbox(InboxFilter(text="没有这样的申请")) == []


def test_detail_names_the_request_resource_requester_and_actions(
    desk: ProviderDesk, inbox: Inbox
) -> None:
    detail = desk.detail(inbox.due_later.id)
    assert detail is not None
    assert detail.requester_name == "湖南省市场监督管理局"
    assert detail.resource is not None
    assert detail.resource.share.legal_basis == "《中华人民共和国居民身份证法》"
    assert detail.request.purpose == inbox.due_later.purpose
    assert [entry.action_code for entry in detail.timeline] == ["submit"]
    # R13 under the Hunan rules: approve, approve with conditions or refuse; no N3 notice.
    assert detail.actions == (Action.APPROVE, Action.APPROVE_WITH_CONDITIONS, Action.REFUSE)
    negotiating = desk.detail(inbox.negotiating.id)
    assert negotiating is not None
    assert negotiating.actions == (Action.AGREE, Action.DECLINE)  # R14
    consented = desk.detail(inbox.approved.id)
    assert consented is not None
    assert consented.actions == (Action.SUSPEND, Action.TERMINATE)  # R17


# ------------------------------------------------------------------------------ the reply


def test_r13_refusal_without_reasons_is_refused_locally_and_nothing_is_queued(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    with pytest.raises(DomainError) as refused:
        desk.reply(inbox.overdue.id, ReplyDraft(decision=ReplyDecision.REFUSE, reasons=" "))
    assert [(e.field, e.code) for e in refused.value.field_errors] == [
        ("reasons", "reply.reasons_required")]
    assert store.outbox.items() == []
    assert cached(store, inbox.overdue.id).status is RequestStatus.SUBMITTED


def test_r13_refusal_with_reasons_is_queued_with_if_match_and_shows_pending(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    item_id = desk.reply(inbox.overdue.id, ReplyDraft(decision=ReplyDecision.REFUSE,
                                                      reasons=REASONS))
    [item] = store.outbox.items()
    assert item.id == item_id
    assert (item.method, item.path, item.if_match) == (
        "POST", f"/api/v1/requests/{inbox.overdue.id}/reply", str(inbox.overdue.version))
    assert item.body == {"decision": "refuse", "reasons": REASONS, "conditions": "",
                         "delivery_method": None}
    local = cached(store, inbox.overdue.id)
    assert local.status is RequestStatus.REFUSED
    assert local.version == inbox.overdue.version + 1
    assert local.reply is not None
    assert (local.reply.reasons, local.reply.cited_rule) == (REASONS, "R13")
    row = next(r for r in desk.inbox() if r.id == inbox.overdue.id)
    assert row.pending_state is OutboxState.QUEUED  # still listed until the platform answers
    letter = desk.letter(inbox.overdue.id)
    assert letter is not None
    assert not letter.numbered  # the platform numbers replies
    assert letter.number("zh") == PENDING_NUMBER_ZH
    assert (letter.provider_name, letter.requester_name) == ("湖南省公安厅",
                                                             "湖南省市场监督管理局")
    assert letter.citation_zh.endswith("（R13）")


def test_discarding_the_queued_reply_puts_the_request_back(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    item_id = desk.reply(inbox.due_today.id, ReplyDraft(decision=ReplyDecision.REFUSE,
                                                        reasons=REASONS))
    desk.workspace.discard(item_id)
    assert store.outbox.items() == []
    assert cached(store, inbox.due_today.id) == inbox.due_today


def test_r13_check_reply_names_every_missing_field(desk: ProviderDesk) -> None:
    def codes(draft: ReplyDraft) -> set[str]:
        return {error.code for error in desk.check_reply(draft)}

    assert codes(ReplyDraft(decision=ReplyDecision.REFUSE)) == {"reply.reasons_required"}
    assert codes(ReplyDraft(decision=ReplyDecision.REFUSE, reasons="不行")) == {
        "reply.reasons_too_short"}
    assert codes(ReplyDraft(decision=ReplyDecision.APPROVE_WITH_CONDITIONS)) == {
        "reply.conditions_required", "reply.delivery_method_required"}
    assert codes(ReplyDraft(decision=ReplyDecision.APPROVE,
                            delivery_method=DeliveryMethod.PLATFORM_FILE)) == set()


def test_approval_with_conditions_is_queued_with_its_delivery_method(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    desk.reply(inbox.due_later.id, ReplyDraft(
        decision=ReplyDecision.APPROVE_WITH_CONDITIONS, conditions="仅限企业登记窗口核验使用",
        delivery_method=DeliveryMethod.PLATFORM_INTERFACE))
    [item] = store.outbox.items()
    assert item.body is not None
    assert item.body["delivery_method"] == "platform_interface"
    local = cached(store, inbox.due_later.id)
    assert local.status is RequestStatus.APPROVED_WITH_CONDITIONS
    assert local.delivery_due is None  # R13 under the Hunan rules: no delivery clock


# ------------------------------------------------------------------------------ national rules


def test_n3_material_notice_and_n4_delivery_clock_under_the_national_rules(
    store: LocalStore, world: tuple[Province, Inbox]
) -> None:
    store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    province, inbox = world
    desk = provider_desk(store, province, Clock(NOW))
    detail = desk.detail(inbox.due_later.id)
    assert detail is not None
    assert Action.REQUEST_MATERIAL in detail.actions  # N3
    assert detail.delivery_clock is not None
    assert detail.delivery_clock.working_days == 20

    desk.request_material(inbox.due_later.id, "请补充加盖公章的申请函和数据安全承诺书。")
    noticed = cached(store, inbox.due_later.id)
    assert (noticed.status, noticed.due) == (RequestStatus.MATERIAL_REQUESTED, None)

    desk.reply(inbox.due_today.id, ReplyDraft(decision=ReplyDecision.APPROVE,
                                              delivery_method=DeliveryMethod.PLATFORM_FILE))
    consented = cached(store, inbox.due_today.id)
    # N4: 20 working days after Fri 27 Nov: 30 Nov–4 Dec (5) … 21–25 Dec (20).
    assert consented.delivery_due == date(2026, 12, 25)
    row = next(r for r in desk.inbox() if r.id == inbox.due_today.id)
    assert (row.due, row.days_left) == (date(2026, 12, 25), 20)
    assert row.clock_citation is not None
    assert row.clock_citation.rule_id == "N4"


def test_n3_material_notice_is_refused_under_the_hunan_rules(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    with pytest.raises(DomainError) as refused:
        desk.request_material(inbox.due_later.id, "请补充加盖公章的申请函。")
    assert refused.value.code == "workflow.not_in_profile"
    assert store.outbox.items() == []


# ------------------------------------------------------------------------------ negotiation


def test_r14_agreement_creates_the_filing_locally_awaiting_acknowledgement(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    terms = "仅提供出境记录中的出境日期和口岸两项，按季度通过共享平台交换。"
    desk.agree(inbox.negotiating.id, terms)
    [item] = store.outbox.items()
    assert (item.path, item.if_match, item.body) == (
        f"/api/v1/requests/{inbox.negotiating.id}/agree", str(inbox.negotiating.version),
        {"terms": terms})
    assert cached(store, inbox.negotiating.id).status is RequestStatus.AGREED
    [raw] = store.select_json("filing", {"subject_id": str(inbox.negotiating.id)})
    filing = store.get("filing", raw["id"])
    assert isinstance(filing, Filing)
    assert (filing.kind, filing.status) == (FilingKind.NOT_SHARED_AGREEMENT,
                                            FilingStatus.PENDING)
    assert (filing.department_id, filing.supervisor_department_id) == (POLICE.id, PROV_SUP.id)
    detail = desk.detail(inbox.negotiating.id)
    assert detail is not None
    assert [f.id for f in detail.filings] == [filing.id]


def test_r14_decline_needs_reasons(desk: ProviderDesk, store: LocalStore, inbox: Inbox) -> None:
    with pytest.raises(DomainError) as refused:
        desk.decline(inbox.negotiating.id, "不同意")
    assert refused.value.field_errors[0].field == "reasons"
    assert store.outbox.items() == []
    desk.decline(inbox.negotiating.id, "出入境记录涉及国家安全，依法不向其他部门提供。")
    assert cached(store, inbox.negotiating.id).status is RequestStatus.DECLINED


# ------------------------------------------------------------------------------ misuse


def test_r17_suspension_needs_reasons(desk: ProviderDesk, store: LocalStore, inbox: Inbox) -> None:
    with pytest.raises(DomainError) as refused:
        desk.stop(inbox.approved.id, SuspensionKind.SUSPEND, "违规")
    assert refused.value.field_errors[0].field == "reasons"
    assert store.outbox.items() == []
    assert store.select_json("suspension") == []


def test_r17_suspension_is_reported_and_lifting_restores_the_approval(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    reasons = "发现使用部门将共享数据转交第三方公司用于商业营销，超出申请用途。"
    desk.stop(inbox.approved.id, SuspensionKind.SUSPEND, reasons)
    [item] = store.outbox.items()
    assert (item.path, item.if_match) == (f"/api/v1/requests/{inbox.approved.id}/suspend",
                                          str(inbox.approved.version))
    assert cached(store, inbox.approved.id).status is RequestStatus.SUSPENDED
    [raw] = store.select_json("suspension", {"request_id": str(inbox.approved.id)})
    suspension = store.get("suspension", raw["id"])
    assert isinstance(suspension, Suspension)
    assert (suspension.kind, suspension.status, suspension.reasons) == (
        SuspensionKind.SUSPEND, SuspensionStatus.ACTIVE, reasons)
    report = store.get("filing", str(suspension.reported_filing_id))
    assert isinstance(report, Filing)
    assert (report.kind, report.supervisor_department_id) == (FilingKind.MISUSE_REPORT,
                                                              PROV_SUP.id)
    detail = desk.detail(inbox.approved.id)
    assert detail is not None
    assert detail.actions == (Action.TERMINATE, Action.LIFT)
    assert report.id in {f.id for f in detail.filings}

    desk.lift(inbox.approved.id, "使用部门已整改并提交书面说明")
    assert cached(store, inbox.approved.id).status is RequestStatus.APPROVED
    lifted = store.get("suspension", str(suspension.id))
    assert isinstance(lifted, Suspension)
    assert lifted.status is SuspensionStatus.LIFTED
    assert [i.if_match for i in store.outbox.items()] == [
        str(inbox.approved.version), str(inbox.approved.version + 1)]


def test_r17_a_termination_cannot_be_lifted(
    desk: ProviderDesk, store: LocalStore, inbox: Inbox
) -> None:
    desk.stop(inbox.approved.id, SuspensionKind.TERMINATE,
              "使用部门擅自改变数据用途且拒不整改，终止提供。")
    assert cached(store, inbox.approved.id).status is RequestStatus.TERMINATED
    detail = desk.detail(inbox.approved.id)
    assert detail is not None
    assert detail.actions == ()
    with pytest.raises(DomainError):
        desk.lift(inbox.approved.id)


# ------------------------------------------------------------------------------ the platform


def test_r14_and_r17_commands_reach_the_platform_with_the_ids_shown_locally(live: Any) -> None:
    """The outbox bodies and paths are the platform's, and the filing and suspension shown as
    pending carry the ids the platform gives them (derived from the command's key)."""
    from app.models.entities import ShareSpec, TimelineEvent
    from app.models.enums import ShareAttribute
    from app.sync.engine import SyncEngine
    from app.sync.workspace import Workspace

    world = live.world
    not_shared = world.resource(name="出入境证件信息", share=ShareSpec(
        attribute=ShareAttribute.NOT_SHARED, legal_basis="《中华人民共和国出境入境管理法》"))
    negotiating = world.request(not_shared, status=RequestStatus.NEGOTIATING,
                                scenario="出入境协查")
    approval = TimelineEvent(at=world.clock.now, action="approve", status_after="approved",
                             rule="R13")
    consented = world.request(world.resource(), status=RequestStatus.APPROVED,
                              timeline=(approval,))
    store, client = live.store("provider"), live.client("provider")
    engine = SyncEngine(store, client)
    try:
        assert engine.sync().completed
        desk = ProviderDesk(Workspace.for_user(store, world.user["provider"], clock=world.clock))

        agreed = desk.agree(negotiating.id, "仅提供出境日期和口岸两项，按季度交换。")
        [local_filing] = store.select_json("filing", {"subject_id": str(negotiating.id)})
        assert engine.sync().outbox_sent == (agreed,)
        seen = live.view("provider")
        assert seen["request"][str(negotiating.id)]["status"] == "agreed"
        assert seen["filing"][local_filing["id"]]["status"] == "pending"  # R14, same id
        assert store.get_json("filing", local_filing["id"])["status"] == "pending"

        reasons = "发现使用部门将共享数据转交第三方公司用于商业营销，超出申请用途。"
        stopped = desk.stop(consented.id, SuspensionKind.SUSPEND, reasons)
        [local_stop] = store.select_json("suspension", {"request_id": str(consented.id)})
        lifted = desk.lift(consented.id, "已整改")
        assert engine.sync().outbox_sent == (stopped, lifted)
        seen = live.view("provider")
        assert seen["suspension"][local_stop["id"]]["reasons"] == reasons  # R17, same id
        assert seen["suspension"][local_stop["id"]]["status"] == "lifted"
        assert seen["request"][str(consented.id)]["status"] == "approved"
        assert store.outbox.items() == []
    finally:
        client.close()
        store.close()

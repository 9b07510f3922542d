"""The officer's workspace against a real local store: drafts, submissions through the outbox,
withdrawals with If-Match, disputes, countdowns and the outbox's retry/edit/discard.

Expected dates are counted by hand from the State Council General Office's notice on the 2026
public holidays (国务院办公厅关于2026年部分节假日安排的通知): National Day and Mid-Autumn
1–7 October off, Saturday 10 October a make-up working day; nothing off in November/December.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.models.codec import to_json_dict
from app.models.enums import RequestStatus
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from app.models.workflows import Action
from app.sync.store import LocalStore, SyncKey
from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import AttachmentRef, ReplyKind, RequestFilter, RequestScope, Urgency
from tests.sync.workspace_setup import (
    Clock,
    Province,
    beijing,
    form,
    seed,
    server_request,
    upsert,
    workspace,
)

FRIDAY = beijing(2026, 11, 27)  # a Friday; ten working days later is Friday 11 December


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def province(store: LocalStore) -> Province:
    return seed(store)


@pytest.fixture
def clock() -> Clock:
    return Clock(FRIDAY)


# ------------------------------------------------------------------------- expected reply


def test_r13_conditional_reply_is_due_ten_working_days_after_today(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    expected = workspace(store, clock).expected_reply(province.conditional)
    assert expected.kind is ReplyKind.DUE
    assert expected.working_days == 10
    # Mon 30 Nov … Fri 4 Dec (5), Mon 7 … Fri 11 Dec (10).
    assert expected.due is not None
    assert expected.due.date == date(2026, 12, 11)
    assert not expected.estimated
    assert expected.citation is not None
    assert expected.citation.rule_id == "R13"


def test_r13_clock_skips_national_day_and_counts_the_make_up_saturday(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    clock.moment = beijing(2026, 9, 25)  # Friday before National Day
    expected = workspace(store, clock).expected_reply(province.conditional)
    # 28, 29, 30 Sep (3); 1–7 Oct off; 8, 9 Oct (5); Sat 10 Oct make-up (6); 12–15 Oct (10).
    assert expected.due is not None
    assert expected.due.date == date(2026, 10, 15)


def test_r13_clock_in_an_unpublished_year_is_marked_estimated(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    clock.moment = beijing(2027, 3, 1)
    expected = workspace(store, clock).expected_reply(province.conditional)
    assert expected.estimated
    assert expected.due is not None
    assert expected.due.unknown_years == (2027,)


def test_r12_unconditional_under_hunan_is_obtained_immediately(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    expected = workspace(store, clock).expected_reply(province.unconditional)
    assert expected.kind is ReplyKind.IMMEDIATE
    assert expected.rule == "R12"
    assert expected.due is None


def test_n1_unconditional_under_the_cached_national_profile_is_due_next_working_day(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    ws = workspace(store, clock)
    expected = ws.expected_reply(province.unconditional)
    assert expected.kind is ReplyKind.DUE
    assert expected.due is not None
    assert expected.due.date == date(2026, 11, 30)
    assert all(note.code != "reference.profile_default" for note in ws.reference_notes())


def test_r14_not_shared_is_negotiated_without_a_clock(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    expected = workspace(store, clock).expected_reply(province.not_shared)
    assert (expected.kind, expected.rule, expected.due) == (ReplyKind.NEGOTIATION, "R14", None)


def test_without_synced_rules_the_workspace_says_it_uses_hunan_2021(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    assert ws.profile.id == "hunan-2021"
    codes = {note.code for note in ws.reference_notes()}
    assert {"reference.profile_default", "reference.calendar_default"} <= codes
    assert "湖南省" in ws.reference_notes()[0].message("zh")


# ------------------------------------------------------------------------- drafts and submit


def test_drafts_survive_closing_the_store(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as first:
        province = seed(first)
        typed = form(province.conditional, purpose="半句话")
        draft_id = workspace(first, clock).save_draft(typed)
    with LocalStore.open(path) as again:
        kept = workspace(again, clock).draft(draft_id)
    assert kept == replace(typed, draft_id=draft_id)


def test_r11_submit_without_purpose_is_refused_and_queues_nothing(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    draft_id = ws.save_draft(form(province.conditional, purpose=""))
    with pytest.raises(DomainError) as refused:
        ws.submit_request(ws.draft(draft_id))  # type: ignore[arg-type]
    assert "purpose" in {error.field for error in refused.value.field_errors}
    assert store.outbox.items() == []
    assert ws.draft(draft_id) is not None
    assert [row.is_draft for row in ws.my_requests()] == [True]


def test_submit_queues_one_post_whose_key_is_the_request_id_and_shows_it_pending(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    draft_id = ws.save_draft(form(province.conditional))
    submitted = ws.submit_request(ws.draft(draft_id))  # type: ignore[arg-type]

    [item] = store.outbox.items()
    assert (item.method, item.path, item.if_match) == ("POST", "/api/v1/requests", None)
    assert item.id == submitted.outbox_id == submitted.request_id  # the Idempotency-Key
    assert item.body is not None
    assert item.body["id"] == str(submitted.request_id)
    assert item.body["resource_id"] == str(province.conditional.id)
    assert item.body["data_items"] == ["公民身份号码", "姓名"]
    assert item.body["legal_basis"] == form(province.conditional).legal_basis
    assert ws.draft(draft_id) is None  # the draft became the request

    [row] = ws.my_requests()
    assert row.id == submitted.request_id
    assert (row.status, row.pending, row.pending_state) == (
        RequestStatus.SUBMITTED, True, OutboxState.QUEUED)
    assert (row.due, row.days_left, row.urgency) == (date(2026, 12, 11), 10, Urgency.NORMAL)
    assert row.resource_name == "居民身份证信息"
    assert row.provider_name == "湖南省公安厅"
    assert row.clock_citation is not None
    assert row.clock_citation.rule_id == "R13"


def test_r12_unconditional_submission_is_granted_at_once_locally(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    submitted = ws.submit_request(form(province.unconditional, legal_basis="", contact_name="",
                                       contact_phone=""))
    assert submitted.status is RequestStatus.GRANTED
    assert ws.my_requests()[0].days_left is None


def test_attachments_are_kept_with_the_queued_command(
    store: LocalStore, province: Province, clock: Clock, tmp_path: Path
) -> None:
    letter = tmp_path / "申请函.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    ws = workspace(store, clock)
    submitted = ws.submit_request(form(province.conditional, attachments=(
        AttachmentRef("申请函.pdf", path=str(letter)),)))
    [kept] = store.outbox.attachments(submitted.outbox_id)
    assert kept.filename == "申请函.pdf"
    assert store.outbox.attachment_data(kept.id) == b"%PDF-1.4 letter"
    pending = ws.request(submitted.request_id)
    assert [a.filename for a in pending.attachments] == ["申请函.pdf"]


# ------------------------------------------------------------------------- withdraw, dispute


def _cached(store: LocalStore, request: object) -> None:
    store.apply_changes([upsert("request", request)], None)


def test_r11_withdraw_sends_if_match_with_the_cached_version_and_discard_restores_it(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    open_request = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                                  submitted=beijing(2026, 11, 20), due=date(2026, 12, 4),
                                  version=3)
    _cached(store, open_request)
    ws = workspace(store, clock)
    assert ws.request_detail(open_request.id).actions == (Action.WITHDRAW,)  # type: ignore[union-attr]

    item_id = ws.withdraw(open_request.id, "需求已取消")
    item = store.outbox.get(item_id)
    assert item is not None
    assert item.path == f"/api/v1/requests/{open_request.id}/withdraw"
    assert (item.if_match, item.body) == ("3", {"note": "需求已取消"})
    assert ws.request(open_request.id).status is RequestStatus.WITHDRAWN

    ws.discard(item_id)
    assert store.outbox.items() == []
    assert store.get_json("request", str(open_request.id)) == to_json_dict(open_request)


def test_discard_keeps_platform_data_that_reached_the_same_version_number(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    """The queued withdrawal wrote version 4 locally; the platform meanwhile made its own
    version 4 (the provider replied). Discarding must not put the old version 3 back."""
    open_request = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                                  submitted=beijing(2026, 11, 20), due=date(2026, 12, 4),
                                  version=3)
    _cached(store, open_request)
    ws = workspace(store, clock)
    item_id = ws.withdraw(open_request.id, "需求已取消")
    local = store.get_json("request", str(open_request.id))
    assert local is not None
    assert local["version"] == 4
    replied = replace(open_request, status=RequestStatus.REFUSED, version=4)
    _cached(store, replied)

    ws.discard(item_id)
    assert store.get_json("request", str(open_request.id)) == to_json_dict(replied)


def test_discarding_a_conflict_shows_the_platforms_version(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    open_request = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                                  submitted=beijing(2026, 11, 20), due=date(2026, 12, 4),
                                  version=3)
    _cached(store, open_request)
    ws = workspace(store, clock)
    item_id = ws.withdraw(open_request.id, "需求已取消")
    theirs = to_json_dict(replace(open_request, status=RequestStatus.REFUSED, version=5))
    store.outbox.mark_conflict(item_id, theirs)

    ws.discard(item_id)
    assert store.outbox.items() == []
    assert store.get_json("request", str(open_request.id)) == theirs


def test_r15_dispute_after_a_refusal_is_queued_and_marks_the_request_pending(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    refused = server_request(province.conditional, province, status=RequestStatus.REFUSED,
                             submitted=beijing(2026, 11, 10), due=date(2026, 11, 24), version=2)
    _cached(store, refused)
    ws = workspace(store, clock)
    detail = ws.request_detail(refused.id)
    assert detail is not None
    assert detail.actions == (Action.RAISE_DISPUTE,)
    assert detail.reply is not None
    assert detail.reply.reply_number == "湘公数答〔2026〕7号"
    assert [e.action for e in detail.timeline] == [Action.SUBMIT, Action.REFUSE]
    assert detail.timeline[1].actor_name == "李建国"

    with pytest.raises(DomainError) as short:
        ws.raise_dispute(refused.id, "不同意")
    assert short.value.field_errors[0].field == "reason"
    assert store.outbox.items() == []

    reason = "本局承担企业登记核验职责，依据《优化营商环境条例》应予共享，请主管部门协调。"
    item_id = ws.raise_dispute(refused.id, reason)
    item = store.outbox.get(item_id)
    assert item is not None
    assert item.body is not None
    assert (item.path, item.entity) == ("/api/v1/disputes", "dispute")
    assert (item.body["subject"], item.body["subject_id"]) == ("request", str(refused.id))
    [row] = ws.my_requests()
    assert row.pending
    after = ws.request_detail(refused.id)
    assert after is not None
    assert after.actions == ()


# ------------------------------------------------------------------------- my requests


def test_my_requests_lists_overdue_first_with_working_days_left(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    def make(due: date, status: RequestStatus = RequestStatus.SUBMITTED) -> object:
        return server_request(province.conditional, province, status=status,
                              submitted=beijing(2026, 11, 2), due=due)

    overdue = make(date(2026, 11, 25))  # Wed; today Fri 27 Nov: Thu, Fri → 2 days overdue
    soon = make(date(2026, 12, 1))  # Mon 30, Tue 1 → 2 working days left
    later = make(date(2026, 12, 9))  # 30 Nov … 4 Dec (5), 7, 8, 9 → 8
    refused = make(date(2026, 11, 16), RequestStatus.REFUSED)
    for request in (refused, later, soon, overdue):
        _cached(store, request)
    rows = workspace(store, clock).my_requests()
    assert [r.id for r in rows] == [overdue.id, soon.id, later.id, refused.id]  # type: ignore[attr-defined]
    assert [(r.days_left, r.urgency) for r in rows] == [
        (-2, Urgency.OVERDUE), (2, Urgency.DUE_SOON), (8, Urgency.NORMAL), (None, Urgency.NONE)]
    only_open = workspace(store, clock).my_requests(RequestFilter(RequestScope.OPEN))
    assert refused.id not in {r.id for r in only_open}  # type: ignore[attr-defined]


def test_countdown_into_an_unpublished_year_is_marked_estimated(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    clock.moment = beijing(2026, 12, 28)
    request = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                             submitted=beijing(2026, 12, 25), due=date(2027, 1, 12))
    _cached(store, request)
    [row] = workspace(store, clock).my_requests()
    # 29, 30, 31 Dec (3); 2027 weekdays, unpublished: Fri 1 Jan (4), 4–8 Jan (9), 11, 12 (11).
    assert (row.days_left, row.estimated) == (11, True)


# ------------------------------------------------------------------------- the outbox


def test_edit_holds_the_item_and_resend_puts_the_checked_text_back(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    typed = form(province.conditional)
    submitted = ws.submit_request(typed)
    editing = ws.edit(submitted.outbox_id)
    assert store.outbox.get(submitted.outbox_id).state is OutboxState.HELD  # type: ignore[union-attr]
    assert editing.form is not None
    assert replace(editing.form, draft_id=None) == typed

    with pytest.raises(DomainError):
        ws.resend_edited(submitted.outbox_id, replace(editing.form, purpose="查询"))
    assert store.outbox.get(submitted.outbox_id).state is OutboxState.HELD  # type: ignore[union-attr]

    better = "办理企业开办登记和变更登记时核验法定代表人身份"
    ws.resend_edited(submitted.outbox_id, replace(editing.form, purpose=better))
    item = store.outbox.get(submitted.outbox_id)
    assert item is not None
    assert item.state is OutboxState.QUEUED
    assert item.body is not None
    assert item.body["purpose"] == better
    assert ws.request(submitted.request_id).purpose == better

    ws.discard(submitted.outbox_id)
    assert store.outbox.items() == []
    assert ws.my_requests() == []  # never sent: nothing left pending


def test_retry_of_a_refused_command_clears_the_servers_reason(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    ws = workspace(store, clock)
    submitted = ws.submit_request(form(province.conditional))
    store.outbox.mark_sending(submitted.outbox_id)
    store.outbox.mark_needs_attention(submitted.outbox_id, {
        "status": 422, "code": "request.purpose_too_short",
        "detail": "使用用途过于简略。", "detail_en": "The purpose of use is too brief.",
    })
    [row] = ws.outbox_items()
    assert row.state is OutboxState.NEEDS_ATTENTION
    assert (row.problem("zh"), row.problem("en")) == (
        "使用用途过于简略。", "The purpose of use is too brief.")
    assert row.subject == "居民身份证信息"

    ws.retry(submitted.outbox_id)
    [again] = ws.outbox_items()
    assert (again.state, again.problem("en")) == (OutboxState.QUEUED, "")


def test_conflict_shows_both_versions_and_retry_sends_against_the_servers(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    seen = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                          submitted=beijing(2026, 11, 20), due=date(2026, 12, 4), version=3)
    _cached(store, seen)
    ws = workspace(store, clock)
    item_id = ws.withdraw(seen.id, "需求已取消")
    theirs = replace(seen, version=4, purpose="办理企业开办登记及年报时核验法定代表人身份信息")
    store.outbox.mark_sending(item_id)
    store.outbox.mark_conflict(item_id, to_json_dict(theirs), {"status": 412})

    versions = ws.conflict_versions(item_id)
    assert (versions.base_version, versions.server_version) == ("3", 4)
    version_line = next(f for f in versions.fields if f.name == "version")
    assert (version_line.mine, version_line.theirs, version_line.differs) == ("3", "4", True)

    ws.retry(item_id)
    item = store.outbox.get(item_id)
    assert item is not None
    assert (item.state, item.if_match) == (OutboxState.QUEUED, "4")
    assert ws.request(seen.id).version == 5  # withdrawn on top of the server's version


def test_conflict_retry_is_refused_when_the_servers_state_forbids_the_command(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    seen = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                          submitted=beijing(2026, 11, 20), due=date(2026, 12, 4), version=1)
    _cached(store, seen)
    ws = workspace(store, clock)
    item_id = ws.withdraw(seen.id)
    refused = server_request(province.conditional, province, status=RequestStatus.REFUSED,
                             submitted=beijing(2026, 11, 20), due=date(2026, 12, 4), version=2)
    store.outbox.mark_sending(item_id)
    store.outbox.mark_conflict(item_id, to_json_dict(replace(refused, id=seen.id)))
    with pytest.raises(DomainError):
        ws.retry(item_id)  # R11: a refused request can no longer be withdrawn
    assert store.outbox.get(item_id).state is OutboxState.CONFLICT  # type: ignore[union-attr]


def test_edit_of_a_withdrawal_returns_its_note(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    seen = server_request(province.conditional, province, status=RequestStatus.SUBMITTED,
                          submitted=beijing(2026, 11, 20), due=date(2026, 12, 4))
    _cached(store, seen)
    ws = workspace(store, clock)
    item_id = ws.withdraw(seen.id, "需求已取消")
    assert ws.edit(item_id).text == "需求已取消"
    ws.resend_edited(item_id, "业务调整，不再需要")
    item = store.outbox.get(item_id)
    assert item is not None
    assert item.body == {"note": "业务调整，不再需要"}
    assert item.state is OutboxState.QUEUED


def test_unknown_request_is_a_readable_refusal(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    with pytest.raises(DomainError) as missing:
        workspace(store, clock).withdraw(uuid.uuid4())
    assert missing.value.code == "request.not_found"

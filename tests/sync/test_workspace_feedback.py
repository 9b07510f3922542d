"""The feedback workspace against a real local store (R20–R22), and the outbox's upload step
against the real reference server.

Deadlines are counted by hand from the State Council's 2026 holiday notice (国务院办公厅关于
2026年部分节假日安排的通知): nothing is off between 27 November and 31 December 2026, so the
verification clock of feedback received on Friday 27 November runs Mon 30 Nov … Fri 4 Dec
(5 working days, R20) and an extension of 15 more runs Mon 7 Dec … Fri 25 Dec.
"""

from __future__ import annotations

import hashlib
import random
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.models.commands import Actor
from app.models.commands_feedback import FeedbackInput, submit_feedback
from app.models.entities import DataItem, Feedback
from app.models.enums import FeedbackKind, FeedbackOutcome, FeedbackStatus
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from app.models.workflows import Action
from app.sync.evidence import EVIDENCE_MAX_BYTES, check_file
from app.sync.store import LocalStore, SyncKey
from app.sync.workspace import Workspace
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_feedback_types import FeedbackFormData, FeedbackList
from app.sync.workspace_types import AttachmentRef, Urgency
from tests.models.commands_setup import HEAD, PROVIDER, REQUESTER, env
from tests.sync.workspace_setup import Clock, Province, beijing, seed, upsert

FRIDAY = beijing(2026, 11, 27)
DESCRIPTION = "该公民身份号码第 17 位与出生日期不符"


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real (tiny, grey) PNG: signature, IHDR, IDAT, IEND with their CRCs."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


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


def desk(store: LocalStore, clock: Clock, actor: Actor = REQUESTER) -> FeedbackWorkspace:
    return FeedbackWorkspace(Workspace(store, actor, clock=clock))


def report(province: Province, **changes: Any) -> FeedbackFormData:
    base = FeedbackFormData(resource_id=province.conditional.id, kind=FeedbackKind.ERROR,
                            data_item="公民身份号码", record_reference="430102198001011234",
                            description=DESCRIPTION, proposed_value="43010219800101123X")
    return replace(base, **changes)


def on_platform(store: LocalStore, province: Province, **changes: Any) -> Feedback:
    """Feedback as the platform holds it after the user department reported it on FRIDAY."""
    data = FeedbackInput(id=uuid.uuid4(), data_item="姓名", kind=FeedbackKind.DOUBT,
                         description="姓名中的生僻字显示为问号", record_reference="张*明")
    feedback = submit_feedback(data, province.conditional, REQUESTER, env(FRIDAY)).entity
    feedback = replace(feedback, **changes)
    store.apply_changes([upsert("feedback", feedback)], None)
    return feedback


# ----------------------------------------------------------------------------- the report


def test_r20_feedback_without_description_is_refused_locally_and_nothing_is_queued(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    with pytest.raises(DomainError) as refused:
        desk(store, clock).submit(report(province, description="  "))
    assert [e.field for e in refused.value.field_errors] == ["description"]
    assert store.outbox.items() == []
    assert store.select_json("feedback") == []


def test_r20_obvious_error_needs_the_value_believed_right(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    feedback = desk(store, clock)
    problems = feedback.check(report(province, proposed_value=""), province.conditional)
    assert [(p.field, p.code) for p in problems] == [
        ("proposed_value", "feedback.proposed_value_required")]
    # A doubt may leave it empty: the provider verifies what is right.
    assert feedback.check(report(province, kind=FeedbackKind.DOUBT, proposed_value=""),
                          province.conditional) == []
    with pytest.raises(DomainError):
        feedback.submit(report(province, proposed_value=""))
    assert store.outbox.items() == []


def test_r20_report_is_queued_with_its_evidence_and_shown_pending_with_its_clock(
    store: LocalStore, province: Province, clock: Clock, tmp_path: Path
) -> None:
    picture = tmp_path / "户籍底卡.png"
    picture.write_bytes(png_bytes())
    feedback = desk(store, clock)
    queued = feedback.submit(report(province, attachments=(
        AttachmentRef(picture.name, path=str(picture)),)))

    (item,) = store.outbox.items()
    assert (item.id, item.kind, item.path) == (queued.outbox_id, "feedback.submit",
                                                 "/api/v1/feedback")
    assert item.body is not None
    assert item.body["attachment_ids"] == []
    (kept,) = store.outbox.attachments(item.id)
    assert (kept.filename, kept.content_type, kept.size) == (picture.name, "image/png",
                                                              len(png_bytes()))
    assert store.outbox.attachment_data(kept.id) == png_bytes()
    assert kept.sha256 == hashlib.sha256(png_bytes()).hexdigest()
    # R20: received today (Friday 27 Nov), verified within 5 working days: Friday 4 Dec.
    assert queued.expected_due is not None
    assert queued.expected_due.date == date(2026, 12, 4)
    (row,) = feedback.rows(FeedbackList.MINE)
    assert (row.id, row.status, row.pending) == (queued.feedback_id, FeedbackStatus.SUBMITTED,
                                                 True)
    assert (row.due, row.days_left, row.urgency) == (date(2026, 12, 4), 5, Urgency.NORMAL)
    assert row.clock_citation is not None
    assert row.clock_citation.rule_id == "R20"
    assert row.verifying  # R21 applies while it runs
    cached = store.get_json("feedback", str(queued.feedback_id))
    assert cached is not None
    assert [a["filename"] for a in cached["attachments"]] == [
        picture.name]


def test_a_refused_evidence_file_stops_the_submission(
    store: LocalStore, province: Province, clock: Clock, tmp_path: Path
) -> None:
    program = tmp_path / "证据.png"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a Windows program, renamed
    with pytest.raises(DomainError) as refused:
        desk(store, clock).submit(report(province, attachments=(
            AttachmentRef(program.name, path=str(program)),)))
    assert refused.value.code == "attachment.type_not_allowed"
    assert store.outbox.items() == []


def test_evidence_is_checked_by_content_and_size_like_the_server(tmp_path: Path) -> None:
    from app.sync import evidence
    from server.attachments import ALLOWED_TYPES

    assert evidence.ALLOWED_TYPES == ALLOWED_TYPES  # the client says what the server would
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (EVIDENCE_MAX_BYTES + 1))
    with pytest.raises(DomainError) as too_large:
        check_file(big)
    assert too_large.value.code == "attachment.too_large"
    assert "10 MB" in too_large.value.message_en
    document = tmp_path / "说明.docx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert check_file(document).content_type.endswith("wordprocessingml.document")
    plain_zip = tmp_path / "材料.docx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    with pytest.raises(DomainError) as not_docx:
        check_file(plain_zip)
    assert not_docx.value.code == "attachment.type_not_allowed"
    exactly = tmp_path / "正好.png"
    exactly.write_bytes(png_bytes() + b"\x00" * (EVIDENCE_MAX_BYTES - len(png_bytes())))
    assert check_file(exactly).size == EVIDENCE_MAX_BYTES


def test_feedback_drafts_are_kept_locally_and_listed_until_submitted(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    feedback = desk(store, clock)
    draft_id = feedback.save_draft(report(province, description="身份证号"))
    assert feedback.draft(draft_id) == report(province, description="身份证号",
                                              draft_id=draft_id)
    (row,) = feedback.rows(FeedbackList.MINE)
    assert (row.id, row.is_draft, row.resource_name) == (draft_id, True,
                                                         province.conditional.name)
    feedback.submit(report(province, draft_id=draft_id))
    assert feedback.drafts() == []
    assert [r.is_draft for r in feedback.rows(FeedbackList.MINE)] == [False]


# ----------------------------------------------------------------------------- verification


def test_r20_extension_longer_than_the_profile_allows_is_refused(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    received = on_platform(store, province)
    provider = desk(store, clock, PROVIDER)
    assert provider.limits().max_days == 15
    with pytest.raises(DomainError) as refused:
        provider.request_extension(received.id, days=16, reason="需调取原始户籍档案逐项比对核实")
    assert [e.field for e in refused.value.field_errors] == ["days"]
    assert store.outbox.items() == []
    item_id = provider.request_extension(received.id, days=15,
                                         reason="需调取原始户籍档案逐项比对核实")
    (item,) = store.outbox.items()
    assert (item.id, item.path, item.if_match) == (
        item_id, f"/api/v1/feedback/{received.id}/extension", str(received.version))
    assert item.body == {"days": 15, "reason": "需调取原始户籍档案逐项比对核实"}


def test_n6_national_rules_allow_no_extension(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    received = on_platform(store, province)
    provider = desk(store, clock, PROVIDER)
    assert not provider.limits().allowed
    assert provider.limits().citation.rule_id == "N6"
    detail = provider.detail(received.id)
    assert detail is not None
    assert Action.REQUEST_EXTENSION not in detail.actions
    with pytest.raises(DomainError):
        provider.request_extension(received.id, days=3, reason="需调取原始户籍档案逐项比对核实")


def test_r20_only_the_head_approves_and_the_deadline_moves_on(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    asked = on_platform(store, province)
    provider = desk(store, clock, PROVIDER)
    provider.request_extension(asked.id, days=15, reason="需调取原始户籍档案逐项比对核实")
    waiting = provider.feedback(asked.id)
    assert waiting.status is FeedbackStatus.EXTENSION_REQUESTED
    # What the platform then holds (the request answered, version 2): the head's turn.
    store.apply_changes([upsert("feedback", waiting)], None)
    for item in store.outbox.items():
        store.outbox.mark_sent(item.id)
    officer_detail = provider.detail(asked.id)
    assert officer_detail is not None
    assert Action.APPROVE_EXTENSION not in officer_detail.actions
    with pytest.raises(DomainError) as not_head:
        provider.approve_extension(asked.id)
    assert not_head.value.code == "workflow.role_not_allowed"

    head = desk(store, clock, HEAD)
    (listed,) = head.rows(FeedbackList.EXTENSIONS)
    assert (listed.id, listed.extension_days, listed.extension_approved) == (asked.id, 15, False)
    head_detail = head.detail(asked.id)
    assert head_detail is not None
    assert {Action.APPROVE_EXTENSION, Action.REJECT_EXTENSION} <= set(head_detail.actions)
    head.approve_extension(asked.id, "同意延期")
    approved = head.feedback(asked.id)
    assert approved.status is FeedbackStatus.EXTENDED
    assert approved.extension is not None
    assert approved.extension.approved_by_user_id == HEAD.user_id
    assert approved.due == date(2026, 12, 25)  # Fri 4 Dec + 15 working days
    (item,) = store.outbox.items()
    assert (item.path, item.if_match) == (f"/api/v1/feedback/{asked.id}/extension/approve",
                                          str(waiting.version))


def test_r20_head_rejects_with_reasons_and_the_original_deadline_stands(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    asked = on_platform(store, province)
    desk(store, clock, PROVIDER).request_extension(asked.id, days=5,
                                                   reason="需调取原始户籍档案逐项比对核实")
    head = desk(store, clock, HEAD)
    with pytest.raises(DomainError):
        head.reject_extension(asked.id, "不行")
    head.reject_extension(asked.id, "五个工作日内可以完成核实，请按期办理")
    rejected = head.feedback(asked.id)
    assert (rejected.status, rejected.due, rejected.extension) == (
        FeedbackStatus.SUBMITTED, date(2026, 12, 4), None)


def test_r22_resolve_needs_the_corrected_value_or_an_explanation(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    received = on_platform(store, province)
    provider = desk(store, clock, PROVIDER)
    with pytest.raises(DomainError) as no_value:
        provider.resolve(received.id, FeedbackOutcome.CORRECTED)
    assert [e.field for e in no_value.value.field_errors] == ["corrected_value"]
    with pytest.raises(DomainError) as no_reason:
        provider.resolve(received.id, FeedbackOutcome.NO_ERROR, explanation="没错")
    assert [e.field for e in no_reason.value.field_errors] == ["explanation"]
    assert store.outbox.items() == []
    provider.resolve(received.id, FeedbackOutcome.CORRECTED, corrected_value="张晓明")
    corrected = provider.feedback(received.id)
    assert (corrected.status, corrected.corrected_value) == (FeedbackStatus.CORRECTED, "张晓明")
    assert corrected.correction_notice_at is not None  # R22: the user department is told
    (item,) = store.outbox.items()
    assert item.body == {"outcome": "corrected", "corrected_value": "张晓明", "explanation": ""}


def test_r22_the_user_department_accepts_or_disputes_the_result(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    corrected = on_platform(store, province, status=FeedbackStatus.CORRECTED,
                            outcome=FeedbackOutcome.CORRECTED, corrected_value="张晓明",
                            correction_notice_at=FRIDAY + timedelta(days=2), version=3)
    officer = desk(store, clock)
    detail = officer.detail(corrected.id)
    assert detail is not None
    assert detail.side == "requester"
    assert detail.correction_notice
    assert {Action.ACCEPT, Action.RAISE_DISPUTE} <= set(detail.actions)
    assert not detail.row.verifying
    officer.dispute(corrected.id, "更正后的姓名与户籍底卡仍不一致，请主管部门协调")
    assert officer.feedback(corrected.id).status is FeedbackStatus.DISPUTED
    (dispute,) = store.select_json("dispute")
    assert dispute["subject_id"] == str(corrected.id)
    (item,) = store.outbox.items()
    assert (item.path, item.if_match) == (f"/api/v1/feedback/{corrected.id}/dispute", "3")
    officer.ws.discard(item.id)  # the undo image puts the cache back
    assert officer.feedback(corrected.id).status is FeedbackStatus.CORRECTED
    officer.accept(corrected.id)
    assert officer.feedback(corrected.id).status is FeedbackStatus.ACCEPTED


def test_lists_show_each_side_its_feedback_overdue_first(
    store: LocalStore, province: Province, clock: Clock
) -> None:
    late = on_platform(store, province)
    fresh = on_platform(store, province, received_on=date(2026, 12, 7), due=date(2026, 12, 14),
                        submitted_at=beijing(2026, 12, 7))
    clock.moment = beijing(2026, 12, 8)  # Tuesday: the first is a working day late
    provider = desk(store, clock, PROVIDER)
    listed = provider.rows(FeedbackList.TO_VERIFY)
    assert [r.id for r in listed] == [late.id, fresh.id]
    assert [(r.days_left, r.urgency) for r in listed] == [(-2, Urgency.OVERDUE),
                                                           (4, Urgency.NORMAL)]
    assert provider.rows(FeedbackList.MINE) == []
    assert {r.id for r in desk(store, clock).rows(FeedbackList.MINE)} == {late.id, fresh.id}
    assert [r.id for r in provider.rows(FeedbackList.TO_VERIFY, "张*明")] == [late.id, fresh.id]
    assert provider.rows(FeedbackList.TO_VERIFY, "nothing like it") == []


# ------------------------------------------------------------- the upload step, for real


@pytest.mark.slow
def test_evidence_reaches_the_platform_exactly_once_across_interrupted_pushes(
    live: Any, tmp_path: Path
) -> None:
    """A lost upload answer, then a reset command: the PNG is stored once, bound to the feedback,
    and the command goes with its server id; no upload is repeated once its id is known."""
    from app.models.entities import User
    from app.sync.client import RetryPolicy
    from app.sync.engine import SyncEngine
    from app.sync.outbox_push import OutboxPusher
    from app.sync.outbox_uploads import uploaded_id
    from tests.sync.faultproxy import Fault, FaultProxy

    world = live.world
    resource = world.resource(data_items=(DataItem(name="公民身份号码"), DataItem(name="姓名")))
    store = live.store("officer")
    direct = live.client("officer")
    assert SyncEngine(store, direct).sync().completed
    officer = store.get("user", str(world.user["officer"]))
    assert isinstance(officer, User)
    moment = Clock(world.clock.now)
    feedback = FeedbackWorkspace(Workspace.for_user(store, officer.id, clock=moment))
    picture = tmp_path / "户籍底卡.png"
    picture.write_bytes(png_bytes(4, 3))
    queued = feedback.submit(FeedbackFormData(
        resource_id=resource.id, kind=FeedbackKind.ERROR, data_item="姓名",
        description="姓名与户籍底卡不一致", proposed_value="张晓明",
        attachments=(AttachmentRef(picture.name, path=str(picture)),)))
    (kept,) = store.outbox.attachments(queued.outbox_id)

    # Connections: 1 login, 2 upload (answer lost), 3 upload again, 4 command (reset), 5 command.
    proxy = FaultProxy(live.url, seed=1, rate=0.0,
                       forced={2: Fault.DROP_RESPONSE, 4: Fault.RESET})
    url = proxy.start()
    client = live.client("officer", url=url, retry=RetryPolicy(retries=0))
    pusher = OutboxPusher(store, client, apply=lambda changes: store.apply_changes(changes, None),
                          clock=moment, rng=random.Random(7))
    try:
        for _attempt in range(3):
            outcome = pusher.push(lambda: False, lambda *_: None)
            moment.moment += timedelta(hours=2)  # past any backoff
            if outcome.sent:
                break
    finally:
        proxy.stop()
        client.close()
        direct.close()

    assert outcome.sent == [queued.outbox_id]
    lines = [p.request_line for p in proxy.log]
    assert lines == ["POST /api/v1/auth/login", "POST /api/v1/attachments",
                     "POST /api/v1/attachments", "POST /api/v1/feedback",
                     "POST /api/v1/feedback"]
    keys = {p.headers["idempotency-key"] for p in proxy.log
            if p.request_line == "POST /api/v1/attachments"}
    assert keys == {str(kept.id)}
    stored = attachments_on_server(world)
    assert len(stored) == 1
    (server_file,) = stored
    assert server_file["sha256"] == hashlib.sha256(png_bytes(4, 3)).hexdigest()
    assert (server_file["entity"], server_file["entity_id"]) == ("feedback",
                                                                 str(queued.feedback_id))
    cached = store.get_json("feedback", str(queued.feedback_id))
    assert cached is not None
    assert [a["id"] for a in cached["attachments"]] == [server_file["id"]]
    assert store.outbox.items() == []
    assert uploaded_id(store, kept.id) is None  # forgotten with the item
    store.close()


def attachments_on_server(world: Any) -> list[dict[str, Any]]:
    import sqlalchemy as sa

    from server import db, schema

    with db.read(world.platform.engine) as conn:
        return [dict(row._mapping) for row in conn.execute(sa.select(schema.attachments))]



@pytest.mark.slow
def test_a_requests_material_is_uploaded_and_bound_too(live: Any, tmp_path: Path) -> None:
    """The same upload step carries a share request's material (once lost on the way)."""
    from app.models.entities import User
    from app.sync.engine import SyncEngine
    from app.sync.workspace_types import RequestFormData

    world = live.world
    resource = world.resource(data_items=(DataItem(name="姓名"),))
    store = live.store("officer")
    client = live.client("officer")
    try:
        engine = SyncEngine(store, client)
        assert engine.sync().completed
        officer = store.get("user", str(world.user["officer"]))
        assert isinstance(officer, User)
        workspace = Workspace.for_user(store, officer.id, clock=Clock(world.clock.now))
        letter = tmp_path / "公函.pdf"
        letter.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        queued = workspace.submit_request(RequestFormData(
            resource_id=resource.id, purpose="办理企业开办登记时核验法定代表人身份信息",
            legal_basis="《优化营商环境条例》第十九条", data_items=("姓名",),
            contact_name="王晓明", contact_phone="0731-88889999",
            attachments=(AttachmentRef(letter.name, path=str(letter)),)))
        assert engine.sync().outbox_sent == (queued.outbox_id,)
    finally:
        client.close()
    (stored,) = attachments_on_server(world)
    assert (stored["filename"], stored["content_type"]) == ("公函.pdf", "application/pdf")
    assert (stored["entity"], stored["entity_id"]) == ("request", str(queued.request_id))
    cached = store.get_json("request", str(queued.request_id))
    assert cached is not None
    assert [a["id"] for a in cached["attachments"]] == [stored["id"]]
    store.close()

"""The supervisor's workspace against a real local store: pending items grouped and counted
(R13, R15, R20, R3, R5, R14, R17; R24), overdue first, jurisdiction by level, and decisions
queued through the outbox with If-Match (R3 return without comment refused locally).

Dates are counted by hand on the 2026 calendar (国务院办公厅关于2026年部分节假日安排的通知;
nothing off in November/December): "today" is Friday 27 November 2026.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from app.models.codec import to_json_dict
from app.models.entities import (
    Dispute,
    Feedback,
    Filing,
    Resource,
    ShareRequest,
    TimelineEvent,
)
from app.models.enums import (
    DepartmentLevel,
    DisputeStatus,
    DisputeSubject,
    FeedbackKind,
    FeedbackStatus,
    FilingKind,
    FilingStatus,
    RequestStatus,
    ResourceStatus,
    Role,
)
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from app.sync.store import LocalStore, SyncKey
from app.sync.workspace import Workspace
from app.sync.workspace_supervision import (
    ACKNOWLEDGE,
    DECIDE,
    REMIND,
    REVIEW,
    SupervisionDesk,
    SupervisionFilter,
    SupervisionGroup,
)
from app.sync.workspace_types import Urgency
from tests.models.commands_setup import (
    CITY_AGRI,
    CITY_HR,
    CITY_SUP,
    CITY_SUPERVISOR,
    MARKET,
    POLICE,
    PROV_SUP,
    SUPERVISOR,
)
from tests.sync.workspace_setup import (
    Clock,
    Province,
    beijing,
    seed,
    server_request,
    upsert,
)

TODAY = beijing(2026, 11, 27)
AT = beijing(2026, 11, 2)


@dataclass
class Pending:
    """The pending items :func:`seed_pending` put in the store."""

    late_reply: ShareRequest  # due Wed 25 Nov: overdue by 2 working days
    soon_reply: ShareRequest  # due Tue 1 Dec: 2 working days left
    far_reply: ShareRequest  # due 11 Dec: not yet the supervisor's concern
    late_feedback: Feedback
    extended_feedback: Feedback
    dispute: Dispute
    city_dispute: Dispute
    agreement: Filing
    misuse: Filing
    in_review: Resource
    update_due: Resource
    city_review: Resource


def _feedback(province: Province, *, status: FeedbackStatus, due: date,
              provider: uuid.UUID = POLICE.id) -> Feedback:
    return Feedback(
        id=uuid.uuid4(), resource_id=province.conditional.id, data_item="住址",
        kind=FeedbackKind.ERROR, description="住址与不动产登记信息不一致",
        requester_department_id=MARKET.id, requester_user_id=province.officer.id,
        provider_department_id=provider, status=status, submitted_at=AT,
        received_on=AT.date(), due=due, created_at=AT, updated_at=AT)


def _dispute(raiser: uuid.UUID, against: uuid.UUID, supervisor: uuid.UUID,
             subject_id: uuid.UUID) -> Dispute:
    return Dispute(
        id=uuid.uuid4(), subject=DisputeSubject.REQUEST, subject_id=subject_id,
        raised_by_department_id=raiser, against_department_id=against,
        supervisor_department_id=supervisor,
        reason="提供部门拒绝共享但未说明法律依据，请主管部门协调。", created_at=AT, updated_at=AT,
        timeline=(TimelineEvent(at=AT, actor_department_id=raiser, action="raise_dispute",
                                note="提供部门拒绝共享但未说明法律依据，请主管部门协调。",
                                status_after="open", rule="R15"),))


def _filing(kind: FilingKind, summary: str) -> Filing:
    return Filing(id=uuid.uuid4(), kind=kind, subject_id=uuid.uuid4(), department_id=POLICE.id,
                  supervisor_department_id=PROV_SUP.id, summary=summary, filed_at=AT,
                  created_at=AT, updated_at=AT)


def seed_pending(store: LocalStore) -> tuple[Province, Pending]:
    """The small province of ``workspace_setup`` and one pending item of every kind."""
    province = seed(store)
    request = province.conditional
    pending = Pending(
        late_reply=server_request(request, province, status=RequestStatus.SUBMITTED,
                                  submitted=AT, due=date(2026, 11, 25)),
        soon_reply=server_request(request, province, status=RequestStatus.SUBMITTED,
                                  submitted=AT, due=date(2026, 12, 1)),
        far_reply=server_request(request, province, status=RequestStatus.SUBMITTED,
                                 submitted=AT, due=date(2026, 12, 11)),
        late_feedback=_feedback(province, status=FeedbackStatus.SUBMITTED,
                                due=date(2026, 11, 20)),
        extended_feedback=_feedback(province, status=FeedbackStatus.EXTENDED,
                                    due=date(2026, 12, 9)),
        dispute=_dispute(MARKET.id, POLICE.id, PROV_SUP.id, uuid.uuid4()),
        city_dispute=_dispute(CITY_HR.id, CITY_AGRI.id, CITY_SUP.id, uuid.uuid4()),
        agreement=_filing(FilingKind.NOT_SHARED_AGREEMENT, "与市场监管局协商同意提供出入境信息"),
        misuse=_filing(FilingKind.MISUSE_REPORT, "发现使用部门超范围使用，已暂停提供"),
        in_review=replace(province.unconditional, id=uuid.uuid4(), code="301001/000020",
                          name="机动车驾驶证信息", status=ResourceStatus.IN_REVIEW),
        update_due=replace(province.not_shared, id=uuid.uuid4(), code="301001/000021",
                           name="户口迁移信息", status=ResourceStatus.UPDATE_PENDING,
                           law_change_due=date(2026, 11, 26)),
        city_review=replace(province.unconditional, id=uuid.uuid4(), code="301001/000022",
                            name="就业登记信息", provider_department_id=CITY_HR.id,
                            status=ResourceStatus.IN_REVIEW),
    )
    changes = [upsert("request", r) for r in
               (pending.late_reply, pending.soon_reply, pending.far_reply)]
    changes += [upsert("feedback", f) for f in (pending.late_feedback, pending.extended_feedback)]
    changes += [upsert("dispute", d) for d in (pending.dispute, pending.city_dispute)]
    changes += [upsert("filing", f) for f in (pending.agreement, pending.misuse)]
    changes += [upsert("resource", r) for r in
                (pending.in_review, pending.update_due, pending.city_review)]
    store.apply_changes(changes, "2")
    return province, pending


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def pending(store: LocalStore) -> Pending:
    return seed_pending(store)[1]


def desk(store: LocalStore, actor: object = SUPERVISOR) -> SupervisionDesk:
    return SupervisionDesk(Workspace(store, actor, clock=Clock(TODAY)))  # type: ignore[arg-type]


# ------------------------------------------------------------------------- groups and counts


def test_r24_every_kind_of_pending_item_is_grouped_and_counted(
    store: LocalStore, pending: Pending
) -> None:
    rows = desk(store).rows()
    by_group: dict[SupervisionGroup, set[uuid.UUID]] = {}
    for row in rows:
        by_group.setdefault(row.group, set()).add(row.id)
    assert by_group == {
        # R13: overdue and "within two working days"; 11 Dec is 10 working days away.
        SupervisionGroup.REPLY_DUE: {pending.late_reply.id, pending.soon_reply.id},
        SupervisionGroup.VERIFICATION_OVERDUE: {pending.late_feedback.id},  # R20
        SupervisionGroup.EXTENSION_GRANTED: {pending.extended_feedback.id},  # R20
        # R15: the province sees the city's dispute too (its level and below, R24).
        SupervisionGroup.DISPUTE: {pending.dispute.id, pending.city_dispute.id},
        SupervisionGroup.FILING: {pending.agreement.id, pending.misuse.id},  # R14, R17
        SupervisionGroup.CATALOG_REVIEW: {pending.in_review.id, pending.city_review.id},  # R3
        SupervisionGroup.CATALOG_UPDATE: {pending.update_due.id},  # R5
    }
    counts = desk(store).counts()
    assert counts.by_group[SupervisionGroup.DISPUTE] == 2
    assert counts.total == 2 + 1 + 1 + 2 + 2 + 2 + 1
    # Overdue: the late reply, the late verification and the R5 update due yesterday.
    assert counts.overdue == 3


def test_overdue_first_then_by_working_days_left(store: LocalStore, pending: Pending) -> None:
    rows = desk(store).rows()
    assert [row.urgency for row in rows[:3]] == [Urgency.OVERDUE] * 3
    # Verification due Fri 20 Nov: 5 working days late; reply due Wed 25 Nov: 2; R5 update
    # due Thu 26 Nov: 1.
    assert [(row.id, row.days_left) for row in rows[:3]] == [
        (pending.late_feedback.id, -5), (pending.late_reply.id, -2), (pending.update_due.id, -1)]
    soon = next(row for row in rows if row.id == pending.soon_reply.id)
    assert (soon.days_left, soon.urgency) == (2, Urgency.DUE_SOON)
    assert all(row.days_left is None for row in rows[-6:])


def test_r24_a_city_supervisor_sees_only_its_city(store: LocalStore, pending: Pending) -> None:
    city = desk(store, CITY_SUPERVISOR).rows()
    assert {row.id for row in city} == {pending.city_dispute.id, pending.city_review.id}
    assert all(row.actionable for row in city)
    province = {row.id: row for row in desk(store).rows()}
    # The city's dispute is in the province's view but the city coordinates it (R15).
    assert not province[pending.city_dispute.id].actionable
    assert province[pending.dispute.id].actionable


def test_filters_by_department_and_by_level(store: LocalStore, pending: Pending) -> None:
    supervision = desk(store)
    city = supervision.rows(SupervisionFilter(level=DepartmentLevel.CITY))
    assert {row.id for row in city} == {pending.city_dispute.id, pending.city_review.id}
    hr = supervision.rows(SupervisionFilter(department_id=CITY_HR.id))
    assert {row.id for row in hr} == {pending.city_review.id}
    assert {d.id for d in supervision.jurisdiction()} >= {POLICE.id, MARKET.id, CITY_HR.id}
    assert PROV_SUP.id not in {d.id for d in supervision.jurisdiction()}


def test_detail_opens_the_dispute_with_its_timeline(store: LocalStore, pending: Pending) -> None:
    supervision = desk(store)
    supervision.decide_dispute(pending.dispute.id, "双方按照协商意见于五个工作日内完成共享。")
    # Decided disputes leave the list; the filing still opens with its timeline (filed).
    detail = supervision.detail("filing", pending.misuse.id)
    assert detail is not None
    assert [entry.action_code for entry in detail.timeline] == ["file"]
    assert detail.data["summary"] == pending.misuse.summary


# ------------------------------------------------------------------------- decisions


def test_r15_deciding_a_dispute_queues_it_with_if_match(store: LocalStore,
                                                        pending: Pending) -> None:
    supervision = desk(store)
    text = "提供部门应在五个工作日内书面说明不予共享的法律依据。"
    item_id = supervision.decide_dispute(pending.dispute.id, text)
    item = store.outbox.get(item_id)
    assert item is not None
    assert (item.kind, item.method, item.path) == (
        DECIDE, "POST", f"/api/v1/disputes/{pending.dispute.id}/decide")
    assert item.body == {"decision": text}
    assert item.if_match == str(pending.dispute.version)
    cached = store.get_json("dispute", str(pending.dispute.id))
    assert cached is not None
    assert (cached["status"], cached["decision"]) == (DisputeStatus.DECIDED.value, text)
    assert pending.dispute.id not in {row.id for row in supervision.rows()}
    listed = supervision.ws.outbox_items()  # the outbox page names the command
    assert [(row.kind_zh, row.kind_en) for row in listed] == [("作出协调意见", "Decide a dispute")]


def test_r15_a_lower_levels_dispute_is_refused_locally(store: LocalStore,
                                                       pending: Pending) -> None:
    with pytest.raises(DomainError):
        desk(store).decide_dispute(pending.city_dispute.id, "省级主管部门直接作出的协调意见。")
    assert store.outbox.items() == []


def test_r3_returning_an_entry_without_a_comment_is_refused_and_nothing_queued(
    store: LocalStore, pending: Pending
) -> None:
    with pytest.raises(DomainError) as refused:
        desk(store).review_resource(pending.in_review.id, approve=False, comment=" ")
    assert refused.value.rule == "R3"
    assert [e.field for e in refused.value.field_errors] == ["comment"]
    assert store.outbox.items() == []
    cached = store.get_json("resource", str(pending.in_review.id))
    assert cached is not None
    assert cached["status"] == ResourceStatus.IN_REVIEW.value


def test_r3_returning_with_a_comment_queues_the_review(store: LocalStore,
                                                       pending: Pending) -> None:
    comment = "共享条件未写明使用范围，请补充后重新提交。"
    item_id = desk(store).review_resource(pending.in_review.id, approve=False, comment=comment)
    item = store.outbox.get(item_id)
    assert item is not None
    assert (item.kind, item.if_match) == (REVIEW, str(pending.in_review.version))
    assert item.body == {"approve": False, "comment": comment}
    cached = store.get_json("resource", str(pending.in_review.id))
    assert cached is not None
    assert (cached["status"], cached["review_comment"]) == (
        ResourceStatus.RETURNED.value, comment)


def test_r14_r17_acknowledging_filings(store: LocalStore, pending: Pending) -> None:
    supervision = desk(store)
    first = supervision.acknowledge_filing(pending.agreement.id)
    second = supervision.acknowledge_filing(pending.misuse.id)  # R17: noting a misuse report
    for item_id, filed in ((first, pending.agreement), (second, pending.misuse)):
        item = store.outbox.get(item_id)
        assert item is not None
        assert (item.kind, item.path, item.if_match) == (
            ACKNOWLEDGE, f"/api/v1/filings/{filed.id}/acknowledge", str(filed.version))
        cached = store.get_json("filing", str(filed.id))
        assert cached is not None
        assert cached["status"] == FilingStatus.ACKNOWLEDGED.value
    assert supervision.counts().by_group[SupervisionGroup.FILING] == 0
    with pytest.raises(DomainError):  # already acknowledged: the filing flow refuses
        supervision.acknowledge_filing(pending.agreement.id)


def test_r24_reminding_the_late_department(store: LocalStore, pending: Pending) -> None:
    item_id = desk(store).remind("request", pending.late_reply.id, "请尽快书面答复")
    item = store.outbox.get(item_id)
    assert item is not None
    assert (item.kind, item.path, item.if_match) == (REMIND, "/api/v1/reminders", None)
    assert item.body is not None
    assert item.body["subject_id"] == str(pending.late_reply.id)
    notice = store.get_json("notification", str(item_id))
    assert notice is not None
    assert notice["recipient_department_id"] == str(POLICE.id)
    assert notice["title_zh"].startswith("督办提醒（已逾期）")


def test_n9_escalation_only_under_the_national_profile(store: LocalStore,
                                                       pending: Pending) -> None:
    city = desk(store, CITY_SUPERVISOR)
    assert not city.can_escalate()
    with pytest.raises(DomainError):
        city.escalate_dispute(pending.city_dispute.id, "双方分歧涉及省级部门职责，需上级协调。")
    store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    city = desk(store, CITY_SUPERVISOR)
    assert city.can_escalate()
    city.escalate_dispute(pending.city_dispute.id, "双方分歧涉及省级部门职责，需上级协调。")
    cached = store.get_json("dispute", str(pending.city_dispute.id))
    assert cached is not None
    assert (cached["status"], cached["escalated_to_department_id"]) == (
        DisputeStatus.ESCALATED.value, str(PROV_SUP.id))
    # Now the province decides it (N9).
    row = next(r for r in desk(store).rows() if r.id == pending.city_dispute.id)
    assert row.actionable


def test_a_conflict_shows_both_versions_and_resends_on_the_current_one(
    store: LocalStore, pending: Pending
) -> None:
    supervision = desk(store)
    item_id = supervision.acknowledge_filing(pending.agreement.id)
    theirs = to_json_dict(replace(pending.agreement, version=2, summary="协商结果已补充协议文本"))
    store.outbox.mark_sending(item_id)
    store.outbox.mark_conflict(item_id, theirs, None)
    versions = supervision.conflict_versions(item_id)
    lines = {line.name: line for line in versions.fields}
    assert (lines["version"].mine, lines["version"].theirs) == ("1", "2")
    assert lines["summary"].differs
    new_id = supervision.resend_on_current(item_id)
    assert store.outbox.get(item_id) is None
    item = store.outbox.get(new_id)
    assert item is not None
    assert item.if_match == "2"


# ------------------------------------------------------------------ end to end, demo platform


def server_counts(engine: object, username: str, today: date) -> dict[SupervisionGroup, int]:
    """The groups counted straight from the platform's database, with the server's own
    visibility filter for ``username`` (:func:`server.authz.visible_clause`) — computed here
    from the rules, not with the workspace's code."""
    import sqlalchemy as sa

    from app.models.workdays import WorkingCalendar
    from server import authz, db, objects, schema

    with db.read(engine) as conn:  # type: ignore[arg-type]
        user = conn.execute(sa.select(schema.users.c.data)
                            .where(schema.users.c.username == username)).scalar_one()
        data = db.loads(user)
        principal = authz.Principal(data["id"], username, username, data["department_id"],
                                    frozenset(Role(r) for r in data["roles"]))
        seen: dict[str, list[dict[str, object]]] = {}
        for name in ("request", "feedback", "dispute", "filing", "resource", "department"):
            kind = objects.KINDS[name]
            rows = conn.execute(sa.select(kind.table.c.data).where(
                authz.visible_clause(principal, name, kind.table.c.id))).scalars()
            seen[name] = [db.loads(row) for row in rows]
    calendar = WorkingCalendar()
    mine = principal.department_id
    parents = {str(d["id"]): d.get("supervisor_department_id") for d in seen["department"]}

    def under(department: object) -> bool:
        current = parents.get(str(department))
        while current:
            if current == mine:
                return True
            current = parents.get(str(current))
        return False

    def left(raw: object) -> int:
        return calendar.working_days_left(today, date.fromisoformat(str(raw)))

    open_feedback = {"submitted", "extension_requested", "extended"}
    return {
        SupervisionGroup.REPLY_DUE: sum(1 for r in seen["request"] if r["status"] == "submitted"
                                        and r.get("due") and left(r["due"]) <= 2),
        SupervisionGroup.VERIFICATION_OVERDUE: sum(
            1 for f in seen["feedback"]
            if f["status"] in open_feedback and f.get("due") and left(f["due"]) < 0),
        SupervisionGroup.EXTENSION_GRANTED: sum(
            1 for f in seen["feedback"]
            if f["status"] == "extended" and not (f.get("due") and left(f["due"]) < 0)),
        SupervisionGroup.DISPUTE: sum(1 for d in seen["dispute"]
                                      if d["status"] in ("open", "escalated")),
        SupervisionGroup.FILING: sum(1 for f in seen["filing"] if f["status"] == "pending"),
        SupervisionGroup.CATALOG_REVIEW: sum(
            1 for r in seen["resource"]
            if r["status"] == "in_review" and under(r["provider_department_id"])),
        SupervisionGroup.CATALOG_UPDATE: sum(
            1 for r in seen["resource"]
            if r["status"] == "update_pending" and under(r["provider_department_id"])),
    }


def stored(engine: object, entity: str, entity_id: object) -> dict[str, object]:
    from server import db, objects

    with db.read(engine) as conn:  # type: ignore[arg-type]
        found = objects.load_json(conn, entity, str(entity_id))
    assert found is not None
    return found


@pytest.mark.slow
def test_end_to_end_the_supervisor_decides_offline_and_the_decisions_land(  # noqa: PLR0915
    tmp_path: Path,
) -> None:
    """R15, R14/R17, R3 (issue 7's journey): sync → counts match the server → offline: decide a
    dispute, acknowledge two filings, return an entry with a comment → the server restarts on
    the same database → sync → the decisions are stored → the provider's client shows the
    returned entry with the comment."""
    from keyring.backends import null

    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from app.sync.workspace_catalog import CatalogDesk
    from server.app import create_app
    from server.demo import DEMO_PASSWORD, build_demo
    from server.runner import ServerThread

    database = str(tmp_path / "platform.db")
    app = create_app(database)
    build_demo(app.state.platform.engine, resources=60)
    server = ServerThread(app)
    url = server.start()
    port = int(url.rsplit(":", 1)[1])
    stores: list[LocalStore] = []

    def session(username: str) -> tuple[PlatformClient, LocalStore, SyncEngine]:
        client = PlatformClient(url, Credentials(url, username, backend=null.Keyring()),
                                username=username)
        client.login(username, DEMO_PASSWORD)
        local = LocalStore.open(tmp_path / f"{username}.sqlite3")
        stores.append(local)
        return client, local, SyncEngine(local, client)

    try:
        client, local, sync = session("supervisor")
        assert sync.sync().completed
        workspace = Workspace.for_user(local, uuid.UUID(client.me()["user"]["id"]))
        supervision = SupervisionDesk(workspace)
        before = supervision.counts()
        expected = server_counts(app.state.platform.engine, "supervisor", workspace.today())
        assert dict(before.by_group) == expected
        assert before.total > 0
        rows = supervision.rows()
        assert rows[0].overdue  # overdue first

        provider_client, provider_store, provider_sync = session("provider")
        provider_department = uuid.UUID(provider_client.me()["user"]["department_id"])

        server.stop()  # ------------------------------------------------ offline from here
        app.state.platform.engine.dispose()
        dispute = next(r for r in rows if r.group is SupervisionGroup.DISPUTE and r.actionable)
        filings = [r for r in rows if r.group is SupervisionGroup.FILING][:2]
        entry = next(r for r in rows if r.group is SupervisionGroup.CATALOG_REVIEW
                     and r.department_id == provider_department)
        decision = "经协调，提供部门应于五个工作日内按申请范围提供脱敏数据。"
        comment = "使用范围与共享条件不一致，请按国家目录指南补充后重新提交。"
        supervision.decide_dispute(dispute.id, decision)
        for filing in filings:
            supervision.acknowledge_filing(filing.id)
        supervision.review_resource(entry.id, approve=False, comment=comment)
        assert len(local.outbox.items()) == 4
        offline = supervision.counts()
        assert offline.by_group[SupervisionGroup.DISPUTE] == expected[SupervisionGroup.DISPUTE] - 1
        assert offline.by_group[SupervisionGroup.FILING] == expected[SupervisionGroup.FILING] - 2

        app = create_app(database)  # ---------------------------- back online, same database
        server = ServerThread(app, port=port)
        assert server.start() == url
        summary = sync.sync()
        assert summary.completed
        assert len(summary.outbox_sent) == 4
        assert local.outbox.items() == []
        engine = app.state.platform.engine
        landed = stored(engine, "dispute", dispute.id)
        assert (landed["status"], landed["decision"]) == ("decided", decision)
        for filing in filings:
            assert stored(engine, "filing", filing.id)["status"] == "acknowledged"
        returned = stored(engine, "resource", entry.id)
        assert (returned["status"], returned["review_comment"]) == ("returned", comment)
        after = server_counts(engine, "supervisor", workspace.today())
        assert dict(supervision.counts().by_group) == after

        assert provider_sync.sync().completed  # ------------------- the department's client
        provider = Workspace.for_user(provider_store,
                                      uuid.UUID(provider_client.me()["user"]["id"]))
        mine = {row.id: row for row in CatalogDesk(provider).my_entries()}
        assert (mine[entry.id].status, mine[entry.id].review_comment) == (
            ResourceStatus.RETURNED, comment)
    finally:
        server.stop()
        app.state.platform.engine.dispose()
        for opened in stores:
            opened.close()


@pytest.mark.slow
def test_end_to_end_a_dispute_withdrawn_meanwhile_shows_both_versions(tmp_path: Path) -> None:
    """R15: the raising department withdraws its dispute while the supervisor, on a stale copy,
    decides it; the platform answers 412, the item is listed as a conflict with both versions,
    and sending the decision again on the current version is refused (a withdrawn dispute is
    not decided)."""
    from keyring.backends import null

    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from app.sync.store_outbox import OutboxState
    from server.app import create_app
    from server.demo import DEMO_PASSWORD, build_demo
    from server.runner import ServerThread

    app = create_app(str(tmp_path / "platform.db"))
    build_demo(app.state.platform.engine, resources=60)
    server = ServerThread(app)
    url = server.start()
    local = LocalStore.open(tmp_path / "supervisor.sqlite3")
    try:
        clients = {}
        for username in ("supervisor", "officer"):
            clients[username] = PlatformClient(
                url, Credentials(url, username, backend=null.Keyring()), username=username)
            clients[username].login(username, DEMO_PASSWORD)
        sync = SyncEngine(local, clients["supervisor"])
        assert sync.sync().completed
        workspace = Workspace.for_user(local, uuid.UUID(clients["supervisor"].me()["user"]["id"]))
        supervision = SupervisionDesk(workspace)
        officer_department = clients["officer"].me()["user"]["department_id"]
        dispute = next(
            row for row in supervision.rows() if row.group is SupervisionGroup.DISPUTE
            and local.get_json("dispute", str(row.id))["raised_by_department_id"]  # type: ignore[index]
            == officer_department)
        answer = clients["officer"].send_command(
            "POST", f"/api/v1/disputes/{dispute.id}/withdraw", {"note": "双方已自行协商一致"},
            str(uuid.uuid4()), if_match=dispute.version)
        assert answer.status == 200

        item_id = supervision.decide_dispute(dispute.id, "提供部门应于五个工作日内提供所需数据。")
        summary = sync.sync()
        assert summary.outbox_conflicts == (item_id,)
        row = next(r for r in supervision.rows() if r.id == dispute.id)
        assert (row.outbox_state, row.outbox_item_id) == (OutboxState.CONFLICT, item_id)
        versions = {line.name: line for line in supervision.conflict_versions(item_id).fields}
        assert (versions["status"].mine, versions["status"].theirs) == (
            DisputeStatus.OPEN.value, DisputeStatus.WITHDRAWN.value)
        with pytest.raises(DomainError):
            supervision.resend_on_current(item_id)
        supervision.discard(item_id)
        assert local.outbox.items() == []
        assert sync.sync().completed
        assert dispute.id not in {r.id for r in supervision.rows()}
        assert stored(app.state.platform.engine, "dispute", dispute.id)["decision"] == ""
    finally:
        server.stop()
        app.state.platform.engine.dispose()
        local.close()

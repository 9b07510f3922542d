"""The sync engine against the real reference server on 127.0.0.1: pull, push, 410, cancel.

The yardstick is the server's own read of what a user may see (``live.view``), compared with
everything the local store holds (``cached``).
"""

from __future__ import annotations

import random
import sqlite3
import threading
import uuid
from dataclasses import replace
from typing import Any

import pytest

from app.models.entities import DataItem
from app.models.enums import ResourceStatus
from app.sync.client import PlatformClient
from app.sync.engine import PHASES, SyncEngine
from app.sync.problems import AuthExpired, Gone, NetworkUnavailable
from app.sync.store import LocalStore, SyncKey
from app.sync.store_outbox import OutboxState
from server import db, feed, schema
from tests.server.conftest import START, Clock
from tests.sync.conftest import (
    LivePlatform,
    cached,
    queue_submit,
    queue_withdraw,
)
from tests.sync.faultproxy import Fault, FaultProxy


class Rig:
    """One officer's client, store and engine, on an injected clock."""

    def __init__(self, live: LivePlatform, username: str = "officer", *,
                 url: str | None = None, page_size: int = 1000, login: bool = True) -> None:
        self.live = live
        self.username = username
        self.clock = Clock(START)
        self.client: PlatformClient = live.client(username, url=url, login=login)
        self.store: LocalStore = live.store(f"{username}-{uuid.uuid4().hex[:6]}")
        self.engine = SyncEngine(self.store, self.client, clock=self.clock,
                                 page_size=page_size, rng=random.Random(7))

    def sync(self, **options: Any) -> Any:
        return self.engine.sync(**options)

    def converged(self) -> bool:
        return cached(self.store) == self.live.view(self.username)


def catalog_resource(live: LivePlatform, name: str = "居民身份证信息", **changes: Any) -> Any:
    items = (DataItem(name="姓名"), DataItem(name="身份证号"))
    return live.world.resource(name=name, data_items=items, **changes)


def set_feed_floor_to_head(live: LivePlatform) -> None:
    """The server compacts its change log: older cursors are no longer honoured (410)."""
    with db.write(live.world.platform.engine) as conn:
        schema.put_setting(conn, "feed_floor", str(feed.head_seq(conn)))


# --------------------------------------------------------------------------------- pull


@pytest.mark.parametrize("username", ["officer", "provider", "supervisor", "county_officer"])
def test_first_sync_holds_exactly_what_the_server_shows(live: LivePlatform,
                                                        username: str) -> None:
    published = catalog_resource(live)
    catalog_resource(live, "药品经营许可信息", status=ResourceStatus.DRAFT)  # R3: not public yet
    live.world.request(published, requester="officer")
    live.world.request(published, requester="county_officer")
    rig = Rig(live, username)
    summary = rig.sync()
    view = live.view(username)
    assert cached(rig.store) == view
    assert summary.full_resync
    assert summary.completed
    assert summary.check is not None
    assert summary.check.ok
    assert summary.check.server_count == sum(len(objects) for objects in view.values())
    for entity, objects in view.items():
        assert summary.entities[entity].reloaded == len(objects)
    assert rig.store.state(SyncKey.USERNAME) == username
    assert rig.store.state(SyncKey.SERVER_URL) == rig.client.server_url
    assert rig.store.state(SyncKey.LAST_SYNC_AT) == START.isoformat()


def test_incremental_sync_reports_what_was_inserted_and_updated(live: LivePlatform) -> None:
    kept = catalog_resource(live)
    changed = catalog_resource(live, "企业登记信息")
    rig = Rig(live)
    rig.sync()
    added = catalog_resource(live, "社会保险参保信息")
    live.world.put(replace(changed, name="企业登记信息（含分支机构）", version=1))
    request = live.world.request(kept, requester="officer")
    summary = rig.sync()
    assert not summary.full_resync
    assert summary.check is None
    assert summary.entities["resource"].inserted == {str(added.id)}
    assert summary.entities["resource"].updated == {str(changed.id)}
    assert summary.entities["request"].inserted == {str(request.id)}
    assert summary.changed_entities >= {"resource", "request"}
    assert rig.converged()
    assert rig.store.resource(str(changed.id)).name == "企业登记信息（含分支机构）"


def test_a_cursor_gone_means_a_full_resync_that_keeps_the_outbox(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    rig.sync()
    old_cursor = rig.store.cursor
    bad = queue_submit(rig.store, resource.id, purpose="查询")
    rig.sync()  # → needs attention (R11: the purpose says nothing)
    editing = rig.store.outbox.hold(queue_submit(rig.store, resource.id).id)
    catalog_resource(live, "社会保险参保信息")
    set_feed_floor_to_head(live)
    with pytest.raises(Gone):
        rig.client.changes(old_cursor)
    summary = rig.sync()
    assert summary.full_resync
    assert summary.check is not None
    assert summary.check.ok
    assert rig.converged()
    assert rig.store.outbox.get(bad.id).state is OutboxState.NEEDS_ATTENTION
    assert rig.store.outbox.get(bad.id).body == bad.body
    assert rig.store.outbox.get(editing.id).state is OutboxState.HELD
    assert rig.store.outbox.get(editing.id).body == editing.body


def pending_request(rig: Rig, resource: Any, purpose: str) -> dict[str, Any]:
    """A new request as the officer's workspace shows it while queued (not yet on the server)."""
    officer = rig.store.select_json("user", {"username": rig.username})[0]
    return {"id": str(uuid.uuid4()), "resource_id": str(resource.id), "purpose": purpose,
            "requester_department_id": officer["department_id"],
            "provider_department_id": str(resource.provider_department_id),
            "status": "submitted", "version": 0, "updated_at": "2026-03-02T02:00:00+00:00"}


def test_a_full_resync_shows_unanswered_outbox_items_as_pending_again(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    rig.sync()
    refused = pending_request(rig, resource, "核验")  # R11: too short, the server answers 422
    bad = rig.store.outbox.enqueue("request.submit", "POST", "/api/v1/requests",
                                   {"id": refused["id"], "purpose": "核验"}, "request",
                                   refused["id"], local_data=refused)
    rig.sync()
    assert rig.store.outbox.get(bad.id).state is OutboxState.NEEDS_ATTENTION
    first = pending_request(rig, resource, "办理企业开办登记时核验法定代表人身份信息")
    edited = {**first, "purpose": "办理企业变更登记时核验法定代表人身份信息"}
    held = rig.store.outbox.hold(rig.store.outbox.enqueue(
        "request.submit", "POST", "/api/v1/requests", {"id": first["id"]}, "request",
        first["id"], local_data=first).id)
    rig.store.outbox.enqueue("request.submit", "POST", "/api/v1/requests", {"id": first["id"]},
                             "request", first["id"], local_data=edited)  # waits behind `held`
    answered = pending_request(rig, resource, "x")
    sent = rig.store.outbox.enqueue("request.submit", "POST", "/api/v1/requests", {},
                                    "request", answered["id"], local_data=answered)
    rig.store.outbox.mark_sent(sent.id)  # answered: its local image is not brought back
    catalog_resource(live, "社会保险参保信息")
    set_feed_floor_to_head(live)
    summary = rig.sync()
    assert summary.full_resync
    assert summary.check is not None
    assert summary.check.ok  # the check is about the server's objects, not queued ones
    assert rig.store.outbox.get(held.id).state is OutboxState.HELD
    assert rig.store.get_json("request", refused["id"]) == refused
    assert rig.store.get_json("request", first["id"]) == edited  # the later item wins
    server = live.view("officer")
    assert cached(rig.store) == {**server, "request": {**server["request"], refused["id"]: refused,
                                                       first["id"]: edited}}


def test_a_retired_entry_leaves_the_officers_cache_and_stays_the_providers_r3(
    live: LivePlatform,
) -> None:
    # R3 (server/authz.py): the published catalog is public; a retired entry is seen only by
    # its provider, the provider's supervisors and administrators. The officer's copy must go.
    retiring = catalog_resource(live)
    kept = catalog_resource(live, "社会保险参保信息")
    officer, provider = Rig(live), Rig(live, "provider")
    officer.sync()
    provider.sync()
    assert officer.store.get_json("resource", str(retiring.id)) is not None
    provider.client.send_command("POST", f"/api/v1/resources/{retiring.id}/retire",
                                 {"note": "职能调整，停止提供"}, str(uuid.uuid4()),
                                 retiring.version)
    summary = officer.sync()
    assert summary.entities["resource"].deleted == {str(retiring.id)}
    assert officer.store.get_json("resource", str(retiring.id)) is None
    assert officer.store.get_json("resource", str(kept.id)) is not None
    assert officer.converged()
    answered = provider.sync()
    assert answered.entities["resource"].updated == {str(retiring.id)}
    assert answered.entities["resource"].deleted == frozenset()
    assert provider.store.get_json("resource", str(retiring.id))["status"] == "retired"
    assert provider.converged()


def test_a_full_sync_cut_short_keeps_the_previous_cache_and_cursor(live: LivePlatform) -> None:
    for number in range(20):
        catalog_resource(live, f"企业登记信息{number:02d}")
    proxy = FaultProxy(live.url, seed=3, rate=0)
    with proxy as url:
        rig = Rig(live, url=url)
        rig.sync()
        before, cursor = cached(rig.store), rig.store.cursor
        catalog_resource(live, "社会保险参保信息")
        set_feed_floor_to_head(live)
        first = len(proxy.log)
        proxy.forced = {first + 2: Fault.TRUNCATE}  # after the feed's 410: the snapshot, cut
        summary = rig.sync()
        assert [p.request_line for p in proxy.log[first:first + 2]] == [
            "GET /api/v1/sync/changes", "GET /api/v1/sync/snapshot"]
        assert isinstance(summary.error, NetworkUnavailable)
        assert cached(rig.store) == before
        assert rig.store.cursor == cursor
        assert rig.store.state(SyncKey.LAST_SYNC_AT) == START.isoformat()
        assert rig.sync().completed
        assert rig.converged()


def test_cancel_between_pages_resumes_at_the_last_page(live: LivePlatform) -> None:
    rig = Rig(live, page_size=3)
    rig.sync()
    for number in range(10):
        catalog_resource(live, f"企业登记信息{number:02d}")
    held_before = rig.store.counts()["resource"]
    stop = threading.Event()

    def progress(done: int, _total: int, phase: str) -> None:
        if phase == "changes":
            stop.set()

    summary = rig.sync(cancel=stop, progress=progress)
    assert summary.cancelled
    assert not summary.completed
    assert rig.store.counts()["resource"] == held_before + 3  # one page, with its cursor
    assert len(summary.entities["resource"].inserted) == 3
    resumed = rig.sync()
    assert len(resumed.entities["resource"].inserted) == 7  # nothing applied twice
    assert rig.converged()


def test_cancel_during_the_first_snapshot_rolls_it_back(live: LivePlatform) -> None:
    catalog_resource(live)
    rig = Rig(live)
    stop = threading.Event()

    def progress(_done: int, _total: int, phase: str) -> None:
        if phase == "snapshot":
            stop.set()

    summary = rig.sync(cancel=stop, progress=progress)
    assert summary.cancelled
    assert rig.store.cursor is None
    assert set(rig.store.counts().values()) == {0}
    assert rig.sync().completed
    assert rig.converged()


def test_progress_phases_come_in_order(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    queue_submit(rig.store, resource.id)
    phases: list[str] = []
    rig.sync(progress=lambda _d, _t, phase: phases.append(phase))
    order = [phase for index, phase in enumerate(phases) if phase not in phases[:index]]
    assert order == list(PHASES)


def test_rules_and_calendars_are_cached_and_published_years_arrive(live: LivePlatform) -> None:
    rig = Rig(live)
    first = rig.sync()
    assert first.rules_changed
    assert rig.store.state_json(SyncKey.PROFILE) == live.world.platform.profile().to_dict()
    calendars = rig.store.state_json(SyncKey.CALENDAR)
    assert {"2025", "2026"} <= set(calendars)
    assert "2027" not in calendars  # not yet published: deadlines then say "estimated" (R20)
    notice = {"year": 2027, "holidays": ["2027-01-01", "2027-02-08"],
              "makeup_workdays": ["2027-02-06"], "source": "国办发明电〔2026〕7号"}
    admin = live.client("admin")
    admin.send_command("PUT", "/api/v1/calendar/2027", notice, str(uuid.uuid4()))
    second = rig.sync()
    assert second.calendar_changed
    assert not second.rules_changed
    assert rig.store.state_json(SyncKey.CALENDAR)["2027"] == notice


# --------------------------------------------------------------------------------- push


def test_a_queued_request_is_sent_once_and_the_answer_cached(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    item = queue_submit(rig.store, resource.id)
    summary = rig.sync()
    assert summary.outbox_sent == (item.id,)
    assert rig.store.outbox.items() == []
    server = live.view("officer")["request"]
    assert list(server) == [str(item.entity_id)]
    assert rig.store.get_json("request", str(item.entity_id)) == server[str(item.entity_id)]
    assert rig.converged()


def test_a_command_whose_answer_was_lost_exists_once(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    proxy = FaultProxy(live.url, seed=5, rate=0, forced={2: Fault.DROP_RESPONSE})
    with proxy as url:
        rig = Rig(live, url=url)
        item = queue_submit(rig.store, resource.id)
        summary = rig.sync()
    assert summary.outbox_sent == (item.id,)
    assert list(live.view("officer")["request"]) == [str(item.entity_id)]
    posts = [p for p in proxy.log if p.request_line == "POST /api/v1/requests"]
    assert [p.fault for p in posts] == [Fault.DROP_RESPONSE, Fault.NONE]
    assert rig.converged()


def test_a_stale_version_is_a_conflict_with_both_versions_kept(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    submitted = queue_submit(rig.store, resource.id)
    rig.sync()
    withdraw = queue_withdraw(rig.store, submitted.entity_id, 1, note="材料有误，撤回重报")
    provider = live.client("provider")
    refusal = {"decision": "refuse",
               "reasons": "申请用途与该资源的共享条件不符，依据有关规定不予提供。"}  # R13
    provider.send_command("POST", f"/api/v1/requests/{submitted.entity_id}/reply", refusal,
                          str(uuid.uuid4()), 1)
    summary = rig.sync()
    assert summary.outbox_conflicts == (withdraw.id,)
    kept = rig.store.outbox.get(withdraw.id)
    assert kept.state is OutboxState.CONFLICT
    assert kept.body == {"note": "材料有误，撤回重报"}  # the officer's version, untouched
    server_now = live.view("officer")["request"][str(submitted.entity_id)]
    assert kept.server_version == server_now  # the server's version, beside it
    assert kept.last_error["code"] == "precondition.version_stale"
    assert rig.converged()  # never a silent overwrite: the server's object is what is cached


def test_a_refusal_needs_attention_with_the_officers_text_intact(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    text = "核验"  # R11: too short to say what the data is for
    bad = queue_submit(rig.store, resource.id, purpose=text)
    summary = rig.sync()
    assert summary.outbox_failed == (bad.id,)
    kept = rig.store.outbox.get(bad.id)
    assert kept.state is OutboxState.NEEDS_ATTENTION
    assert kept.body["purpose"] == text
    assert kept.last_error["status"] == 422
    fields = {error["field"]: error for error in kept.last_error["errors"]}
    assert "使用用途" in fields["purpose"]["message"]
    assert live.view("officer")["request"] == {}


def test_items_for_an_object_wait_behind_its_failed_item(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    bad = queue_submit(rig.store, resource.id, purpose="核验")
    behind = queue_withdraw(rig.store, bad.entity_id, 1)
    other = queue_submit(rig.store, resource.id)
    summary = rig.sync()
    assert summary.outbox_failed == (bad.id,)
    assert summary.outbox_sent == (other.id,)
    waiting = rig.store.outbox.get(behind.id)
    assert waiting.state is OutboxState.QUEUED
    assert waiting.attempts == 0


def test_offline_keeps_items_queued_with_a_backoff(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    proxy = FaultProxy(live.url, seed=11, rate=1.0, faults=(Fault.RESET,))
    with proxy as url:
        proxy.enabled = False
        rig = Rig(live, url=url)
        item = queue_submit(rig.store, resource.id)
        proxy.enabled = True
        summary = rig.sync()
        assert isinstance(summary.error, NetworkUnavailable)
        assert summary.outbox_retrying == (item.id,)
        waiting = rig.store.outbox.get(item.id)
        assert waiting.state is OutboxState.QUEUED
        assert waiting.attempts == 1
        assert waiting.next_attempt_at > rig.clock.now
        assert rig.store.cursor is None  # offline: no pull was tried
        proxy.enabled = False
        assert rig.sync().outbox_sent == ()  # not before its time
        rig.clock.advance(hours=1)
        assert rig.sync().outbox_sent == (item.id,)
    assert list(live.view("officer")["request"]) == [str(item.entity_id)]


def test_service_unavailable_schedules_the_item_after_retry_after(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    proxy = FaultProxy(live.url, seed=2, rate=0, retry_after=900, forced={2: Fault.UNAVAILABLE})
    with proxy as url:
        rig = Rig(live, url=url)
        item = queue_submit(rig.store, resource.id)
        summary = rig.sync()
    assert summary.outbox_retrying == (item.id,)
    waiting = rig.store.outbox.get(item.id)
    assert waiting.state is OutboxState.QUEUED
    assert (waiting.next_attempt_at - rig.clock.now).total_seconds() >= 900
    assert waiting.last_error["status"] == 503
    assert live.view("officer")["request"] == {}


def test_an_expired_access_token_is_refreshed_during_sync(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    item = queue_submit(rig.store, resource.id)
    assert rig.client.credentials is not None
    rig.client.credentials.set_access_token("sda_expired")
    assert rig.sync().outbox_sent == (item.id,)


def test_a_failed_refresh_raises_auth_expired_and_keeps_the_outbox(live: LivePlatform) -> None:
    resource = catalog_resource(live)
    rig = Rig(live)
    item = queue_submit(rig.store, resource.id)
    assert rig.client.credentials is not None
    rig.client.credentials.remember("sdr_revoked", "sda_expired")
    with pytest.raises(AuthExpired):
        rig.sync()
    kept = rig.store.outbox.get(item.id)
    assert kept.state is OutboxState.QUEUED
    assert kept.body == item.body
    assert kept.last_error is None
    assert live.view("officer")["request"] == {}


def test_the_store_passes_its_integrity_check_after_syncing(live: LivePlatform) -> None:
    catalog_resource(live)
    rig = Rig(live)
    rig.sync()
    rig.store.close()
    with sqlite3.connect(rig.store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

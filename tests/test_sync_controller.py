"""The sync controller against the real reference server on 127.0.0.1.

The server is stopped and started again on the same port to take the network away and give it
back; every wait is on a signal (``qtbot.waitSignal``), never a sleep.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pytestqt.qtbot import QtBot

from app.models.entities import DataItem
from app.sync.client import PlatformClient, RetryPolicy
from app.sync.credentials import Credentials
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.store import LocalStore
from app.sync.store_outbox import OutboxState
from app.sync_controller import SyncController
from app.tasks import TaskRunner
from server.runner import ServerThread
from tests.server.conftest import PASSWORD, World, build_world
from tests.sync.conftest import MemoryKeyring, queue_submit

SIGNAL_MS = 30_000


@dataclass
class Platform:
    """The reference server that can be switched off and on again at the same address."""

    world: World
    server: ServerThread
    url: str

    def stop(self) -> None:
        self.server.stop()

    def restart(self) -> None:
        port = urlsplit(self.url).port
        assert port is not None
        self.server = ServerThread(self.world.app, port=port)
        assert self.server.start() == self.url

    def requests_of(self, username: str) -> set[str]:
        from tests.sync.conftest import LivePlatform

        live = LivePlatform(self.world, self.url, Path())
        return set(live.view(username)["request"])


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[Platform]:
    world = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(world.app)
    running = Platform(world, server, server.start())
    try:
        yield running
    finally:
        running.server.stop()
        world.platform.engine.dispose()


@dataclass
class Rig:
    client: PlatformClient
    store: LocalStore
    tasks: TaskRunner
    controller: SyncController
    resource_id: Any


@pytest.fixture
def rig(platform: Platform, tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    resource = platform.world.resource(
        name="居民身份证信息", data_items=(DataItem(name="姓名"), DataItem(name="身份证号")))
    credentials = Credentials(platform.url, "officer", backend=MemoryKeyring())
    # No repeats inside one call: a round that finds the server gone ends at once.
    client = PlatformClient(platform.url, credentials, username="officer",
                            retry=RetryPolicy(retries=0))
    client.login("officer", PASSWORD)
    store = LocalStore.open(tmp_path / "officer.sqlite3")
    tasks = TaskRunner()
    controller = SyncController(SyncEngine(store, client), tasks, interval_minutes=60)
    yield Rig(client, store, tasks, controller, resource.id)
    controller.stop()
    tasks.shutdown()
    store.close()
    client.close()


def sync_and_wait(qtbot: QtBot, rig: Rig) -> SyncSummary:
    with qtbot.waitSignal(rig.controller.finished, timeout=SIGNAL_MS), \
            qtbot.waitSignal(rig.controller.synced, timeout=SIGNAL_MS) as synced:
        assert rig.controller.on_sync_requested()
    summary = synced.args[0]
    assert isinstance(summary, SyncSummary)
    return summary


def test_sync_on_demand_emits_synced_with_what_changed(qtbot: QtBot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.controller.finished, timeout=SIGNAL_MS) as finished, \
            qtbot.waitSignal(rig.controller.synced, timeout=SIGNAL_MS) as synced:
        assert rig.controller.on_sync_requested()
        assert rig.controller.running
        assert not rig.controller.on_sync_requested()  # never two rounds at once
    summary = synced.args[0]
    assert summary.completed
    assert "resource" in summary.changed_entities
    assert rig.store.resource(str(rig.resource_id)) is not None
    assert isinstance(finished.args[0], datetime)
    assert rig.controller.last_sync == finished.args[0]
    assert not rig.controller.running


def test_server_gone_means_offline_since_the_first_failure_then_the_outbox_drains(
        qtbot: QtBot, rig: Rig, platform: Platform) -> None:
    controller = rig.controller
    sync_and_wait(qtbot, rig)
    online_interval = controller.interval_ms
    platform.stop()
    item = queue_submit(rig.store, rig.resource_id)
    with qtbot.waitSignal(controller.connectivity_changed, timeout=SIGNAL_MS) as went:
        controller.on_sync_requested()
    online, since = went.args
    assert online is False
    assert isinstance(since, datetime)
    waiting = rig.store.outbox.get(item.id)
    assert waiting.state is OutboxState.QUEUED
    assert waiting.next_attempt_at > since  # backed off for a network failure
    assert controller.interval_ms < online_interval  # offline: probe more often

    still = sync_and_wait(qtbot, rig)  # still offline: "since" stays the first failure
    assert still.error is not None
    assert controller.offline_since == since
    assert not controller.online

    platform.restart()
    with qtbot.waitSignal(controller.connectivity_changed, timeout=SIGNAL_MS) as back, \
            qtbot.waitSignal(controller.outbox_count, timeout=SIGNAL_MS) as count:
        controller.on_sync_requested()
    assert back.args == [True, None]
    assert count.args == [0]  # drained at once, not after the backoff
    assert rig.store.outbox.items() == []
    assert platform.requests_of("officer") == {str(item.entity_id)}
    assert controller.interval_ms == online_interval


def test_auth_expiry_asks_for_a_sign_in_and_keeps_the_outbox(qtbot: QtBot, rig: Rig) -> None:
    controller = rig.controller
    item = queue_submit(rig.store, rig.resource_id)
    assert rig.client.credentials is not None
    rig.client.credentials.remember("sdr_revoked", "sda_expired")  # the server knows neither
    with qtbot.waitSignal(controller.auth_expired, timeout=SIGNAL_MS):
        controller.on_sync_requested()
    kept = rig.store.outbox.get(item.id)
    assert kept.state is OutboxState.QUEUED
    assert kept.body == item.body
    assert controller.paused
    controller.on_timer()  # automatic rounds wait for the new sign-in
    assert not controller.running
    with qtbot.waitSignal(controller.auth_expired, timeout=SIGNAL_MS):
        assert not controller.on_sync_requested()  # asking again asks to sign in again

    rig.client.login("officer", PASSWORD)
    with qtbot.waitSignal(controller.outbox_count, timeout=SIGNAL_MS) as count:
        controller.resume()
    assert count.args == [0]
    assert not controller.paused


def test_quit_cancels_the_round_and_joins_every_worker(qtbot: QtBot, rig: Rig) -> None:
    before = {thread.ident for thread in threading.enumerate()}  # other tests' are not ours
    assert rig.controller.on_sync_requested()
    rig.controller.stop()
    rig.tasks.shutdown()
    workers = [t for t in threading.enumerate()
               if t.name.startswith("sharedesk_") and t.ident not in before]
    assert workers == []
    assert not rig.controller.on_sync_requested()  # stopped: nothing new starts
    rig.store.check_integrity()

"""The composition root end to end, offscreen: the demo, a typed login, a remembered one, a
damaged store, a login that ends while working, and quitting.

Real parts throughout: the embedded demo platform or the reference server on 127.0.0.1, real
stores in the test's folder, an in-memory keyring handed to the sign-in service. Every wait is
``qtbot.waitSignal``/``waitUntil``; nothing sleeps.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.application import ShareDesk
from app.config import ConfigPaths, Configuration
from app.desk import Desk
from app.i18n import LanguageSwitcher
from app.models.entities import DataItem, Resource
from app.signin import SignInService
from app.sync import paths
from app.sync.store import LocalStore
from app.tasks import TaskRunner
from app.views.login_dialog import LoginDialog
from server.runner import ServerThread
from tests.server.conftest import PASSWORD, World, build_world
from tests.sync.conftest import MemoryKeyring, queue_submit

WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHAREDESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


def _new_client(folder: Path, keyring: MemoryKeyring) -> ShareDesk:
    application = QCoreApplication.instance()
    assert application is not None
    configuration = Configuration(ConfigPaths((), folder / "settings.json", folder / "state.json"))
    settings = configuration.load()
    languages = LanguageSwitcher(application)
    languages.switch("en")
    client = ShareDesk(configuration, settings, languages, data_dir=str(folder / "data"),
                       tasks=TaskRunner())
    client.service = SignInService(settings, str(folder / "data"), keyring_backend=keyring)
    return client


@pytest.fixture
def make_client(keyring_memory: MemoryKeyring) -> Iterator[Callable[[Path], ShareDesk]]:
    """Builds clients like ``run_gui`` does; each is closed (workers joined) at the end."""
    made: list[ShareDesk] = []

    def make(folder: Path) -> ShareDesk:
        client = _new_client(folder, keyring_memory)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[World, str]]:
    built = build_world(str(tmp_path / "platform.db"))
    built.resource(name="居民身份证信息",
                   data_items=(DataItem(name="姓名"), DataItem(name="身份证号")))
    server = ServerThread(built.app)
    url = server.start()
    try:
        yield built, url
    finally:
        server.stop()
        built.platform.engine.dispose()


def sign_in_through_the_dialog(qtbot: QtBot, client: ShareDesk, url: str,
                               remember: bool) -> Desk:
    dialog = client.start_login()
    qtbot.addWidget(dialog)
    dialog.server_field.setText(url)
    dialog.user_field.setText("officer")
    dialog.password_field.setText(PASSWORD)
    qtbot.waitUntil(dialog.remember_box.isEnabled, timeout=WAIT_MS)
    dialog.remember_box.setChecked(remember)
    with qtbot.waitSignal(client.desk_opened, timeout=WAIT_MS) as opened:
        dialog.sign_in_button.click()
    desk: Desk = opened.args[0]
    return desk


def first_sync_done(qtbot: QtBot, desk: Desk) -> None:
    qtbot.waitUntil(lambda: desk.controller.last_sync is not None, timeout=WAIT_MS)


@pytest.mark.slow
def test_demo_chooser_to_a_main_window_with_the_demo_catalog(
        qtbot: QtBot, tmp_path: Path, make_client: Callable[[Path], ShareDesk]) -> None:
    before = {thread.ident for thread in threading.enumerate()}  # other tests' are not ours
    client = make_client(tmp_path)
    client.data_dir = None  # as `sharedesk --demo` runs: a throw-away data folder
    chooser = client.start_demo()
    qtbot.addWidget(chooser)
    ok = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(client.desk_opened, timeout=WAIT_MS) as opened:
        qtbot.keyClick(chooser, Qt.Key.Key_Return)  # the first account: officer
    desk = opened.args[0]
    assert desk.session.username == "officer"
    assert desk.window.isVisible()
    assert client.configuration.load_state() == {}  # the demo leaves no account behind
    catalog = desk.catalog
    qtbot.waitUntil(lambda: catalog.model.rowCount() > 0, timeout=WAIT_MS)

    desk.window.show_page("outbox")  # the global search brings the catalog back, searched
    desk.window.search_field.setText("身份证")
    qtbot.keyClick(desk.window.search_field, Qt.Key.Key_Return)
    assert desk.window.current_page() == "catalog"
    assert catalog.search_text() == "身份证"
    assert not catalog.search_field.isVisibleTo(catalog)  # one search field: the window's

    def first_match() -> Resource | None:
        resource_id = catalog.model.resource_id(0) if catalog.model.rowCount() else None
        return desk.session.store.resource(resource_id) if resource_id else None

    def searched() -> bool:  # the table shows the search's rows (not an earlier query's)
        found = first_match()
        return found is not None and "身份证" in found.name + found.summary + "".join(
            item.name for item in found.data_items)

    qtbot.waitUntil(searched, timeout=WAIT_MS)
    resource_id = catalog.model.resource_id(0)
    assert resource_id is not None

    catalog.request_access_requested.emit(resource_id)  # "Request access…" → the form
    qtbot.waitUntil(lambda: desk.form is not None and desk.form.isVisible(), timeout=WAIT_MS)
    assert desk.form is not None
    assert str(desk.form.resource.id) == resource_id
    desk.form.reject()

    field = desk.window.search_field  # on the catalog, typing searches without Enter
    field.selectAll()
    with qtbot.waitSignal(catalog.query_finished, timeout=WAIT_MS):
        qtbot.keyClicks(field, "R1")
    assert catalog.search_text() == "R1"
    demo_folder = Path(desk.session.store.path).parent
    assert demo_folder.name.startswith("sharedesk-demo-data-")
    assert client.demo is not None

    client.close()
    assert client.demo is None
    assert not demo_folder.exists()
    assert [t for t in threading.enumerate()
            if t.name.startswith("sharedesk_") and t.ident not in before] == []


def test_a_typed_login_opens_the_desk_and_a_remembered_one_needs_no_password(
        qtbot: QtBot, tmp_path: Path, world: tuple[World, str],
        make_client: Callable[[Path], ShareDesk]) -> None:
    _world, url = world
    client = make_client(tmp_path)
    desk = sign_in_through_the_dialog(qtbot, client, url, remember=True)
    first_sync_done(qtbot, desk)
    assert desk.controller.online
    assert desk.session.store.counts()["resource"] == 1
    assert client.configuration.load_state() == {
        "server_url": url, "username": "officer", "remember": True}
    client.close()

    again = make_client(tmp_path)  # the next start: no password typed
    with qtbot.waitSignal(again.desk_opened, timeout=WAIT_MS) as opened:
        dialog = again.start_login()
        qtbot.addWidget(dialog)
    resumed = opened.args[0]
    assert resumed.session.username == "officer"
    assert not dialog.isVisible()
    again.close()


def _smash_resources(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'resources' AND pagetype = 'leaf'")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as file:
        for page in pages or [2]:
            file.seek((page - 1) * page_size)
            file.write(b"\xa5" * 64)


def test_a_damaged_store_is_repaired_keeping_the_outbox_then_synced_again(
        qtbot: QtBot, tmp_path: Path, world: tuple[World, str],
        make_client: Callable[[Path], ShareDesk]) -> None:
    built, url = world
    client = make_client(tmp_path)
    desk = sign_in_through_the_dialog(qtbot, client, url, remember=False)
    first_sync_done(qtbot, desk)
    resource_id = desk.session.store.select_json("resource")[0]["id"]
    client.close()
    location = paths.store_path(url, "officer", str(tmp_path / "data"))
    with LocalStore.open(location) as store:
        item = queue_submit(store, resource_id)
    _smash_resources(location)

    client = make_client(tmp_path)
    desk = sign_in_through_the_dialog(qtbot, client, url, remember=False)
    assert client.notice is not None  # the officer is told, in words
    notice = client.notice.text()
    assert client.tr("%n queued item(s) were kept.", "", 1) in notice
    assert client.tr("%n queued item(s) could not be read.", "", 0) not in notice  # none lost
    assert "1" in notice
    first_sync_done(qtbot, desk)
    assert desk.session.store.outbox.items() == []  # the kept item was sent
    assert desk.session.store.counts()["resource"] == 1  # synced again from the platform
    from tests.sync.conftest import LivePlatform

    requests = LivePlatform(built, url, tmp_path).view("officer")["request"]
    assert list(requests) == [str(item.entity_id)]
    client.close()


def test_a_login_that_ends_while_working_asks_again_and_keeps_the_queue(
        qtbot: QtBot, tmp_path: Path, world: tuple[World, str],
        make_client: Callable[[Path], ShareDesk]) -> None:
    _built, url = world
    client = make_client(tmp_path)
    desk = sign_in_through_the_dialog(qtbot, client, url, remember=False)
    first_sync_done(qtbot, desk)
    resource_id = desk.session.store.select_json("resource")[0]["id"]
    item = queue_submit(desk.session.store, resource_id)
    credentials = desk.session.client.credentials
    assert credentials is not None
    credentials.remember("sdr_revoked", "sda_expired")  # the platform ended the session
    desk.controller.on_sync_requested()
    qtbot.waitUntil(lambda: isinstance(client._reauth, LoginDialog)
                    and client._reauth.isVisible(), timeout=WAIT_MS)
    dialog = client._reauth
    assert isinstance(dialog, LoginDialog)
    assert dialog.user_field.text() == "officer"
    assert dialog.user_field.isReadOnly()
    assert desk.session.store.outbox.get(item.id) is not None  # nothing lost meanwhile
    dialog.password_field.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: desk.session.store.outbox.items() == [], timeout=WAIT_MS)
    assert not desk.controller.paused
    client.close()

"""The login dialog against the real reference server (demo province) on 127.0.0.1.

Every wait is on a signal or a condition (``qtbot.waitUntil``), never a sleep. The keyring is
an in-memory backend (or keyring's own ``fail`` backend) handed to the sign-in service, so no
test touches the OS keyring, and local data goes to the test's temporary folder.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.demo import DEMO_PASSWORD
from app.signin import CachedAccount, SignedIn, SignInService
from app.sync.credentials import SERVICE
from app.sync.engine import SyncEngine
from app.tasks import TaskRunner
from app.views.login_dialog import LoginDialog
from server.app import create_app
from server.demo import build_demo
from server.runner import ServerThread
from tests.sync.conftest import MemoryKeyring

WAIT_MS = 30_000


@dataclass
class DemoServer:
    app: Any
    url: str


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    folder = tmp_path_factory.mktemp("platform")
    application = create_app(str(folder / "platform.db"))
    build_demo(application.state.platform.engine, resources=80)
    server = ServerThread(application)
    url = server.start()
    try:
        yield DemoServer(application, url)
    finally:
        server.stop()
        application.state.platform.engine.dispose()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


def make_dialog(qtbot: QtBot, service: SignInService, tasks: TaskRunner,
                **options: Any) -> LoginDialog:
    dialog = LoginDialog(service, tasks, language=lambda: "en", **options)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def fill(dialog: LoginDialog, server: str, username: str, password: str) -> None:
    if not dialog.server_field.isReadOnly():
        dialog.server_field.setText(server)
    dialog.user_field.setText(username)
    dialog.password_field.setText(password)


def wait_for_error(qtbot: QtBot, dialog: LoginDialog) -> str:
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled()
                    and dialog.error_label.property("tone") == "error", timeout=WAIT_MS)
    text = dialog.error_label.text()
    assert "Traceback" not in text
    return text


def unused_loopback_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_a_locked_server_url_is_shown_read_only_with_its_reason(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, keyring_memory: MemoryKeyring) -> None:
    settings = Settings(server_url="https://share.example.gov.cn",
                        locked=frozenset({"server_url"}))
    service = SignInService(settings, str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks, server_url="https://elsewhere.example.com")
    assert dialog.server_field.text() == "https://share.example.gov.cn"
    assert dialog.server_field.isReadOnly()
    assert dialog.locked_note.isVisibleTo(dialog)
    assert "IT department" in dialog.locked_note.text()
    assert service.server_for("https://elsewhere.example.com") == "https://share.example.gov.cn"
    assert dialog.user_field.hasFocus()  # the first field the officer can fill


def test_an_unlocked_server_url_is_editable_without_the_note(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, keyring_memory: MemoryKeyring) -> None:
    service = SignInService(Settings(server_url="https://share.example.gov.cn"), str(tmp_path),
                            keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks, server_url="https://elsewhere.example.com")
    assert dialog.server_field.text() == "https://elsewhere.example.com"
    assert not dialog.server_field.isReadOnly()
    assert not dialog.locked_note.isVisibleTo(dialog)


def test_wrong_password_is_said_in_words(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path,
                                         demo_server: DemoServer,
                                         keyring_memory: MemoryKeyring) -> None:
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    fill(dialog, demo_server.url, "provider", "not the password")
    with qtbot.assertNotEmitted(dialog.signed_in):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        text = wait_for_error(qtbot, dialog)
    assert "Wrong username or password" in text
    assert dialog.isVisible()
    assert dialog.password_field.hasFocus()


def test_repeated_wrong_passwords_lock_the_account_until_a_time(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, demo_server: DemoServer,
        keyring_memory: MemoryKeyring) -> None:
    """R23: lockout after repeated failures; the dialog says until when (local time)."""
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    threshold = demo_server.app.state.platform.settings.lockout_threshold
    text = ""
    for _attempt in range(threshold):
        fill(dialog, demo_server.url, "head", "still wrong")
        dialog.on_sign_in()
        text = wait_for_error(qtbot, dialog)
    assert "locked" in text
    assert re.search(r"until \d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)


def test_an_unreachable_server_is_said_in_words(qtbot: QtBot, tasks: TaskRunner,
                                                tmp_path: Path,
                                                keyring_memory: MemoryKeyring) -> None:
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    url = unused_loopback_url()
    fill(dialog, url, "officer", DEMO_PASSWORD)
    dialog.on_sign_in()
    text = wait_for_error(qtbot, dialog)
    assert "cannot be reached" in text
    assert url in text
    assert not dialog.offline_button.isVisible()  # no local copy of this account here


def test_empty_fields_are_asked_for_before_anything_is_sent(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, keyring_memory: MemoryKeyring) -> None:
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    fill(dialog, "https://share.example.gov.cn", "officer", "")
    dialog.on_sign_in()
    assert dialog.sign_in_button.isEnabled()  # nothing started
    assert "password" in dialog.error_label.text()
    assert dialog.password_field.hasFocus()


def sign_in(qtbot: QtBot, dialog: LoginDialog, url: str, username: str) -> SignedIn:
    fill(dialog, url, username, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS) as done:
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    session = done.args[0]
    assert isinstance(session, SignedIn)
    return session


def test_remember_me_keeps_only_the_refresh_token_in_the_keyring(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, demo_server: DemoServer,
        keyring_memory: MemoryKeyring) -> None:
    """R23: the password never leaves the sign-in call; the keyring holds a token only."""
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    qtbot.waitUntil(dialog.remember_box.isEnabled, timeout=WAIT_MS)
    dialog.remember_box.setChecked(True)
    session = sign_in(qtbot, dialog, demo_server.url, "officer")
    try:
        assert session.remember
        assert session.keyring is not None
        assert session.keyring.available
        secrets = list(keyring_memory.secrets.items())
        assert len(secrets) == 1
        (service_name, account), token = secrets[0]
        assert service_name == SERVICE
        assert "officer" not in account  # the key names neither user nor server
        assert token != DEMO_PASSWORD
        assert session.client.credentials is not None
        assert token == session.client.credentials.refresh_token()
        assert session.store.path.parent == tmp_path
    finally:
        session.close()

    again = make_dialog(qtbot, service, tasks)  # unticked now: the kept token is forgotten
    again.remember_box.setChecked(False)
    second = sign_in(qtbot, again, demo_server.url, "officer")
    second.close()
    assert keyring_memory.secrets == {}


def test_without_a_working_keyring_remember_me_says_why(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, demo_server: DemoServer) -> None:
    service = SignInService(Settings(), str(tmp_path), keyring_backend=fail.Keyring())
    dialog = make_dialog(qtbot, service, tasks, remember=True)
    qtbot.waitUntil(lambda: dialog.keyring_note.isVisibleTo(dialog), timeout=WAIT_MS)
    assert not dialog.remember_box.isEnabled()
    assert not dialog.remember_box.isChecked()
    assert "No working system keyring" in dialog.keyring_note.text()
    assert "memory only" in dialog.keyring_note.text()
    session = sign_in(qtbot, dialog, demo_server.url, "officer")  # still signs in
    session.close()


def test_offline_the_local_copy_opens_once_the_officer_confirms_it_is_theirs(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, demo_server: DemoServer,
        keyring_memory: MemoryKeyring) -> None:
    second = ServerThread(demo_server.app)  # the same platform at an address we can cut
    url = second.start()
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    first = sign_in(qtbot, make_dialog(qtbot, service, tasks), url, "officer")
    assert SyncEngine(first.store, first.client).sync().completed
    name = str(first.user["display_name"])
    first.close()
    second.stop()

    dialog = make_dialog(qtbot, service, tasks)
    fill(dialog, url, "officer", "typed offline")
    dialog.on_sign_in()
    assert "cannot be reached" in wait_for_error(qtbot, dialog)
    qtbot.waitUntil(dialog.offline_button.isVisible, timeout=WAIT_MS)
    assert name in dialog.offline_label.text()  # whose copy it is, from the cache
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", dialog.offline_label.text())
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
    session = opened.args[0]
    try:
        assert not session.online
        assert session.offline_since is not None
        assert not session.has_session  # no token kept: sign in before anything is sent
        assert session.user["display_name"] == name
        assert session.store.counts()["resource"] > 0
    finally:
        session.close()


@pytest.mark.parametrize("department", ["人力资源和社会保障厅", ""])
def test_a_copy_never_synced_says_so_in_a_sentence_of_its_own(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, keyring_memory: MemoryKeyring,
        department: str) -> None:
    service = SignInService(Settings(), str(tmp_path), keyring_backend=keyring_memory)
    dialog = make_dialog(qtbot, service, tasks)
    dialog.on_local_copy(CachedAccount("https://platform.example", "officer", "李文",
                                       department, None, False))
    text = dialog.offline_label.text()
    assert "李文" in text
    assert department in text
    assert "never synced" in text
    assert "last synced" not in text  # not "last synced never"
    assert "%" not in text

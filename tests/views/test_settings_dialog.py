"""Settings: the language switches the open window live, locked keys stay locked, and the
diagnostics report carries no secret.

The desk here is a real one, opened offline on an empty local store (no network needed); the
diagnostics test signs in to the real reference server on 127.0.0.1 to have tokens to look for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.application import ShareDesk
from app.config import ConfigPaths, Configuration
from app.desk import Desk
from app.i18n import LanguageSwitcher
from app.signin import SignInRequest, SignInService
from app.sync.engine import SyncEngine
from app.sync.store import LocalStore
from app.tasks import TaskRunner
from app.views.settings_dialog import SettingsDialog
from server.runner import ServerThread
from tests.server.conftest import PASSWORD, build_world
from tests.sync.conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
SERVER = "https://share.example.gov.cn"
WAIT_MS = 30_000


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path / "i18n"
    target.mkdir()
    source = ROOT / "i18n" / "sharedesk_zh_CN.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(target / "sharedesk_zh_CN.qm")], check=True)
    return target


@pytest.fixture
def languages(translations: Path) -> Iterator[LanguageSwitcher]:
    application = QCoreApplication.instance()
    assert application is not None
    switcher = LanguageSwitcher(application, translations)
    yield switcher
    switcher.switch("en")


def configuration_in(folder: Path, deployment: str = "") -> Configuration:
    candidates: tuple[Path, ...] = ()
    if deployment:
        ini = folder / "deployment.ini"
        ini.write_text(deployment, encoding="utf-8")
        candidates = (ini,)
    return Configuration(ConfigPaths(candidates, folder / "settings.json", folder / "state.json"))


@pytest.fixture
def sharedesk(tmp_path: Path, languages: LanguageSwitcher, qtbot: QtBot) -> Iterator[ShareDesk]:
    configuration = configuration_in(tmp_path)
    settings = configuration.load()
    languages.switch(settings.language)  # zh_CN, the default
    client = ShareDesk(configuration, settings, languages, data_dir=str(tmp_path / "data"),
                       tasks=TaskRunner())
    client.service = SignInService(settings, str(tmp_path / "data"),
                                   keyring_backend=MemoryKeyring())
    yield client
    client.close()


def open_offline_desk(sharedesk: ShareDesk, qtbot: QtBot) -> Desk:
    """A local copy exists (an empty store); no token is kept, so the desk opens offline."""
    from app.sync import paths

    LocalStore.open(paths.store_path(SERVER, "officer", sharedesk.data_dir)).close()
    session = sharedesk.service.open_offline(SERVER, "officer", datetime.now(UTC))
    desk = sharedesk.open_desk(session)
    qtbot.addWidget(desk.window)
    return desk


def nav_titles(desk: Desk) -> list[str]:
    navigation = desk.window.navigation
    return [navigation.item(row).text() for row in range(navigation.count())]


def test_switching_the_language_retranslates_the_open_window_live(
        qtbot: QtBot, sharedesk: ShareDesk) -> None:
    desk = open_offline_desk(sharedesk, qtbot)
    assert nav_titles(desk)[0] == "资源目录"
    dialog = sharedesk.open_settings()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: nav_titles(desk)[0] == "Catalog", timeout=WAIT_MS)
    assert sharedesk.configuration.load().language == "en"  # kept for the next start
    assert sharedesk.language() == "en"


def test_the_sync_interval_takes_effect_at_once(qtbot: QtBot, sharedesk: ShareDesk) -> None:
    desk = open_offline_desk(sharedesk, qtbot)
    dialog = sharedesk.open_settings()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.interval_box.setValue(1)  # below the offline probe interval, so it shows
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert desk.controller.interval_ms == 60_000
    assert sharedesk.configuration.load().sync_interval_minutes == 1


def test_locked_keys_are_disabled_and_never_saved(qtbot: QtBot, tmp_path: Path) -> None:
    configuration = configuration_in(tmp_path, (
        "[sharedesk]\nserver_url = https://share.example.gov.cn\n"
        "proxy = http://proxy.example.gov.cn:8080\nlocked = server_url, proxy, ca_file\n"))
    settings = configuration.load()
    tasks = TaskRunner()
    try:
        dialog = SettingsDialog(settings, tmp_path / "data", tasks, language="zh_CN")
        qtbot.addWidget(dialog)
        assert not dialog.proxy_field.isEnabled()
        assert not dialog.ca_field.isEnabled()
        assert not dialog.ca_browse.isEnabled()
        assert dialog.proxy_field.text() == "http://proxy.example.gov.cn:8080"
        assert dialog.locked_note.isVisibleTo(dialog)
        assert "IT department" in dialog.proxy_field.toolTip()
        assert dialog.language_box.isEnabled()
        assert dialog.data_field.isReadOnly()
        dialog.proxy_field.setText("http://elsewhere:3128")  # even if forced in somehow
        dialog.interval_box.setValue(9)
        with qtbot.waitSignal(dialog.applied) as applied:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert applied.args == [{"sync_interval_minutes": 9}]
    finally:
        tasks.shutdown()


def test_a_missing_ca_file_is_refused_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = TaskRunner()
    try:
        dialog = SettingsDialog(configuration_in(tmp_path).load(), tmp_path, tasks,
                                language="en")
        qtbot.addWidget(dialog)
        dialog.ca_field.setText(str(tmp_path / "missing.pem"))
        with qtbot.assertNotEmitted(dialog.applied):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "missing.pem" in dialog.message.text()
        assert dialog.focusWidget() is dialog.ca_field
    finally:
        tasks.shutdown()


def test_diagnostics_report_says_what_helps_and_nothing_secret(
        qtbot: QtBot, tmp_path: Path, sharedesk: ShareDesk) -> None:
    """R23: no token, password or personal data in a file meant to be mailed to IT."""
    world = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(world.app)
    url = server.start()
    try:
        session = sharedesk.service.sign_in(SignInRequest(url, "officer", PASSWORD, True))
        assert SyncEngine(session.store, session.client).sync().completed
        desk = sharedesk.open_desk(session)
        qtbot.addWidget(desk.window)
        credentials = session.client.credentials
        assert credentials is not None
        secrets = [credentials.access_token, credentials.refresh_token(), PASSWORD,
                   str(session.user["display_name"]), "officer"]
        dialog = sharedesk.open_settings()
        assert dialog is not None
        qtbot.addWidget(dialog)
        target = tmp_path / "report" / "diagnostics.json"
        with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as exported:
            dialog.export_to(target)
        assert exported.args == [str(target)]
        assert str(target) in dialog.message.text()
    finally:
        server.stop()
        world.platform.engine.dispose()
    text = target.read_text(encoding="utf-8")
    for secret in secrets:
        assert secret
        assert secret not in text, "a secret or a name reached the report"
    report = json.loads(text)
    assert report["app"]["version"]
    assert report["qt"]["qt"]
    assert report["sqlite"]["version"]
    assert isinstance(report["sqlite"]["fts5_trigram"], bool)
    assert report["keyring"]["status"] == "available"
    assert report["store"]["counts"]["user"] >= 1
    assert set(report["store"]["outbox_by_state"]) >= {"queued", "needs_attention"}
    assert report["store"]["last_sync"]
    assert report["paths"]["data_dir"] == str(session.store.path.parent)


def test_open_folder_is_offered_for_the_data_location(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = TaskRunner()
    try:
        dialog = SettingsDialog(configuration_in(tmp_path).load(), tmp_path / "data", tasks,
                                language="en")
        qtbot.addWidget(dialog)
        assert dialog.data_field.text() == str(tmp_path / "data")
        assert dialog.open_folder.isEnabled()
        assert not dialog.export_button.isEnabled()  # nothing to export without a session
        assert dialog.open_folder.text().replace("&", "") == "Open folder"
        assert dialog.language_box.itemText(0) == "中文（简体）"  # named in its own words
    finally:
        tasks.shutdown()

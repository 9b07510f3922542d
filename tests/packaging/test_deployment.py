"""IT's deployment file at start: a locked server URL rules the login dialog, and a broken file
is a message naming its line (a message box in the GUI, text on the command line), not a crash.

The files live in the test's folder: ``ConfigPaths`` for the in-process dialog, and for the
real start-up path (``ConfigPaths.default()``) the environment variables platformdirs and the
app honour (``XDG_CONFIG_DIRS`` → ``site_config_dir``, ``SHAREDESK_HOME``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import ShareDesk, run_gui
from app.config import ConfigPaths, Configuration
from app.i18n import LanguageSwitcher
from app.tasks import TaskRunner

DEPLOYED_URL = "https://platform.example.gov.cn"
REMEMBERED_URL = "https://elsewhere.example.com"
BROKEN = "[sharedesk]\nserver_url = https://platform.example.gov.cn\nlocked = server_url, colour\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def paths_in(folder: Path) -> ConfigPaths:
    return ConfigPaths((folder / "exe" / "deployment.ini", folder / "site" / "deployment.ini"),
                       folder / "user" / "settings.json", folder / "user" / "state.json")


def login_dialog_for(qtbot: QtBot, folder: Path, deployment: str) -> tuple[ShareDesk, object]:
    paths = paths_in(folder)
    write(paths.deployment_candidates[1], deployment)
    write(paths.state, json.dumps({"server_url": REMEMBERED_URL, "username": "officer"}))
    write(paths.user_settings, json.dumps({"server_url": REMEMBERED_URL}))
    configuration = Configuration(paths)
    settings = configuration.load()
    application = QCoreApplication.instance()
    assert application is not None
    client = ShareDesk(configuration, settings, LanguageSwitcher(application),
                       data_dir=str(folder / "data"), tasks=TaskRunner())
    dialog = client.start_login()
    qtbot.addWidget(dialog)
    return client, dialog


def test_a_locked_server_url_is_shown_read_only_over_the_remembered_one(
    qtbot: QtBot, tmp_path: Path,
) -> None:
    client, dialog = login_dialog_for(
        qtbot, tmp_path, f"[sharedesk]\nserver_url = {DEPLOYED_URL}\nlocked = server_url\n")
    try:
        assert dialog.server_field.text() == DEPLOYED_URL  # type: ignore[attr-defined]
        assert dialog.server_field.isReadOnly()  # type: ignore[attr-defined]
        assert dialog.form.isRowVisible(dialog.locked_note)  # type: ignore[attr-defined]
        assert dialog.user_field.text() == "officer"  # type: ignore[attr-defined]
        with pytest.raises(PermissionError):
            client.configuration.save_user_settings({"server_url": REMEMBERED_URL})
    finally:
        client.close()


def test_an_unlocked_server_url_is_only_a_default(qtbot: QtBot, tmp_path: Path) -> None:
    client, dialog = login_dialog_for(qtbot, tmp_path,
                                      f"[sharedesk]\nserver_url = {DEPLOYED_URL}\n")
    try:
        assert dialog.server_field.text() == REMEMBERED_URL  # type: ignore[attr-defined]
        assert not dialog.server_field.isReadOnly()  # type: ignore[attr-defined]
        assert not dialog.form.isRowVisible(dialog.locked_note)  # type: ignore[attr-defined]
    finally:
        client.close()


@pytest.fixture
def broken_site_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    monkeypatch.setenv("SHAREDESK_HOME", str(tmp_path / "home"))
    return write(tmp_path / "xdg" / "ShareDesk" / "deployment.ini", BROKEN)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_the_gui_start_shows_a_message_naming_the_line(
    qtbot: QtBot, broken_site_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    style, quits = application.styleSheet(), application.quitOnLastWindowClosed()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)  # the box is not up yet
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    try:
        status = run_gui(argparse.Namespace(lang=None, demo=False, data_dir=None))
    finally:
        application.setStyleSheet(style)
        application.setQuitOnLastWindowClosed(quits)
    assert status == 2
    assert len(seen) == 1
    assert f"{broken_site_file}:3" in seen[0]
    assert "不能锁定未知的设置项“colour”" in seen[0]
    assert "cannot lock unknown key 'colour'" in seen[0]
    assert f"{broken_site_file}:3" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
@pytest.mark.parametrize("command", [["status"], ["--self-test"]])
def test_the_command_line_prints_the_line_instead_of_crashing(
    broken_site_file: Path, command: list[str],
) -> None:
    result = subprocess.run([sys.executable, "-m", "app", *command], capture_output=True,
                            text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                            check=False, timeout=120)
    said = result.stdout + result.stderr
    assert result.returncode in {1, 2}
    assert "Traceback" not in said
    assert f"{broken_site_file}:3" in said
    assert "cannot lock unknown key 'colour'" in said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_every_xdg_config_dir_is_a_site_location_not_only_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Desktop sessions (e.g. UOS/Deepin) prepend their own folder to XDG_CONFIG_DIRS."""
    session, system = tmp_path / "session-xdg", tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{session}{os.pathsep}{system}")
    deployed = write(system / "ShareDesk" / "deployment.ini",
                     f"[sharedesk]\nserver_url = {DEPLOYED_URL}\nlocked = server_url\n")
    configuration = Configuration(ConfigPaths.default())
    settings = configuration.load()
    assert configuration.deployment_file == deployed
    assert settings.server_url == DEPLOYED_URL
    assert settings.is_locked("server_url")
    assert Path("/etc/xdg/ShareDesk/deployment.ini") in configuration.paths.deployment_candidates

"""The demo's "network off" switch (issue 5): the embedded platform stops serving and comes
back on the same URL with the same database; through the menu, the desk goes offline and then
drains its outbox once the platform is back.

Real parts: the embedded demo platform (``start_demo_platform``), real HTTP, the real desk.
Every wait in the GUI test is ``qtbot.waitSignal``/``waitUntil``; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.application import ShareDesk
from app.config import ConfigPaths, Configuration
from app.demo import DEMO_PASSWORD, DemoPlatform, start_demo_platform
from app.desk import Desk
from app.i18n import LanguageSwitcher
from app.sync.store_outbox import OutboxState
from app.tasks import TaskRunner
from tests.sync.conftest import queue_submit

WAIT_MS = 60_000


@pytest.fixture
def platform() -> Iterator[DemoPlatform]:
    started = start_demo_platform(resources=60)
    try:
        yield started
    finally:
        started.stop()


def _sign_in(url: str) -> dict[str, str]:
    login = requests.post(url + "/api/v1/auth/login", timeout=10,
                          json={"username": "officer", "password": DEMO_PASSWORD})
    assert login.status_code == 200
    return {"Authorization": "Bearer " + login.json()["access_token"]}


def test_offline_refuses_connections_and_online_answers_on_the_same_url(
        platform: DemoPlatform) -> None:
    url = platform.url
    auth = _sign_in(url)  # issued before the switch: only the same database still knows it
    assert requests.get(url + "/api/v1/rules", headers=auth, timeout=10).status_code == 200

    platform.go_offline()
    assert not platform.online
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/api/v1/rules", headers=auth, timeout=10)

    platform.go_online()
    assert platform.online
    assert platform.url == url
    assert requests.get(url + "/api/v1/rules", headers=auth, timeout=10).status_code == 200


@pytest.mark.slow
def test_network_off_in_the_menu_takes_the_desk_offline_and_back_on_the_outbox_drains(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHAREDESK_HOME", str(tmp_path / "home"))
    application = QCoreApplication.instance()
    assert application is not None
    configuration = Configuration(ConfigPaths((), tmp_path / "settings.json",
                                              tmp_path / "state.json"))
    languages = LanguageSwitcher(application)
    languages.switch("en")
    client = ShareDesk(configuration, configuration.load(), languages,
                       data_dir=str(tmp_path / "data"), tasks=TaskRunner())
    try:
        chooser = client.start_demo()
        qtbot.addWidget(chooser)
        ok = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.waitUntil(ok.isEnabled, timeout=WAIT_MS)
        with qtbot.waitSignal(client.desk_opened, timeout=WAIT_MS) as opened:
            qtbot.keyClick(chooser, Qt.Key.Key_Return)  # the first account: officer
        desk: Desk = opened.args[0]
        controller = desk.controller
        qtbot.waitUntil(lambda: controller.last_sync is not None, timeout=WAIT_MS)
        assert controller.online
        switch = desk.desk_menu.demo_network_action
        assert switch is not None
        assert switch in desk.menu.actions()
        assert switch.isCheckable()
        assert not switch.isChecked()
        assert switch.text() == "Demo: &network off"

        with qtbot.waitSignal(controller.connectivity_changed, timeout=WAIT_MS,
                              check_params_cb=lambda online, _since: not online):
            switch.trigger()
        assert switch.isChecked()

        # Working offline: a request queued now waits in the outbox (issue 5: "queue").
        resource = next(row for row in desk.session.store.select_json("resource")
                        if row["status"] == "published"
                        and row["share"]["attribute"] == "unconditional"
                        and any(data_item["name"] == "姓名" for data_item in row["data_items"]))
        item = queue_submit(desk.session.store, resource["id"])
        desk.on_queued()
        assert desk.session.store.outbox.get(item.id) is not None

        qtbot.waitUntil(switch.isEnabled, timeout=WAIT_MS)  # the stop has finished
        with qtbot.waitSignal(controller.connectivity_changed, timeout=WAIT_MS,
                              check_params_cb=lambda online, _since: online):
            switch.trigger()
        assert not switch.isChecked()
        outbox = desk.session.store.outbox

        def settled() -> bool:  # sent, or stopped for attention (then the assert below says so)
            current = outbox.get(item.id)
            return current is None or current.state not in (OutboxState.QUEUED,
                                                            OutboxState.SENDING)

        qtbot.waitUntil(settled, timeout=WAIT_MS)
        assert desk.session.store.outbox.items() == []  # sent and accepted: the outbox drained
    finally:
        client.close()

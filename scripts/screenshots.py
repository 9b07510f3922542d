"""Render ShareDesk's main screens offscreen into ``docs/screenshots/`` (PNG, Chinese by default).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang zh_CN|en]

Runs the real client: the embedded demo platform starts, ``officer`` is chosen in the demo
chooser and signed in exactly as ``sharedesk --demo`` does, the first sync runs, and then:

* ``login.png`` — the sign-in dialog;
* ``catalog.png`` — the catalog searched for 身份证, a conditional entry selected;
* ``request_form.png`` — the request form for that entry, filled in;
* ``my_requests.png`` — My requests with the first request's timeline;
* ``outbox.png`` — the platform switched off, the request submitted and queued, offline banner;
* ``settings.png`` — the settings dialog;
* ``main_150.png`` — the catalog again at 150 % scaling (``QT_SCALE_FACTOR=1.5``, a child
  process, since the factor is read once at start).

Nothing outside a temporary folder is touched (``SHAREDESK_HOME``, no keyring). Translations
are compiled from ``i18n/*.ts`` into that folder first, so the pictures show the current text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="sharedesk-screenshots-"))
os.environ["SHAREDESK_HOME"] = str(WORK / "home")

from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget  # noqa: E402

from app.application import ShareDesk, load_style_sheet  # noqa: E402
from app.config import ConfigPaths, Configuration  # noqa: E402
from app.desk import Desk  # noqa: E402
from app.i18n import LanguageSwitcher, translations_folder  # noqa: E402
from app.models.enums import ShareAttribute  # noqa: E402
from app.signin import SignInService  # noqa: E402
from app.sync.workspace_types import RequestFormData  # noqa: E402
from app.views.login_dialog import LoginDialog  # noqa: E402

TIMEOUT = 120.0


class NothingKept(KeyringBackend):
    """A keyring that works and keeps nothing beyond this process (no OS keyring touched)."""

    priority = -1  # never chosen by keyring itself

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    """Run the event loop until ``condition`` holds (a script, not a test: polling is fine)."""
    deadline = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")


def settle(rounds: int = 20) -> None:
    for _round in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    target = folder / f"{name}.png"
    if not widget.grab().save(str(target)):
        raise SystemExit(f"screenshots: could not write {target}")
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def fresh_translations() -> Path:
    folder = WORK / "i18n"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted((ROOT / "i18n").glob("*.ts")):
        target = folder / source.with_suffix(".qm").name
        result = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                                check=False, capture_output=True)
        if result.returncode != 0:
            return translations_folder()
    return folder


def start_client(language: str) -> tuple[QApplication, ShareDesk]:
    application = QApplication(sys.argv[:1])
    application.setQuitOnLastWindowClosed(False)
    load_style_sheet(application)
    configuration = Configuration(ConfigPaths((), WORK / "settings.json", WORK / "state.json"))
    settings = configuration.load()
    languages = LanguageSwitcher(application, fresh_translations())
    languages.switch(language)
    client = ShareDesk(configuration, settings, languages)
    client.service = SignInService(settings, str(WORK / "data"), keyring_backend=NothingKept())
    return application, client


def open_demo_desk(client: ShareDesk) -> Desk:
    chooser = client.start_demo()
    ok = chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    wait_until(ok.isEnabled, "the demo platform")
    chooser.on_accepted()  # the first account: officer
    wait_until(lambda: client.desk is not None, "the main window")
    desk = client.desk
    assert desk is not None
    wait_until(lambda: desk.controller.last_sync is not None, "the first sync")
    return desk


def search_catalog(desk: Desk, text: str) -> str | None:
    """Search as the officer would; select (and return) the first conditional entry."""
    counted: list[int] = []
    desk.catalog.query_finished.connect(counted.append)
    desk.window.search_field.setText(text)
    desk.window.on_search_entered()
    wait_until(lambda: bool(counted), "the catalog search")
    model, store = desk.catalog.model, desk.session.store
    for row in range(min(model.rowCount(), 50)):
        resource_id = model.resource_id(row)
        resource = store.resource(resource_id) if resource_id else None
        if resource is not None and resource.share.attribute is ShareAttribute.CONDITIONAL:
            desk.catalog.table.selectRow(row)
            return resource_id
    return model.resource_id(0) if model.rowCount() else None


def shoot_login(client: ShareDesk, folder: Path) -> None:
    assert client.demo is not None
    dialog = LoginDialog(client.service, client.tasks, server_url=client.demo.url,
                         username="officer", language=client.language)
    dialog.show()
    wait_until(lambda: dialog._keyring is not None, "the keyring probe")
    save(dialog, folder, "login")
    dialog.close()


def shoot_request_form(desk: Desk, resource_id: str, folder: Path) -> None:
    desk.on_request_access(resource_id)
    wait_until(lambda: desk.form is not None and desk.form.isVisible(), "the request form")
    form = desk.form
    assert form is not None
    items = tuple(item.name for item in form.resource.data_items[:3])
    today = date.today()
    form.fields.load(RequestFormData(
        resource_id=form.resource.id,
        purpose="办理就业登记和社会保险参保登记时，核验申请人的身份信息，减少群众重复提交材料。",
        legal_basis="《社会保险法》第五十七条", scenario="就业登记、社保参保登记窗口核验",
        data_items=items, usage_scope="本厅就业服务和社会保险经办业务",
        period_start=today, period_end=today + timedelta(days=365),
        contact_name="刘晓敏", contact_phone="0731-88880000"))
    wait_until(lambda: form.expected is not None, "the expected reply date")
    form.resize(max(form.width(), 680), max(form.height(), 780))  # every field in view
    save(form, folder, "request_form")


def shoot_offline_outbox(client: ShareDesk, desk: Desk, folder: Path) -> None:
    """Switch the platform off, submit the open form: it waits in the outbox, offline."""
    form = desk.form
    assert form is not None
    assert client.demo is not None
    client.demo.stop()
    client.demo = None
    form.on_submit()
    wait_until(lambda: not desk.controller.online, "the offline state")
    wait_until(lambda: not desk.controller.running, "the failed round")
    desk.window.show_page("outbox")
    outbox = desk.outbox
    assert outbox is not None
    outbox.reload()
    wait_until(lambda: outbox.model.rowCount() > 0, "the queued request")
    outbox.table.selectRow(0)
    desk.window.statusBar().clearMessage()  # show the offline state, not the last message
    save(desk.window, folder, "outbox")


def shoot_requests(desk: Desk, folder: Path) -> None:
    requests = desk.requests
    assert requests is not None
    desk.window.show_page("requests")
    wait_until(lambda: requests.model.rowCount() > 0, "my requests")
    requests.table.selectRow(0)
    wait_until(lambda: requests.detail is not None, "the request's detail")
    save(desk.window, folder, "my_requests")


def run(folder: Path, language: str, only_main: str | None) -> None:
    application, client = start_client(language)
    try:
        desk = open_demo_desk(client)
        resource_id = search_catalog(desk, "身份证")
        if only_main is not None:
            save(desk.window, folder, only_main)
            return
        save(desk.window, folder, "catalog")
        shoot_login(client, folder)
        shoot_requests(desk, folder)
        if resource_id is not None:
            shoot_request_form(desk, resource_id, folder)
            shoot_offline_outbox(client, desk, folder)
        settings = client.open_settings()
        assert settings is not None
        save(settings, folder, "settings")
        settings.close()
    finally:
        client.close()
        application.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--only-main", metavar="NAME", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = Path(args.out).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    run(folder, args.lang, args.only_main)
    if args.only_main is None:
        scaled = subprocess.run(
            [sys.executable, __file__, "--out", str(folder), "--lang", args.lang,
             "--only-main", "main_150"],
            env={**os.environ, "QT_SCALE_FACTOR": "1.5"}, check=False)
        if scaled.returncode != 0:
            return scaled.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())

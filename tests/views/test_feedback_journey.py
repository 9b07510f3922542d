"""Error feedback end to end (R20–R22), through the views, against the real reference server with
the demo province, in three sessions — officer (人社厅), provider and head (公安厅) — each with
its own store, a real PlatformClient and SyncEngine:

officer reports an obvious error with a picture → provider asks for an extension → head approves
it (the user department is told) → provider corrects the value (R22) → officer sees the
correction notice and accepts it. The reminders of each session announce their part.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.codec import from_json_dict
from app.models.entities import Resource
from app.models.workflows import Action
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_feedback_types import FeedbackList
from app.sync.workspace_reminders import ReminderKind
from app.tasks import TaskRunner
from app.views.extension_dialog import ExtensionDialog
from app.views.feedback_form import FeedbackForm
from app.views.feedback_page import FeedbackPage
from app.views.reminders import Reminders
from app.views.resolve_dialog import ResolveDialog
from tests.views.desk_setup import settle
from tests.views.feedback_setup import png_bytes

PICTURE = png_bytes(6, 4)


@dataclass
class Session:
    """One signed-in account: its store, client, sync engine, workspace and reminders."""

    name: str
    store: Any
    client: Any
    sync: Any
    feedback: FeedbackWorkspace
    department_id: str
    reminders: Reminders
    told: list[str]

    def synced(self) -> Any:
        summary = self.sync.sync()
        assert summary.completed, summary.error
        return summary


@dataclass
class Platform:
    url: str
    engine: Any

    def feedback(self, feedback_id: uuid.UUID) -> tuple[dict[str, Any], list[Any]]:
        """The feedback as the platform stores it, and the attachments bound to it."""
        import sqlalchemy as sa

        from server import db, objects, schema

        with db.read(self.engine) as conn:
            data = objects.load_json(conn, "feedback", str(feedback_id))
            table = schema.attachments
            files = list(conn.execute(
                sa.select(table).where(table.c.entity_id == str(feedback_id))))
        return data, files


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[Platform]:
    """The reference server with the demo province on 127.0.0.1 (a SQLite file in tmp_path)."""
    from server.app import create_app
    from server.demo import build_demo
    from server.runner import ServerThread

    app = create_app(str(tmp_path / "platform.db"))
    engine = app.state.platform.engine
    build_demo(engine, resources=60)
    server = ServerThread(app)
    try:
        yield Platform(server.start(), engine)
    finally:
        server.stop()
        engine.dispose()


def sign_in(qtbot: QtBot, platform: Platform, username: str, folder: Path,
            tasks: TaskRunner) -> Session:
    """Sign in with the demo password, sync once, and scan once (the reminders' baseline)."""
    from keyring.backends import null

    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from app.sync.store import LocalStore
    from app.sync.workspace import Workspace
    from server.demo import DEMO_PASSWORD

    store = LocalStore.open(folder / f"{username}.sqlite3")
    client = PlatformClient(platform.url, Credentials(platform.url, username,
                                                      backend=null.Keyring()),
                            username=username)
    client.login(username, DEMO_PASSWORD)
    me = client.me()["user"]
    engine = SyncEngine(store, client)
    assert engine.sync().completed
    workspace = Workspace.for_user(store, uuid.UUID(me["id"]))
    told: list[str] = []
    reminders = Reminders(workspace, tasks, fallback=told.append)
    with qtbot.waitSignal(reminders.badge_changed,
                          check_params_cb=lambda key, _n: key == "requests"):
        reminders.on_synced()
    return Session(username, store, client, engine, FeedbackWorkspace(workspace),
                   str(me["department_id"]), reminders, told)


def hears(qtbot: QtBot, session: Session, kind: ReminderKind) -> None:
    """After a sync the session's reminders announce ``kind`` (among what is new)."""
    session.synced()
    with qtbot.waitSignal(session.reminders.announced) as announced:
        session.reminders.on_synced()
    assert kind in {r.kind for r in announced.args[0]}
    assert session.told  # offscreen: said in the status message


def page_on(qtbot: QtBot, session: Session, tasks: TaskRunner, which: FeedbackList,
            feedback_id: uuid.UUID) -> FeedbackPage:
    """The session's feedback page on list ``which`` with ``feedback_id`` selected."""
    page = FeedbackPage(session.feedback, tasks, language="en")
    qtbot.addWidget(page)
    page.show()
    page.show_list(which)
    with qtbot.waitSignal(page.model.modelReset):
        page.reload()
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    page.table.selectRow(next(i for i, r in enumerate(rows) if r and r.id == feedback_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.feedback.id == feedback_id)
    return page


def confirm(qtbot: QtBot, page: FeedbackPage, action: Action) -> None:
    page.buttons[action].click()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.outbox_changed):
        box.button(QMessageBox.StandardButton.Yes).click()


def report_with_picture(qtbot: QtBot, officer: Session, provider: Session, tasks: TaskRunner,
                        folder: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """R20: from a data item of the provider's entry; returns (feedback id, outbox id)."""
    target = next(r for r in (from_json_dict(Resource, row) for row in officer.store.select_json(
        "resource", {"provider_department_id": provider.department_id, "status": "published"}))
        if len(r.data_items) >= 2)
    form = FeedbackForm(officer.feedback, tasks, target, data_item=target.data_items[1].name,
                        language="en")
    qtbot.addWidget(form)
    form.show()
    picture = folder / "户籍底卡.png"
    picture.write_bytes(PICTURE)
    with qtbot.waitSignal(form.evidence_checked):
        form.add_evidence([str(picture)])
    form.error.setChecked(True)
    form.record.setText("430102198001011234")
    form.description.setPlainText("平台数据与户籍底卡不一致，见附图")
    form.proposed.setText("张晓明")
    with qtbot.waitSignal(form.submitted) as queued:
        form.submit_button.click()
    return queued.args[0].feedback_id, queued.args[0].outbox_id


def ask_for_ten_days(qtbot: QtBot, page: FeedbackPage) -> None:
    """R20: the provider, seeing the evidence, asks its head for ten more working days."""
    assert "户籍底卡.png" in page.pane.facts.text()
    page.buttons[Action.REQUEST_EXTENSION].click()
    dialog = page.dialog
    assert isinstance(dialog, ExtensionDialog)
    dialog.days.setValue(10)
    dialog.reason.setPlainText("需调取原始户籍档案逐项比对核实")
    with qtbot.waitSignal(page.outbox_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def correct(qtbot: QtBot, page: FeedbackPage, value: str) -> None:
    """R22: the provider resolves as corrected, with the corrected value."""
    page.buttons[Action.RESOLVE_CORRECTED].click()
    dialog = page.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.value.setText(value)
    with qtbot.waitSignal(page.outbox_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.slow
def test_journey_error_with_picture_extension_head_approval_correction_accepted(
    qtbot: QtBot, tmp_path: Path, platform: Platform
) -> None:
    tasks = TaskRunner()
    sessions = [sign_in(qtbot, platform, name, tmp_path, tasks)
                for name in ("officer", "provider", "head")]
    officer, provider, head = sessions
    try:
        # 1. The officer reports an obvious error with a picture; it is uploaded once.
        feedback_id, item_id = report_with_picture(qtbot, officer, provider, tasks, tmp_path)
        assert officer.synced().outbox_sent == (item_id,)
        stored, files = platform.feedback(feedback_id)
        assert stored["status"] == "submitted"
        assert [(f.filename, f.sha256) for f in files] == [
            ("户籍底卡.png", hashlib.sha256(PICTURE).hexdigest())]
        assert [a["id"] for a in stored["attachments"]] == [files[0].id]

        # 2. The provider hears of it and asks for ten more working days.
        hears(qtbot, provider, ReminderKind.NEW_FEEDBACK)
        ask_for_ten_days(qtbot, page_on(qtbot, provider, tasks, FeedbackList.TO_VERIFY,
                                        feedback_id))
        assert len(provider.synced().outbox_sent) == 1
        assert platform.feedback(feedback_id)[0]["status"] == "extension_requested"

        # 3. The head approves it from the same page; the user department is told (R20).
        hears(qtbot, head, ReminderKind.EXTENSION_TO_APPROVE)
        confirm(qtbot, page_on(qtbot, head, tasks, FeedbackList.EXTENSIONS, feedback_id),
                Action.APPROVE_EXTENSION)
        assert len(head.synced().outbox_sent) == 1
        approved = platform.feedback(feedback_id)[0]
        assert approved["status"] == "extended"
        assert approved["extension"]["approved_by_user_id"] == str(head.feedback.actor.user_id)
        hears(qtbot, officer, ReminderKind.VERIFICATION_EXTENDED)
        notices = officer.store.select_json("notification", {"subject_id": str(feedback_id)})
        assert "verification_extended" in {n["kind"] for n in notices}
        assert officer.feedback.feedback(feedback_id).due == date.fromisoformat(approved["due"])

        # 4. The provider corrects the value (R22).
        provider.synced()
        correct(qtbot, page_on(qtbot, provider, tasks, FeedbackList.TO_VERIFY, feedback_id),
                "张晓明")
        assert len(provider.synced().outbox_sent) == 1

        # 5. The officer sees the correction notice and accepts it.
        hears(qtbot, officer, ReminderKind.RESULT_RECEIVED)
        mine = page_on(qtbot, officer, tasks, FeedbackList.MINE, feedback_id)
        assert mine.pane.result_box.isVisible()
        assert "张晓明" in mine.pane.result_text.text()
        assert not mine.pane.banner.isVisible()  # verified: R21 no longer applies
        confirm(qtbot, mine, Action.ACCEPT)
        assert len(officer.synced().outbox_sent) == 1
        closed = platform.feedback(feedback_id)[0]
        assert (closed["status"], closed["corrected_value"]) == ("accepted", "张晓明")
        assert all(not s.store.outbox.items() for s in sessions)
    finally:
        settle(tasks)
        tasks.shutdown()
        for session in sessions:
            session.client.close()
            session.store.close()

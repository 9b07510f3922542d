"""To reply (待答复): the inbox overdue first with countdowns that cite their rule (R13), the
detail pane and the workflow's buttons, the R14 agreement shown as a filing awaiting
acknowledgement, R17 misuse with reasons — and, end to end against the reference server with
the demo province, two officers: a conditional request to 公安厅, refused without reasons (by
the form and by the platform), refused with reasons, and the letter the requester opens."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.models.enums import ReplyDecision, RequestStatus, SuspensionKind
from app.models.validation_messages import field_error
from app.sync.store import LocalStore
from app.sync.workspace_provider import ProviderDesk
from app.tasks import TaskRunner
from app.views.inbox_model import DUE, LEFT, RESOURCE, ROW_ROLE
from app.views.inbox_page import InboxPage
from app.views.misuse_dialog import MisuseDialog
from app.views.negotiation_dialog import NegotiationDialog
from app.views.reply_dialog import ReplyDialog
from tests.sync.provider_setup import NOW, Inbox, provider_desk, seeded
from tests.sync.workspace_setup import Clock
from tests.views.desk_setup import settle

REASONS = "申请用途不属于贵单位法定职责范围，依据《中华人民共和国居民身份证法》不予共享。"


@dataclass
class Setting:
    store: LocalStore
    desk: ProviderDesk
    inbox: Inbox
    tasks: TaskRunner


@pytest.fixture
def setting(tmp_path: Path) -> Iterator[Setting]:
    store = LocalStore.open(tmp_path / "provider.sqlite3")
    tasks = TaskRunner()
    try:
        province, inbox = seeded(store)
        yield Setting(store, provider_desk(store, province, Clock(NOW)), inbox, tasks)
    finally:
        settle(tasks)
        tasks.shutdown()
        store.close()


def open_page(qtbot: QtBot, desk: ProviderDesk, tasks: TaskRunner) -> InboxPage:
    page = InboxPage(desk, tasks, language="en")
    qtbot.addWidget(page)
    page.resize(1180, 720)
    with qtbot.waitSignal(page.badge_changed):
        page.reload()
    return page


def select(qtbot: QtBot, page: InboxPage, request_id: uuid.UUID) -> None:
    qtbot.waitUntil(lambda: page.model.row_of(request_id) >= 0)
    page.table.selectRow(page.model.row_of(request_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.request.id == request_id)


def rows(page: InboxPage) -> list[Any]:
    return [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]


def test_r13_inbox_lists_overdue_first_with_coloured_countdowns(
    qtbot: QtBot, qtmodeltester: ModelTester, setting: Setting
) -> None:
    page = open_page(qtbot, setting.desk, setting.tasks)
    inbox = setting.inbox
    assert [r.id for r in rows(page)] == [inbox.overdue.id, inbox.due_today.id,
                                          inbox.due_later.id, inbox.negotiating.id]
    model = page.model
    assert model.index(0, LEFT).data().startswith("⚠ Overdue by 9 working day")
    assert model.index(0, DUE).data() == "2026-11-16"
    red = model.index(0, LEFT).data(Qt.ItemDataRole.ForegroundRole)
    assert red.red() > 2 * red.green()  # overdue reads red, with the sign and the words
    assert model.index(2, LEFT).data(Qt.ItemDataRole.ForegroundRole) is None  # on time
    tooltip = model.index(0, LEFT).data(Qt.ItemDataRole.ToolTipRole)
    assert "R13" in tooltip
    assert "2026-11-16" in tooltip
    assert model.index(0, RESOURCE).data() == "居民身份证信息"
    assert model.overdue_count() == 1
    qtmodeltester.check(model)


def test_detail_shows_the_request_resource_and_the_allowed_buttons(
    qtbot: QtBot, setting: Setting
) -> None:
    page = open_page(qtbot, setting.desk, setting.tasks)
    select(qtbot, page, setting.inbox.overdue.id)
    shown = page.info.toPlainText()
    for expected in ("湖南省市场监督管理局", setting.inbox.overdue.purpose,
                     "《优化营商环境条例》第十九条", "公民身份号码", "仅用于政务服务中的身份核验",
                     "《中华人民共和国居民身份证法》", "0731-88889999"):
        assert expected in shown
    assert "R13" in page.countdown.toolTip()
    enabled = {key for key, button in page.buttons.items() if button.isEnabled()}
    assert enabled == {"reply"}  # R13: a written reply is owed
    select(qtbot, page, setting.inbox.negotiating.id)
    enabled = {key for key, button in page.buttons.items() if button.isEnabled()}
    assert enabled == {"agree", "decline"}  # R14


def test_r14_agreement_shows_the_filing_awaiting_acknowledgement(
    qtbot: QtBot, setting: Setting
) -> None:
    page = open_page(qtbot, setting.desk, setting.tasks)
    select(qtbot, page, setting.inbox.negotiating.id)
    page.buttons["agree"].click()
    dialog = page.dialog
    assert isinstance(dialog, NegotiationDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # the terms are filed (R14): they must be written
    assert "湖南省数据局" in dialog.note.text()  # whom the agreement is filed with
    dialog.editor.setPlainText("仅提供出境日期和口岸两项，按季度交换。")
    with qtbot.waitSignal(page.outbox_changed):
        ok.click()
    qtbot.waitUntil(lambda: page.detail is not None
                    and page.detail.request.status is RequestStatus.AGREED)
    assert "filing awaiting acknowledgement (备案待确认)" in page.info.toPlainText()


def test_r17_suspension_needs_reasons_can_be_lifted_and_the_requester_sees_why(
    qtbot: QtBot, setting: Setting
) -> None:
    page = open_page(qtbot, setting.desk, setting.tasks)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    select(qtbot, page, setting.inbox.approved.id)
    assert page.buttons["misuse"].isEnabled()
    page.buttons["misuse"].click()
    dialog = page.dialog
    assert isinstance(dialog, MisuseDialog)
    assert dialog.kind() is SuspensionKind.SUSPEND
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.editor.setPlainText("违规")
    assert not ok.isEnabled()
    assert dialog.error.text() == field_error(
        "reasons", "suspension.reasons_required", min=10).message("en")
    dialog.accept()
    assert setting.store.outbox.items() == []  # refused: nothing queued
    reasons = "发现使用部门将共享数据转交第三方公司用于商业营销，超出申请用途。"
    dialog.editor.setPlainText(reasons)
    with qtbot.waitSignal(page.outbox_changed):
        ok.click()
    qtbot.waitUntil(lambda: page.detail is not None
                    and page.detail.request.status is RequestStatus.SUSPENDED)
    assert reasons in page.info.toPlainText()
    assert page.buttons["lift"].isEnabled()
    assert [i.path.rsplit("/", 1)[-1] for i in setting.store.outbox.items()] == ["suspend"]

    # The requesting department's My requests says that provision stopped, and why (R17).
    from app.views.requests_page import RequestsPage
    from tests.sync.workspace_setup import workspace

    theirs = RequestsPage(workspace(setting.store, Clock(NOW)), setting.tasks, language="en")
    qtbot.addWidget(theirs)
    theirs.reload()
    request_id = setting.inbox.approved.id
    qtbot.waitUntil(lambda: theirs.model.row_of(request_id) >= 0)
    theirs.table.selectRow(theirs.model.row_of(request_id))
    qtbot.waitUntil(lambda: theirs.detail is not None and theirs.detail.request.id == request_id)
    assert theirs.status_line.text().endswith(
        "Provision stopped by the provider (R17): " + reasons)


# ------------------------------------------------------------------------------ end to end


@dataclass
class Officer:
    store: LocalStore
    client: Any
    engine: Any
    user_id: uuid.UUID
    department_id: uuid.UUID


@pytest.fixture
def demo_url(tmp_path: Path) -> Iterator[str]:
    from server.app import create_app
    from server.demo import build_demo
    from server.runner import ServerThread

    app = create_app(str(tmp_path / "platform.db"))
    engine = app.state.platform.engine
    build_demo(engine, resources=60)
    server = ServerThread(app)
    try:
        yield server.start()
    finally:
        server.stop()
        engine.dispose()


def sign_in(url: str, username: str, folder: Path) -> Officer:
    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from server.demo import DEMO_PASSWORD

    client = PlatformClient(url, Credentials(url, username, backend=null.Keyring()),
                            username=username)
    client.login(username, DEMO_PASSWORD)
    store = LocalStore.open(folder / f"{username}.sqlite3")
    engine = SyncEngine(store, client)
    assert engine.sync().completed
    user = client.me()["user"]
    return Officer(store, client, engine, uuid.UUID(user["id"]), uuid.UUID(user["department_id"]))


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def journey(tmp_path: Path, demo_url: str) -> Iterator[tuple[Officer, Officer, TaskRunner]]:
    """The officer (人社厅) and the provider (公安厅), each with their own store, signed in
    to the demo platform and synced once."""
    tasks = TaskRunner()
    officer = sign_in(demo_url, "officer", tmp_path)
    provider = sign_in(demo_url, "provider", tmp_path)
    try:
        yield officer, provider, tasks
    finally:
        settle(tasks)
        tasks.shutdown()
        for side in (officer, provider):
            side.client.close()
            side.store.close()


def officer_asks_the_police(officer: Officer, provider: Officer) -> uuid.UUID:
    """R13: a conditional request for one of 公安厅's resources, sent through the outbox."""
    from app.models.codec import from_json_dict
    from app.models.entities import Resource
    from app.sync.workspace import Workspace
    from app.sync.workspace_types import RequestFormData

    theirs = {"share_attribute": "conditional", "status": "published",
              "provider_department_id": str(provider.department_id)}
    target = from_json_dict(Resource, officer.store.select_json("resource", theirs)[0])
    mine = Workspace.for_user(officer.store, officer.user_id)
    submitted = mine.submit_request(RequestFormData(
        resource_id=target.id, purpose="办理社会保障卡申领时核验申请人的身份信息",
        legal_basis="《社会保险法》第五十八条",
        data_items=tuple(sorted(target.shared_data_item_names))[:2],
        contact_name="刘晓敏", contact_phone="0731-88889999"))
    assert officer.engine.sync().outbox_sent == (submitted.request_id,)
    return submitted.request_id


def provider_refuses(qtbot: QtBot, provider: Officer, tasks: TaskRunner,
                     request_id: uuid.UUID) -> str:
    """R13 in the inbox: refused without reasons by the form and by the platform, then sent
    with reasons; returns the reply number the platform gave."""
    from app.sync.problems import PlatformProblem
    from app.sync.workspace import Workspace

    assert provider.engine.sync().completed
    desk = ProviderDesk(Workspace.for_user(provider.store, provider.user_id))
    page = open_page(qtbot, desk, tasks)
    select(qtbot, page, request_id)
    page.buttons["reply"].click()
    dialog = page.dialog
    assert isinstance(dialog, ReplyDialog)
    dialog.choose(ReplyDecision.REFUSE)
    send = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not send.isEnabled()  # refused by the form
    dialog.accept()
    assert dialog.isVisible()
    assert provider.store.outbox.items() == []
    version = desk.workspace.request(request_id).version
    with pytest.raises(PlatformProblem) as refused:  # and by the platform, whatever the client
        provider.client.send_command("POST", f"/api/v1/requests/{request_id}/reply",
                                     {"decision": "refuse", "reasons": ""}, str(uuid.uuid4()),
                                     version)
    assert refused.value.status == 422
    assert "reasons" in {error.field for error in refused.value.field_errors}
    dialog.reasons.setPlainText(REASONS)
    with qtbot.waitSignal(page.outbox_changed):
        send.click()
    [item] = provider.store.outbox.items()
    assert item.if_match == str(version)
    assert provider.engine.sync().outbox_sent == (item.id,)
    replied = desk.workspace.request(request_id)
    assert replied.status is RequestStatus.REFUSED
    assert replied.reply is not None
    assert re.fullmatch(r"\S+答〔\d{4}〕\d+号", replied.reply.reply_number)  # GB/T 9704
    return replied.reply.reply_number


@pytest.mark.slow
def test_end_to_end_refusal_with_reasons_reaches_the_requester_and_its_letter(
    qtbot: QtBot, tmp_path: Path, journey: tuple[Officer, Officer, TaskRunner]
) -> None:
    from app.sync.workspace import Workspace
    from app.views.requests_page import RequestsPage

    officer, provider, tasks = journey
    request_id = officer_asks_the_police(officer, provider)
    number = provider_refuses(qtbot, provider, tasks, request_id)

    assert officer.engine.sync().completed
    mine = Workspace.for_user(officer.store, officer.user_id)
    page = RequestsPage(mine, tasks, language="en")
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.model.row_of(request_id) >= 0)
    page.table.selectRow(page.model.row_of(request_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.reply is not None)
    assert REASONS in page.reply_text.text()
    page.letter_button.click()
    assert page.letter is not None
    with qtbot.waitSignal(page.letter.opened, timeout=10_000) as opened:
        pass
    letter_dialog = opened.args[0]
    qtbot.addWidget(letter_dialog)
    assert letter_dialog.letter.reply_number == number
    pdf = tmp_path / "书面答复函.pdf"
    with qtbot.waitSignal(letter_dialog.exported, timeout=20_000):
        letter_dialog.export_to(str(pdf))
    text = pdf_text(pdf)
    assert mine.department_name(provider.department_id) in text  # 湖南省公安厅
    assert "公安厅" in text
    assert "答复意见：不予共享" in text
    assert re.sub(r"\s+", "", REASONS) in text
    assert number in text

"""The request form: live validation with the domain's messages (R11–R14), the expected reply
date with its rule (R12, R13), drafts saved as the officer types, the keyboard, and — end to
end — a request typed in the form reaching the reference server through the outbox."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import RequestStatus, ShareAttribute
from app.models.validation_messages import field_error
from app.models.workdays import DueDate
from app.sync.store_outbox import OutboxState
from app.sync.workspace import Workspace
from app.sync.workspace_types import RequestFormData, RequestRow
from app.views.request_form import RequestForm
from tests.sync.workspace_setup import PURPOSE, form
from tests.views.desk_setup import Desk, open_desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


def open_form(qtbot: QtBot, desk: Desk, attribute: ShareAttribute = ShareAttribute.CONDITIONAL,
              data: RequestFormData | None = None, language: str = "zh_CN") -> RequestForm:
    resource = {ShareAttribute.CONDITIONAL: desk.province.conditional,
                ShareAttribute.UNCONDITIONAL: desk.province.unconditional,
                ShareAttribute.NOT_SHARED: desk.province.not_shared}[attribute]
    dialog = RequestForm(desk.workspace, desk.tasks, resource, language=language, data=data)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.expected is not None)
    return dialog


def test_r11_submit_is_disabled_until_the_purpose_says_enough(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_form(qtbot, desk, data=form(desk.province.conditional, purpose=""))
    fields = dialog.fields
    assert not fields.submit_button.isEnabled()
    required = field_error("purpose", "request.purpose_required").message_zh
    assert required in fields.status.text()  # why Submit is disabled

    fields.purpose.setPlainText("核验身份")  # touched, but too short for R11
    too_short = field_error("purpose", "request.purpose_too_short", min=10).message_zh
    assert fields.error_labels["purpose"].text() == too_short
    assert fields.error_labels["purpose"].isVisible()
    assert not fields.submit_button.isEnabled()

    fields.purpose.setPlainText(PURPOSE)
    assert not fields.error_labels["purpose"].isVisible()
    assert fields.submit_button.isEnabled()


def test_r13_expected_reply_date_and_its_rule_are_shown(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_form(qtbot, desk, language="en")
    # Friday 27 Nov 2026 + 10 working days (no holidays until New Year) = Friday 11 Dec.
    assert "2026-12-11" in dialog.fields.expected.text()
    assert "R13" in dialog.fields.expected.text()
    tooltip = dialog.fields.expected.toolTip()
    assert desk.workspace.profile.conditional_reply.citation.describe("en") in tooltip


@pytest.mark.parametrize("years", [(2027,), (2027, 2028)])
def test_an_estimated_reply_date_names_the_unpublished_years(qtbot: QtBot, desk: Desk,
                                                             years: tuple[int, ...]) -> None:
    dialog = open_form(qtbot, desk, language="en")
    assert dialog.expected is not None
    due = DueDate(date(2027, 1, 15), estimated=True, unknown_years=years)
    dialog.expected = replace(dialog.expected, due=due)
    dialog.retranslate()
    text = dialog.fields.expected.text()
    assert "2027-01-15" in text
    assert ", ".join(map(str, years)) in text
    assert "R13" in text
    assert "%" not in text  # every placeholder filled


def test_r12_unconditional_resource_is_obtained_immediately_without_contact(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = open_form(qtbot, desk, ShareAttribute.UNCONDITIONAL, language="en")
    assert "R12" in dialog.fields.expected.text()
    assert "2026-" not in dialog.fields.expected.text()
    assert not dialog.fields.legal_basis.isVisible()  # R12 asks for no legal basis
    dialog.fields.purpose.setPlainText(PURPOSE)
    dialog.fields.on_select_all()
    assert dialog.fields.submit_button.isEnabled()  # no contact needed without a reply


def test_r14_not_shared_becomes_a_negotiation_request_needing_a_reason(
    qtbot: QtBot, desk: Desk
) -> None:
    data = form(desk.province.not_shared, legal_basis="", scenario="")
    dialog = open_form(qtbot, desk, ShareAttribute.NOT_SHARED, data=data, language="en")
    assert dialog.windowTitle().startswith("Negotiation request")
    assert "R14" in dialog.fields.labels["scenario"].text()
    assert not dialog.fields.submit_button.isEnabled()
    reason = field_error("scenario", "request.negotiation_reason_required").message_en
    assert reason in dialog.fields.status.text()
    dialog.fields.scenario.setPlainText("跨境贸易企业信用核查需要出入境证件信息，申请协商提供")
    assert dialog.fields.submit_button.isEnabled()


def test_submit_queues_the_request_and_closes_with_a_confirmation(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = open_form(qtbot, desk, data=form(desk.province.conditional), language="en")
    with qtbot.waitSignal(dialog.message) as told, qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.fields.submit_button, Qt.MouseButton.LeftButton)
    assert "2026-12-11" in told.args[0]
    [item] = desk.store.outbox.items()
    assert item.body is not None
    assert item.body["purpose"] == PURPOSE
    assert not dialog.isVisible()
    [row] = desk.workspace.my_requests()
    assert (row.status, row.pending) == (RequestStatus.SUBMITTED, True)


def test_ctrl_enter_submits_and_ctrl_s_saves_a_draft(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_form(qtbot, desk, data=form(desk.province.conditional))
    dialog.fields.usage_scope.setText("全省企业开办窗口")
    with qtbot.waitSignal(dialog.draft_saved) as saved:
        qtbot.keyClick(dialog.fields.usage_scope, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    kept = desk.workspace.draft(saved.args[0])
    assert kept is not None
    assert kept.usage_scope == "全省企业开办窗口"

    with qtbot.waitSignal(dialog.submitted):
        qtbot.keyClick(dialog.fields.usage_scope, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert len(desk.store.outbox.items()) == 1
    assert desk.workspace.draft(saved.args[0]) is None  # the draft became the request


@pytest.mark.parametrize("field", ["legal_basis", "usage_scope", "contact_name",
                                   "contact_phone"])
def test_enter_in_a_one_line_field_neither_submits_nor_selects(qtbot: QtBot, desk: Desk,
                                                             field: str) -> None:
    dialog = open_form(qtbot, desk, data=form(desk.province.conditional))
    fields = dialog.fields
    assert fields.submit_button.isEnabled()
    checked = fields.checked_items()
    assert not any(button.isDefault() or button.autoDefault()
                   for button in dialog.findChildren(QPushButton))
    widget = getattr(fields, field)
    widget.setFocus()
    with qtbot.assertNotEmitted(dialog.submitted, wait=200):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert fields.checked_items() == checked  # "Select all shared items" was not pressed
    assert dialog.isVisible()
    assert desk.store.outbox.items() == []


@pytest.mark.parametrize("attribute", list(ShareAttribute))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_access_key_in_the_form_is_unique(qtbot: QtBot, desk: Desk,
                                                attribute: ShareAttribute,
                                                language: str) -> None:
    dialog = open_form(qtbot, desk, attribute, language=language)
    texts = [label.text() for label in dialog.fields.labels.values()]
    texts += [widget.text() for widget in dialog.findChildren(QPushButton)
              if widget.isVisibleTo(dialog)]
    texts.append(dialog.fields.limit_period.text())
    keys = [match.group(1).lower() for text in texts
            if (match := re.search(r"&([^&])", text)) is not None]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_typing_is_saved_as_a_draft_without_asking(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_form(qtbot, desk)
    with qtbot.waitSignal(dialog.draft_saved, timeout=5000) as saved:
        dialog.fields.purpose.setPlainText("为办理企业开办登记")
    kept = desk.workspace.draft(saved.args[0])
    assert kept is not None
    assert kept.purpose == "为办理企业开办登记"


def test_escape_asks_before_throwing_typed_text_away(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_form(qtbot, desk, language="en")
    dialog.fields.purpose.setPlainText("为办理企业开办登记")
    qtbot.keyClick(dialog.fields.purpose, Qt.Key.Key_Escape)
    question = dialog.findChild(QMessageBox, "DiscardQuestion")
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert dialog.isVisible()  # nothing is thrown away before the officer answers
    discard = next(b for b in question.findChildren(QPushButton) if "Discard" in b.text())
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: desk.workspace.drafts() == [])


def test_a_refusal_from_the_workspace_shows_its_message(qtbot: QtBot, desk: Desk) -> None:
    missing_file = str(Path("/nonexistent") / "申请函.pdf")
    dialog = open_form(qtbot, desk, data=form(desk.province.conditional), language="en")
    dialog.add_attachments([missing_file])
    with qtbot.waitSignal(dialog.fields.submit_button.clicked):
        qtbot.mouseClick(dialog.fields.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.fields.general.isVisible)
    assert "申请函.pdf" in dialog.fields.general.text()
    assert desk.store.outbox.items() == []
    assert dialog.isVisible()


def test_editing_a_held_submission_resends_it(qtbot: QtBot, desk: Desk) -> None:
    submitted = desk.workspace.submit_request(form(desk.province.conditional))
    editing = desk.workspace.edit(submitted.outbox_id)
    assert editing.form is not None
    dialog = RequestForm(desk.workspace, desk.tasks, desk.province.conditional,
                         data=editing.form, outbox_item=submitted.outbox_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.fields.save_button.isVisible()  # the outbox keeps it, not a draft
    dialog.fields.usage_scope.setText("企业开办一窗通办")
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.fields.submit_button, Qt.MouseButton.LeftButton)
    item = desk.store.outbox.get(submitted.outbox_id)
    assert item is not None
    assert item.state is OutboxState.QUEUED
    assert item.body is not None
    assert item.body["usage_scope"] == "企业开办一窗通办"


@dataclass
class DemoPlatform:
    url: str
    engine: Any


@pytest.fixture
def demo_platform(tmp_path: Path) -> Iterator[DemoPlatform]:
    """The reference server with the demo province on 127.0.0.1 (a SQLite file in tmp_path)."""
    from server.app import create_app
    from server.demo import build_demo
    from server.runner import ServerThread

    app = create_app(str(tmp_path / "platform.db"))
    engine = app.state.platform.engine
    build_demo(engine, resources=60)  # the featured entries alone need 58
    server = ServerThread(app)
    try:
        yield DemoPlatform(server.start(), engine)
    finally:
        server.stop()
        engine.dispose()


def requests_on_server(platform: DemoPlatform, resource_id: uuid.UUID,
                       department_id: uuid.UUID) -> set[str]:
    """Ids of the requests the server holds from ``department_id`` for ``resource_id``."""
    import sqlalchemy as sa

    from server import db, schema

    table = schema.share_requests
    with db.read(platform.engine) as conn:
        return set(conn.execute(sa.select(table.c.id).where(
            table.c.resource_id == str(resource_id),
            table.c.requester_department_id == str(department_id),
        )).scalars())


def fill_in(dialog: RequestForm) -> None:
    fields = dialog.fields
    fields.purpose.setPlainText(PURPOSE)
    fields.legal_basis.setText("《优化营商环境条例》第十九条")
    fields.on_select_all()
    fields.contact_name.setText("刘晓敏")
    fields.contact_phone.setText("0731-88889999")


@pytest.mark.slow
def test_end_to_end_a_request_typed_in_the_form_reaches_the_platform_once(
    qtbot: QtBot, tmp_path: Path, demo_platform: DemoPlatform
) -> None:
    from app.models.codec import from_json_dict
    from app.models.entities import Resource
    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from app.sync.store import LocalStore
    from app.tasks import TaskRunner
    from server.demo import DEMO_PASSWORD

    url = demo_platform.url
    tasks = TaskRunner()
    store = LocalStore.open(tmp_path / "client.sqlite3")
    # The null keyring keeps no secret anywhere: the session lives in memory only.
    client = PlatformClient(url, Credentials(url, "officer", backend=null.Keyring()),
                            username="officer")
    try:
        client.login("officer", DEMO_PASSWORD)
        sync = SyncEngine(store, client)
        assert sync.sync().completed
        workspace = Workspace.for_user(store, uuid.UUID(client.me()["user"]["id"]))
        department = workspace.actor.department_id
        target = next(
            r for r in (from_json_dict(Resource, row) for row in store.select_json(
                "resource", {"share_attribute": "conditional", "status": "published"}))
            if r.provider_department_id != department)
        before = requests_on_server(demo_platform, target.id, department)

        dialog = RequestForm(workspace, tasks, target, language="en")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.expected is not None)
        fill_in(dialog)
        with qtbot.waitSignal(dialog.submitted) as queued:
            qtbot.keyClick(dialog.fields.purpose, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        request_id = queued.args[0].request_id
        assert desk_row(workspace, request_id).pending

        summary = sync.sync()
        assert summary.outbox_sent == (request_id,)
        assert requests_on_server(demo_platform, target.id, department) - before == {
            str(request_id)}
        row = desk_row(workspace, request_id)
        assert (row.pending, row.status) == (False, RequestStatus.SUBMITTED)
        assert store.outbox.items() == []
    finally:
        tasks.shutdown()
        client.close()
        store.close()


def desk_row(workspace: Workspace, request_id: uuid.UUID) -> RequestRow:
    return next(r for r in workspace.my_requests() if r.id == request_id)


def test_form_data_survives_a_round_trip_through_the_fields(qtbot: QtBot, desk: Desk) -> None:
    typed = form(desk.province.conditional, scenario="窗口办件时实时核验",
                 period_start=None, period_end=None)
    dialog = open_form(qtbot, desk, data=typed)
    assert replace(dialog.form_data(), draft_id=None) == typed

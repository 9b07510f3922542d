"""The catalog editor and "My catalog" with pytest-qt over a real local store (the police's
entries of ``tests/sync/workspace_setup``): live validation per R3/R4/R10 under the fields,
saving a draft and submitting it through the outbox, the supervisor's comment on a returned
entry (R3), publishing after approval and the R5 law change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.models.enums import ResourceStatus, ShareAttribute, ShareMethodKind
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_catalog import CREATE, SUBMIT, CatalogDesk
from app.sync.workspace_supervision import SupervisionDesk
from app.tasks import TaskRunner
from app.views.catalog_editor import CatalogEditor
from app.views.my_catalog_page import MyCatalogPage
from app.views.reason_dialog import ReasonDialog
from tests.models.commands_setup import PROVIDER, SUPERVISOR
from tests.sync.workspace_setup import Clock, Province, beijing, seed, upsert
from tests.views.desk_setup import settle

TODAY = beijing(2026, 11, 27)


@dataclass
class Setup:
    store: LocalStore
    province: Province
    catalog: CatalogDesk
    tasks: TaskRunner


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    store = LocalStore.open(tmp_path / "police.sqlite3")
    tasks = TaskRunner()
    try:
        province = seed(store)
        catalog = CatalogDesk(Workspace(store, PROVIDER, clock=Clock(TODAY)))
        yield Setup(store, province, catalog, tasks)
    finally:
        settle(tasks)
        tasks.shutdown()
        store.close()


def editor(qtbot: QtBot, setup: Setup, resource: Any = None) -> CatalogEditor:
    dialog = CatalogEditor(setup.catalog, setup.tasks, resource=resource)
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: CatalogEditor) -> None:
    """A complete conditional departmental entry (R3, R4, R10)."""
    fields = dialog.fields
    fields.item.setText("01")
    fields.section.setText("001")
    fields.name.setText("居住证办理信息")
    fields.code.setText("301001/000031")
    fields.summary.setPlainText("全省居住证申领、签注和换领信息")
    fields.format.setText("库表")
    fields.usage_scope.setText("省内政务服务")
    fields.method_kind.setCurrentIndex(fields.method_kind.findData(ShareMethodKind.INTERFACE.value))
    fields.attribute.setCurrentIndex(fields.attribute.findData(ShareAttribute.CONDITIONAL.value))
    fields.conditions.setPlainText("仅限政务服务事项办理中核验")
    fields.on_add_item()
    fields.items.item(0, 0).setText("公民身份号码")


def test_r3_r4_a_blank_entry_shows_what_is_missing_and_cannot_be_submitted(
    qtbot: QtBot, setup: Setup
) -> None:
    dialog = editor(qtbot, setup)
    assert not dialog.submit_button.isEnabled()
    for key in ("name", "usage_scope", "share_method", "data_items"):
        assert dialog.fields.errors[key].isVisibleTo(dialog), key
    assert dialog.fields.category.text() == "3"  # departmental (R3): 类 3


def test_r10_a_conditional_entry_needs_its_legal_basis(qtbot: QtBot, setup: Setup) -> None:
    dialog = editor(qtbot, setup)
    fill(dialog)
    basis = dialog.fields.errors["share.legal_basis"]
    assert basis.isVisibleTo(dialog)
    assert not dialog.submit_button.isEnabled()
    dialog.fields.legal_basis.setText("《居住证暂行条例》第十二条")
    assert not basis.isVisibleTo(dialog)
    assert dialog.submit_button.isEnabled()
    assert dialog.fields.draft().share.legal_basis == "《居住证暂行条例》第十二条"


def test_saving_and_submitting_queue_create_then_submit(qtbot: QtBot, setup: Setup) -> None:
    dialog = editor(qtbot, setup)
    fill(dialog)
    dialog.fields.legal_basis.setText("《居住证暂行条例》第十二条")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.submit_button.click()
    assert [item.kind for item in setup.store.outbox.items()] == [CREATE, SUBMIT]
    assert setup.catalog.entry(saved.args[0]).status is ResourceStatus.IN_REVIEW


def test_r3_a_returned_entry_shows_the_supervisors_comment(qtbot: QtBot, setup: Setup) -> None:
    returned = replace(setup.province.conditional, status=ResourceStatus.RETURNED,
                       review_comment="数据项缺少长度说明，请补充。")
    setup.store.apply_changes([upsert("resource", returned)], "3")
    dialog = editor(qtbot, setup, returned)
    assert dialog.comment.isVisibleTo(dialog)
    assert "数据项缺少长度说明" in dialog.comment.text()
    assert dialog.submit_button.isEnabled()  # the entry itself is complete


@pytest.fixture
def page(qtbot: QtBot, setup: Setup) -> MyCatalogPage:
    page = MyCatalogPage(setup.catalog, setup.tasks)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    with qtbot.waitSignal(page.model.modelReset):
        page.reload()
    qtbot.waitUntil(lambda: page.current is not None)
    return page


def test_my_catalog_lists_the_departments_entries(page: MyCatalogPage, setup: Setup,
                                                  qtmodeltester: Any) -> None:
    names = {page.model.row_at(i).name for i in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert names == {setup.province.conditional.name, setup.province.unconditional.name,
                     setup.province.not_shared.name}
    qtmodeltester.check(page.model)
    # A published entry: a law change may be recorded and an update filed (R5); not
    # submitted or published again.
    assert page.buttons["law_change"].isEnabled()
    assert page.buttons["file"].isEnabled()
    assert not page.buttons["publish"].isEnabled()


def test_r5_recording_a_law_change_from_the_page(qtbot: QtBot, page: MyCatalogPage,
                                                 setup: Setup) -> None:
    target = page.current
    assert target is not None
    page.buttons["law_change"].click()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.editor.setPlainText("《居民身份证法》修订，新增指纹信息项")
    with qtbot.waitSignal(page.outbox_changed):
        dialog.accept()
    assert setup.catalog.entry(target.id).status is ResourceStatus.UPDATE_PENDING


def test_r3_publishing_follows_the_supervisors_approval(qtbot: QtBot, setup: Setup) -> None:
    resource_id = setup.catalog.create(replace(
        setup.catalog.blank_draft(), **{k: getattr(setup.province.conditional, k) for k in (
            "item", "section", "name", "summary", "format", "data_items", "share",
            "share_method", "usage_scope")}, code="301001/000032"))
    setup.catalog.submit(resource_id)
    SupervisionDesk(Workspace(setup.store, SUPERVISOR, clock=Clock(TODAY))).review_resource(
        resource_id, approve=True)
    page = MyCatalogPage(setup.catalog, setup.tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.modelReset):
        page.reload()
    page.table.selectRow(page.model.row_of(resource_id))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == resource_id)
    assert page.buttons["publish"].isEnabled()
    with qtbot.waitSignal(page.outbox_changed):
        page.buttons["publish"].click()
    assert setup.catalog.entry(resource_id).status is ResourceStatus.PUBLISHED


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_desk_menu_opens_my_catalog(qtbot: QtBot, setup: Setup) -> None:
    """R3: "My catalog entries…" in the application menu opens the department's entries."""
    from datetime import UTC, datetime

    from app.models.entities import User
    from tests.views.test_supervision_page import open_desk_as

    at = datetime(2026, 1, 5, tzinfo=UTC)
    officer = User(id=PROVIDER.user_id, username="provider", display_name="李建国",
                   department_id=PROVIDER.department_id, created_at=at, updated_at=at)
    desk = open_desk_as(setup.store, setup.tasks, officer)
    try:
        assert desk.my_catalog_action.isVisible()
        desk.my_catalog_action.trigger()
        page = desk.my_catalog
        assert isinstance(page, MyCatalogPage)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    finally:
        desk.stop()
        desk.dispose()

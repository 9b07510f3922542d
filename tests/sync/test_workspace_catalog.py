"""Catalog maintenance by the providing department against a real local store: live validation
per R10/R4/R3, draft → submit → (review) → publish through the outbox with If-Match, the R5
law-change clock and the update filing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.models.commands_catalog import ResourceDraft
from app.models.entities import DataItem, ShareMethod, ShareSpec
from app.models.enums import (
    FilingKind,
    ResourceStatus,
    ShareAttribute,
    ShareMethodKind,
)
from app.models.errors import DomainError
from app.models.workflows import Action
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_catalog import CREATE, FILE_UPDATE, SUBMIT, UPDATE, CatalogDesk
from app.sync.workspace_supervision import SupervisionDesk
from app.sync.workspace_types import Urgency
from tests.models.commands_setup import POLICE, PROVIDER, SUPERVISOR
from tests.sync.workspace_setup import Clock, Province, beijing, seed

TODAY = beijing(2026, 11, 27)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def province(store: LocalStore) -> Province:
    return seed(store)


def police(store: LocalStore) -> CatalogDesk:
    return CatalogDesk(Workspace(store, PROVIDER, clock=Clock(TODAY)))


def complete_draft(desk: CatalogDesk) -> ResourceDraft:
    """A departmental entry per the national guide: 3/01/001, code 301001/000031."""
    return replace(
        desk.blank_draft(), item="01", section="001", name="居住证办理信息",
        code="301001/000031", summary="全省居住证申领、签注和换领信息", format="库表",
        data_items=(DataItem(name="公民身份号码", length=18), DataItem(name="居住地址")),
        share=ShareSpec(attribute=ShareAttribute.CONDITIONAL,
                        conditions="仅限政务服务事项办理中核验",
                        legal_basis="《居住证暂行条例》第十二条"),
        share_method=ShareMethod(kind=ShareMethodKind.INTERFACE), usage_scope="省内政务服务",
    )


def fields_of(errors: list[object]) -> set[str]:
    return {error.field for error in errors}  # type: ignore[attr-defined]


def test_r10_conditional_entry_needs_conditions_and_a_legal_basis(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    good = complete_draft(desk)
    assert desk.check(good) == []
    bare = replace(good, share=ShareSpec(attribute=ShareAttribute.CONDITIONAL))
    assert {"share.conditions", "share.legal_basis"} <= fields_of(desk.check(bare))
    not_shared = replace(good, share=ShareSpec(attribute=ShareAttribute.NOT_SHARED))
    assert "share.legal_basis" in fields_of(desk.check(not_shared))
    assert "share.conditions" not in fields_of(desk.check(not_shared))
    unconditional = replace(good, share=ShareSpec(attribute=ShareAttribute.UNCONDITIONAL))
    assert desk.check(unconditional) == []


def test_r4_r3_usage_scope_share_method_and_data_items_are_required(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    errors = desk.check(replace(complete_draft(desk), usage_scope="", share_method=None,
                                data_items=()))
    assert {"usage_scope", "share_method", "data_items"} <= fields_of(errors)


def test_a_draft_is_created_edited_and_submitted_offline_in_order(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    draft = complete_draft(desk)
    resource_id = desk.create(replace(draft, usage_scope=""))  # a draft may be incomplete
    with pytest.raises(DomainError) as refused:  # R4: not complete enough for review
        desk.submit(resource_id)
    assert "usage_scope" in {e.field for e in refused.value.field_errors}
    desk.update(resource_id, draft)
    desk.submit(resource_id)
    items = store.outbox.items()
    assert [(i.kind, i.method, i.if_match) for i in items] == [
        (CREATE, "POST", None), (UPDATE, "PUT", "1"), (SUBMIT, "POST", "2")]
    assert items[0].body is not None
    assert items[0].body["id"] == str(resource_id)
    assert items[0].body["share"]["legal_basis"] == "《居住证暂行条例》第十二条"
    entry = desk.entry(resource_id)
    assert entry.status is ResourceStatus.IN_REVIEW
    rows = {row.id: row for row in desk.my_entries()}
    assert rows[resource_id].pending
    # The supervisor's cache, were it the same store, lists it for review (R3).
    supervisor = SupervisionDesk(Workspace(store, SUPERVISOR, clock=Clock(TODAY)))
    assert resource_id in {row.id for row in supervisor.rows()}


def test_r3_the_supervisors_comment_reaches_the_department_and_publishing_follows_approval(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    resource_id = desk.create(complete_draft(desk))
    desk.submit(resource_id)
    supervisor = SupervisionDesk(Workspace(store, SUPERVISOR, clock=Clock(TODAY)))
    comment = "数据项缺少长度说明，请补充后重新提交。"
    supervisor.review_resource(resource_id, approve=False, comment=comment)
    row = next(r for r in desk.my_entries() if r.id == resource_id)
    assert (row.status, row.review_comment) == (ResourceStatus.RETURNED, comment)
    with pytest.raises(DomainError):  # R3: not published before approval
        desk.publish(resource_id)
    desk.submit(resource_id)
    supervisor.review_resource(resource_id, approve=True)
    assert Action.PUBLISH in desk.actions(desk.entry(resource_id))
    desk.publish(resource_id)
    assert desk.entry(resource_id).status is ResourceStatus.PUBLISHED


def test_r5_a_law_change_runs_the_15_working_day_clock_and_the_update_is_filed(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    target = province.conditional  # published, provided by the police
    desk.record_law_change(target.id, "《居民身份证法》修订，新增指纹信息项",
                           changed_on=date(2026, 11, 23))
    entry = desk.entry(target.id)
    # 15 working days after Mon 23 Nov: 24 Nov … 11 Dec (14), Mon 14 Dec (15).
    assert (entry.status, entry.law_change_due) == (ResourceStatus.UPDATE_PENDING,
                                                    date(2026, 12, 14))
    row = next(r for r in desk.my_entries() if r.id == target.id)
    assert row.urgency is Urgency.NORMAL
    assert row.days_left == 11
    assert desk.my_entries()[0].id == target.id  # waiting on the department: listed first


def test_r5_a_regular_update_of_a_published_entry_is_filed(
    store: LocalStore, province: Province
) -> None:
    desk = police(store)
    item = desk.file_update(province.unconditional.id, "更新数据项说明和更新周期")
    queued = store.outbox.get(item)
    assert queued is not None
    assert (queued.kind, queued.path) == (
        FILE_UPDATE, f"/api/v1/resources/{province.unconditional.id}/file-update")
    filings = store.select_json("filing", {"department_id": str(POLICE.id)})
    assert [(f["kind"], f["summary"]) for f in filings] == [
        (FilingKind.CATALOG_UPDATE.value, "更新数据项说明和更新周期")]


def test_another_departments_entry_cannot_be_edited(store: LocalStore,
                                                    province: Province) -> None:
    from tests.models.commands_setup import REQUESTER

    market = CatalogDesk(Workspace(store, REQUESTER, clock=Clock(TODAY)))
    with pytest.raises(DomainError):
        market.update(province.conditional.id, complete_draft(market))
    assert store.outbox.items() == []

"""Catalog commands (R3–R5; N5, N7): draft, review by the supervisor, publication, the R5 update
clock after a law change and the filing of the update; acknowledging filings."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from app.models.commands_catalog import (
    ResourceDraft,
    create_draft,
    extend_update,
    file_update,
    law_change,
    publish_resource,
    retire_resource,
    review_resource,
    submit_for_review,
    update_draft,
)
from app.models.commands_supervision import acknowledge_filing
from app.models.entities import Filing, Resource
from app.models.enums import (
    FilingKind,
    FilingStatus,
    NotificationKind,
    ResourceStatus,
)
from app.models.errors import DomainError
from app.models.profiles import NATIONAL_2025
from tests.models.commands_setup import (
    CITY_SUPERVISOR,
    DEPARTMENTS,
    POLICE,
    PROV_SUP,
    PROVIDER,
    REQUESTER,
    SUPERVISOR,
    acting,
    beijing,
    env,
    resource,
)

COMPLETE = resource()
DRAFT = ResourceDraft(
    **{
        name: getattr(COMPLETE, name)
        for name in ResourceDraft.__dataclass_fields__
        if name != "usage_scope"
    }
)


def drafted() -> Resource:
    result = create_draft(uuid.uuid4(), DRAFT, PROVIDER, env(beijing(2026, 2, 2)))
    return result.entity


def reviewed(entry: Resource) -> Resource:
    submitted = submit_for_review(
        entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 2, 3))
    ).entity
    return review_resource(
        submitted, acting(SUPERVISOR, submitted), env(beijing(2026, 2, 4)), approve=True
    ).entity


def published() -> Resource:
    entry = update_draft(
        drafted(),
        replace(DRAFT, usage_scope="全省政务部门"),
        acting(PROVIDER, COMPLETE),
        env(beijing(2026, 2, 2, 11)),
    ).entity
    approved = reviewed(entry)
    return publish_resource(
        approved, acting(PROVIDER, approved), DEPARTMENTS, env(beijing(2026, 2, 5))
    ).entity


def test_r3_draft_belongs_to_the_provider_and_supervisors_do_not_compile() -> None:
    entry = drafted()
    assert entry.status is ResourceStatus.DRAFT
    assert entry.provider_department_id == POLICE.id
    assert entry.version == 1
    with pytest.raises(DomainError) as refused:
        create_draft(uuid.uuid4(), DRAFT, SUPERVISOR, env(beijing(2026, 2, 2)))
    assert refused.value.code == "workflow.role_not_allowed"


def test_r4_an_incomplete_entry_is_not_submitted_for_review() -> None:
    entry = drafted()
    with pytest.raises(DomainError) as refused:
        submit_for_review(entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 2, 3)))
    assert refused.value.code == "resource.usage_scope_required"


def test_r3_review_returned_with_a_comment_then_approved_and_published() -> None:
    entry = update_draft(
        drafted(),
        replace(DRAFT, usage_scope="全省政务部门"),
        acting(PROVIDER, COMPLETE),
        env(beijing(2026, 2, 2, 11)),
    ).entity
    assert entry.usage_scope == "全省政务部门"
    assert entry.version == 2
    sent = submit_for_review(entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 2, 3)))
    assert sent.entity.status is ResourceStatus.IN_REVIEW
    (ask,) = sent.notifications
    assert ask.kind is NotificationKind.CATALOG_REVIEW
    assert ask.recipient_department_id == PROV_SUP.id
    supervisor = acting(SUPERVISOR, sent.entity)
    with pytest.raises(DomainError) as bare:
        review_resource(sent.entity, supervisor, env(beijing(2026, 2, 4)), approve=False)
    assert bare.value.code == "review.comment_required"
    returned = review_resource(
        sent.entity,
        supervisor,
        env(beijing(2026, 2, 4)),
        approve=False,
        comment="信息项“住址”的长度与国家标准不一致，请核对",
    )
    assert returned.entity.status is ResourceStatus.RETURNED
    assert returned.entity.review_comment.startswith("信息项")
    assert returned.notifications[0].kind is NotificationKind.CATALOG_REVIEWED
    assert returned.notifications[0].recipient_department_id == POLICE.id
    approved = reviewed(returned.entity)
    assert approved.status is ResourceStatus.APPROVED
    done = publish_resource(
        approved, acting(PROVIDER, approved), DEPARTMENTS, env(beijing(2026, 2, 5))
    )
    assert done.entity.status is ResourceStatus.PUBLISHED
    assert done.entity.publish_date == date(2026, 2, 5)
    assert done.filings == ()  # a first publication is not an update (R5)


def test_r3_a_supervisor_outside_the_jurisdiction_does_not_review() -> None:
    entry = update_draft(
        drafted(),
        replace(DRAFT, usage_scope="全省政务部门"),
        acting(PROVIDER, COMPLETE),
        env(beijing(2026, 2, 2, 11)),
    ).entity
    sent = submit_for_review(
        entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 2, 3))
    ).entity
    with pytest.raises(DomainError) as refused:
        review_resource(sent, acting(CITY_SUPERVISOR, sent), env(beijing(2026, 2, 4)), approve=True)
    assert refused.value.code == "workflow.side_not_allowed"


def test_n5_national_review_request_names_its_two_day_deadline() -> None:
    # Submitted Fri 2026-02-13 (2026 notice: Sat Feb 14 worked, Feb 15–23 off): 2/14, 2/24.
    entry = update_draft(
        drafted(),
        replace(DRAFT, usage_scope="全省政务部门"),
        acting(PROVIDER, COMPLETE),
        env(beijing(2026, 2, 2, 11)),
    ).entity
    sent = submit_for_review(
        entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 2, 13), NATIONAL_2025)
    )
    assert "2026-02-24" in sent.notifications[0].title_zh
    assert "2026-02-24" in sent.notifications[0].title_en


def test_r5_law_change_update_within_fifteen_working_days_then_filed() -> None:
    entry = published()
    provider = acting(PROVIDER, entry)
    # The law changed on Tue 2026-02-10 (recorded on the 12th). The 2026 notice: Sat Feb 14
    # and Sat Feb 28 worked, Feb 15–23 off. After 2/10: 2/11, 2/12, 2/13, 2/14, 2/24, 2/25,
    # 2/26, 2/27, 2/28, 3/2, 3/3, 3/4, 3/5, 3/6, 3/9 — the fifteenth is Mon 2026-03-09.
    due = law_change(
        entry,
        provider,
        env(beijing(2026, 2, 12)),
        description="《居民身份证法》修订，新增电子证照字段",
        changed_on=date(2026, 2, 10),
    ).entity
    assert due.status is ResourceStatus.UPDATE_PENDING
    assert due.law_change_due == date(2026, 3, 9)
    assert due.is_available  # still in the catalog while the update is prepared
    edited = update_draft(
        due, replace(DRAFT, usage_scope="全省"), provider, env(beijing(2026, 2, 25))
    ).entity
    approved = reviewed(edited)
    result = publish_resource(approved, provider, DEPARTMENTS, env(beijing(2026, 3, 2)))
    assert result.entity.status is ResourceStatus.PUBLISHED
    assert result.entity.law_change_due is None
    assert result.entity.publish_date == date(2026, 2, 5)  # first publication kept
    (filed,) = result.filings
    assert filed.kind is FilingKind.CATALOG_UPDATE
    assert filed.subject_id == entry.id
    assert filed.supervisor_department_id == PROV_SUP.id
    assert result.notifications[0].kind is NotificationKind.FILING_RECEIVED


def test_r5_law_change_needs_a_description_and_no_future_date() -> None:
    entry = published()
    provider = acting(PROVIDER, entry)
    with pytest.raises(DomainError) as vague:
        law_change(entry, provider, env(beijing(2026, 2, 12)), description="修订")
    assert vague.value.code == "catalog.law_change_description_required"
    with pytest.raises(DomainError) as future:
        law_change(
            entry,
            provider,
            env(beijing(2026, 2, 12)),
            description="《居民身份证法》修订",
            changed_on=date(2026, 2, 13),
        )
    assert future.value.code == "catalog.law_change_in_future"


def test_r5_supervisor_records_a_law_change_and_tells_the_provider() -> None:
    entry = published()
    result = law_change(
        entry, acting(SUPERVISOR, entry), env(beijing(2026, 2, 12)), description="机构改革职能调整"
    )
    assert result.entity.status is ResourceStatus.UPDATE_PENDING
    (told,) = result.notifications
    assert told.kind is NotificationKind.REMINDER
    assert told.recipient_department_id == POLICE.id
    with pytest.raises(DomainError) as outsider:
        law_change(
            entry, acting(REQUESTER, entry), env(beijing(2026, 2, 12)), description="机构改革"
        )
    assert outsider.value.code == "workflow.side_not_allowed"


def test_n7_national_update_clock_and_its_extension() -> None:
    # National: 10 working days after Tue 2026-02-10 end on Mon 3/2 (2/11–2/14, 2/24–2/28, 3/2);
    # five more: 3/3, 3/4, 3/5, 3/6, 3/9.
    entry = published()
    national = env(beijing(2026, 2, 12), NATIONAL_2025)
    due = law_change(
        entry,
        acting(PROVIDER, entry),
        national,
        description="《居民身份证法》修订",
        changed_on=date(2026, 2, 10),
    ).entity
    assert due.law_change_due == date(2026, 3, 2)
    with pytest.raises(DomainError) as too_long:
        extend_update(
            due, acting(SUPERVISOR, due), national, days=6, reason="涉及跨部门数据项标准调整"
        )
    assert too_long.value.code == "extension.days_out_of_range"
    extended = extend_update(
        due, acting(SUPERVISOR, due), national, days=5, reason="涉及跨部门数据项标准调整"
    )
    assert extended.entity.law_change_due == date(2026, 3, 9)


def test_r3_retire_takes_the_entry_out_of_the_catalog() -> None:
    entry = published()
    retired = retire_resource(entry, acting(PROVIDER, entry), env(beijing(2026, 3, 2))).entity
    assert retired.status is ResourceStatus.RETIRED
    assert not retired.is_available


def test_r5_file_a_regular_update_and_the_supervisor_acknowledges_it() -> None:
    entry = drafted()
    with pytest.raises(DomainError) as draft:
        file_update(entry, acting(PROVIDER, entry), DEPARTMENTS, env(beijing(2026, 3, 2)), "更新")
    assert draft.value.code == "catalog.not_published"
    entry = published()
    result = file_update(
        entry,
        acting(PROVIDER, entry),
        DEPARTMENTS,
        env(beijing(2026, 3, 2)),
        "按季度更新：新增2026年第一季度数据",
    )
    filed = result.entity
    assert isinstance(filed, Filing)
    assert filed.kind is FilingKind.CATALOG_UPDATE
    assert filed.status is FilingStatus.PENDING
    assert filed.filed_by_user_id == PROVIDER.user_id
    for outsider in (PROVIDER, CITY_SUPERVISOR):
        with pytest.raises(DomainError) as refused:
            acknowledge_filing(filed, acting(outsider, filed), env(beijing(2026, 3, 3)))
        assert refused.value.code == "workflow.side_not_allowed"
    done = acknowledge_filing(filed, acting(SUPERVISOR, filed), env(beijing(2026, 3, 3)))
    assert done.entity.status is FilingStatus.ACKNOWLEDGED
    assert done.entity.acknowledged_by_user_id == SUPERVISOR.user_id
    assert done.notifications[0].kind is NotificationKind.FILING_ACKNOWLEDGED
    assert done.notifications[0].recipient_department_id == POLICE.id

"""Catalog command endpoints (R3–R5; N5, N7) under ``/api/v1/resources``: create and update a
draft, submit it for review, review it, publish, retire, record a law change (the R5 clock),
extend the update period (national rules) and file a regular update. The rules are
:mod:`app.models.commands_catalog`'s.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

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
from app.models.entities import DataItem, Resource, ShareMethod, ShareSpec
from app.models.enums import (
    CatalogType,
    DataItemType,
    OpenAttribute,
    ShareAttribute,
    ShareMethodCategory,
    ShareMethodKind,
    UpdateCycle,
)
from server.command_kit import CommandContext, IfMatch, command
from server.commands.support import (
    API,
    Body,
    NoteBody,
    actor_on,
    command_env,
    departments,
    store,
    store_new,
)

router = APIRouter(tags=["catalog / 资源目录"])
_ON_RESOURCE = IfMatch("resource", "resource_id")
_BASE = f"{API}/resources"


class DataItemBody(BaseModel):
    """One information item (信息项) of the entry."""

    name: str = Field(description="The item's name (信息项名称)")
    code: str = Field("", description="Its field code or English name")
    type: DataItemType = Field(DataItemType.STRING, description="Data type (数据类型)")
    # Bounded so any JSON number the body may hold can be stored (a 65-bit integer made a 500);
    # zero and below are refused with reasons when the entry is submitted (R3).
    length: int | None = Field(
        None, ge=-(2**31), le=2**31 - 1, description="Length, where the type has one"
    )
    description: str = Field("", description="What the item holds")
    shared: bool = Field(True, description="R10: false for an item a conditional entry holds back")


class ShareSpecBody(BaseModel):
    """R10: share attribute, conditions and legal basis."""

    attribute: ShareAttribute = Field(description="unconditional / conditional / not_shared")
    conditions: str = Field("", description="R10: required for a conditional entry")
    legal_basis: str = Field("", description="R10: required unless unconditional")


class ShareMethodBody(BaseModel):
    """R4: how the resource is shared."""

    category: ShareMethodCategory = Field(ShareMethodCategory.PLATFORM, description="Channel")
    kind: ShareMethodKind = Field(description="database / file / interface")


class ResourceFieldsBody(Body):
    """The catalog entry as its provider writes it (national catalog guide; R3, R4, R10). A
    draft may be incomplete; everything is checked when it is submitted for review."""

    category: str = Field(description="类: 1 basic, 2 thematic, 3 departmental")
    item: str = Field(description="项: two digits")
    section: str = Field(description="目: three digits")
    subsection: str = Field("", description="细目: digits, may be empty")
    name: str = Field(max_length=400, description="The resource's name")
    code: str = Field(
        max_length=80, description="Resource code: classification code/sequence (301001/000012)"
    )
    provider_code: str = Field(description="The provider's unified social credit code")
    summary: str = Field(description="What the resource holds")
    format: str = Field(description="Format (数据库, 文件, 接口…)")
    data_items: list[DataItemBody] = Field(default_factory=list, description="Data items")
    share: ShareSpecBody = Field(description="R10: share attribute, conditions, legal basis")
    share_method: ShareMethodBody | None = Field(None, description="R4: share method")
    usage_scope: str = Field("", description="R4: usage scope (使用范围)")
    open_attribute: OpenAttribute = Field(OpenAttribute.NOT_OPEN, description="Open to public?")
    update_cycle: UpdateCycle = Field(UpdateCycle.OTHER, description="Update cycle (更新周期)")
    catalog_type: CatalogType = Field(CatalogType.DEPARTMENTAL, description="R3: catalog type")
    related_codes: list[str] = Field(default_factory=list, description="Related resource codes")

    def draft(self) -> ResourceDraft:
        method = self.share_method
        return ResourceDraft(
            category=self.category,
            item=self.item,
            section=self.section,
            subsection=self.subsection,
            name=self.name,
            code=self.code,
            provider_code=self.provider_code,
            summary=self.summary,
            format=self.format,
            data_items=tuple(DataItem(**item.model_dump()) for item in self.data_items),
            share=ShareSpec(**self.share.model_dump()),
            share_method=None if method is None else ShareMethod(**method.model_dump()),
            usage_scope=self.usage_scope,
            open_attribute=self.open_attribute,
            update_cycle=self.update_cycle,
            catalog_type=self.catalog_type,
            related_codes=tuple(self.related_codes),
        )


class CreateResourceBody(ResourceFieldsBody):
    """R3: a new draft entry of the caller's department."""

    id: UUID = Field(description="The entry's id, chosen by the client (its outbox item)")


class ReviewBody(Body):
    """R3: the supervisor's review."""

    approve: bool = Field(description="true approves; false returns the entry for revision")
    comment: str = Field("", description="What to fix (required to return)")


class LawChangeBody(Body):
    """R5: a revised law or changed functions make the entry due for an update."""

    description: str = Field(description="The law revised or the functions changed")
    changed_on: date | None = Field(
        None, description="The day of the revision or change (the clock starts there; today)"
    )


class ExtendUpdateBody(Body):
    """N7: the supervisor's extra time for the update (national rules)."""

    days: int = Field(description="Extra working days (at most 5)")
    reason: str = Field(description="Why the update needs longer, 10+ characters")


class FileUpdateBody(Body):
    """R5: what the filed update changed."""

    summary: str = Field(description="What was updated, for the supervisor's record")


@command(router, "POST", _BASE, action="resource.create", status_code=201,
         summary="Create a draft catalog entry / 新建目录草稿")  # fmt: skip
def create(ctx: CommandContext, body: CreateResourceBody) -> Any:
    """R3: the department compiles an entry of its own; it is reviewed before publication."""
    ctx.ensure_new("resource", body.id)
    result = create_draft(body.id, body.draft(), actor_on(ctx, None), command_env(ctx))
    return store_new(ctx, result, "resources")


@command(router, "PUT", f"{_BASE}/{{resource_id}}", action="resource.update",
         if_match=_ON_RESOURCE, summary="Update a draft / 修改目录条目")  # fmt: skip
def update(ctx: CommandContext, resource_id: UUID, body: ResourceFieldsBody) -> Any:
    """R3/R5: edit a draft, a returned entry, or an entry due for an update."""
    resource: Resource = ctx.current
    env = command_env(ctx)
    return store(ctx, update_draft(resource, body.draft(), actor_on(ctx, resource), env))


@command(router, "POST", f"{_BASE}/{{resource_id}}/submit", action="resource.submit",
         if_match=_ON_RESOURCE, summary="Submit for review / 提交审核")  # fmt: skip
def submit(ctx: CommandContext, resource_id: UUID, body: NoteBody) -> Any:
    """R3: the complete entry goes to the supervisor (N5: reviewed within 2 working days)."""
    resource: Resource = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, resource, known)
    return store(ctx, submit_for_review(resource, actor, known, command_env(ctx)))


@command(router, "POST", f"{_BASE}/{{resource_id}}/review", action="resource.review",
         if_match=_ON_RESOURCE, summary="Review an entry / 审核目录条目")  # fmt: skip
def review(ctx: CommandContext, resource_id: UUID, body: ReviewBody) -> Any:
    """R3: the supervisor approves, or returns the entry with a comment."""
    resource: Resource = ctx.current
    result = review_resource(
        resource, actor_on(ctx, resource), command_env(ctx),
        approve=body.approve, comment=body.comment,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{resource_id}}/publish", action="resource.publish",
         if_match=_ON_RESOURCE, summary="Publish an entry / 发布目录条目")  # fmt: skip
def publish(ctx: CommandContext, resource_id: UUID, body: NoteBody) -> Any:
    """R3: publish the approved entry; a published update is filed with the supervisor (R5)."""
    resource: Resource = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, resource, known)
    return store(ctx, publish_resource(resource, actor, known, command_env(ctx)))


@command(router, "POST", f"{_BASE}/{{resource_id}}/retire", action="resource.retire",
         if_match=_ON_RESOURCE, summary="Retire an entry / 撤销目录条目")  # fmt: skip
def retire(ctx: CommandContext, resource_id: UUID, body: NoteBody) -> Any:
    """R3: the provider takes the entry out of the catalog."""
    resource: Resource = ctx.current
    env = command_env(ctx)
    return store(ctx, retire_resource(resource, actor_on(ctx, resource), env))


@command(router, "POST", f"{_BASE}/{{resource_id}}/law-change", action="resource.law_change",
         if_match=_ON_RESOURCE, summary="Law revised / 法规修订或职能变化")  # fmt: skip
def record_law_change(ctx: CommandContext, resource_id: UUID, body: LawChangeBody) -> Any:
    """R5: the entry must be updated within 15 working days (N7: 10) of the change."""
    resource: Resource = ctx.current
    result = law_change(
        resource, actor_on(ctx, resource), command_env(ctx),
        description=body.description, changed_on=body.changed_on,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{resource_id}}/extend-update",
         action="resource.extend_update", if_match=_ON_RESOURCE,
         summary="Extend the update period / 延长目录更新期限")  # fmt: skip
def extend(ctx: CommandContext, resource_id: UUID, body: ExtendUpdateBody) -> Any:
    """N7 (national rules): the supervisor allows up to 5 more working days."""
    resource: Resource = ctx.current
    result = extend_update(
        resource, actor_on(ctx, resource), command_env(ctx),
        days=body.days, reason=body.reason,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{resource_id}}/file-update", action="resource.file_update",
         if_match=_ON_RESOURCE, status_code=201,
         summary="File an update with the supervisor / 报送目录更新备案")  # fmt: skip
def file(ctx: CommandContext, resource_id: UUID, body: FileUpdateBody) -> Any:
    """R5: a regular update of a published entry is filed; answers the new filing."""
    resource: Resource = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, resource, known)
    env = command_env(ctx)
    return store_new(ctx, file_update(resource, actor, known, env, body.summary), "filings")

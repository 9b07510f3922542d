"""Catalog commands (R3–R5; N5, N7): the provider compiles a draft entry and edits it, submits
it for the supervisor's review, the supervisor approves or returns it with a comment, the
provider publishes and retires it; after a law revision or a change of functions the entry is
due for an update within the R5 clock, and the published update is filed with the supervisor.

Catalog entries carry no timeline: their life is their status, ``review_comment``,
``publish_date`` and the R5 clock ``law_change_due``; the audit log records who did what.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    clock_due,
    field_problem,
    filing,
    notice,
    require_reason,
    supervisor_for,
    transition,
)
from app.models.entities import (
    DataItem,
    Department,
    Filing,
    Notification,
    Resource,
    ShareMethod,
    ShareSpec,
)
from app.models.enums import CatalogType, FilingKind, NotificationKind, OpenAttribute, UpdateCycle
from app.models.errors import DomainError
from app.models.validation import (
    DESCRIPTION_MIN_LENGTH,
    meaningful_length,
    raise_if_invalid,
    validate_filing,
    validate_resource,
)
from app.models.workflows import CATALOG_FLOW, FILING_FLOW, Action, ActorSide, Facts, extension_for

__all__ = [
    "ResourceDraft",
    "create_draft",
    "extend_update",
    "file_update",
    "law_change",
    "publish_resource",
    "retire_resource",
    "review_resource",
    "submit_for_review",
    "update_draft",
]

_ENTITY = "resource"


@dataclass(frozen=True, slots=True, kw_only=True)
class ResourceDraft:
    """The fields of a catalog entry its provider writes (national catalog guide; R3, R4, R10)."""

    category: str
    item: str
    section: str
    subsection: str = ""
    name: str
    code: str
    provider_code: str
    summary: str
    format: str
    data_items: tuple[DataItem, ...] = ()
    share: ShareSpec
    share_method: ShareMethod | None = None
    usage_scope: str = ""
    open_attribute: OpenAttribute = OpenAttribute.NOT_OPEN
    update_cycle: UpdateCycle = UpdateCycle.OTHER
    catalog_type: CatalogType = CatalogType.DEPARTMENTAL
    related_codes: tuple[str, ...] = ()

    def fields(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def create_draft(
    resource_id: UUID, draft: ResourceDraft, actor: Actor, env: CommandEnv
) -> CommandResult[Resource]:
    """R3: a department starts an entry of its own; it is checked in full when submitted."""
    provider = actor.on(ActorSide.PROVIDER)
    row = transition(CATALOG_FLOW, None, Action.CREATE, provider, env)
    resource = Resource(
        id=resource_id,
        provider_department_id=provider.department_id,
        status=row.next_state,
        created_at=env.now,
        updated_at=env.now,
        **draft.fields(),  # type: ignore[arg-type]
    )
    return CommandResult(resource)


def update_draft(
    resource: Resource, draft: ResourceDraft, actor: Actor, env: CommandEnv
) -> CommandResult[Resource]:
    """R3/R5: the provider edits a draft, a returned entry, or an entry due for an update."""
    row = transition(CATALOG_FLOW, resource.status, Action.EDIT, actor, env)
    return CommandResult(bumped(resource, env, status=row.next_state, **draft.fields()))


def submit_for_review(
    resource: Resource, actor: Actor, departments: Mapping[UUID, Department], env: CommandEnv
) -> CommandResult[Resource]:
    """R3: a complete entry goes to the supervisor for review (N5: within 2 working days)."""
    row = transition(CATALOG_FLOW, resource.status, Action.SUBMIT_FOR_REVIEW, actor, env)
    raise_if_invalid(validate_resource(resource))
    supervisor = supervisor_for(resource.provider_department_id, departments)
    review_due = clock_due(row, env, env.today)
    title_zh, title_en = NotificationKind.CATALOG_REVIEW.zh, NotificationKind.CATALOG_REVIEW.en
    if review_due is not None:
        title_zh += f"（请于 {review_due.due.isoformat()} 前审核）"
        title_en += f" (review by {review_due.due.isoformat()})"
    updated = bumped(resource, env, status=row.next_state, review_comment="")
    return CommandResult(
        updated,
        notifications=(
            _notice(
                env, "supervisor", updated, supervisor, NotificationKind.CATALOG_REVIEW,
                title=(title_zh, title_en),
            ),
        ),
    )  # fmt: skip


def review_resource(
    resource: Resource, actor: Actor, env: CommandEnv, *, approve: bool, comment: str = ""
) -> CommandResult[Resource]:
    """R3: the supervisor approves the entry or returns it with a comment saying what to fix."""
    action = Action.REVIEW_APPROVE if approve else Action.REVIEW_RETURN
    row = transition(CATALOG_FLOW, resource.status, action, actor, env)
    if not approve and meaningful_length(comment) < DESCRIPTION_MIN_LENGTH:
        raise field_problem(
            "comment",
            "review.comment_required",
            "退回修改时请写明需要修改的内容。",
            "Say what needs to change when returning an entry.",
            rule=row.rule,
        )
    updated = bumped(resource, env, status=row.next_state, review_comment=comment.strip())
    return CommandResult(
        updated,
        notifications=(
            _notice(
                env,
                "provider",
                updated,
                resource.provider_department_id,
                NotificationKind.CATALOG_REVIEWED,
            ),
        ),
    )


def publish_resource(
    resource: Resource, actor: Actor, departments: Mapping[UUID, Department], env: CommandEnv
) -> CommandResult[Resource]:
    """R3: the provider publishes the approved entry. An update (R5) is filed with the
    supervisor as it is published; the R5 clock stops."""
    is_update = resource.publish_date is not None or resource.law_change_due is not None
    facts = Facts(is_update=is_update)
    row = transition(CATALOG_FLOW, resource.status, Action.PUBLISH, actor, env, facts=facts)
    updated = bumped(
        resource,
        env,
        status=row.next_state,
        publish_date=resource.publish_date or env.today,
        law_change_due=None,
    )
    if row.requires_filing is None:
        return CommandResult(updated)
    summary = f"目录更新：{resource.name}（{resource.code}）/ Catalog update: {resource.code}"
    return _with_filing(updated, actor, departments, env, kind=row.requires_filing, summary=summary)


def retire_resource(resource: Resource, actor: Actor, env: CommandEnv) -> CommandResult[Resource]:
    """R3: the provider withdraws the entry from the catalog."""
    row = transition(CATALOG_FLOW, resource.status, Action.RETIRE, actor, env)
    return CommandResult(bumped(resource, env, status=row.next_state))


def law_change(
    resource: Resource,
    actor: Actor,
    env: CommandEnv,
    *,
    description: str,
    changed_on: date | None = None,
) -> CommandResult[Resource]:
    """R5: a law was revised or the provider's functions changed on ``changed_on`` (default
    today); the entry must be updated within the profile's clock. Either the provider or its
    supervisor records it; the supervisor's record tells the provider."""
    row = transition(CATALOG_FLOW, resource.status, Action.LAW_CHANGE, actor, env)
    start = changed_on or env.today
    if start > env.today:
        raise field_problem(
            "changed_on",
            "catalog.law_change_in_future",
            "法规修订或职能变化的日期不能晚于今天。",
            "The law change cannot be dated after today.",
            rule=row.rule,
        )
    if meaningful_length(description) < DESCRIPTION_MIN_LENGTH:
        raise field_problem(
            "description",
            "catalog.law_change_description_required",
            "请写明修订的法规或变化的职能。",
            "Name the law revised or the functions changed.",
            rule=row.rule,
        )
    dated = clock_due(row, env, start)
    updated = bumped(
        resource,
        env,
        status=row.next_state,
        law_change_due=None if dated is None else dated.due,
    )
    notifications: tuple[Notification, ...] = ()
    if actor.side is ActorSide.SUPERVISOR:
        notifications = (
            _notice(
                env,
                "provider",
                updated,
                resource.provider_department_id,
                NotificationKind.REMINDER,
                title=(
                    f"目录需更新：{description.strip()}",
                    f"Catalog entry due for an update: {description.strip()}",
                ),
            ),
        )
    return CommandResult(updated, notifications=notifications)


def extend_update(
    resource: Resource, actor: Actor, env: CommandEnv, *, days: int, reason: str
) -> CommandResult[Resource]:
    """N7: the supervisor allows up to the profile's extra working days for the update."""
    row = transition(CATALOG_FLOW, resource.status, Action.EXTEND_UPDATE, actor, env)
    cap = extension_for(row, env.profile)
    most = 0 if cap is None or cap.working_days is None else cap.working_days
    if not 1 <= days <= most:
        raise field_problem(
            "days",
            "extension.days_out_of_range",
            f"延长的天数应为 1 至 {most} 个工作日。",
            f"The extension must be between 1 and {most} working days.",
            rule=row.rule,
        )
    require_reason(reason, "reason", row.rule)
    extended = env.calendar.due_date(resource.law_change_due or env.today, days)
    return CommandResult(bumped(resource, env, law_change_due=extended.date))


def file_update(
    resource: Resource,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    summary: str,
) -> CommandResult[Filing]:
    """R5: file an update of a published entry with the supervisor (a regular update; an
    update published after review is filed by :func:`publish_resource` itself)."""
    row = transition(FILING_FLOW, None, Action.FILE, actor, env)
    if not resource.is_available:
        raise DomainError(
            code="catalog.not_published",
            message_zh="只有已发布的目录条目才能报送更新备案。",
            message_en="Only a published catalog entry can have its update filed.",
            rule="R5",
        )
    result = _with_filing(
        resource, actor, departments, env, kind=FilingKind.CATALOG_UPDATE, summary=summary.strip()
    )
    filed = replace(result.filings[0], status=row.next_state)
    return CommandResult(filed, notifications=result.notifications)


def _with_filing(
    resource: Resource,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    *,
    kind: FilingKind,
    summary: str,
) -> CommandResult[Resource]:
    filed = filing(
        env,
        actor,
        kind=kind,
        subject_id=resource.id,
        department_id=resource.provider_department_id,
        supervisor_department_id=supervisor_for(resource.provider_department_id, departments),
        summary=summary,
    )
    raise_if_invalid(validate_filing(filed))
    return CommandResult(
        resource,
        filings=(filed,),
        notifications=(
            notice(
                env,
                "supervisor",
                recipient_department_id=filed.supervisor_department_id,
                kind=NotificationKind.FILING_RECEIVED,
                subject_entity="filing",
                subject_id=filed.id,
            ),
        ),
    )


def _notice(
    env: CommandEnv,
    label: str,
    resource: Resource,
    department_id: UUID,
    kind: NotificationKind,
    *,
    title: tuple[str, str] = ("", ""),
) -> Notification:
    return notice(
        env,
        label,
        recipient_department_id=department_id,
        kind=kind,
        subject_entity=_ENTITY,
        subject_id=resource.id,
        title_zh=title[0],
        title_en=title[1],
    )

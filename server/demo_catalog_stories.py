"""The histories of the featured catalog entries, told through the catalog commands (R3, R5).

Each featured entry (:class:`server.demo_catalog.Featured`) gets one story: its department drafts
it, submits it for review, the supervisor of its level approves or returns it, the department
publishes it — years ago for the canonical entries, in the last days for the showcase — and then,
where the entry says so, a law is revised (R5: the update clock starts on the day of the change),
the update is published and filed with the supervisor, who acknowledges it; or the entry is
retired. The commands of :mod:`app.models.commands_catalog` decide every status, due date,
notification and filing; this module only chooses the days.
"""

from __future__ import annotations

from dataclasses import replace

from app.models.commands_catalog import (
    ResourceDraft,
    create_draft,
    law_change,
    publish_resource,
    retire_resource,
    review_resource,
    submit_for_review,
    update_draft,
)
from app.models.commands_supervision import acknowledge_filing
from app.models.entities import Filing, Resource
from app.models.enums import FilingStatus, ResourceStatus
from server.demo_catalog import RETURN_COMMENT, Featured
from server.demo_replay import Replay, Story

_NOT_YET_PUBLISHED = (
    ResourceStatus.DRAFT,
    ResourceStatus.IN_REVIEW,
    ResourceStatus.RETURNED,
    ResourceStatus.APPROVED,
)


def _draft_of(resource: Resource) -> ResourceDraft:
    fields = ResourceDraft.__dataclass_fields__
    return ResourceDraft(**{name: getattr(resource, name) for name in fields})


def catalog_story(replay: Replay, entry: Featured) -> Story:
    """The life of one featured entry, up to ``entry.target``."""
    clock = replay.clock
    people = replay.people
    content = entry.resource
    department = content.provider_department_id
    officer = people.officer_of[department]
    supervisor = people.supervising(department)
    recent = entry.target in _NOT_YET_PUBLISHED
    # Recent work starts a few working days ago; published entries were compiled long ago.
    created = clock.ago(9) if recent else clock.day_of(content.created_at)
    yield clock.moment(created, 10)
    draft = _draft_of(content)
    resource = replay.apply(
        officer,
        "resource.create",
        create_draft(content.id, draft, replay.actor(officer), replay.env()),
    )
    if entry.target is ResourceStatus.DRAFT:
        return
    submitted = clock.ago(1 if entry.target is ResourceStatus.IN_REVIEW else 7)
    if not recent:
        submitted = clock.after(created, 2)
    yield clock.moment(submitted, 15)
    resource = _submit(replay, officer, resource)
    if entry.target is ResourceStatus.IN_REVIEW:
        return
    reviewed = clock.after(submitted, 1)
    yield clock.moment(reviewed, 11)
    returned = entry.target is ResourceStatus.RETURNED
    comment = RETURN_COMMENT.format(item=content.data_items[-1].name) if returned else ""
    resource = replay.apply(
        supervisor,
        "resource.review",
        review_resource(
            resource,
            replay.actor(supervisor, resource),
            replay.env(),
            approve=not returned,
            comment=comment,
        ),
    )
    if entry.target in (ResourceStatus.RETURNED, ResourceStatus.APPROVED):
        return
    published = max(content.publish_date or reviewed, clock.after(reviewed, 1))
    yield clock.moment(published, 16)
    resource = _publish(replay, officer, resource)
    if entry.target is ResourceStatus.RETIRED:
        yield clock.moment(clock.ago(15), 10)
        replay.apply(
            officer,
            "resource.retire",
            retire_resource(resource, replay.actor(officer, resource), replay.env()),
        )
    elif entry.target is ResourceStatus.UPDATE_PENDING:
        yield from _law_changed(replay, entry, supervisor)
    elif entry.updated is not None:
        yield from _updated_and_filed(replay, entry, officer, supervisor)


def _submit(replay: Replay, officer: str, resource: Resource) -> Resource:
    return replay.apply(
        officer,
        "resource.submit_for_review",
        submit_for_review(
            resource, replay.actor(officer, resource), replay.people.departments, replay.env()
        ),
    )


def _publish(replay: Replay, officer: str, resource: Resource) -> Resource:
    return replay.apply(
        officer,
        "resource.publish",
        publish_resource(
            resource, replay.actor(officer, resource), replay.people.departments, replay.env()
        ),
    )


def _law_changed(replay: Replay, entry: Featured, supervisor: str) -> Story:
    """R5: the supervisor records the revision; ``entry.left`` working days remain today."""
    clock = replay.clock
    days = replay.profile.catalog_update.working_days or 0
    changed = clock.ago(max(1, days - entry.left))
    yield clock.moment(changed, 10)
    resource = replay.latest(entry.resource)
    replay.apply(
        supervisor,
        "resource.law_change",
        law_change(
            resource,
            replay.actor(supervisor, resource),
            replay.env(),
            description=entry.law,
            changed_on=changed,
        ),
    )


def _updated_and_filed(replay: Replay, entry: Featured, officer: str, supervisor: str) -> Story:
    """R5: the department records the revision, updates the entry within the clock, and the
    update is filed with the supervisor as it is published."""
    clock = replay.clock
    yield clock.moment(clock.ago(12), 9)
    resource = replay.latest(entry.resource)
    resource = replay.apply(
        officer,
        "resource.law_change",
        law_change(resource, replay.actor(officer, resource), replay.env(), description=entry.law),
    )
    yield clock.moment(clock.ago(10), 14)
    revised = replace(
        _draft_of(resource),
        share=replace(resource.share, legal_basis=f"{resource.share.legal_basis}（{entry.law}后）"),
    )
    resource = replay.apply(
        officer,
        "resource.update",
        update_draft(resource, revised, replay.actor(officer, resource), replay.env()),
    )
    yield clock.moment(clock.ago(9), 10)
    resource = _submit(replay, officer, resource)
    yield clock.moment(clock.ago(8), 15)
    resource = replay.apply(
        supervisor,
        "resource.review",
        review_resource(resource, replay.actor(supervisor, resource), replay.env(), approve=True),
    )
    yield clock.moment(clock.ago(6), 10)
    resource = _publish(replay, officer, resource)
    if entry.updated is not FilingStatus.ACKNOWLEDGED:
        return
    yield clock.moment(clock.ago(2), 16)
    filed: Filing = replay.filing_about(resource.id)
    replay.apply(
        supervisor,
        "filing.acknowledge",
        acknowledge_filing(filed, replay.actor(supervisor, filed), replay.env()),
    )

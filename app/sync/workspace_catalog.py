"""Catalog maintenance by the department that provides the entries (R3, R4, R5, R10): its own
entries listed with their state and the supervisor's comment; draft, edit, submit for review,
publish after approval, record a law change (the R5 clock) and file the update — each through
the outbox like every other command.

:class:`CatalogDesk` works over one :class:`~app.sync.workspace.Workspace`. Every action runs
the domain command of :mod:`app.models.commands_catalog` locally first (a refusal raises
``DomainError`` with its field errors and queues nothing), then queues one outbox item with the
paths and bodies of ``server/commands/catalog.py``; updates of an existing entry carry
``If-Match`` = the cached version. A new entry's id is its outbox item's id, so a draft can be
edited and submitted offline before the platform has seen it (the later commands' versions are
the ones the platform will reach). :meth:`CatalogDesk.check` is the editor's live validation:
the entry as typed through :func:`app.models.validation.validate_resource` (R3, R4, R10).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from uuid import UUID, uuid4

from app.models.codec import from_json_dict, to_json_dict
from app.models.commands_catalog import (
    ResourceDraft,
    create_draft,
    file_update,
    law_change,
    publish_resource,
    submit_for_review,
    update_draft,
)
from app.models.entities import Filing, Resource, ShareSpec
from app.models.enums import ResourceStatus, ShareAttribute
from app.models.errors import DomainError, FieldError
from app.models.validation import validate_resource
from app.models.workflows import CATALOG_FLOW, Action, ActorSide
from app.sync import command_kinds as kinds
from app.sync import workspace_commands as commands
from app.sync import workspace_requests as reading
from app.sync.workspace import Workspace
from app.sync.workspace_types import Urgency

CREATE, UPDATE, SUBMIT, PUBLISH = (
    kinds.CREATE_ENTRY, kinds.UPDATE_ENTRY, kinds.SUBMIT_ENTRY, kinds.PUBLISH_ENTRY)
LAW_CHANGE, FILE_UPDATE = kinds.LAW_CHANGE, kinds.FILE_UPDATE
_BASE = f"{commands.API}/resources"
# What the department may do itself from "My catalog", in the order the page offers it.
PROVIDER_ACTIONS = (Action.EDIT, Action.SUBMIT_FOR_REVIEW, Action.PUBLISH, Action.LAW_CHANGE,
                    Action.FILE)


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogEntryRow:
    """One of the department's own entries; ``days_left`` runs the R5 clock when an update is
    due after a law change."""

    id: UUID
    name: str
    code: str
    status: ResourceStatus
    share_attribute: ShareAttribute
    review_comment: str
    law_change_due: date | None
    days_left: int | None
    urgency: Urgency
    version: int
    pending: bool


def draft_of(resource: Resource) -> ResourceDraft:
    """The writable fields of an entry, to edit them."""
    return ResourceDraft(**{f.name: getattr(resource, f.name) for f in fields(ResourceDraft)})


def draft_body(draft: ResourceDraft) -> dict[str, Any]:
    """The request body of ``ResourceFieldsBody`` (server/commands/catalog.py)."""
    body = {name: to_json_dict(value) if hasattr(value, "__dataclass_fields__") else value
            for name, value in draft.fields().items()}
    body["data_items"] = [to_json_dict(item) for item in draft.data_items]
    body["related_codes"] = list(draft.related_codes)
    for name in ("open_attribute", "update_cycle", "catalog_type"):
        body[name] = str(body[name])
    return body


class CatalogDesk:
    """The department's catalog maintenance (module docstring)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # ------------------------------------------------------------------ reads

    def my_entries(self) -> list[CatalogEntryRow]:
        """Every entry the department provides, entries waiting on it first (returned, update
        due), then by name."""
        store = self.ws.store
        pending = store.outbox.pending_ids("resource")
        rows = []
        for data in store.select_json(
                "resource", {"provider_department_id": str(self.ws.actor.department_id)}):
            resource = from_json_dict(Resource, data)
            left, _estimated = (None, False) if resource.law_change_due is None else \
                reading.days_left(self.ws.calendar, self.ws.today(), resource.law_change_due)
            rows.append(CatalogEntryRow(
                id=resource.id, name=resource.name, code=resource.code, status=resource.status,
                share_attribute=resource.share.attribute, review_comment=resource.review_comment,
                law_change_due=resource.law_change_due, days_left=left,
                urgency=reading.urgency_of(left), version=resource.version,
                pending=str(resource.id) in pending))
        waiting = {ResourceStatus.RETURNED: 0, ResourceStatus.UPDATE_PENDING: 0,
                   ResourceStatus.APPROVED: 1, ResourceStatus.DRAFT: 2}
        return sorted(rows, key=lambda r: (waiting.get(r.status, 3),
                                           r.days_left if r.days_left is not None else 10**6,
                                           r.name))

    def entry(self, resource_id: UUID | str) -> Resource:
        resource = self.ws.resource(resource_id)
        if resource is None or resource.provider_department_id != self.ws.actor.department_id:
            raise DomainError(code="catalog.not_mine",
                              message_zh="本地缓存中没有本部门的该目录条目，请同步后再试。",
                              message_en="This entry of your department is not in the local "
                                         "cache; sync and try again.",
                              details={"resource_id": str(resource_id)})
        return resource

    def actions(self, resource: Resource) -> tuple[Action, ...]:
        """What the department may do with ``resource`` now (the catalog state machine)."""
        allowed = CATALOG_FLOW.allowed_actions(resource.status, self.ws.actor.roles,
                                               ActorSide.PROVIDER, self.ws.profile)
        found = [a for a in PROVIDER_ACTIONS if a in allowed]
        if resource.is_available and resource.status is ResourceStatus.PUBLISHED:
            found.append(Action.FILE)  # R5: a regular update is filed on the published entry
        return tuple(dict.fromkeys(found))

    def blank_draft(self) -> ResourceDraft:
        """An empty departmental entry with the department's code filled in (R3)."""
        department = self.ws.store.get_json("department", str(self.ws.actor.department_id))
        code = "" if department is None else str(department.get("code") or "")
        return ResourceDraft(category="3", item="", section="", name="", code="",
                             provider_code=code, summary="", format="",
                             share=ShareSpec(attribute=ShareAttribute.UNCONDITIONAL))

    def check(self, draft: ResourceDraft, resource_id: UUID | None = None) -> list[FieldError]:
        """Every problem of the entry as typed (R3, R4, R10), for live validation. Pure."""
        now = self.ws.now()
        preview = Resource(id=resource_id or uuid4(),
                           provider_department_id=self.ws.actor.department_id,
                           created_at=now, updated_at=now, **draft.fields())  # type: ignore[arg-type]
        return validate_resource(preview)

    # ------------------------------------------------------------------ commands

    def create(self, draft: ResourceDraft) -> UUID:
        """R3: a new draft of the department's own; the entry's id is the outbox item's."""
        item = uuid4()
        result = create_draft(item, draft, self.ws.actor, self.ws.env(item))
        body = {"id": str(item), **draft_body(draft)}
        self._queue(item, CREATE, "POST", _BASE, body, result.entity, result.objects(), None)
        return item

    def update(self, resource_id: UUID | str, draft: ResourceDraft) -> UUID:
        """R3/R5: edit a draft, a returned entry, or one due for an update."""
        resource = self.entry(resource_id)
        item = uuid4()
        result = update_draft(resource, draft, self._provider(), self.ws.env(item))
        self._queue(item, UPDATE, "PUT", f"{_BASE}/{resource.id}", draft_body(draft), resource,
                    result.objects(), resource.version)
        return item

    def submit(self, resource_id: UUID | str) -> UUID:
        """R3: the complete entry goes to the supervisor of its level for review."""
        resource = self.entry(resource_id)
        item = uuid4()
        result = submit_for_review(resource, self._provider(), self.ws.departments(),
                                   self.ws.env(item))
        self._queue(item, SUBMIT, "POST", f"{_BASE}/{resource.id}/submit", {"note": ""},
                    resource, result.objects(), resource.version)
        return item

    def publish(self, resource_id: UUID | str) -> UUID:
        """R3: publish the approved entry (an update is filed with the supervisor, R5)."""
        resource = self.entry(resource_id)
        item = uuid4()
        result = publish_resource(resource, self._provider(), self.ws.departments(),
                                  self.ws.env(item))
        self._queue(item, PUBLISH, "POST", f"{_BASE}/{resource.id}/publish", {"note": ""},
                    resource, result.objects(), resource.version)
        return item

    def record_law_change(self, resource_id: UUID | str, description: str,
                          changed_on: date | None = None) -> UUID:
        """R5: a law was revised or functions changed; the update clock starts."""
        resource = self.entry(resource_id)
        item = uuid4()
        result = law_change(resource, self._provider(), self.ws.env(item),
                            description=description, changed_on=changed_on)
        body = {"description": description,
                "changed_on": None if changed_on is None else changed_on.isoformat()}
        self._queue(item, LAW_CHANGE, "POST", f"{_BASE}/{resource.id}/law-change", body,
                    resource, result.objects(), resource.version)
        return item

    def file_update(self, resource_id: UUID | str, summary: str) -> UUID:
        """R5: file a regular update of a published entry with the supervisor."""
        resource = self.entry(resource_id)
        item = uuid4()
        result = file_update(resource, self._provider(), self.ws.departments(),
                             self.ws.env(item), summary)
        self._queue(item, FILE_UPDATE, "POST", f"{_BASE}/{resource.id}/file-update",
                    {"summary": summary}, resource, result.objects(), resource.version)
        return item

    def _provider(self) -> Any:
        return self.ws.actor.on(ActorSide.PROVIDER)

    def _queue(self, item: UUID, kind: str, method: str, path: str,  # noqa: PLR0917
               body: dict[str, Any], resource: Resource, objects: tuple[object, ...],
               if_match: int | None) -> None:
        local = tuple((_entity_of(o), to_json_dict(o)) for o in objects)
        if local[0][0] != "resource":  # the filing is the item's own object; keep the entry
            local = (("resource", to_json_dict(resource)), *local)
        plan = commands.Plan(kind, path, body, "resource", str(resource.id), if_match, local,
                             method=method)
        self.ws.queue(plan, item)


def _entity_of(obj: object) -> str:
    if isinstance(obj, Resource):
        return "resource"
    return "filing" if isinstance(obj, Filing) else "notification"

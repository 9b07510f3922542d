"""Who is who and what the catalog holds: departments, users and catalog entries (resources).

The catalog entry follows the core metadata of the national catalog guide
(《政务信息资源目录编制指南》): classification 类/项/目/细目, name, resource code, provider and
its code, summary, format, data items, share attribute (R10), share method and usage scope (R4),
open attribute, update cycle, catalog type (R3), publish date and related codes.

Everything here is an immutable value; change one with :func:`dataclasses.replace`. Objects
the server may change carry ``version`` (sent back as ``If-Match``) and UTC
``created_at``/``updated_at``.
:mod:`app.models.entities` re-exports every class, so callers import from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from app.models.enums import (
    CatalogType,
    DataItemType,
    DepartmentLevel,
    OpenAttribute,
    ResourceStatus,
    Role,
    ShareAttribute,
    ShareMethodCategory,
    ShareMethodKind,
    UpdateCycle,
)

# R3/R5: an entry that is due for an update after a law change stays in the published catalog
# until the update is filed; only these states may be asked for.
AVAILABLE_RESOURCE_STATUSES: frozenset[ResourceStatus] = frozenset(
    {ResourceStatus.PUBLISHED, ResourceStatus.UPDATE_PENDING}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Department:
    """A government department (政务部门), a supervisor (主管部门) included.

    ``code`` is the unified social credit code (统一社会信用代码) or organisation code.
    ``supervisor_department_id`` names the sharing authority whose jurisdiction the department
    is in (R15, R24); it is ``None`` for a top-level supervisor.
    """

    id: UUID
    code: str
    name: str
    short_name: str = ""
    level: DepartmentLevel
    parent_id: UUID | None = None
    region: str = ""
    supervisor_department_id: UUID | None = None
    version: int = 1
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    """An officer who signs in; what they may do follows from ``roles`` and their department."""

    id: UUID
    username: str
    display_name: str
    department_id: UUID
    roles: frozenset[Role] = frozenset({Role.OFFICER})
    active: bool = True
    version: int = 1
    created_at: datetime
    updated_at: datetime

    def has_role(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True, slots=True, kw_only=True)
class DataItem:
    """One information item (信息项) of a resource.

    ``code`` is the item's English name or field code; ``length`` is ``None`` where the type
    has no length. ``shared`` is ``False`` for items a conditional entry holds back (R10: "partly").
    """

    name: str
    code: str = ""
    type: DataItemType = DataItemType.STRING
    length: int | None = None
    description: str = ""
    shared: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareSpec:
    """R10: the share attribute, its conditions and its legal basis."""

    attribute: ShareAttribute
    conditions: str = ""
    legal_basis: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareMethod:
    """R4: how a resource is shared — the channel (category) and what is handed over (kind)."""

    category: ShareMethodCategory = ShareMethodCategory.PLATFORM
    kind: ShareMethodKind


@dataclass(frozen=True, slots=True, kw_only=True)
class Resource:
    """A catalog entry (政务信息资源目录条目).

    Classification fields hold the codes of the national guide: ``category`` (类, 1 digit:
    1 basic, 2 thematic, 3 departmental), ``item`` (项, 2 digits), ``section`` (目, 3 digits) and
    ``subsection`` (细目, any length). ``code`` is the resource code "front segment/sequence",
    the front segment being the four classification codes run together, e.g. ``"301001001/000012"``.
    ``law_change_due`` is the R5 clock: the date by which the entry must be updated after a law
    revision or a change of functions (``None`` when no such update is pending).
    """

    id: UUID
    category: str
    item: str
    section: str
    subsection: str = ""
    name: str
    code: str
    provider_department_id: UUID
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
    publish_date: date | None = None
    related_codes: tuple[str, ...] = ()
    status: ResourceStatus = ResourceStatus.DRAFT
    review_comment: str = ""
    law_change_due: date | None = None
    version: int = 1
    created_at: datetime
    updated_at: datetime

    @property
    def share_attribute(self) -> ShareAttribute:
        return self.share.attribute

    @property
    def is_available(self) -> bool:
        """Published in the catalog, so other departments may obtain or ask for it (R3)."""
        return self.status in AVAILABLE_RESOURCE_STATUSES

    @property
    def classification_code(self) -> str:
        """The front segment the resource code must start with (类+项+目+细目)."""
        return f"{self.category}{self.item}{self.section}{self.subsection}"

    @property
    def data_item_names(self) -> tuple[str, ...]:
        return tuple(item.name for item in self.data_items)

    @property
    def shared_data_item_names(self) -> frozenset[str]:
        """Names of the items another department may receive (R10)."""
        return frozenset(item.name for item in self.data_items if item.shared)

    def data_item(self, name: str) -> DataItem | None:
        for item in self.data_items:
            if item.name == name:
                return item
        return None

"""Who may see what: the one definition of visibility, used by reads, snapshots and the feed.

Every stored object and every change carries a set of **audience keys**; a signed-in user holds a
set of keys too, and sees an object exactly when the two sets meet:

* ``public`` — every signed-in user: departments and the published catalog (R3);
* ``dept:<id>`` — the officers of a department that is party to the object: a request's or a
  feedback's requester and provider, a dispute's or a filing's parties, a notification's recipient;
* ``user:<id>`` — one officer (a notification addressed to a person);
* ``sup:<id>`` — a supervisor department whose jurisdiction holds a party (R15, R24): the party's
  ``supervisor_department_id``, that supervisor's own supervisor, and so on upwards, so a
  supervisor sees its level and every level below;
* ``admin`` — administrators: departments, users and every catalog entry whatever its status.

:func:`audience_of` computes an object's keys when it is written (the feed stores them with the
change); :func:`principal_keys` computes a user's keys; :func:`visible_clause` is the SQL filter
both the reads and the feed use. A foreign object is answered exactly like a missing one (404).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.models.enums import Role
from server import schema
from server.problems import Problem

PUBLIC = "public"
ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in user a request acts for."""

    user_id: str
    username: str
    display_name: str
    department_id: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def keys(self) -> frozenset[str]:
        return principal_keys(self)


def principal_keys(principal: Principal) -> frozenset[str]:
    """The audience keys a user holds (see the module docstring)."""
    keys = {PUBLIC, f"dept:{principal.department_id}", f"user:{principal.user_id}"}
    if principal.has(Role.SUPERVISOR):
        keys.add(f"sup:{principal.department_id}")
    if principal.has(Role.ADMIN):
        keys.add(ADMIN)
    return frozenset(keys)


def supervisor_chain(conn: Connection, department_id: str) -> list[str]:
    """The supervisors whose jurisdiction holds ``department_id``, nearest first."""
    chain: list[str] = []
    current: str | None = department_id
    while current is not None:
        found = conn.execute(
            sa.select(schema.departments.c.supervisor_department_id).where(
                schema.departments.c.id == current
            )
        ).scalar()
        if found is None or found in chain:  # a loop in bad data must not hang a request
            break
        chain.append(found)
        current = found
    return chain


def jurisdiction(conn: Connection, supervisor_department_id: str) -> set[str]:
    """Every department whose supervisor chain holds ``supervisor_department_id`` (and itself)."""
    rows = conn.execute(
        sa.select(schema.departments.c.id, schema.departments.c.supervisor_department_id)
    ).all()
    supervisor_of = {row.id: row.supervisor_department_id for row in rows}
    inside = {supervisor_department_id}
    for dept in supervisor_of:
        seen: set[str] = set()
        current = supervisor_of.get(dept)
        while current is not None and current not in seen:
            if current == supervisor_department_id:
                inside.add(dept)
                break
            seen.add(current)
            current = supervisor_of.get(current)
    return inside


def audience_of(
    conn: Connection, parties: Iterable[str | None], extra: Iterable[str] = ()
) -> frozenset[str]:
    """The audience keys of an object with these party departments and extra keys."""
    keys = set(extra)
    for party in parties:
        if party is None:
            continue
        keys.add(f"dept:{party}")
        keys.update(f"sup:{supervisor}" for supervisor in supervisor_chain(conn, party))
    return frozenset(keys)


def visible_clause(
    principal: Principal, entity: str | sa.ColumnElement[Any], entity_id: sa.ColumnElement[Any]
) -> sa.ColumnElement[bool]:
    """SQL: the object (``entity``, ``entity_id``) has an audience key the principal holds."""
    aud = schema.object_audience
    return sa.exists().where(
        aud.c.entity == entity,
        aud.c.entity_id == entity_id,
        aud.c.audience.in_(sorted(principal.keys)),
    )


def can_see(conn: Connection, principal: Principal, entity: str, entity_id: str) -> bool:
    return bool(
        conn.execute(sa.select(visible_clause(principal, entity, sa.literal(entity_id)))).scalar()
    )


def require_role(principal: Principal, *roles: Role) -> None:
    """403 unless the principal holds one of ``roles``."""
    if not any(principal.has(role) for role in roles):
        names = "、".join(role.zh for role in roles)
        names_en = ", ".join(role.en for role in roles)
        raise Problem(
            403,
            "auth.role_required",
            "无权执行此操作。",
            "You may not do this.",
            detail=f"需要以下角色之一：{names}。",
            detail_en=f"This needs one of these roles: {names_en}.",
            extra={"roles": [role.value for role in roles]},
        )


def parties_of(data: Mapping[str, Any], *fields: str) -> list[str | None]:
    """The department ids in ``fields`` of an entity's JSON."""
    return [data.get(name) for name in fields]

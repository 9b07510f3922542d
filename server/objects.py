"""Stored entities: where each entity lives, who sees it, and the one way to write it.

:data:`KINDS` maps each change-feed entity name (``"request"``, ``"resource"``… as in
:data:`app.models.entities.ENTITY_CLASSES`) to its table, its indexed columns and its audience
(:mod:`server.authz`). :func:`save` is the only writer: it stores the entity's JSON, bumps its
``version``, refreshes its audience keys and appends the change to ``change_log`` — all in the
caller's transaction, so an object and its change commit together. When the audience shrinks,
the keys that lost the object get a ``delete`` change (see :func:`save_json`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.models.codec import from_json_dict, to_json_dict
from app.models.entities import AVAILABLE_RESOURCE_STATUSES, ENTITY_CLASSES
from server import authz, db, schema

JSONDict = dict[str, Any]
_LISTED_RESOURCE_STATUSES = frozenset(status.value for status in AVAILABLE_RESOURCE_STATUSES)


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


@dataclass(frozen=True, slots=True)
class EntityKind:
    """How one entity is stored and who may see it."""

    name: str
    table: sa.Table
    columns: Callable[[Mapping[str, Any]], dict[str, Any]]
    audience: Callable[[Connection, Mapping[str, Any]], frozenset[str]]

    @property
    def cls(self) -> type[object]:
        return ENTITY_CLASSES[self.name]


def _pick(*names: str) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    return lambda data: {name: data.get(name) for name in names}


def _parties(
    *fields: str, extra: Iterable[str] = ()
) -> Callable[[Connection, Mapping[str, Any]], frozenset[str]]:
    fixed = tuple(extra)
    return lambda conn, data: authz.audience_of(conn, authz.parties_of(data, *fields), fixed)


def _resource_audience(conn: Connection, data: Mapping[str, Any]) -> frozenset[str]:
    # R3: the published catalog is public; drafts and entries in review are the provider's,
    # its supervisors' (who review them) and the administrators'.
    extra = [authz.ADMIN]
    if data.get("status") in _LISTED_RESOURCE_STATUSES:
        extra.append(authz.PUBLIC)
    return authz.audience_of(conn, [data.get("provider_department_id")], extra)


def _suspension_audience(conn: Connection, data: Mapping[str, Any]) -> frozenset[str]:
    # R17: a suspension concerns the two parties of its request.
    row = conn.execute(
        sa.select(
            schema.share_requests.c.requester_department_id,
            schema.share_requests.c.provider_department_id,
        ).where(schema.share_requests.c.id == data.get("request_id"))
    ).first()
    parties = [] if row is None else [row.requester_department_id, row.provider_department_id]
    return authz.audience_of(conn, parties)


def _notification_audience(conn: Connection, data: Mapping[str, Any]) -> frozenset[str]:
    if data.get("recipient_user_id"):
        return frozenset({f"user:{data['recipient_user_id']}"})
    return frozenset({f"dept:{data['recipient_department_id']}"})


def _request_columns(data: Mapping[str, Any]) -> dict[str, Any]:
    picked = _pick("resource_id", "requester_department_id", "provider_department_id")(data)
    return {**picked, "due": _day(data.get("due"))}


KINDS: dict[str, EntityKind] = {
    kind.name: kind
    for kind in (
        EntityKind(
            "department",
            schema.departments,
            _pick("code", "name", "level", "parent_id", "supervisor_department_id"),
            lambda _conn, _data: frozenset({authz.PUBLIC}),
        ),
        EntityKind(
            "user",
            schema.users,
            lambda data: {
                "username": data["username"],
                "department_id": data["department_id"],
                "roles": " ".join(sorted(data.get("roles", ()))),
                "active": bool(data.get("active", True)),
            },
            lambda _conn, data: frozenset({f"dept:{data['department_id']}", authz.ADMIN}),
        ),
        EntityKind(
            "resource",
            schema.resources,
            _pick("provider_department_id", "code", "name"),
            _resource_audience,
        ),
        EntityKind(
            "request",
            schema.share_requests,
            _request_columns,
            _parties("requester_department_id", "provider_department_id"),
        ),
        EntityKind(
            "feedback",
            schema.feedback,
            _request_columns,
            _parties("requester_department_id", "provider_department_id"),
        ),
        EntityKind(
            "dispute",
            schema.disputes,
            _pick("raised_by_department_id", "against_department_id", "supervisor_department_id"),
            _parties(
                "raised_by_department_id",
                "against_department_id",
                "supervisor_department_id",
                "escalated_to_department_id",
            ),
        ),
        EntityKind(
            "filing",
            schema.filings,
            _pick("department_id", "supervisor_department_id"),
            _parties("department_id", "supervisor_department_id"),
        ),
        EntityKind("suspension", schema.suspensions, _pick("request_id"), _suspension_audience),
        EntityKind(
            "notification",
            schema.notifications,
            _pick("recipient_department_id", "recipient_user_id"),
            _notification_audience,
        ),
    )
}


def kind_of(name: str) -> EntityKind:
    """The kind for a feed name (``"request"``) or a table name (``"requests"``)."""
    if name in KINDS:
        return KINDS[name]
    for kind in KINDS.values():
        if kind.table.name == name:
            return kind
    raise KeyError(name)


def entity_name_of(obj: object) -> str:
    for name, cls in ENTITY_CLASSES.items():
        if type(obj) is cls:
            return name
    raise TypeError(f"not a stored entity: {type(obj).__name__}")


def load_json(
    conn: Connection, entity: str, entity_id: str, *, for_update: bool = False
) -> JSONDict | None:
    """The stored JSON of an object, or ``None`` (no visibility check: see :mod:`server.authz`).

    ``for_update`` locks the row until the transaction ends (PostgreSQL; SQLite's writers are
    serialised anyway).
    """
    table = KINDS[entity].table
    query = sa.select(table.c.data).where(table.c.id == str(entity_id))
    text = conn.execute(query.with_for_update() if for_update else query).scalar()
    return None if text is None else dict(db.loads(text))


def load(conn: Connection, entity: str, entity_id: str) -> Any:
    """The stored object as its :mod:`app.models.entities` class, or ``None``."""
    data = load_json(conn, entity, entity_id)
    return None if data is None else from_json_dict(KINDS[entity].cls, data)


def stored_version(conn: Connection, entity: str, entity_id: str) -> int | None:
    table = KINDS[entity].table
    found = conn.execute(sa.select(table.c.version).where(table.c.id == str(entity_id))).scalar()
    return None if found is None else int(found)


def save(conn: Connection, obj: object, *, now: datetime) -> Any:
    """Store an entity object (insert or update) and return it as stored (version bumped)."""
    entity = entity_name_of(obj)
    stored = save_json(conn, entity, to_json_dict(obj), now=now)
    return from_json_dict(KINDS[entity].cls, stored)


def save_json(conn: Connection, entity: str, data: Mapping[str, Any], *, now: datetime) -> JSONDict:
    """Store an entity's JSON: the server decides ``version`` (previous + 1) and ``updated_at``."""
    kind = KINDS[entity]
    table = kind.table
    entity_id = str(data["id"])
    previous = stored_version(conn, entity, entity_id)
    version = 1 if previous is None else previous + 1
    stored: JSONDict = dict(data)
    if "version" in stored:
        stored["version"] = version
    if "updated_at" in stored:
        stored["updated_at"] = now.isoformat()
    text = db.dumps(stored)
    row: dict[str, Any] = {
        "version": version,
        "data": text,
        "updated_at": now,
        **kind.columns(stored),
    }
    if "status" in table.c:
        row["status"] = stored.get("status")
    if previous is None:
        if "created_at" in table.c:
            row["created_at"] = now
        conn.execute(table.insert().values(id=entity_id, **row))
    else:
        conn.execute(table.update().where(table.c.id == entity_id).values(**row))
    audience = kind.audience(conn, stored)
    former = _replace_audience(conn, entity, entity_id, audience)
    departed = former - audience
    if departed:
        # The object left what these keys may see (a catalog entry retired, R3; a party
        # replaced): their holders get a delete, so a cache never keeps what a fresh snapshot
        # would not hold. It comes *before* the upsert: a user holding a departed key and a
        # remaining one (an administrator, the provider) applies both and keeps the object.
        record_change(
            conn,
            entity,
            entity_id,
            op="delete",
            version=version,
            data_text=None,
            audience=departed,
            now=now,
        )
    record_change(
        conn,
        entity,
        entity_id,
        op="upsert",
        version=version,
        data_text=text,
        audience=audience,
        now=now,
    )
    return stored


def _replace_audience(
    conn: Connection, entity: str, entity_id: str, audience: frozenset[str]
) -> frozenset[str]:
    aud = schema.object_audience
    where = (aud.c.entity == entity, aud.c.entity_id == entity_id)
    former = frozenset(conn.execute(sa.select(aud.c.audience).where(*where)).scalars())
    if former != audience:
        conn.execute(aud.delete().where(*where))
        conn.execute(
            aud.insert(),
            [{"audience": key, "entity": entity, "entity_id": entity_id} for key in audience],
        )
    return former


def record_change(
    conn: Connection,
    entity: str,
    entity_id: str,
    *,
    op: str,
    version: int | None,
    data_text: str | None,
    audience: Iterable[str],
    now: datetime,
) -> int:
    """Append one change and its audience keys; return its ``seq``."""
    if db.is_postgresql(conn):
        # Serialise writers so seqs become visible in order: a reader never skips a seq that a
        # slower transaction commits later.
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7366001)"))
    seq = conn.execute(
        schema.change_log.insert().values(
            entity=entity,
            entity_id=entity_id,
            op=op,
            version=version,
            data=data_text,
            created_at=now,
        )
    ).inserted_primary_key[0]
    keys = sorted(set(audience))
    if keys:
        conn.execute(schema.change_audience.insert(), [{"audience": k, "seq": seq} for k in keys])
    return int(seq)

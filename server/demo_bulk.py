"""Bulk insertion of new objects, row for row what :func:`server.objects.save` would store.

:func:`server.objects.save` writes one object with half a dozen statements — right for a command,
far too slow for 100,000 catalog entries. :class:`BulkWriter` stores *new* objects in batches
with one ``executemany`` per table: the entity row (version 1), its audience keys, the change in
``change_log`` and the change's audience — the same rows, the same JSON, the same keys, so the
API, the snapshot and the change feed cannot tell the difference. The caller passes each
object's audience keys; :func:`resource_audience` computes a catalog entry's from an in-memory
map of supervisors, the same keys :mod:`server.objects` computes with queries (a test holds the
two together).

``change_log.seq`` values are assigned here (the next ones after the current head), so a change
and its audience rows go in together; on PostgreSQL the sequence is moved past them afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.models.codec import to_json_dict
from app.models.entities import AVAILABLE_RESOURCE_STATUSES
from server import authz, db, objects, schema

JSONDict = dict[str, Any]


def supervisor_keys(department_id: str, supervisor_of: Mapping[str, str | None]) -> list[str]:
    """``sup:`` keys of every supervisor whose jurisdiction holds the department (as
    :func:`server.authz.supervisor_chain` walks it), nearest first."""
    keys: list[str] = []
    current = supervisor_of.get(department_id)
    while current is not None and f"sup:{current}" not in keys:
        keys.append(f"sup:{current}")
        current = supervisor_of.get(current)
    return keys


def resource_audience(
    data: Mapping[str, Any], supervisor_of: Mapping[str, str | None]
) -> frozenset[str]:
    """The audience :mod:`server.objects` gives a catalog entry (R3): its provider, the
    provider's supervisors and the administrators; everyone once it is in the catalog."""
    provider = str(data["provider_department_id"])
    keys = {f"dept:{provider}", authz.ADMIN, *supervisor_keys(provider, supervisor_of)}
    if data.get("status") in LISTED_STATUSES:
        keys.add(authz.PUBLIC)
    return frozenset(keys)


LISTED_STATUSES = frozenset(status.value for status in AVAILABLE_RESOURCE_STATUSES)


class BulkWriter:
    """Collects new objects and writes them in batches (call :meth:`flush` at the end)."""

    def __init__(self, conn: Connection, batch: int = 2000) -> None:
        self.conn = conn
        self.batch = batch
        self.written = 0
        self._next_seq = int(
            conn.execute(sa.select(sa.func.coalesce(sa.func.max(schema.change_log.c.seq), 0)))
            .scalar_one()
        ) + 1  # fmt: skip
        self._rows: dict[str, list[JSONDict]] = {}
        self._audience: list[JSONDict] = []
        self._changes: list[JSONDict] = []
        self._change_audience: list[JSONDict] = []

    def add(self, obj: object, *, now: datetime, audience: Iterable[str]) -> None:
        """Queue a new entity object, stored as if saved at ``now``, seen by ``audience``."""
        self.add_json(objects.entity_name_of(obj), to_json_dict(obj), now=now, audience=audience)

    def add_json(
        self, entity: str, data: Mapping[str, Any], *, now: datetime, audience: Iterable[str]
    ) -> None:
        kind = objects.KINDS[entity]
        stored: JSONDict = dict(data)
        if "version" in stored:
            stored["version"] = 1
        if "updated_at" in stored:
            stored["updated_at"] = now.isoformat()
        text = db.dumps(stored)
        entity_id = str(stored["id"])
        row: JSONDict = {"id": entity_id, "version": 1, "data": text, "updated_at": now}
        row.update(kind.columns(stored))
        if "status" in kind.table.c:
            row["status"] = stored.get("status")
        if "created_at" in kind.table.c:
            row["created_at"] = now
        self._rows.setdefault(entity, []).append(row)
        seq = self._next_seq
        self._next_seq += 1
        self._changes.append(
            {"seq": seq, "entity": entity, "entity_id": entity_id, "op": "upsert",
             "version": 1, "data": text, "created_at": now}
        )  # fmt: skip
        for key in sorted(set(audience)):
            self._audience.append({"audience": key, "entity": entity, "entity_id": entity_id})
            self._change_audience.append({"audience": key, "seq": seq})
        self.written += 1
        if len(self._changes) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Write everything queued (entity rows before the changes that reference them)."""
        if not self._changes:
            return
        for entity, rows in self._rows.items():
            self.conn.execute(objects.KINDS[entity].table.insert(), rows)
        self.conn.execute(schema.object_audience.insert(), self._audience)
        if db.is_postgresql(self.conn):
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(7366001)"))
        self.conn.execute(schema.change_log.insert(), self._changes)
        self.conn.execute(schema.change_audience.insert(), self._change_audience)
        if db.is_postgresql(self.conn):
            self.conn.execute(
                sa.text("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), :last)"),
                {"last": self._next_seq - 1},
            )
        self._rows = {}
        self._audience = []
        self._changes = []
        self._change_audience = []

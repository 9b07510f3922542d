"""The audit log: append-only and hash-chained, so that tampering shows.

Every command and every sign-in appends one event (who, what, on which object, when, result).
Events hold ids and result codes only — never a password, a token or a request body. Each
event's ``hash`` is the SHA-256 of its own fields and the previous event's hash, so editing,
deleting or reordering any event breaks the chain from there on (:func:`verify_chain`).
Supervisors read the events of their jurisdiction, administrators all (:mod:`server.audit_api`).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server import db, schema

GENESIS = "0" * 64


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _hashed_fields(row: Any) -> dict[str, Any]:
    return {
        "seq": int(row.seq),
        "at": row.at.isoformat(),
        "actor": row.actor,
        "actor_user_id": row.actor_user_id,
        "actor_department_id": row.actor_department_id,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "result": row.result,
        "prev_hash": row.prev_hash,
    }


def append(
    conn: Connection,
    *,
    now: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    result: str,
    actor_user_id: str | None = None,
    actor_department_id: str | None = None,
) -> int:
    """Append one event in the caller's transaction; return its ``seq``."""
    log = schema.audit_log
    if db.is_postgresql(conn):
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7366002)"))  # one chain, one writer
    last = conn.execute(
        sa.select(log.c.seq, log.c.hash).order_by(log.c.seq.desc()).limit(1)
    ).first()
    values: dict[str, Any] = {
        "seq": 1 if last is None else int(last.seq) + 1,
        "at": now,
        "actor": actor[:64],
        "actor_user_id": actor_user_id,
        "actor_department_id": actor_department_id,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id)[:64],
        "result": result[:80],
        "prev_hash": GENESIS if last is None else last.hash,
    }
    values["hash"] = _digest(_hashed_fields(_Values(values)))
    conn.execute(log.insert().values(**values))
    return int(values["seq"])


class _Values:
    """Attribute access over a dict, so a new event hashes exactly like a stored row."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def verify_chain(conn: Connection) -> int | None:
    """The ``seq`` of the first event that breaks the chain, or ``None`` when it is intact."""
    log = schema.audit_log
    expected_prev = GENESIS
    expected_seq = 1
    for row in conn.execute(sa.select(log).order_by(log.c.seq)):
        if (
            int(row.seq) != expected_seq
            or row.prev_hash != expected_prev
            or row.hash != _digest(_hashed_fields(row))
        ):
            return int(row.seq)
        expected_prev = row.hash
        expected_seq += 1
    return None


def event_json(row: Any) -> dict[str, Any]:
    """An event as :class:`app.models.entities.AuditEvent` JSON."""
    return {
        "seq": int(row.seq),
        "at": row.at.isoformat(),
        "actor": row.actor,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "result": row.result,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }

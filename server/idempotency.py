"""Idempotency keys: a command sent twice takes effect once and answers the same both times.

Every command carries an ``Idempotency-Key`` header (a UUID: the client's outbox id), scoped per
user. The key is claimed in its own short transaction before the command runs, so a concurrent
repeat sees it:

* a missing or malformed key is **400** ``idempotency.key_required`` / ``idempotency.key_invalid``
  (400, not 428: 428 is kept for the missing ``If-Match`` precondition);
* a repeat of a key that succeeded returns the first answer byte for byte (status, body and the
  headers that matter) plus ``Idempotent-Replayed: true``;
* the same key with a different method, path or body is **422** ``idempotency.key_reused``;
* a key whose first request is still running is **409** ``idempotency.in_progress``;
* a command that failed changed nothing, so its key is released and may be sent again (an
  officer fixes the reason of a 4xx and the outbox resends the same item);
* keys are kept for :attr:`ServerSettings.idempotency_retention` (30 days), then purged; a claim
  left ``in_progress`` by a crashed server is taken over after :data:`ABANDONED_AFTER`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from fastapi.responses import Response
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from server import db, schema
from server.problems import Problem

ABANDONED_AFTER = timedelta(minutes=10)
KEPT_HEADERS = ("content-type", "etag", "location")
_keys = schema.idempotency_keys


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """A command's answer as it is kept for replays."""

    status_code: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    def to_response(self, *, replayed: bool = False) -> Response:
        headers = dict(self.headers)
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        media_type = headers.pop("content-type", None)
        return Response(self.body, self.status_code, headers=headers, media_type=media_type)


def parse_key(header: str | None) -> str:
    """The canonical form of the ``Idempotency-Key`` header, or a 400 problem."""
    if not header:
        raise Problem(
            400,
            "idempotency.key_required",
            "缺少幂等键（Idempotency-Key）。",
            "The Idempotency-Key header is required for every command.",
        )
    try:
        return str(uuid.UUID(header.strip()))
    except ValueError:
        raise Problem(
            400,
            "idempotency.key_invalid",
            "幂等键（Idempotency-Key）必须是 UUID。",
            "The Idempotency-Key header must be a UUID.",
        ) from None


def fingerprint(method: str, target: str, body: bytes) -> str:
    """What makes two sends "the same request": method, path with query, and body."""
    digest = hashlib.sha256()
    for part in (method.upper().encode(), target.encode(), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _key_clause(user_id: str, key: str) -> tuple[sa.ColumnElement[bool], ...]:
    return (_keys.c.user_id == user_id, _keys.c.key == key)


def claim(
    engine: Engine, user_id: str, key: str, print_: str, now: datetime
) -> StoredResponse | None:
    """Claim ``key`` for a new command; return the stored answer when it is a repeat."""
    for _attempt in range(2):  # a concurrent claim of the same key can win the insert once
        try:
            with db.write(engine) as conn:
                return _claim(conn, user_id, key, print_, now)
        except IntegrityError:
            continue
    raise _in_progress()


def _claim(
    conn: Connection, user_id: str, key: str, print_: str, now: datetime
) -> StoredResponse | None:
    row = conn.execute(sa.select(_keys).where(*_key_clause(user_id, key))).first()
    if row is None:
        conn.execute(
            _keys.insert().values(
                user_id=user_id, key=key, fingerprint=print_, state="in_progress", created_at=now
            )
        )
        return None
    if row.fingerprint != print_:
        raise Problem(
            422,
            "idempotency.key_reused",
            "此幂等键已用于另一项不同的请求。",
            "This Idempotency-Key was already used for a different request.",
        )
    if row.state == "done":
        return StoredResponse(row.status_code, row.body, db.loads(row.headers))
    if now - row.created_at < ABANDONED_AFTER:
        raise _in_progress()
    conn.execute(_keys.update().where(*_key_clause(user_id, key)).values(created_at=now))
    return None


def _in_progress() -> Problem:
    return Problem(
        409,
        "idempotency.in_progress",
        "同一请求正在处理中，请稍后再查看结果。",
        "The same request is still being processed; check again shortly.",
        headers={"Retry-After": "1"},
    )


def complete(conn: Connection, user_id: str, key: str, answer: StoredResponse) -> None:
    """Keep the answer of a successful command (in the command's own transaction)."""
    headers = {k.lower(): v for k, v in answer.headers.items() if k.lower() in KEPT_HEADERS}
    conn.execute(
        _keys.update()
        .where(*_key_clause(user_id, key))
        .values(
            state="done",
            status_code=answer.status_code,
            headers=db.dumps(headers),
            body=answer.body,
        )
    )


def release(engine: Engine, user_id: str, key: str) -> None:
    """Forget the claim of a command that failed (it changed nothing)."""
    with db.write(engine) as conn:
        conn.execute(
            _keys.delete().where(*_key_clause(user_id, key), _keys.c.state == "in_progress")
        )


def purge(conn: Connection, older_than: datetime) -> int:
    """Delete keys claimed before ``older_than``; return how many."""
    return int(conn.execute(_keys.delete().where(_keys.c.created_at < older_than)).rowcount)

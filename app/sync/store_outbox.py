"""The outbox: every command an officer issues, stored before anything is sent.

An item's UUID is the ``Idempotency-Key`` the server sees, so sending it twice is harmless; it
leaves the outbox only when the server has answered (:meth:`Outbox.mark_sent`). Items leave in
the order they were made: :meth:`Outbox.next_ready` offers the oldest queued item, and nothing
behind it while it waits for its retry time. An item that needs the officer (a 4xx, a 412
conflict) or that the officer opened for editing (*held*, like a mail client's outbox) steps off
the queue; later items for the *same object* wait behind it, later items for other objects go.

Evidence files of a command (``attachments_local``) are stored with it, in the same transaction,
and go when the item goes. So does its ``local_data`` (the object as the command leaves it),
kept in ``sync_state`` under :func:`local_data_key`: a full re-sync replaces the cache, and the
store then writes every unanswered item's local data again (:func:`pending_local_data`), so
queued work still shows as pending. Times are timezone-aware UTC.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import orjson

from app.models.enums import LabeledEnum
from app.models.errors import DomainError
from app.sync import store_cache

Connect = Callable[[], AbstractContextManager[sqlite3.Connection]]


class OutboxState(LabeledEnum):
    QUEUED = "queued", "待发送", "Queued"
    SENDING = "sending", "发送中", "Sending"
    NEEDS_ATTENTION = "needs_attention", "需要处理", "Needs attention"
    CONFLICT = "conflict", "版本冲突", "Conflict"
    HELD = "held", "编辑中", "Being edited"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One command waiting for the server's answer. ``body`` is the JSON sent as it was saved."""

    id: UUID
    seq: int
    created_at: datetime
    kind: str
    method: str
    path: str
    body: Mapping[str, Any] | None
    if_match: str | None
    entity: str
    entity_id: str | None
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    last_error: Mapping[str, Any] | None
    server_version: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class LocalFile:
    """An evidence file to keep with a command until it is uploaded."""

    filename: str
    content_type: str
    data: bytes
    id: UUID | None = None


@dataclass(frozen=True, slots=True)
class LocalAttachment:
    id: UUID
    outbox_id: UUID | None
    filename: str
    content_type: str
    size: int
    sha256: str


class OutboxError(DomainError):
    """An outbox operation that does not fit the item's state (or a missing item)."""


def _not_found(item_id: UUID | str) -> OutboxError:
    return OutboxError(
        code="outbox.not_found",
        message_zh="该待发送事项已不存在（可能已发送或已删除）。",
        message_en="This queued item no longer exists (it may have been sent or discarded).",
        details={"id": str(item_id)},
    )


def _busy(item_id: UUID | str) -> OutboxError:
    return OutboxError(
        code="outbox.sending",
        message_zh="该事项正在发送，请等发送结束后再修改或删除。",
        message_en="This item is being sent; edit or discard it once sending has finished.",
        details={"id": str(item_id)},
    )


def _not_held(item_id: UUID | str) -> OutboxError:
    return OutboxError(
        code="outbox.not_held",
        message_zh="该事项未处于编辑状态，无法重新放入发送队列。",
        message_en="This item is not being edited, so it cannot be put back in the queue.",
        details={"id": str(item_id)},
    )


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("outbox times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _json(value: Mapping[str, Any] | None) -> str | None:
    return None if value is None else orjson.dumps(value).decode("utf-8")


def _loads(text: str | None) -> Any:
    return None if text is None else orjson.loads(text)


COLUMNS = (
    "seq", "id", "created_at", "kind", "method", "path", "body", "if_match", "entity",
    "entity_id", "state", "attempts", "next_attempt_at", "last_error", "server_version",
)
ATTACHMENT_COLUMNS = ("id", "outbox_id", "filename", "content_type", "size", "sha256",
                      "created_at", "data")
# SQL below names only this module's constants; every value is a bound parameter.
_RETURNING = f"RETURNING {', '.join(COLUMNS)}"
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM outbox"  # noqa: S608
_HEAD = (
    # The oldest queued item not waiting behind an earlier item for the same object.
    f"{_SELECT} AS o WHERE o.state = 'queued' AND NOT EXISTS ("  # noqa: S608
    "SELECT 1 FROM outbox p WHERE p.seq < o.seq AND p.entity = o.entity "
    "AND p.entity_id = o.entity_id) ORDER BY o.seq LIMIT 1"
)
_INSERT = (
    "INSERT INTO outbox (id, created_at, kind, method, path, body, if_match, entity, "  # noqa: S608
    f"entity_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued') {_RETURNING}"
)
_CLAIM = (
    "UPDATE outbox SET state = 'sending', attempts = attempts + 1 "  # noqa: S608
    f"WHERE id = ? AND state = 'queued' {_RETURNING}"
)
INSERT_ROW = (
    f"INSERT INTO outbox ({', '.join(COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * len(COLUMNS))})"
)
INSERT_FILE = (
    f"INSERT INTO attachments_local ({', '.join(ATTACHMENT_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * len(ATTACHMENT_COLUMNS))})"
)


_STATES = {state.value: state for state in OutboxState}


def item_from_row(row: Sequence[Any]) -> OutboxItem:
    return OutboxItem(
        seq=row[0], id=UUID(row[1]), created_at=datetime.fromisoformat(row[2]), kind=row[3],
        method=row[4], path=row[5], body=_loads(row[6]), if_match=row[7], entity=row[8],
        entity_id=row[9], state=_STATES[row[10]], attempts=row[11],
        next_attempt_at=_time(row[12]), last_error=_loads(row[13]),
        server_version=_loads(row[14]),
    )


class Outbox:
    """The outbox of one store. ``write``/``read`` give the store's connections."""

    def __init__(self, write: Connect, read: Connect, *, indexed: Callable[[], bool]) -> None:
        self._write = write
        self._read = read
        self._indexed = indexed

    def enqueue(  # noqa: PLR0917 (the brief's positional order: kind … if_match)
        self, kind: str, method: str, path: str, body: Mapping[str, Any] | None, entity: str,
        entity_id: UUID | str | None, if_match: str | int | None = None, *,
        local_data: Mapping[str, Any] | None = None, files: Sequence[LocalFile] = (),
        item_id: UUID | None = None, now: datetime | None = None,
    ) -> OutboxItem:
        """Save a command before anything is sent; return it as stored.

        ``local_data`` (the entity's JSON as the command leaves it) is written to the cache in
        the same transaction, so lists show the officer's work as pending at once.
        """
        new_id = item_id or uuid4()
        created = _utc(now or datetime.now(UTC))
        with self._write() as conn:
            row = conn.execute(
                _INSERT,
                (str(new_id), created, kind, method.upper(), path, _json(body),
                 None if if_match is None else str(if_match), entity,
                 None if entity_id is None else str(entity_id)),
            ).fetchone()
            for file in files:
                self._insert_file(conn, new_id, file, created)
            if local_data is not None:
                store_cache.upsert_entity(conn, entity, local_data, indexed=self._indexed())
                store_cache.write_state(conn, local_data_key(new_id), _json(
                    {"entity": entity, "data": dict(local_data)}))
        return item_from_row(row)

    @staticmethod
    def _insert_file(conn: sqlite3.Connection, outbox_id: UUID, file: LocalFile,
                     created: str) -> None:
        conn.execute(
            INSERT_FILE,
            (str(file.id or uuid4()), str(outbox_id), file.filename, file.content_type,
             len(file.data), hashlib.sha256(file.data).hexdigest(), created, file.data),
        )

    def get(self, item_id: UUID | str) -> OutboxItem | None:
        with self._read() as conn:
            row = conn.execute(f"{_SELECT} WHERE id = ?", (str(item_id),)).fetchone()
        return None if row is None else item_from_row(row)

    def items(self, states: Sequence[OutboxState] = ()) -> list[OutboxItem]:
        """Items in creation order, optionally only those in ``states``."""
        sql, params = f"{_SELECT} ORDER BY seq", [str(s) for s in states]
        if states:
            sql = f"{_SELECT} WHERE state IN ({', '.join('?' * len(states))}) ORDER BY seq"
        with self._read() as conn:
            return [item_from_row(row) for row in conn.execute(sql, params)]

    def counts(self) -> dict[str, int]:
        """Items per state, every state present (zero included)."""
        found = {state.value: 0 for state in OutboxState}
        with self._read() as conn:
            for state, count in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
                found[state] = count
        return found

    def pending_ids(self, entity: str) -> frozenset[str]:
        """Ids of objects of ``entity`` with a command not yet answered (shown as pending)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT entity_id FROM outbox WHERE entity = ? AND entity_id IS NOT NULL",
                (entity,),
            )
            return frozenset(row[0] for row in rows)

    def _head(self, conn: sqlite3.Connection) -> OutboxItem | None:
        row = conn.execute(_HEAD).fetchone()
        return None if row is None else item_from_row(row)

    def next_ready(self, now: datetime) -> OutboxItem | None:
        """The item to send now, or None (nothing queued, or the head waits for its retry)."""
        with self._read() as conn:
            head = self._head(conn)
        if head is None or (head.next_attempt_at is not None and head.next_attempt_at > now):
            return None
        return head

    def next_wakeup(self) -> datetime | None:
        """When the head of the queue may be sent (None: nothing queued; past: now)."""
        with self._read() as conn:
            head = self._head(conn)
        if head is None:
            return None
        return head.next_attempt_at or head.created_at

    def _update(self, item_id: UUID | str, assignments: str, params: Sequence[Any],
                allowed: Sequence[OutboxState] = ()) -> OutboxItem:
        with self._write() as conn:
            current = conn.execute("SELECT state FROM outbox WHERE id = ?",
                                   (str(item_id),)).fetchone()
            if current is None:
                raise _not_found(item_id)
            if allowed and current[0] not in allowed:
                if current[0] == OutboxState.SENDING:
                    raise _busy(item_id)
                raise _not_held(item_id)
            sql = f"UPDATE outbox SET {assignments} WHERE id = ? {_RETURNING}"  # noqa: S608
            row = conn.execute(sql, (*params, str(item_id))).fetchone()
        return item_from_row(row)

    def mark_sending(self, item_id: UUID | str) -> OutboxItem | None:
        """Claim a queued item for sending; None if the officer took it off the queue meanwhile."""
        with self._write() as conn:
            row = conn.execute(_CLAIM, (str(item_id),)).fetchone()
        return None if row is None else item_from_row(row)

    def mark_sent(self, item_id: UUID | str) -> None:
        """The server answered with success: the item (and its files) leave the outbox."""
        with self._write() as conn:
            conn.execute("DELETE FROM outbox WHERE id = ?", (str(item_id),))
            store_cache.write_state(conn, local_data_key(item_id), None)

    def mark_retry(self, item_id: UUID | str, error: Mapping[str, Any] | None,
                   next_attempt_at: datetime) -> OutboxItem:
        """A network error or 5xx: back in the queue, not before ``next_attempt_at``."""
        return self._update(
            item_id, "state = 'queued', last_error = ?, next_attempt_at = ?",
            (_json(error), _utc(next_attempt_at)),
        )

    def mark_needs_attention(self, item_id: UUID | str, problem: Mapping[str, Any]) -> OutboxItem:
        """A 4xx: off the queue with the server's reason; the officer's text stays as it was."""
        return self._update(item_id, "state = 'needs_attention', last_error = ?", (_json(problem),))

    def mark_conflict(self, item_id: UUID | str, server_version: Mapping[str, Any],
                      problem: Mapping[str, Any] | None = None) -> OutboxItem:
        """A 412: keep both versions for the officer to choose from; never overwrite silently."""
        return self._update(
            item_id, "state = 'conflict', server_version = ?, last_error = ?",
            (_json(server_version), _json(problem)),
        )

    def hold(self, item_id: UUID | str) -> OutboxItem:
        """The officer opens the item for editing: it leaves the queue until released."""
        movable = (OutboxState.QUEUED, OutboxState.NEEDS_ATTENTION, OutboxState.CONFLICT,
                   OutboxState.HELD)
        return self._update(item_id, "state = 'held'", (), movable)

    def release(self, item_id: UUID | str, new_body: Mapping[str, Any] | None, *,
                if_match: str | int | None = None) -> OutboxItem:
        """Back in the queue (at its original place) with the edited body; errors are cleared.

        ``if_match`` replaces the stored version when the officer resolved a conflict against
        the server's newer one; ``None`` keeps the one saved with the command.
        """
        assignments = ("state = 'queued', body = ?, attempts = 0, next_attempt_at = NULL, "
                       "last_error = NULL, server_version = NULL")
        params: list[Any] = [_json(new_body)]
        if if_match is not None:
            assignments += ", if_match = ?"
            params.append(str(if_match))
        return self._update(item_id, assignments, params, (OutboxState.HELD,))

    def discard(self, item_id: UUID | str) -> None:
        """The officer drops the command (not while it is being sent)."""
        with self._write() as conn:
            state = conn.execute("SELECT state FROM outbox WHERE id = ?",
                                 (str(item_id),)).fetchone()
            if state is None:
                return
            if state[0] == OutboxState.SENDING:
                raise _busy(item_id)
            conn.execute("DELETE FROM outbox WHERE id = ?", (str(item_id),))
            store_cache.write_state(conn, local_data_key(item_id), None)

    def requeue_interrupted(self) -> int:
        """After a crash: items left *sending* go back to the queue (the key makes it safe)."""
        with self._write() as conn:
            return conn.execute(
                "UPDATE outbox SET state = 'queued' WHERE state = 'sending'"
            ).rowcount

    def attachments(self, outbox_id: UUID | str) -> list[LocalAttachment]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, outbox_id, filename, content_type, size, sha256 "
                "FROM attachments_local WHERE outbox_id = ? ORDER BY rowid",
                (str(outbox_id),),
            ).fetchall()
        return [
            LocalAttachment(UUID(r[0]), UUID(r[1]) if r[1] else None, r[2], r[3], r[4], r[5])
            for r in rows
        ]

    def attachment_data(self, attachment_id: UUID | str) -> bytes | None:
        with self._read() as conn:
            row = conn.execute("SELECT data FROM attachments_local WHERE id = ?",
                               (str(attachment_id),)).fetchone()
        return None if row is None else bytes(row[0])

    def remove_attachment(self, attachment_id: UUID | str) -> None:
        """Uploaded: the local copy is no longer needed."""
        with self._write() as conn:
            conn.execute("DELETE FROM attachments_local WHERE id = ?", (str(attachment_id),))


LOCAL_DATA_PREFIX = "outbox.local_data."


def local_data_key(item_id: UUID | str) -> str:
    """The ``sync_state`` key of an item's ``local_data`` (one row per item, no shared map)."""
    return f"{LOCAL_DATA_PREFIX}{item_id}"


def pending_local_data(conn: sqlite3.Connection) -> list[tuple[str, dict[str, Any]]]:
    """(entity, data) of every item not yet answered, in creation order; forgets orphans.

    An item's key goes with it (sent or discarded), but a crash or an older client may leave
    one behind: only keys of items still in the outbox count, and the others are removed here.
    """
    conn.execute(
        "DELETE FROM sync_state WHERE key >= ? AND key < ? AND substr(key, ?) NOT IN "
        "(SELECT id FROM outbox)",
        (LOCAL_DATA_PREFIX, LOCAL_DATA_PREFIX[:-1] + "/", len(LOCAL_DATA_PREFIX) + 1),
    )
    rows = conn.execute(
        "SELECT s.value FROM outbox AS o JOIN sync_state AS s ON s.key = ? || o.id "
        "ORDER BY o.seq",
        (LOCAL_DATA_PREFIX,),
    )
    found: list[tuple[str, dict[str, Any]]] = []
    for (text,) in rows:
        value = _loads(text)
        if isinstance(value, Mapping) and isinstance(value.get("data"), Mapping):
            found.append((str(value["entity"]), dict(value["data"])))
    return found

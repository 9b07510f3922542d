"""The change feed and the first-sync snapshot: everything a user may see, in server order.

``GET /api/v1/sync/changes?cursor=…&limit=…`` pages through ``change_log`` filtered by the
user's audience keys (:mod:`server.authz`). A cursor is opaque: URL-safe base64 of the feed epoch
and the last ``seq`` the client holds. A cursor of another database (wrong epoch), garbage, one
ahead of the log or one below the compaction floor answers **410** ``sync.cursor_gone``; the
client then starts again from a snapshot.

``GET /api/v1/sync/snapshot`` streams NDJSON of every object of the chosen entities the user may
see — one ``{"entity": …, "data": …}`` per line, then ``{"end": {"cursor": …, "count": …}}`` —
read in one transaction, so the cursor (also in the ``Sharedesk-Cursor`` header) continues the
feed exactly where the snapshot stands.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from typing import Annotated, Any

import orjson
import sqlalchemy as sa
from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel
from sqlalchemy.engine import Connection

from server import authz, objects, schema
from server.auth import CurrentPrincipal
from server.authz import Principal
from server.platform import CurrentPlatform
from server.problems import Problem

router = APIRouter(prefix="/api/v1/sync", tags=["sync"])
NDJSON = "application/x-ndjson"
_SNAPSHOT_BATCH = 1000


class Change(BaseModel):
    seq: int
    entity: str
    id: str
    op: str
    data: dict[str, Any] | None


class ChangesPage(BaseModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool


def _gone() -> Problem:
    return Problem(
        410,
        "sync.cursor_gone",
        "同步位置已失效，需要重新完整同步。",
        "This sync cursor is no longer valid; start again with a full sync.",
    )


def encode_cursor(epoch: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{epoch}.{seq}".encode()).decode().rstrip("=")


def decode_cursor(conn: Connection, cursor: str | None) -> int:
    """The ``seq`` a cursor stands at (0 for none), or a 410 problem."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        epoch, seq_text = raw.split(".")
        seq = int(seq_text)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _gone() from None
    floor = int(schema.get_setting(conn, "feed_floor") or 0)
    if epoch != feed_epoch(conn) or seq < floor or seq > head_seq(conn):
        raise _gone()
    return seq


def feed_epoch(conn: Connection) -> str:
    return schema.get_setting(conn, "feed_epoch") or ""


def head_seq(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.max(schema.change_log.c.seq))).scalar() or 0)


def visible_seqs(
    conn: Connection, principal: Principal, after: int, head: int, limit: int
) -> list[int]:
    """The first ``limit`` seqs in (``after``, ``head``] this principal may see.

    One indexed range scan per audience key (the primary key is ``(audience, seq)``), merged
    here: cheaper than letting the database sort every matching row of every key.
    """
    aud = schema.change_audience
    found: set[int] = set()
    for key in sorted(principal.keys):
        found.update(
            conn.execute(
                sa.select(aud.c.seq)
                .where(aud.c.audience == key, aud.c.seq > after, aud.c.seq <= head)
                .order_by(aud.c.seq)
                .limit(limit)
            ).scalars()
        )
    return sorted(found)[:limit]


@router.get(
    "/changes",
    response_model=ChangesPage,
    summary="Change feed / 变更流",
    responses={410: {"description": "The cursor is no longer honoured: sync again from scratch"}},
)
def changes(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
    cursor: Annotated[
        str | None, Query(max_length=200, description="next_cursor of the last page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> Response:
    log = schema.change_log
    with platform.engine.connect() as conn, conn.begin():
        after = decode_cursor(conn, cursor)
        head = head_seq(conn)
        seqs = visible_seqs(conn, principal, after, head, limit + 1)
        page = seqs[:limit]
        rows = (
            conn.execute(sa.select(log).where(log.c.seq.in_(page)).order_by(log.c.seq)).all()
            if page
            else []
        )
        has_more = len(seqs) > limit
        # With nothing more to see, the client may skip what others saw meanwhile.
        stands_at = page[-1] if has_more else head
        body = {
            "changes": [
                {
                    "seq": int(row.seq),
                    "entity": row.entity,
                    "id": row.entity_id,
                    "op": row.op,
                    "data": None if row.data is None else orjson.Fragment(row.data),
                }
                for row in rows
            ],
            "next_cursor": encode_cursor(feed_epoch(conn), stands_at),
            "has_more": has_more,
        }
    return Response(orjson.dumps(body), media_type="application/json")


def _snapshot_kinds(entities: list[str] | None) -> list[objects.EntityKind]:
    if not entities:
        return list(objects.KINDS.values())
    try:
        return [objects.kind_of(name) for name in entities]
    except KeyError as unknown:
        raise Problem(
            422,
            "sync.unknown_entity",
            "未知的对象类型。",
            "Unknown entity.",
            detail=f"未知的对象类型：{unknown.args[0]}",
            detail_en=f"Unknown entity: {unknown.args[0]}",
        ) from None


@router.get(
    "/snapshot",
    summary="First-sync snapshot (NDJSON) / 首次同步快照",
    responses={
        200: {
            "content": {NDJSON: {"schema": {"type": "string"}}},
            "description": 'one JSON object per line, the last one {"end": …}',
        }
    },
    response_class=StreamingResponse,
)
def snapshot(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
    entity: Annotated[
        list[str] | None, Query(description="entity names, e.g. resource (all if none)")
    ] = None,
) -> StreamingResponse:
    kinds = _snapshot_kinds(entity)
    conn = platform.engine.connect()
    transaction = conn.begin()
    try:
        cursor = encode_cursor(feed_epoch(conn), head_seq(conn))
    except BaseException:
        conn.close()
        raise

    def lines() -> Iterator[bytes]:
        count = 0
        try:
            for kind in kinds:
                prefix = b'{"entity":"' + kind.name.encode() + b'","data":'
                table = kind.table
                result = conn.execution_options(yield_per=_SNAPSHOT_BATCH).execute(
                    sa.select(table.c.data)
                    .where(authz.visible_clause(principal, kind.name, table.c.id))
                    .order_by(table.c.id)
                )
                for batch in result.partitions():
                    count += len(batch)
                    yield b"".join(prefix + row.data.encode() + b"}\n" for row in batch)
            yield orjson.dumps({"end": {"cursor": cursor, "count": count}}) + b"\n"
        finally:
            transaction.rollback()
            conn.close()

    return StreamingResponse(lines(), media_type=NDJSON, headers={"Sharedesk-Cursor": cursor})

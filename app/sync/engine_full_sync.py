"""The full sync: the NDJSON snapshot into an emptied cache, then a check against the server.

Split from :mod:`app.sync.engine`, which runs it inside one store transaction (so a cut
connection or a cancel leaves the previous cache and cursor as they were) and re-exports
:class:`FullSyncCheck`.

* :func:`load_snapshot` reads the stream once: the catalog (the bulk of it) through the store's
  bulk path, every other entity in change-feed batches, and a running count and order-free
  checksum of every (id, version) streamed (:class:`RunningChecksum`).
* :func:`check_loaded` compares the snapshot's own count, what was streamed, and the server's
  reported checksums with what the store then holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from app.sync.client import SnapshotStream
from app.sync.store import LocalStore
from app.sync.store_cache import Record
from app.sync.store_schema import ENTITY_TABLES, RESOURCE_ENTITY

APPLY_BATCH = 1000

ApplyBatch = Callable[[list[dict[str, Any]]], None]


class SnapshotCancelled(Exception):
    """Raised inside the snapshot load to roll it back when the caller cancels."""


@dataclass(frozen=True, slots=True)
class FullSyncCheck:
    """The cache after a full sync compared with what the server streamed and reported."""

    ok: bool
    server_count: int
    received: int
    held: Mapping[str, int]
    mismatches: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "server_count": self.server_count, "received": self.received,
                "held": dict(self.held), "mismatches": list(self.mismatches)}


class RunningChecksum:
    """The store's order-free (id, version) digest, accumulated one streamed record at a time."""

    def __init__(self) -> None:
        self.digest: dict[str, int] = {}
        self.count: dict[str, int] = {}

    def add(self, entity: str, data: Mapping[str, Any]) -> None:
        # entity_checksum's token, inlined: this runs once per streamed record (100k+).
        version = data.get("version", 0)
        token = sha256(f"{data['id']}:{version if isinstance(version, int) else 0}".encode())
        self.digest[entity] = self.digest.get(entity, 0) ^ int.from_bytes(
            token.digest()[:16], "big")
        self.count[entity] = self.count.get(entity, 0) + 1


def load_snapshot(store: LocalStore, stream: SnapshotStream, totals: RunningChecksum, *,
                  apply_batch: ApplyBatch, loaded: Callable[[], None]) -> None:
    """Write every streamed record into the (emptied) cache; ``loaded`` runs after each batch
    (it reports progress and raises :class:`SnapshotCancelled` to stop)."""
    records = iter(stream)
    resources_loaded = False
    batch: list[dict[str, Any]] = []
    following: list[tuple[str, dict[str, Any]]] = []

    def as_streamed(data: dict[str, Any]) -> Record:
        text = stream.data_text  # the server's own JSON text: stored as it came
        return data if text is None else (data, text)

    def resources(first: dict[str, Any]) -> Iterator[Record]:
        totals.add(RESOURCE_ENTITY, first)
        yield as_streamed(first)
        for entity, data in records:
            if entity != RESOURCE_ENTITY:
                following.append((entity, data))
                return
            totals.add(RESOURCE_ENTITY, data)
            yield as_streamed(data)

    def flush() -> None:
        if batch:
            apply_batch(list(batch))
            batch.clear()

    record = next(records, None)
    while record is not None:
        entity, data = record
        if entity == RESOURCE_ENTITY and not resources_loaded:
            flush()
            # Pending outbox data goes back once, after everything (the engine's last step).
            store.bulk_load_resources(resources(data), progress=lambda _count: loaded(),
                                      keep_pending=False)
            resources_loaded = True
            record = following.pop() if following else next(records, None)
            continue
        if entity in ENTITY_TABLES:
            totals.add(entity, data)
        batch.append({"entity": entity, "id": str(data.get("id", data.get("year"))),
                      "op": "upsert", "data": data})
        if len(batch) >= APPLY_BATCH:
            loaded()
            flush()
        record = next(records, None)
    flush()


def check_loaded(store: LocalStore, stream: SnapshotStream,
                 totals: RunningChecksum) -> FullSyncCheck:
    """Count and checksums: the server's report, what was streamed, what the store holds."""
    end = stream.end or {}
    server_count = int(end.get("count", -1))
    mismatches: list[str] = []
    if server_count != stream.received:
        mismatches.append(f"server reported {server_count}, received {stream.received}")
    held = store.counts()
    found = end.get("checksums")
    reported: dict[str, Any] = found if isinstance(found, dict) else {}
    for entity in ENTITY_TABLES:
        local = store.checksum(entity)
        expected = (totals.count.get(entity, 0), f"{totals.digest.get(entity, 0):032x}")
        if (local.count, local.digest) != expected:
            mismatches.append(f"{entity}: streamed {expected[0]}, held {local.count}")
        server = reported.get(entity)
        if isinstance(server, dict) and (server.get("count"), server.get("digest")) != (
            local.count, local.digest
        ):
            mismatches.append(f"{entity}: server checksum differs")
    return FullSyncCheck(not mismatches, server_count, stream.received, held,
                         tuple(mismatches))

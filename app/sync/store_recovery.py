"""Saving the officer's work from a damaged store file.

:func:`salvage` reads, row by row, whatever is still readable of the outbox, the evidence files
and the account's identity from a file that failed its integrity check (rows on damaged pages
are skipped and counted); :func:`restore` writes them into the fresh store that replaces it. The
cache is not salvaged: the next sync fetches it again from the server.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from app.sync import store_cache, store_files, store_outbox
from app.sync.store_cache import SyncKey

IDENTITY_KEYS = (SyncKey.SERVER_URL, SyncKey.USERNAME)


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What :meth:`LocalStore.recover` saved from a damaged file, and where the file went."""

    moved_to: Path
    outbox_kept: int
    outbox_lost: int
    files_kept: int
    files_lost: int


@dataclass
class Salvaged:
    outbox: list[dict[str, Any]] = field(default_factory=list)
    outbox_lost: int = 0
    files: list[dict[str, Any]] = field(default_factory=list)
    files_lost: int = 0
    identity: dict[str, str] = field(default_factory=dict)


def _valid_outbox_row(row: Mapping[str, object]) -> bool:
    try:
        store_outbox.item_from_row([row[column] for column in store_outbox.COLUMNS])
    except (ValueError, TypeError, KeyError, orjson.JSONDecodeError):
        return False
    return all(isinstance(row[key], str) and row[key] for key in ("kind", "method", "entity"))


def _intact_file(row: Mapping[str, object]) -> bool:
    data = row.get("data")
    return isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == row.get("sha256")


def salvage(damaged: Path) -> Salvaged:
    """Read what can be read of the outbox, the evidence files and the account's identity."""
    found = Salvaged()
    try:
        conn = sqlite3.connect(damaged, isolation_level=None)
    except sqlite3.DatabaseError:
        return found
    try:
        outbox, found.outbox_lost = store_files.salvage_rows(
            conn, "outbox", store_outbox.COLUMNS, "seq", _valid_outbox_row
        )
        found.outbox = [dict(row) for row in outbox]
        files, found.files_lost = store_files.salvage_rows(
            conn, "attachments_local", store_outbox.ATTACHMENT_COLUMNS, "rowid", _intact_file
        )
        found.files = [dict(row) for row in files]
        for key in IDENTITY_KEYS:
            try:
                row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row and isinstance(row[0], str):
                found.identity[key] = row[0]
    finally:
        conn.close()
    return found


def restore(conn: sqlite3.Connection, salvaged: Salvaged, moved_to: Path) -> RecoveryReport:
    """Write the salvaged rows into a fresh store (inside the caller's transaction)."""
    outbox_ids = set()
    for row in salvaged.outbox:
        if row["state"] == store_outbox.OutboxState.SENDING:
            row["state"] = store_outbox.OutboxState.QUEUED.value  # the key makes a resend safe
        conn.execute(store_outbox.INSERT_ROW, [row[column] for column in store_outbox.COLUMNS])
        outbox_ids.add(row["id"])
    for row in salvaged.files:
        if row["outbox_id"] not in outbox_ids:
            row["outbox_id"] = None  # keep the file even if its command was lost
        conn.execute(store_outbox.INSERT_FILE,
                     [row[column] for column in store_outbox.ATTACHMENT_COLUMNS])
    for key, value in salvaged.identity.items():
        store_cache.write_state(conn, key, value)
    return RecoveryReport(moved_to, len(salvaged.outbox), salvaged.outbox_lost,
                          len(salvaged.files), salvaged.files_lost)

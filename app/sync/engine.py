"""The sync engine: push the outbox, pull what changed, and say exactly what changed.

:meth:`SyncEngine.sync` runs one round (DESIGN.md, "Client data flow"):

1. **Push** the outbox in creation order (:mod:`app.sync.outbox_push`).
2. **Pull.** Without a cursor (first sync, a damaged store recovered, or a ``410`` from the
   feed) a **full sync** reads the NDJSON snapshot into the cache; it runs in *one* transaction
   with the emptying of the old cache, so a cut connection or a cancel leaves the previous cache
   and cursor exactly as they were, and the outbox is never touched. The snapshot's own count and
   a checksum of every (id, version) streamed are compared with what the store then holds; a
   mismatch is recorded (:attr:`SyncSummary.check`, sync state ``full_sync_check``). Then, in the
   same transaction, the ``local_data`` of every outbox item not yet answered is written again
   in creation order, so queued work still shows as pending after the cache was replaced. Then the
   **change feed** from the cursor, page by page, each page applied in one transaction together
   with its cursor: a crash between pages resumes at the last committed page.
3. **Reference data**: the rule profile (``GET /rules``) and the official calendars of last,
   this and next year (``GET /calendar``; a year not yet published is simply absent) go into the
   sync state, merged with calendars published through the feed (entity ``calendar_year``).

Cancellation is honoured between outbox items, between pages and inside the snapshot (which
then rolls back). Progress is ``progress(done, total, phase)`` with ``total`` 0 when unknown and
``phase`` one of :data:`PHASES`. The :class:`SyncSummary` lists, per entity, the ids inserted,
updated and deleted, so views redraw only those (after a full sync: everything). The snapshot
load and its check live in :mod:`app.sync.engine_full_sync`.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from uuid import UUID

from app.sync.client import PlatformClient
from app.sync.engine_full_sync import (
    FullSyncCheck,
    RunningChecksum,
    SnapshotCancelled,
    check_loaded,
    load_snapshot,
)
from app.sync.outbox_push import (
    CALENDAR_ENTITY,
    OutboxBackoff,
    OutboxPusher,
    Progress,
    PushOutcome,
)
from app.sync.problems import AuthExpired, Gone, NetworkUnavailable, NotFound, PlatformError
from app.sync.store import LocalStore, SyncKey
from app.sync.store_schema import ENTITY_TABLES

__all__ = [
    "CHECK_KEY", "PHASES", "EntityChanges", "FullSyncCheck", "SyncEngine", "SyncSummary",
    "utc_now",
]

PHASES = ("push", "snapshot", "changes", "reference")
CHECK_KEY = "full_sync_check"
_SHANGHAI = timezone(timedelta(hours=8))


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class EntityChanges:
    """What changed in the cache for one entity. After a full sync ``reloaded`` says how many
    are now held and no ids are listed: redraw everything."""

    inserted: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()
    deleted: frozenset[str] = frozenset()
    reloaded: int | None = None

    @property
    def count(self) -> int:
        return len(self.inserted) + len(self.updated) + len(self.deleted)


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one :meth:`SyncEngine.sync` did. ``error`` is why it stopped early (offline, …)."""

    entities: Mapping[str, EntityChanges]
    outbox_sent: tuple[UUID, ...]
    outbox_failed: tuple[UUID, ...]  # needs attention (a 4xx)
    outbox_conflicts: tuple[UUID, ...]  # 412: both versions kept
    outbox_retrying: tuple[UUID, ...]  # no answer or 5xx: queued again with a backoff
    full_resync: bool
    cancelled: bool
    error: PlatformError | None
    check: FullSyncCheck | None
    rules_changed: bool
    calendar_changed: bool
    cursor: str | None
    finished_at: datetime

    @property
    def completed(self) -> bool:
        return not self.cancelled and self.error is None

    @property
    def changed_entities(self) -> frozenset[str]:
        return frozenset(name for name, changes in self.entities.items()
                         if changes.count or changes.reloaded is not None)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready digest (counts, not ids) for the command line and logs."""
        return {
            "completed": self.completed, "cancelled": self.cancelled,
            "error": None if self.error is None else self.error.code,
            "full_resync": self.full_resync, "cursor": self.cursor,
            "entities": {
                name: {"inserted": len(c.inserted), "updated": len(c.updated),
                       "deleted": len(c.deleted), **({"reloaded": c.reloaded}
                                                     if c.reloaded is not None else {})}
                for name, c in sorted(self.entities.items())
            },
            "outbox": {"sent": len(self.outbox_sent), "needs_attention": len(self.outbox_failed),
                       "conflicts": len(self.outbox_conflicts),
                       "retrying": len(self.outbox_retrying)},
            "check": None if self.check is None else self.check.to_dict(),
            "rules_changed": self.rules_changed, "calendar_changed": self.calendar_changed,
            "finished_at": self.finished_at.isoformat(),
        }


@dataclass
class _Tally:
    inserted: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    reloaded: int | None = None

    def frozen(self) -> EntityChanges:
        return EntityChanges(frozenset(self.inserted), frozenset(self.updated),
                             frozenset(self.deleted), self.reloaded)


class _Run:
    """The state of one sync round."""

    def __init__(self, cancel: Callable[[], bool], progress: Progress) -> None:
        self.cancelled = cancel
        self.progress = progress
        self.tallies: dict[str, _Tally] = {}
        self.full_resync = False
        self.check: FullSyncCheck | None = None
        self.rules_changed = False
        self.calendar_changed = False

    def tally(self, entity: str) -> _Tally:
        return self.tallies.setdefault(entity, _Tally())


def _cancel_check(cancel: Callable[[], bool] | threading.Event | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


class SyncEngine:
    """Synchronises one :class:`LocalStore` with the platform through one client."""

    def __init__(self, store: LocalStore, client: PlatformClient, *,
                 clock: Callable[[], datetime] = utc_now, page_size: int = 1000,
                 rng: random.Random | None = None, backoff: OutboxBackoff | None = None) -> None:
        self.store = store
        self.client = client
        self.clock = clock
        self.page_size = page_size
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not secrets
        self.backoff = backoff or OutboxBackoff()
        self._one_at_a_time = threading.Lock()
        self._run: _Run | None = None

    def sync(self, cancel: Callable[[], bool] | threading.Event | None = None,
             progress: Progress | None = None) -> SyncSummary:
        """One round: push, pull, reference data. Raises only AuthExpired (sign in again)."""
        with self._one_at_a_time:
            run = _Run(_cancel_check(cancel), progress or (lambda _d, _t, _p: None))
            self._run = run
            outcome = PushOutcome()
            error: PlatformError | None = None
            pusher = OutboxPusher(self.store, self.client, apply=self._apply, clock=self.clock,
                                  rng=self.rng, backoff=self.backoff)
            try:
                self._remember_identity()
                outcome = pusher.push(run.cancelled, run.progress)
                error = outcome.stopped_by
                # Offline: no pull either. Cancelled: not even the snapshot's first byte.
                if not isinstance(error, NetworkUnavailable) and not run.cancelled():
                    self._pull(run)
                    if not run.cancelled():
                        self._fetch_reference(run)
            except SnapshotCancelled:
                pass
            except AuthExpired:
                raise
            except PlatformError as failure:
                error = failure
            finally:
                self._run = None
            cancelled = run.cancelled()
            if error is None and not cancelled:
                self.store.set_state({SyncKey.LAST_SYNC_AT: self.clock().isoformat()})
            return SyncSummary(
                entities={name: tally.frozen() for name, tally in run.tallies.items()},
                outbox_sent=tuple(outcome.sent), outbox_failed=tuple(outcome.needs_attention),
                outbox_conflicts=tuple(outcome.conflicts),
                outbox_retrying=tuple(outcome.retrying), full_resync=run.full_resync,
                cancelled=cancelled, error=error, check=run.check,
                rules_changed=run.rules_changed, calendar_changed=run.calendar_changed,
                cursor=self.store.cursor, finished_at=self.clock(),
            )

    # ---------------------------------------------------------------------------- cache

    def _remember_identity(self) -> None:
        identity = {SyncKey.SERVER_URL: self.client.server_url}
        if self.client.username:
            identity[SyncKey.USERNAME] = self.client.username
        if any(self.store.state(key) != value for key, value in identity.items()):
            self.store.set_state(identity)

    def _apply(self, changes: list[dict[str, Any]], cursor: str | None = None, *,
               report: bool = True) -> None:
        """Write changes to the cache (one transaction with ``cursor``) and tally them."""
        run = self._run if report else None
        calendars = [c for c in changes if c.get("entity") == CALENDAR_ENTITY]
        if calendars:
            self._store_calendars(calendars)
        existing: dict[str, set[str]] = {}
        if run is not None:  # inserted or updated: ask the cache before the page lands
            for entity in {str(c.get("entity")) for c in changes} & ENTITY_TABLES.keys():
                upserts = [str(c["id"]) for c in changes
                           if c.get("entity") == entity and c.get("op") == "upsert"]
                existing[entity] = self._held(entity, upserts)
        applied = self.store.apply_changes(changes, cursor)
        if run is None:
            return
        for entity, ids in applied.upserted.items():
            tally = run.tally(entity)
            for entity_id in ids:
                is_update = entity_id in existing.get(entity, ()) or entity_id in tally.updated
                if is_update and entity_id not in tally.inserted:
                    tally.updated.add(entity_id)
                else:
                    tally.inserted.add(entity_id)
                tally.deleted.discard(entity_id)
        for entity, ids in applied.deleted.items():
            tally = run.tally(entity)
            tally.inserted.difference_update(ids)
            tally.updated.difference_update(ids)
            tally.deleted.update(ids)

    def _held(self, entity: str, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.store.select_json(entity, {"id": ids})
        return {str(row["id"]) for row in rows}

    def _store_calendars(self, changes: list[dict[str, Any]]) -> None:
        calendars = dict(self.store.state_json(SyncKey.CALENDAR) or {})
        for change in changes:
            year = str(change.get("id"))
            if change.get("op") == "delete" or change.get("data") is None:
                calendars.pop(year, None)
            else:
                calendars[year] = change["data"]
        self._save_calendars(calendars)

    def _save_calendars(self, calendars: Mapping[str, Any]) -> None:
        if calendars != (self.store.state_json(SyncKey.CALENDAR) or {}):
            self.store.set_state_json(SyncKey.CALENDAR, dict(sorted(calendars.items())))
            if self._run is not None:
                self._run.calendar_changed = True

    # ----------------------------------------------------------------------------- pull

    def _pull(self, run: _Run) -> None:
        if self.store.cursor is None:
            self._full_sync(run)
        done = 0
        while not run.cancelled():
            try:
                page = self.client.changes(self.store.cursor, self.page_size)
            except Gone:
                if run.full_resync:
                    raise  # the cursor of a fresh snapshot refused: not ours to loop on
                self._full_sync(run)
                continue
            self._apply(page.changes, page.next_cursor)
            done += len(page.changes)
            run.progress(done, 0, "changes")
            if not page.has_more:
                return

    def _full_sync(self, run: _Run) -> None:
        run.full_resync = True
        totals = RunningChecksum()

        def loaded() -> None:
            if run.cancelled():
                raise SnapshotCancelled
            run.progress(stream.received, 0, "snapshot")

        # The snapshot answers before the write lock is taken; then one transaction for all.
        with self.client.snapshot() as stream, self.store.transaction():
            self.store.clear_cache()
            load_snapshot(self.store, stream, totals, loaded=loaded,
                          apply_batch=lambda batch: self._apply(batch, report=False))
            if run.cancelled():
                raise SnapshotCancelled
            # Checked before the officer's pending work goes back on top: the check compares
            # the server's objects, and a queued new request is not one of them yet.
            run.check = check_loaded(self.store, stream, totals)
            self.store.reapply_pending()
            self.store.set_state({SyncKey.CURSOR: stream.cursor})
        for entity in ENTITY_TABLES:
            run.tally(entity).reloaded = totals.count.get(entity, 0)
        self.store.set_state_json(CHECK_KEY, run.check.to_dict())

    # ------------------------------------------------------------------------ reference

    def _fetch_reference(self, run: _Run) -> None:
        run.progress(0, 0, "reference")
        rules = self.client.rules()
        if rules != self.store.state_json(SyncKey.PROFILE):
            self.store.set_state_json(SyncKey.PROFILE, rules)
            run.rules_changed = True
        calendars = dict(self.store.state_json(SyncKey.CALENDAR) or {})
        this_year = self.clock().astimezone(_SHANGHAI).year
        for year in (this_year - 1, this_year, this_year + 1):
            try:
                calendars[str(year)] = self.client.calendar(year)
            except NotFound:
                continue  # not yet published: deadlines in that year are flagged as estimates
        self._save_calendars(calendars)
        run.progress(1, 1, "reference")

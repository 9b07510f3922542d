"""The glue between the Qt-free :class:`~app.sync.engine.SyncEngine` and the windows.

:class:`SyncController` runs :meth:`SyncEngine.sync` through the :class:`~app.tasks.TaskRunner`:
at start, every ``sync_interval_minutes`` (a ``QTimer``) and when the officer asks — never two
rounds at once. It turns each round into signals the windows redraw from:

* ``started`` / ``progressed`` / ``finished(finished_at | None)`` for the status bar;
* ``synced(summary)`` so pages redraw only ``summary.changed_entities``;
* ``connectivity_changed(online, since)`` — offline when the platform could not be reached
  (``since`` is the first failure, kept until a round reaches the platform again);
* ``auth_expired()`` — the login ended; automatic rounds pause (the outbox is untouched) until
  :meth:`resume` after a new sign-in;
* ``outbox_count(int)`` (every item not yet answered) and ``outbox_attention(int)`` (items the
  officer must look at: needs attention or conflict).

When the platform answers again after being offline (or at the first round of a session), items
that only waited for the network are made due at once and a second round sends them: the
officer watches the outbox drain instead of waiting out a backoff meant for a busy server.
While offline the timer probes more often (``offline_retry_seconds``).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.sync.engine import SyncEngine, SyncSummary, utc_now
from app.sync.problems import AuthExpired, NetworkUnavailable, PlatformError, PlatformProblem
from app.sync.store_outbox import Outbox, OutboxState
from app.tasks import Task, TaskContext, TaskRunner

log = logging.getLogger(__name__)
MAX_REMEMBERED_ERRORS = 20


@dataclass(frozen=True, slots=True)
class SyncRound:
    """What one task did: one or two engine rounds, and the outbox afterwards."""

    summaries: tuple[SyncSummary, ...]
    outbox: dict[str, int]

    @property
    def last(self) -> SyncSummary:
        return self.summaries[-1]


def reached_platform(summary: SyncSummary) -> bool:
    """Whether the platform answered in this round (an error answer counts: it is there)."""
    return summary.error is None or isinstance(summary.error, PlatformProblem)


def wake_network_retries(outbox: Outbox, now: datetime) -> int:
    """Queued items waiting out a backoff for a *network* failure become due now."""
    woken = 0
    for item in outbox.items((OutboxState.QUEUED,)):
        error = item.last_error or {}
        waiting = item.next_attempt_at is not None and item.next_attempt_at > now
        if waiting and str(error.get("code", "")).startswith("network."):
            outbox.mark_retry(item.id, item.last_error, now)
            woken += 1
    return woken


def waiting_count(counts: dict[str, int]) -> int:
    return sum(counts.values())


def attention_count(counts: dict[str, int]) -> int:
    return counts.get(OutboxState.NEEDS_ATTENTION.value, 0) + counts.get(
        OutboxState.CONFLICT.value, 0)


def run_round(engine: SyncEngine, clock: Callable[[], datetime], context: TaskContext,
              wake: bool) -> SyncRound:
    """Worker side: one engine round, and a second when waking queued items helps."""
    def cancelled() -> bool:
        return context.cancelled

    summaries = [engine.sync(cancelled, context.progress)]
    first = summaries[0]
    woken = (wake and reached_platform(first) and not first.cancelled
             and wake_network_retries(engine.store.outbox, clock()))
    if woken:
        summaries.append(engine.sync(cancelled, context.progress))
    return SyncRound(tuple(summaries), engine.store.outbox.counts())


class SyncController(QObject):
    """Runs the sync engine in the background (see the module docstring)."""

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(object)  # datetime of a completed round, or None
    synced = Signal(object)  # SyncSummary
    connectivity_changed = Signal(bool, object)  # online, offline since (datetime | None)
    auth_expired = Signal()
    outbox_count = Signal(int)
    outbox_attention = Signal(int)
    sync_failed = Signal(object)  # the error of a round that stopped on something unexpected

    def __init__(self, engine: SyncEngine, tasks: TaskRunner, *, interval_minutes: int = 5,
                 offline_retry_seconds: int = 60, online: bool = True,
                 offline_since: datetime | None = None,
                 clock: Callable[[], datetime] = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._tasks = tasks
        self._clock = clock
        self._interval_ms = interval_minutes * 60_000
        self._offline_retry_ms = offline_retry_seconds * 1000
        self._online = online
        self._offline_since = None if online else (offline_since or clock())
        self._task: Task | None = None
        self._paused = False
        self._stopped = False
        self._first_round = True
        self.last_sync: datetime | None = None
        self.last_errors: deque[dict[str, Any]] = deque(maxlen=MAX_REMEMBERED_ERRORS)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.on_timer)
        self._arm_timer()

    # ------------------------------------------------------------------------- state

    @property
    def online(self) -> bool:
        return self._online

    @property
    def offline_since(self) -> datetime | None:
        return self._offline_since

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def _arm_timer(self) -> None:
        wanted = self._interval_ms if self._online else min(self._interval_ms,
                                                             self._offline_retry_ms)
        self._timer.setInterval(max(1000, wanted))

    # ----------------------------------------------------------------------- control

    def start(self, *, sync_now: bool = True) -> None:
        """Start the interval timer and (unless told otherwise) a first round now."""
        self._stopped = False
        self._timer.start()
        if sync_now:
            self.on_sync_requested()

    def set_interval(self, minutes: int) -> None:
        self._interval_ms = max(1, minutes) * 60_000
        self._arm_timer()

    def pause(self) -> None:
        """No automatic rounds until :meth:`resume` (the login ended)."""
        self._paused = True

    def resume(self, *, sync_now: bool = True) -> None:
        """After a new sign-in: rounds run again, starting now."""
        self._paused = False
        if sync_now:
            self.on_sync_requested()

    def stop(self) -> None:
        """Stop the timer and cancel a running round (TaskRunner.shutdown joins the worker)."""
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()

    @Slot()
    def on_timer(self) -> None:
        if not self._paused:
            self.on_sync_requested()

    @Slot()
    def on_sync_requested(self) -> bool:
        """Start a round unless one runs; False when nothing was started."""
        if self._stopped or self._task is not None:
            return False
        if self._paused:
            self.auth_expired.emit()  # asking to sync while signed out: sign in first
            return False
        wake = self._first_round or not self._online
        self._first_round = False
        engine, clock = self.engine, self._clock  # the worker holds no reference to self
        task = self._tasks.submit("sync", lambda context: run_round(engine, clock, context, wake))
        self._task = task
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self.on_round_succeeded)
        task.failed.connect(self.on_round_failed)
        task.cancelled.connect(self.on_round_cancelled)
        self.started.emit()
        return True

    @Slot()
    def on_cancel_requested(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # ------------------------------------------------------------------- the outcome

    def _done(self) -> None:
        self._task = None

    @Slot(object)
    def on_round_succeeded(self, result: SyncRound) -> None:
        self._done()
        for summary in result.summaries:
            self._note_connectivity(summary)
            if summary.error is not None:
                self._remember_error(summary.error, summary.finished_at)
            self.synced.emit(summary)
        last = result.last
        if last.completed:
            self.last_sync = last.finished_at
        self.outbox_count.emit(waiting_count(result.outbox))
        self.outbox_attention.emit(attention_count(result.outbox))
        self.finished.emit(last.finished_at if last.completed else None)
        if last.error is not None and not isinstance(last.error, NetworkUnavailable):
            self.sync_failed.emit(last.error)

    @Slot(object)
    def on_round_failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, AuthExpired):
            self._remember_error(error, self._clock())
            self._paused = True
            self.finished.emit(None)
            self.auth_expired.emit()
            return
        log.warning("sync round failed: %s", type(error).__name__)
        self._remember_error(error, self._clock())
        self.finished.emit(None)
        self.sync_failed.emit(error)

    @Slot()
    def on_round_cancelled(self) -> None:
        self._done()
        self.finished.emit(None)

    def _note_connectivity(self, summary: SyncSummary) -> None:
        if isinstance(summary.error, NetworkUnavailable):
            if self._online:
                self._online = False
                self._offline_since = summary.finished_at
                self._arm_timer()
                self.connectivity_changed.emit(False, self._offline_since)
        elif reached_platform(summary) and not self._online:
            self._online = True
            self._offline_since = None
            self._arm_timer()
            self.connectivity_changed.emit(True, None)

    def _remember_error(self, error: Exception, when: datetime) -> None:
        """Codes and statuses only: no message text, which might quote personal data."""
        entry: dict[str, Any] = {"at": when.isoformat(), "kind": type(error).__name__}
        if isinstance(error, PlatformError):
            entry["code"] = error.code
        if isinstance(error, PlatformProblem):
            entry["status"] = error.status
        self.last_errors.append(entry)

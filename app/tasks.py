"""The one bridge between worker threads and the GUI thread.

Work that may block (HTTP, SQLite, the keyring, PDF rendering) runs in a small pool of worker
threads; its outcome comes back to the GUI thread only as Qt signals of a :class:`Task`, which
lives in the GUI thread. Task functions receive a :class:`TaskContext` (cancel flag and progress
callback) and never touch a widget. :meth:`TaskRunner.shutdown` cancels what is running and joins
every thread, so the application never exits with a thread still writing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task function by :meth:`TaskContext.check_cancelled`."""


@dataclass
class TaskContext:
    """What a task function may use: a cancel flag and a progress report. Nothing Qt."""

    name: str
    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] = lambda done, total, message: None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled(self.name)

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._report(done, total, message)


TaskFunction = Callable[[TaskContext], Any]


class Task(QObject):
    """One unit of background work, seen from the GUI thread through its signals.

    Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``finished``.
    The worker never emits these itself: it posts to the GUI thread's event loop, where they are
    emitted, so a slot connected right after :meth:`TaskRunner.submit` never misses them.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    finished = Signal()
    _outcome_posted = Signal(str, object)
    _progress_posted = Signal(int, int, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.context = TaskContext(name=name, _report=self._progress_posted.emit)
        self._done = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._outcome_posted.connect(self.on_outcome_posted, queued)
        self._progress_posted.connect(self.progressed, queued)

    def cancel(self) -> None:
        self.context._cancel.set()

    def deliver_to(
        self,
        receiver: QObject,
        on_succeeded: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
    ) -> Task:
        """Hand the outcome to ``receiver``'s callbacks only while ``receiver`` still exists.

        A page may be closed (its C++ object destroyed) before a task it started finishes; a
        plain lambda connection would then call into a deleted widget. Here the outcome is
        dropped instead (the work itself still finishes: other receivers may want it).
        """

        def alive() -> bool:
            return shiboken6.isValid(receiver)

        self.succeeded.connect(lambda value: on_succeeded(value) if alive() else None)
        if on_failed is not None:
            self.failed.connect(lambda error: on_failed(error) if alive() else None)
        return self

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    def _run(self, function: TaskFunction) -> None:
        """Worker-thread side: run, then report by signal (queued to the GUI thread)."""
        try:
            if self.context.cancelled:
                raise TaskCancelled(self.name)
            result = function(self.context)
        except TaskCancelled:
            self._done.set()
            self._outcome_posted.emit("cancelled", None)
        except Exception as error:  # every failure reaches the GUI as a value, never a crash
            log.warning("task %s failed: %s", self.name, type(error).__name__)
            self._done.set()
            self._outcome_posted.emit("failed", error)
        else:
            self._done.set()
            self._outcome_posted.emit("succeeded", result)

    @Slot(str, object)
    def on_outcome_posted(self, outcome: str, value: object) -> None:
        """GUI-thread side: turn the posted outcome into the public signals."""
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class TaskRunner(QObject):
    """Runs task functions off the GUI thread and hands back :class:`Task` objects."""

    def __init__(self, max_workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="sharedesk")
        self._running: set[Task] = set()
        self._closed = False

    def submit(self, name: str, function: TaskFunction) -> Task:
        """Start ``function(context)`` in a worker; connect to the returned task's signals.

        The outcome is emitted in the GUI thread's event loop, never before this call returns,
        so connecting right after this call is always in time.
        """
        if self._closed:
            raise RuntimeError("TaskRunner is shut down")
        # Python owns the task (no Qt parent): ``_running`` keeps it alive until its outcome has
        # been emitted in the GUI thread, so it is never destroyed from a worker thread.
        task = Task(name)
        self._running.add(task)
        task.finished.connect(lambda: self._forget(task))
        future: Future[None] = self._pool.submit(task._run, function)
        future.add_done_callback(_log_unexpected)
        return task

    def running(self) -> list[Task]:
        return [task for task in self._running if not task.is_done]

    def _forget(self, task: Task) -> None:
        self._running.discard(task)

    def shutdown(self) -> None:
        """Cancel every task, wait for every worker thread to end. Safe to call twice."""
        self._closed = True
        for task in list(self._running):
            task.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _log_unexpected(future: Future[None]) -> None:
    error = future.exception() if not future.cancelled() else None
    if error is not None:  # only reachable if a signal emission itself failed
        log.error("task bridge failure: %s", type(error).__name__)

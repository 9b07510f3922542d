"""The officer's desk for view tests: a real local store in ``tmp_path`` seeded with the small
province of ``tests/sync/workspace_setup``, a workspace on a settable clock (Friday
27 November 2026, 10:00 in Beijing) and a real TaskRunner."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.tasks import TaskRunner
from tests.sync.workspace_setup import Clock, Province, beijing, seed, workspace


@dataclass
class Desk:
    store: LocalStore
    province: Province
    clock: Clock
    workspace: Workspace
    tasks: TaskRunner


@contextmanager
def open_desk(tmp_path: Path) -> Iterator[Desk]:
    store = LocalStore.open(tmp_path / "desk.sqlite3")
    clock = Clock(beijing(2026, 11, 27))
    tasks = TaskRunner()
    try:
        province = seed(store)
        yield Desk(store, province, clock, workspace(store, clock), tasks)
    finally:
        settle(tasks)
        tasks.shutdown()  # every worker has finished before the store closes
        store.close()


def settle(tasks: TaskRunner, timeout_ms: int = 5000) -> None:
    """Let running tasks end and their outcomes reach the (closed) views, which may start
    follow-up tasks, until nothing runs; then the runner can shut down without a view
    submitting to a closed runner."""
    application = QCoreApplication.instance()
    deadline = QDeadlineTimer(timeout_ms)
    while application is not None and not deadline.hasExpired():
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not tasks.running():
            application.processEvents()  # deliver the last outcomes
            if not tasks.running():
                return

"""The officer's desk for view tests: a real local store in ``tmp_path`` seeded with the small
province of ``tests/sync/workspace_setup``, a workspace on a settable clock (Friday
27 November 2026, 10:00 in Beijing) and a real TaskRunner."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
        tasks.shutdown()  # every worker has finished before the store closes
        store.close()

"""The task bridge: work runs off the GUI thread and comes back only by signal."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from app.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    tasks = TaskRunner(max_workers=2)
    yield tasks
    tasks.shutdown()


def test_result_arrives_by_signal_from_a_worker_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    gui_thread = threading.get_ident()
    task = runner.submit("sum", lambda context: (threading.get_ident(), sum(range(10))))
    with qtbot.waitSignal(task.succeeded) as blocker:
        pass
    worker_thread, total = blocker.args[0]
    assert total == 45
    assert worker_thread != gui_thread


def test_failure_arrives_as_a_value(qtbot: QtBot, runner: TaskRunner) -> None:
    def broken(context: TaskContext) -> None:
        raise ValueError("bad page")

    task = runner.submit("broken", broken)
    with qtbot.waitSignal(task.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "bad page"


def test_progress_is_reported_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[int, int, str]] = []

    def counting(context: TaskContext) -> str:
        for done in range(1, 4):
            context.progress(done, 3, "页")
        return "done"

    task = runner.submit("count", counting)
    task.progressed.connect(lambda done, total, message: seen.append((done, total, message)))
    with qtbot.waitSignal(task.finished):
        pass
    assert seen == [(1, 3, "页"), (2, 3, "页"), (3, 3, "页")]


def test_cancel_stops_a_running_task(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def waits_for_cancel(context: TaskContext) -> None:
        started.set()
        while True:
            context.check_cancelled()
            context._cancel.wait(0.01)

    task = runner.submit("long", waits_for_cancel)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled):
        task.cancel()
    assert task.is_done


def test_shutdown_cancels_and_joins_every_worker(qtbot: QtBot) -> None:
    runner = TaskRunner(max_workers=2)
    started = threading.Barrier(3)

    def waits_for_cancel(context: TaskContext) -> None:
        started.wait(5)
        while not context.cancelled:
            context._cancel.wait(0.01)

    tasks = [runner.submit(f"long-{n}", waits_for_cancel) for n in range(2)]
    started.wait(5)
    runner.shutdown()
    assert all(task.is_done for task in tasks)
    assert not [t for t in threading.enumerate() if t.name.startswith("sharedesk")]
    with pytest.raises(RuntimeError):
        runner.submit("late", lambda context: None)


def test_outcome_is_dropped_when_the_receiver_is_gone(qtbot: QtBot, runner: TaskRunner) -> None:
    from PySide6.QtWidgets import QLabel

    release = threading.Event()
    kept = QLabel()
    qtbot.addWidget(kept)
    gone = QLabel()
    seen: list[str] = []
    slow = runner.submit("slow", lambda context: release.wait(5) and "rows")
    slow.deliver_to(gone, lambda value: seen.append(f"gone:{value}"))
    slow.deliver_to(kept, lambda value: seen.append(f"kept:{value}"))
    gone.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(gone))
    release.set()
    with qtbot.waitSignal(slow.finished):
        pass
    assert seen == ["kept:rows"]

"""Regression: PySide6 6.12.0 on CPython 3.11 corrupts the reference count of ``None``.

Wrapped void methods (``beginInsertRows``, ``appendRow``, …) under-count ``None`` there, and the
interpreter aborts after a few thousand calls ("Fatal Python error: none_dealloc"). The pins in
pyproject.toml and requirements.lock exclude that pair; this test runs ten thousand such calls in a
child process, so a bad combination shows up as a failed test instead of a crashed test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6
import pytest

CALLS = 10_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QCoreApplication
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    app = QCoreApplication([])

    class Rows(QAbstractListModel):
        def __init__(self):
            super().__init__()
            self.count = 0

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else self.count

        def data(self, index, role=0):
            return None

        def add(self):
            self.beginInsertRows(QModelIndex(), self.count, self.count)
            self.count += 1
            self.endInsertRows()

    rows = Rows()
    standard = QStandardItemModel()
    for _ in range({CALLS}):
        rows.add()
        standard.appendRow(QStandardItem("行"))
        rows.layoutChanged.emit()
    assert rows.rowCount() == {CALLS} and standard.rowCount() == {CALLS}
    print("calls", rows.rowCount() + standard.rowCount())
    """
)


def test_installed_pair_is_not_the_broken_one() -> None:
    broken = sys.version_info[:2] == (3, 11) and PySide6.__version__ == "6.12.0"
    assert not broken, "PySide6 6.12.0 on CPython 3.11 aborts the interpreter (none_dealloc)"


@pytest.mark.slow
def test_ten_thousand_void_method_calls_keep_the_interpreter_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["calls", str(2 * CALLS)]

"""The first wall of DESIGN.md: ``app/models`` and ``app/sync`` never import Qt.

Checked twice: statically (no import statement names a Qt binding, so a lazy import inside a
function is caught too) and dynamically (importing every module loads no Qt binding, so an
indirect import through a third module is caught too).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE_PACKAGES = ("app/models", "app/sync")
QT_BINDINGS = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "PySide2")


def qt_free_modules() -> list[Path]:
    return sorted(p for package in QT_FREE_PACKAGES for p in (ROOT / package).rglob("*.py"))


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_there_are_modules_to_check() -> None:
    assert any(p.name != "__init__.py" for p in qt_free_modules())


@pytest.mark.parametrize("path", qt_free_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_import_statement(path: Path) -> None:
    assert not imported_roots(path) & set(QT_BINDINGS)


def test_importing_every_qt_free_module_loads_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in qt_free_modules()
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_BINDINGS!r})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

"""The frozen smoke test: build the onedir bundle with ``build.spec``, run its ``--self-test``
offscreen, and check what went in — and what stayed out — of it.

About 45 s on the CI machine (PyInstaller ~40 s, the self-test ~2 s), so it runs with the suite
(``slow``). The bundle goes to the test's folder; ``dist/`` is left alone. The size goal (160 MB
on disk, Linux x86_64) comes from the packaging issue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_GOAL_BYTES = 160 * 2**20


def on_disk(folder: Path) -> int:
    return sum(path.stat().st_blocks * 512 for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not (ROOT / "i18n" / "sharedesk_zh_CN.qm").is_file():
        pytest.fail("compile the translations first (python3 dev.py test does)")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"),
                    str(ROOT / "build" / "icons")], check=True, cwd=ROOT, timeout=120)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT, timeout=900)
    return work / "dist" / "sharedesk", work / "build"


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the CI bundle is built on Linux"),
]


def test_the_frozen_self_test_passes_offscreen(bundle: tuple[Path, Path],
                                               tmp_path: Path) -> None:
    folder, _ = bundle
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHAREDESK_HOME=str(tmp_path))
    result = subprocess.run([str(folder / "sharedesk"), "--self-test", "--json"],
                            capture_output=True, text=True, env=env, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    statuses = {check["key"]: check["status"] for check in report["checks"]}
    for key in ("qt_platform", "cjk_font", "translations", "sqlite", "trust_store", "data_dir"):
        assert statuses[key] == "ok", report


def test_the_bundle_meets_the_size_goal(bundle: tuple[Path, Path]) -> None:
    folder, _ = bundle
    assert on_disk(folder) <= SIZE_GOAL_BYTES


def test_only_qtbase_zh_and_en_and_no_unused_qt(bundle: tuple[Path, Path]) -> None:
    folder, _ = bundle
    names = {path.name for path in folder.rglob("*")}
    qt_catalogues = {path.name for path in folder.rglob("translations/*.qm")}
    assert qt_catalogues == {"qtbase_zh_CN.qm", "qtbase_en.qm"}
    assert {"sharedesk_zh_CN.qm", "sharedesk_en.qm", "style.qss", "sharedesk.svg"} <= names
    for unused in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6",
                   "libQt6WebEngineCore.so.6", "libQt6Designer.so.6"):
        assert unused not in names
    assert "libqxcb.so" in names  # the desktop platform plugin stays


def test_the_server_is_not_in_the_bundle(bundle: tuple[Path, Path]) -> None:
    _, work = bundle
    modules = (work / "build" / "PYZ-00.toc").read_text(encoding="utf-8")
    assert "'app.selftest'" in modules  # the listing is what it seems
    for absent in ("'server'", "'server.", "'fastapi", "'uvicorn", "'sqlalchemy"):
        assert absent not in modules

# ruff: noqa: T201 - a command-line tool for the build machine: it reports on stdout
"""Builds the onedir bundle and smoke-tests it: ``python3 dev.py package [--deb]`` runs this.

Steps: render the icons (:mod:`packaging.icons`), run PyInstaller on ``build.spec`` into
``dist/sharedesk``, run the frozen ``sharedesk --self-test`` offscreen in a throw-away
``SHAREDESK_HOME``, and print the bundle's size on disk and the time each step took. With
``--deb`` (Linux) the UOS-layout package is built too (:mod:`packaging.build_deb`).
Exit status: PyInstaller's or the self-test's, whichever failed first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "sharedesk"
SIZE_GOAL_MB = 160


def disk_usage(folder: Path) -> tuple[int, int]:
    """(bytes on disk as ``du`` counts them, apparent bytes) of every file below ``folder``."""
    on_disk = apparent = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        status = path.stat()
        apparent += status.st_size
        on_disk += getattr(status, "st_blocks", (status.st_size + 4095) // 4096 * 8) * 512
    return on_disk, apparent


def executable(name: str = "sharedesk") -> Path:
    if os.name == "nt":  # the console twin prints the report; the windowed exe has no stdout
        return BUNDLE / f"{name}-cli.exe"
    return BUNDLE / name


def step(title: str, command: list[str], env: dict[str, str] | None = None) -> float:
    print(f"== {title}: {' '.join(command)}", flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603 - fixed commands
    elapsed = time.perf_counter() - started
    print(f"== {title}: {elapsed:.1f} s", flush=True)
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    args = parser.parse_args(argv)
    python = sys.executable
    started = time.perf_counter()
    try:
        step("icons", [python, "packaging/icons.py", "build/icons"])
        step("pyinstaller", [python, "-m", "PyInstaller", "--noconfirm", "--clean",
                             "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyi"),
                             "build.spec"])
        with tempfile.TemporaryDirectory(prefix="sharedesk-smoke-") as home:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHAREDESK_HOME=home)
            step("frozen self-test", [str(executable()), "--self-test"], env=env)
        if args.deb:
            step("deb", [python, "packaging/build_deb.py"])
    except subprocess.CalledProcessError as error:
        print(f"== failed: {' '.join(map(str, error.cmd))} (exit {error.returncode})",
              file=sys.stderr)
        return error.returncode or 1
    on_disk, apparent = disk_usage(BUNDLE)
    mb = on_disk / 2**20
    print(f"== bundle {BUNDLE}: {mb:.1f} MiB on disk ({apparent / 2**20:.1f} MiB apparent); "
          f"goal <= {SIZE_GOAL_MB} MB: {'met' if mb <= SIZE_GOAL_MB else 'MISSED'}")
    print(f"== total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Developer entry point: one script, the same on Linux and Windows, standard library only.

    python3 dev.py demo        set up .venv, then start the app against an embedded demo server
    python3 dev.py test        set up .venv (and the system libraries Qt needs), then lint and test
    python3 dev.py setup       only set up .venv
    python3 dev.py lock        re-pin requirements.lock from pyproject.toml (needs network)
    python3 dev.py i18n        refresh i18n/*.ts from the sources (then translate the new entries)
    python3 dev.py package     build the onedir bundle dist/sharedesk, run its --self-test
                               offscreen, print its size (--deb: also the .deb; docs/deploy.md)

The virtual environment is installed from ``requirements.lock`` with ``--require-hashes``, and
re-installed whenever the lock or pyproject changes (a stamp file records their hash).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".sharedesk-installed"
I18N = ROOT / "i18n"
# Only the GUI translates: the Qt-free packages return messages in both languages themselves.
TRANSLATED_SOURCES = ("app/*.py", "app/views/**/*.py")
MIN_PYTHON = (3, 11)

# What Qt's offscreen and xcb platform plugins load, and a Chinese font to render with.
DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libglib2.0-0",
    "libdbus-1-3",
    "fonts-noto-cjk",
]
# What the xcb plugin needs to open a real window (the demo on a Linux desktop).
DEBIAN_DESKTOP_PACKAGES = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-render-util0",
    "libxcb-image0",
]


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> str:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return str(VENV / folder / f"{name}{suffix}")


def run(*args: str, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, cwd=ROOT, check=True, env=env)


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def setup() -> None:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"ShareDesk needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.")
    wanted = inputs_hash()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8") == wanted and venv_python().exists():
        return
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", str(VENV))
    python = str(venv_python())
    run(python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", str(LOCK))
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--config-settings",
        "editable_mode=compat",
        "-e",
        ".",
    )
    STAMP.write_text(wanted, encoding="utf-8")


def compile_translations() -> None:
    """i18n/*.ts → i18n/*.qm (the .qm files are build output, not committed)."""
    sources = sorted(I18N.glob("*.ts"))
    if sources:
        run(venv_tool("pyside6-lrelease"), "-silent", *map(str, sources))


def update_translations() -> int:
    files = sorted({str(p.relative_to(ROOT)) for g in TRANSLATED_SOURCES for p in ROOT.glob(g)})
    targets = [str(p.relative_to(ROOT)) for p in sorted(I18N.glob("*.ts"))]
    return subprocess.call(
        [
            venv_tool("pyside6-lupdate"),
            "-source-language",
            "en",
            "-no-obsolete",
            *files,
            "-ts",
            *targets,
        ],
        cwd=ROOT,
    )


def missing_debian_packages(wanted: list[str]) -> list[str]:
    if platform.system() != "Linux" or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for package in wanted:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(wanted: list[str]) -> None:
    """Install what Qt needs, where we may (root with apt-get); else say what to do."""
    missing = missing_debian_packages(wanted)
    if not missing:
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    can_install = is_root and shutil.which("apt-get") is not None
    if not can_install:
        print(
            "Qt needs these system packages, please install them: sudo apt-get install "
            + " ".join(missing),
            file=sys.stderr,
        )
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-qq", env=env)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def demo(extra: list[str]) -> int:
    setup()
    ensure_system_packages(DEBIAN_PACKAGES + DEBIAN_DESKTOP_PACKAGES)
    compile_translations()
    return subprocess.call([venv_tool("sharedesk"), "--demo", *extra], cwd=ROOT)


def test(extra: list[str]) -> int:
    setup()
    compile_translations()
    ensure_system_packages(DEBIAN_PACKAGES)
    run(venv_tool("ruff"), "check", ".")
    run(venv_tool("mypy"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([venv_tool("pytest"), *extra], cwd=ROOT, env=env)


def lock() -> int:
    uv = shutil.which("uv")
    if uv is None:
        sys.exit("`dev.py lock` needs uv: python3 -m pip install uv")
    # No header and no index options: the lock records versions and hashes, never addresses.
    return subprocess.call(
        [
            uv,
            "pip",
            "compile",
            "pyproject.toml",
            "--extra",
            "server",
            "--extra",
            "dev",
            "--extra",
            "package",
            "--universal",
            "--python-version",
            "3.11",
            "--generate-hashes",
            "--no-header",
            "-o",
            str(LOCK),
        ],
        cwd=ROOT,
    )


def package(extra: list[str]) -> int:
    """The frozen smoke test (not part of `test`: it takes about a minute; docs/deploy.md)."""
    setup()
    compile_translations()
    return subprocess.call([str(venv_python()), str(ROOT / "packaging" / "bundle.py"), *extra],
                           cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    command, extra = argv[0], argv[1:]
    try:
        if command == "demo":
            return demo(extra)
        if command == "test":
            return test(extra)
        if command == "setup":
            setup()
            return 0
        if command == "package":
            return package(extra)
        if command == "lock":
            return lock()
        if command == "i18n":
            setup()
            return update_translations()
    except subprocess.CalledProcessError as error:
        return error.returncode or 1
    print(f"Unknown command {command!r}.\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# ruff: noqa: T201 - a command-line tool for the build machine: it reports on stdout
"""Builds ``dist/sharedesk_<version>_<arch>.deb`` from the onedir bundle, in the UOS layout.

UOS (and the Deepin app store) install applications under ``/opt/apps/<appid>``::

    /opt/apps/cn.gov.sharedesk/files/                         the PyInstaller bundle
    /opt/apps/cn.gov.sharedesk/entries/applications/cn.gov.sharedesk.desktop
    /opt/apps/cn.gov.sharedesk/entries/icons/hicolor/<n>x<n>/apps/cn.gov.sharedesk.png
    /opt/apps/cn.gov.sharedesk/info                           JSON: appid, name, version, arch,
                                                              permissions
    /usr/bin/sharedesk -> /opt/apps/cn.gov.sharedesk/files/sharedesk

The package name is the appid (the app store's rule); the file is ``sharedesk_*.deb``.
``Depends`` lists the libraries Qt's xcb platform plugin loads from the system (the bundle
carries Qt itself) and a Chinese font. On systems other than UOS (Kylin, Debian) the
``postinst`` links the desktop entry and icons into ``/usr/share`` so menus find them; UOS
reads ``entries/`` itself. Needs ``dpkg-deb``; run after ``python3 dev.py package``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This folder is not an importable package (its name is PyPI's "packaging"): import by path.
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

from icons import SIZES, render_icons  # noqa: E402

from app import __version__  # noqa: E402 - the version of the tree being packaged

APP_ID = "cn.gov.sharedesk"
PREFIX = Path("opt/apps") / APP_ID
DEPENDS = [
    # what libqxcb.so and its GL integration load from the system
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-shape0", "libxcb-render-util0", "libxcb-image0", "libxcb-randr0",
    "libxcb-xinerama0", "libxcb-xkb1", "libxkbcommon0", "libegl1", "libgl1",
    "libfontconfig1", "libdbus-1-3",
    "fonts-noto-cjk | fonts-wqy-microhei",  # the interface is Chinese
]
PERMISSIONS = {  # the UOS app store's declaration: nothing beyond the network and files
    "autostart": False, "notification": True, "trayicon": False, "clipboard": True,
    "account": False, "bluetooth": False, "camera": False, "audio_record": False,
    "installed_apps": False,
}
POSTINST = f"""#!/bin/sh
set -e
# UOS reads /opt/apps/*/entries itself; elsewhere link the entry and icons where menus look.
if [ "$1" = configure ] && [ ! -d /usr/lib/deepin-daemon ]; then
    mkdir -p /usr/share/applications
    ln -sf /{PREFIX}/entries/applications/{APP_ID}.desktop /usr/share/applications/
    for size in {' '.join(str(size) for size in SIZES)}; do
        target=/usr/share/icons/hicolor/${{size}}x${{size}}/apps
        mkdir -p "$target"
        ln -sf /{PREFIX}/entries/icons/hicolor/${{size}}x${{size}}/apps/{APP_ID}.png "$target/"
    done
    command -v update-desktop-database >/dev/null && update-desktop-database -q || true
    command -v gtk-update-icon-cache >/dev/null && \\
        gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
"""
POSTRM = f"""#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    rm -f /usr/share/applications/{APP_ID}.desktop
    for size in {' '.join(str(size) for size in SIZES)}; do
        rm -f /usr/share/icons/hicolor/${{size}}x${{size}}/apps/{APP_ID}.png
    done
fi
exit 0
"""


def debian_arch() -> str:
    command = ["dpkg", "--print-architecture"]
    answer = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return answer.stdout.strip()


def control(version: str, arch: str, installed_kib: int) -> str:
    return "\n".join([
        f"Package: {APP_ID}",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: ShareDesk developers <sharedesk@localhost>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(DEPENDS)}",
        "Section: utils",
        "Priority: optional",
        "Homepage: https://platform.example.gov.cn/",
        "Description: ShareDesk 政务信息资源共享客户端",
        " Desktop client of the government information-resource sharing platform:",
        " catalog, requests, replies, feedback and supervision, offline-capable.",
        "",
    ])


def layout(bundle: Path, staging: Path, version: str, arch: str) -> Path:
    """Fill ``staging`` with the package tree; returns it."""
    if staging.exists():
        shutil.rmtree(staging)
    app_root = staging / PREFIX
    shutil.copytree(bundle, app_root / "files", symlinks=True)
    entries = app_root / "entries"
    desktop = entries / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "packaging" / "sharedesk.desktop", desktop)
    rendered = render_icons(staging.parent / "icons")
    for size in SIZES:
        folder = entries / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(staging.parent / "icons" / f"sharedesk-{size}.png",
                        folder / f"{APP_ID}.png")
    assert rendered
    info = {"appid": APP_ID, "name": "ShareDesk 政务信息资源共享客户端", "version": version,
            "arch": [arch], "permissions": PERMISSIONS}
    (app_root / "info").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")
    usr_bin = staging / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "sharedesk").symlink_to(f"/{PREFIX}/files/sharedesk")
    debian = staging / "DEBIAN"
    debian.mkdir()
    size = sum(path.stat().st_size for path in staging.rglob("*")
               if path.is_file() and not path.is_symlink())
    (debian / "control").write_text(control(version, arch, size // 1024 + 1), encoding="utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        script = debian / name
        script.write_text(text, encoding="utf-8")
        script.chmod(0o755)
    for path in staging.rglob("*"):  # dpkg wants no group/other write bits
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    return staging


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb (UOS /opt/apps layout).")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "sharedesk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--fast", action="store_true",
                        help="gzip instead of xz (larger file, quicker build)")
    args = parser.parse_args(argv)
    if not (args.bundle / "sharedesk").is_file():
        print(f"No bundle at {args.bundle}: run python3 dev.py package first.", file=sys.stderr)
        return 2
    arch = debian_arch()
    staging = layout(args.bundle, ROOT / "build" / "deb" / "root", __version__, arch)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"sharedesk_{__version__}_{arch}.deb"
    compression = "gzip" if args.fast else "xz"
    command = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(staging),
               str(target)]
    subprocess.run(command, check=True, env=dict(os.environ, LC_ALL="C"))  # noqa: S603
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

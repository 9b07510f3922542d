"""Renders the application icon from ``resources/icons/sharedesk.svg`` with Qt's SVG renderer.

Writes ``sharedesk-<size>.png`` for the hicolor sizes (16–256 px) used by the Linux package and
``sharedesk.ico`` (all sizes in one file) for the Windows executable and installer. Run as
``python packaging/icons.py OUT_DIR``; the icons are build output, not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "sharedesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons(out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """PNG files per size plus one multi-size ICO; returns the written paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt only when icons are rendered, after QT_QPA_PLATFORM is set.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    images: list[QImage] = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"sharedesk-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
        images.append(image)
    written.append(_write_ico(out_dir / "sharedesk.ico", written))
    return written


def _write_ico(target: Path, pngs: list[Path]) -> Path:
    """An ICO holding every size as PNG (Vista+ format; Windows 10/11 read it natively)."""
    entries = [path.read_bytes() for path in pngs]
    header = b"".join(value.to_bytes(2, "little") for value in (0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    directory = b""
    for path, data in zip(pngs, entries, strict=True):
        size = int(path.stem.rsplit("-", 1)[1])
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += bytes((edge, edge, 0, 0)) + (1).to_bytes(2, "little")
        directory += (32).to_bytes(2, "little") + len(data).to_bytes(4, "little")
        directory += offset.to_bytes(4, "little")
        offset += len(data)
    target.write_bytes(header + directory + b"".join(entries))
    return target


if __name__ == "__main__":
    for written_path in render_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(written_path)  # noqa: T201 - the command line lists what it wrote

"""Make the text of a PDF that Qt wrote read back as it was written (copy, search, screen
readers, and the PDF checks of the tests).

Qt's PDF engine tells readers which character each glyph stands for (the fonts' ``ToUnicode``
CMaps) by scanning the font's character map from U+0000 upwards and keeping, for each glyph, the
*first* code point that maps to it. CJK fonts such as Noto CJK draw a radical and the ideograph
it looks like with one glyph, and the radicals (U+2E80–U+2FDF) come before the ideographs — so
“人民” in a letter reads back as “⼈⺠”. :func:`repair_to_unicode` rewrites those entries to the
unified ideograph (U+4E00–U+9FFF) that shares the glyph in the letter's font. Every entry keeps
its length (four hex digits), so the file's object offsets stay valid and nothing else moves.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

# Radicals (CJK Radicals Supplement, Kangxi Radicals) and compatibility ideographs: code points
# that share a glyph with a unified ideograph in CJK fonts.
_LOOK_ALIKES = (range(0x2E80, 0x2FE0), range(0xF900, 0xFB00))
_UNIFIED = range(0x4E00, 0xA000)
_CMAP = re.compile(rb"(/CMapType 2 def.*?endcodespacerange)(.*?)(endcmap)", re.DOTALL)
_ENTRY = re.compile(rb"<([0-9A-Fa-f]{4})>")


@lru_cache(maxsize=8)
def unified_equivalents(family: str) -> dict[int, int]:
    """``{look-alike code point: unified ideograph}`` for the glyphs ``family`` shares."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return {}
    unified = "".join(chr(c) for c in _UNIFIED)
    owner: dict[int, int] = {}
    for code, glyph in zip(_UNIFIED, raw.glyphIndexesForString(unified), strict=True):
        if glyph:
            owner.setdefault(glyph, code)
    found: dict[int, int] = {}
    for block in _LOOK_ALIKES:
        text = "".join(chr(c) for c in block)
        for code, glyph in zip(block, raw.glyphIndexesForString(text), strict=True):
            if glyph and glyph in owner:
                found[code] = owner[glyph]
    return found


def repair_to_unicode(pdf: bytes, equivalents: dict[int, int]) -> bytes:
    """``pdf`` with look-alike code points in its ToUnicode CMaps replaced (same length).

    Only destinations change: the source codes of ``bfchar`` (first) and ``bfrange`` (first
    two) entries stay, and a range that maps onto consecutive code points is left alone.
    """

    def destination(match: re.Match[bytes]) -> bytes:
        better = equivalents.get(int(match.group(1), 16))
        return match.group(0) if better is None else b"<%04X>" % better

    def line(text: bytes, sources: int) -> bytes:
        tokens = list(_ENTRY.finditer(text))
        if len(tokens) <= sources or (sources == 2 and len(tokens) == 3 and b"[" not in text
                                      and tokens[0].group(1) != tokens[1].group(1)):
            return text
        cut = tokens[sources - 1].end()
        return text[:cut] + _ENTRY.sub(destination, text[cut:])

    def cmap(match: re.Match[bytes]) -> bytes:
        out: list[bytes] = []
        sources = 0
        for text in match.group(2).split(b"\n"):
            if text.rstrip().endswith(b"beginbfchar"):
                sources = 1
            elif text.rstrip().endswith(b"beginbfrange"):
                sources = 2
            elif text.startswith(b"end"):
                sources = 0
            out.append(line(text, sources) if sources else text)
        return match.group(1) + b"\n".join(out) + match.group(3)

    return _CMAP.sub(cmap, pdf)


def repair_file(path: Path, family: str) -> None:
    """Rewrite the PDF at ``path`` in place (see :func:`repair_to_unicode`)."""
    equivalents = unified_equivalents(family)
    if not equivalents:
        return
    data = path.read_bytes()
    repaired = repair_to_unicode(data, equivalents)
    if repaired != data:
        assert len(repaired) == len(data)  # offsets in the cross-reference table stay valid
        path.write_bytes(repaired)

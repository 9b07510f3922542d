"""Tables to files: CSV that Excel on Chinese Windows opens right, and XLSX (openpyxl). Qt-free.

* CSV is written as UTF-8 **with a BOM** (``utf-8-sig``): without it Excel on a Chinese Windows
  reads the file as GBK and shows mojibake. Line ends are CRLF, as Excel writes them.
* XLSX keeps numbers as numbers (a share stays 87.5, not "87.5"), bolds and freezes the header row
  and sizes the columns to their text.

:func:`scorecard_table` lays out an evaluation scorecard (:mod:`app.models.evaluation`) as a
header row in the UI language plus one row per department, for either writer.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]  # no stubs published
from openpyxl.styles import Font  # type: ignore[import-untyped]

from app.models.evaluation import FigureKey, Scorecard

Cell = str | int | float | None


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])


def write_xlsx(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *,
               title: str = "Sheet") -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = title[:31]  # Excel's limit on a sheet name
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        width = max([_width(name), *(_width(row[index - 1]) for row in rows)])
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(width + 2, 40)
    book.save(Path(path))


def _width(cell: Cell) -> int:
    text = "" if cell is None else str(cell)
    # CJK characters take two columns of a fixed-width cell.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def scorecard_table(card: Scorecard, language: str = "zh") -> tuple[list[str], list[list[Cell]]]:
    """The header (department, level, then every figure, shares marked %) and one row each."""
    english = language.startswith("en")
    header = ["Department" if english else "部门", "Level" if english else "层级"]
    header += [key.label(language) + (" (%)" if key.is_share else "") for key in FigureKey]
    rows: list[list[Cell]] = []
    for row in card.rows:
        cells: list[Cell] = [row.name, row.level.label(language)]
        for key in FigureKey:
            value = row.figure(key).value
            cells.append(int(value) if value is not None and _is_count(key) else value)
        rows.append(cells)
    return header, rows


def _is_count(key: FigureKey) -> bool:
    return not key.is_share and key is not FigureKey.MEDIAN_REPLY_DAYS

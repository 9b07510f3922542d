"""CSV and XLSX export of tables and of the scorecard, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import uuid
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.export_tables import scorecard_table, write_csv, write_xlsx
from app.models.enums import DepartmentLevel
from app.models.evaluation import DepartmentScore, Figure, FigureKey, Scorecard, parse_period

HEADER = ["部门", "按时答复率 (%)", "收到申请"]
ROWS: list[list[str | int | float | None]] = [
    ["示例省公安厅", 87.5, 25],
    ["示例省民政厅", None, 0],
]


def test_csv_starts_with_a_bom_so_excel_on_chinese_windows_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "scorecard.csv"
    write_csv(path, HEADER, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "示例省公安厅".encode() in raw
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream))
    assert read == [HEADER, ["示例省公安厅", "87.5", "25"], ["示例省民政厅", "", "0"]]


def test_xlsx_keeps_numbers_as_numbers_and_the_header_bold(tmp_path: Path) -> None:
    path = tmp_path / "scorecard.xlsx"
    write_xlsx(path, HEADER, ROWS, title="2026-11 评价")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "2026-11 评价"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values == [HEADER, ["示例省公安厅", 87.5, 25], ["示例省民政厅", None, 0]]
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"


def _card() -> Scorecard:
    police = uuid.uuid4()
    figures = tuple(
        Figure(key, 75.0 if key.is_share else 3.0, "R13") for key in FigureKey
    )
    row = DepartmentScore(police, "示例省公安厅", DepartmentLevel.PROVINCE, figures)
    return Scorecard(parse_period("2026-11"), date(2026, 11, 27), "hunan-2021", (row,))


def test_the_scorecard_header_follows_the_ui_language(tmp_path: Path) -> None:
    zh_header, rows = scorecard_table(_card(), "zh")
    en_header, _ = scorecard_table(_card(), "en")
    assert zh_header[:3] == ["部门", "层级", "收到申请"]
    assert "按时答复率 (%)" in zh_header
    assert en_header[:3] == ["Department", "Level", "Requests received"]
    assert "Replies on time (%)" in en_header
    assert rows[0][:3] == ["示例省公安厅", "省级", 3]
    assert len(rows[0]) == len(zh_header) == 2 + len(FigureKey)
    path = tmp_path / "card.xlsx"
    write_xlsx(path, zh_header, rows)
    sheet = load_workbook(path).active
    assert sheet is not None
    read = list(sheet.iter_rows(values_only=True))
    assert list(read[0]) == zh_header
    assert read[1][zh_header.index("按时答复率 (%)")] == 75.0

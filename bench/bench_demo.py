"""Benchmark: ``build_demo`` at scale against a raw ``executemany`` of the same rows.

Builds the demo province with N catalog entries (default 100,000, ~20 data items each) into a
fresh SQLite file and times it end to end (generation, JSON, audience keys, change log, the
replayed histories, commit). Then reads every row the build wrote and inserts the same rows into
a second fresh database with plain ``sqlite3`` ``executemany`` in one transaction, same pragmas
(WAL, ``synchronous=NORMAL``) — the floor any writer of this data pays — and prints both times,
rows per second and the ratio. Prints figures; asserts nothing about speed.

    .venv/bin/python bench/bench_demo.py [--resources 100000] [--seed 2026] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from server import db, schema
from server.demo import build_demo

TODAY = date(2026, 11, 27)
# Tables the migration fills itself; their rows are not part of the demo.
_SKIPPED = {"schema_version", "settings"}


def _fresh_database(path: Path) -> None:
    engine = db.make_engine(str(path))
    schema.migrate(engine)
    with db.write(engine) as conn:
        schema.put_setting(conn, "active_profile", "hunan-2021")
    engine.dispose()


def _written_rows(path: Path) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every row the demo wrote, table by table in foreign-key order, as sqlite3 returns it."""
    source = sqlite3.connect(path)
    found = []
    for table in schema.metadata.sorted_tables:
        if table.name in _SKIPPED:
            continue
        cursor = source.execute(f"SELECT * FROM {table.name}")  # noqa: S608 - our table names
        columns = [description[0] for description in cursor.description]
        found.append((table.name, columns, cursor.fetchall()))
    source.close()
    return found


def _raw_insert(path: Path, tables: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> float:
    target = sqlite3.connect(path, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    target.execute("PRAGMA foreign_keys=ON")
    began = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    for name, columns, rows in tables:
        marks = ", ".join("?" for _ in columns)
        target.executemany(
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
            rows,
        )
    target.execute("COMMIT")
    seconds = time.perf_counter() - began
    target.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None, help="keep the databases here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        demo_path, raw_path = folder / "demo.db", folder / "raw.db"
        for path in (demo_path, raw_path):
            path.unlink(missing_ok=True)
        _fresh_database(demo_path)
        _fresh_database(raw_path)

        began = time.perf_counter()
        summary = build_demo(str(demo_path), resources=args.resources, seed=args.seed, today=TODAY)
        demo_seconds = time.perf_counter() - began

        tables = _written_rows(demo_path)
        raw_seconds = _raw_insert(raw_path, tables)

        rows = sum(len(table_rows) for _name, _columns, table_rows in tables)
        items = _data_items(tables)
        size_mb = demo_path.stat().st_size / 1e6
        print(f"resources:                 {summary.counts['resource']:,}")
        each = items / summary.counts["resource"]
        print(f"data items (in the JSON):  {items:,} ({each:.1f} each)")
        print(f"rows written, all tables:  {rows:,} ({size_mb:,.0f} MB database)")
        for name, _columns, table_rows in tables:
            if table_rows:
                print(f"  {name:<24}{len(table_rows):>10,}")
        for label, seconds in (
            ("build_demo (end to end):", demo_seconds),
            ("raw executemany baseline:", raw_seconds),
        ):
            print(f"{label:<27}{seconds:8.2f} s  {rows / seconds:>10,.0f} rows/s")
        print(f"ratio demo / baseline:     {demo_seconds / raw_seconds:8.2f}")
    return 0


def _data_items(tables: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> int:
    columns, rows = next((c, r) for name, c, r in tables if name == "resources")
    data = columns.index("data")
    return sum(len(db.loads(row[data])["data_items"]) for row in rows)


if __name__ == "__main__":
    raise SystemExit(main())

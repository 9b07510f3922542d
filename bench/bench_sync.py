"""The sync engine at full size: first sync, incremental sync and search, against a baseline.

Seeds the reference server with the demo province (:func:`server.demo.build_demo`, 100,000
catalog entries of ~20 data items by default), starts it on loopback and prints, in one run:

1. the first full sync end to end (``SyncEngine.sync`` into a fresh :class:`LocalStore`: snapshot,
   feed, rules and calendars, search index, checks);
2. a baseline pipeline on the same data: stream the same NDJSON snapshot, decode each line with
   orjson, raw ``executemany`` into an equivalent bare schema (the same resource and data-item
   columns, every other entity as id + JSON, no secondary index, no search index) in one
   transaction — and the ratio of the two;
3. an incremental sync of 1,000 changed catalog entries;
4. search latency (first page of 50) for 2-, 3- and 4-character queries.

Prints figures only; it asserts nothing about speed.

    .venv/bin/python bench/bench_sync.py [--resources 100000] [--changes 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import requests
from keyring.backends import fail

from app.models.codec import from_json_dict
from app.models.entities import Resource
from app.sync.client import PlatformClient
from app.sync.credentials import Credentials
from app.sync.engine import SyncEngine
from app.sync.search import CatalogQuery
from app.sync.store import LocalStore
from app.sync.store_cache import data_item_rows, resource_values
from app.sync.store_schema import RESOURCE_COLUMNS
from server import db, objects, schema
from server.app import create_app
from server.demo import DEMO_PASSWORD, build_demo
from server.platform import ServerSettings
from server.runner import ServerThread

USER = "officer"
BATCH = 2000


def seconds_since(started: float) -> float:
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------------- baseline


def _bare_schema(conn: sqlite3.Connection) -> None:
    columns = ", ".join(f"{name}" for name in RESOURCE_COLUMNS)
    conn.execute(f"CREATE TABLE resources (rid INTEGER PRIMARY KEY, id TEXT, {columns}, json)")
    conn.execute("CREATE TABLE data_items (resource_rid INTEGER, position INTEGER, name, type, "
                 "description, PRIMARY KEY (resource_rid, position)) WITHOUT ROWID")
    conn.execute("CREATE TABLE others (entity TEXT, id TEXT, json TEXT)")


def baseline(url: str, token: str, target: Path) -> tuple[float, int]:
    """Stream + decode + raw executemany in one transaction; returns (seconds, resources)."""
    started = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    _bare_schema(conn)
    conn.execute("BEGIN IMMEDIATE")
    insert_resource = (f"INSERT INTO resources VALUES "  # noqa: S608 - constants only
                       f"({', '.join('?' * (len(RESOURCE_COLUMNS) + 3))})")
    rows: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    others: list[tuple[Any, ...]] = []
    rid = 0
    with requests.get(f"{url}/api/v1/sync/snapshot", headers={"Authorization": f"Bearer {token}"},
                      stream=True, timeout=(5, 120)) as answer:
        for line in answer.iter_lines(chunk_size=1 << 16):
            record = orjson.loads(line)
            if "end" in record:
                break
            data = record["data"]
            if record["entity"] != "resource":
                others.append((record["entity"], data["id"], orjson.dumps(data).decode()))
                continue
            rid += 1
            rows.append((rid, data["id"], *resource_values(data, ""),
                         orjson.dumps(data).decode()))
            items.extend(data_item_rows(rid, data))
            if len(rows) >= BATCH:
                conn.executemany(insert_resource, rows)
                conn.executemany("INSERT INTO data_items VALUES (?, ?, ?, ?, ?)", items)
                rows.clear()
                items.clear()
    conn.executemany(insert_resource, rows)
    conn.executemany("INSERT INTO data_items VALUES (?, ?, ?, ?, ?)", items)
    conn.executemany("INSERT INTO others VALUES (?, ?, ?)", others)
    conn.execute("COMMIT")
    conn.close()
    return seconds_since(started), rid


# ------------------------------------------------------------------------------ phases


def change_catalog(platform: Any, count: int) -> None:
    """``count`` catalog entries renamed on the server, each a new version in the feed."""
    table = schema.resources
    with db.write(platform.engine) as conn:
        texts = conn.execute(
            table.select().with_only_columns(table.c.data)
            .where(table.c.status == "published").order_by(table.c.id).limit(count)
        ).scalars().all()
        now = platform.utcnow()
        for text in texts:
            entry = from_json_dict(Resource, db.loads(text))
            objects.save(conn, replace(entry, name=entry.name + "（修订）"), now=now)


def search_latency(store: LocalStore, rng: random.Random) -> dict[int, tuple[float, float]]:
    """Median and worst first-page latency (ms) per query length, over sampled catalog names."""
    names = [row["name"] for row in store.select_json("resource", limit=2000)]
    found: dict[int, tuple[float, float]] = {}
    for length in (2, 3, 4):
        timings = []
        for _ in range(60):
            name = rng.choice([n for n in names if len(n) >= length])
            start = rng.randrange(len(name) - length + 1)
            query = CatalogQuery(text=name[start:start + length])
            began = time.perf_counter()
            store.catalog.page(query, 0, 50)
            timings.append((time.perf_counter() - began) * 1000)
        found[length] = (statistics.median(timings), max(timings))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        settings = ServerSettings(argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1)
        app = create_app(str(base / "platform.db"), settings=settings)
        platform = app.state.platform
        started = time.perf_counter()
        demo = build_demo(platform, resources=args.resources)
        print(f"seeded the demo province: {demo.resources} resources in "
              f"{seconds_since(started):.1f} s")
        with ServerThread(app) as url:
            client = PlatformClient(url, Credentials(url, USER, backend=fail.Keyring()),
                                    username=USER, timeout=(5.0, 120.0))
            client.login(USER, DEMO_PASSWORD)
            store = LocalStore.open(base / "client.sqlite3")
            engine = SyncEngine(store, client)

            started = time.perf_counter()
            first = engine.sync()
            first_seconds = seconds_since(started)
            held = store.counts()
            print(f"first full sync:   {first_seconds:6.2f} s  ({held['resource']} resources, "
                  f"check ok: {first.check.ok if first.check else None}, "
                  f"peak RSS {peak_rss_mb():.0f} MB)")

            token = client.credentials.access_token if client.credentials else ""
            base_seconds, base_count = baseline(url, token or "", base / "baseline.sqlite3")
            print(f"baseline pipeline: {base_seconds:6.2f} s  ({base_count} resources: stream, "
                  "orjson, raw executemany, one transaction, bare schema)")
            print(f"ratio:             {first_seconds / base_seconds:6.2f}×")

            change_catalog(platform, args.changes)
            started = time.perf_counter()
            second = engine.sync()
            changed = second.entities.get("resource")
            print(f"incremental sync:  {seconds_since(started):6.2f} s  "
                  f"({len(changed.updated) if changed else 0} resources updated)")

            for length, (median, worst) in search_latency(store, random.Random(7)).items():
                print(f"search, {length} characters: median {median:6.2f} ms, "
                      f"worst {worst:6.2f} ms (first page of 50)")
            store.close()
            client.close()
        platform.engine.dispose()


if __name__ == "__main__":
    main()

"""First sync of a large catalog: the paged change feed against the NDJSON snapshot.

Seeds N published resources × M data items straight into a fresh server database (the rows the
server itself would write: entity, audience keys, change log), starts the server on loopback and
times a client reading the whole catalog both ways, decoding every record with orjson as the
sync engine does. Prints both figures and their ratio; asserts nothing about speed.

    .venv/bin/python bench/bench_feed.py [--resources 100000] [--items 20] [--page 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import orjson
import requests

from app.models.codec import to_json_dict
from app.models.entities import DataItem, Department, Resource, ShareSpec, User
from app.models.enums import DepartmentLevel, ResourceStatus, Role, ShareAttribute
from server import authz, db, objects, schema
from server.app import create_app
from server.auth import create_user
from server.platform import ServerSettings
from server.runner import ServerThread

NOW = datetime(2026, 3, 2, tzinfo=UTC)
PASSWORD = "bench-password"  # noqa: S105 - a throw-away database
BATCH = 5000


def seed(app_platform: object, resources: int, items: int) -> None:
    engine = app_platform.engine  # type: ignore[attr-defined]
    supervisor = Department(
        id=uuid.uuid4(),
        code="SUP",
        name="省数据局",
        level=DepartmentLevel.PROVINCE,
        created_at=NOW,
        updated_at=NOW,
    )
    provider = replace(
        supervisor,
        id=uuid.uuid4(),
        code="PROV",
        name="省公安厅",
        supervisor_department_id=supervisor.id,
    )
    reader = replace(provider, id=uuid.uuid4(), code="USER", name="省市场监管局")
    template = to_json_dict(
        Resource(
            id=uuid.uuid4(),
            category="3",
            item="01",
            section="001",
            name="",
            code="",
            provider_department_id=provider.id,
            provider_code="PROV",
            summary="全省常住人口基本信息摘要。" * 3,
            format="数据库",
            data_items=tuple(
                DataItem(name=f"信息项{i}", code=f"FIELD_{i}", length=64, description="字段说明")
                for i in range(items)
            ),
            share=ShareSpec(
                attribute=ShareAttribute.CONDITIONAL,
                conditions="用于政务服务",
                legal_basis="《中华人民共和国居民身份证法》",
            ),
            status=ResourceStatus.PUBLISHED,
            created_at=NOW,
            updated_at=NOW,
        )
    )
    with db.write(engine) as conn:
        for department in (supervisor, provider, reader):
            objects.save(conn, department, now=NOW)
        create_user(
            conn,
            User(
                id=uuid.uuid4(),
                username="reader",
                display_name="读者",
                department_id=reader.id,
                roles=frozenset({Role.OFFICER}),
                created_at=NOW,
                updated_at=NOW,
            ),
            PASSWORD,
            now=NOW,
            hasher=app_platform.hasher,
        )  # type: ignore[attr-defined]
        audience = sorted(authz.audience_of(conn, [str(provider.id)], [authz.PUBLIC, authz.ADMIN]))
        next_seq = (
            int(
                conn.execute(
                    schema.change_log.select()
                    .with_only_columns(schema.change_log.c.seq)
                    .order_by(schema.change_log.c.seq.desc())
                    .limit(1)
                ).scalar()
                or 0
            )
            + 1
        )
    for start in range(0, resources, BATCH):
        rows, audiences, changes, change_audiences = [], [], [], []
        for n in range(start, min(start + BATCH, resources)):
            rid = str(uuid.uuid4())
            data = {**template, "id": rid, "name": f"资源目录{n:06d}", "code": f"301001001/{n:06d}"}
            text = orjson.dumps(data).decode()
            rows.append(
                {
                    "id": rid,
                    "version": 1,
                    "status": "published",
                    "provider_department_id": str(provider.id),
                    "code": data["code"],
                    "name": data["name"],
                    "data": text,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
            audiences += [{"audience": k, "entity": "resource", "entity_id": rid} for k in audience]
            seq = next_seq + n
            changes.append(
                {
                    "seq": seq,
                    "entity": "resource",
                    "entity_id": rid,
                    "op": "upsert",
                    "version": 1,
                    "data": text,
                    "created_at": NOW,
                }
            )
            change_audiences += [{"audience": k, "seq": seq} for k in audience]
        with db.write(engine) as conn:
            conn.execute(schema.resources.insert(), rows)
            conn.execute(schema.object_audience.insert(), audiences)
            conn.execute(schema.change_log.insert(), changes)
            conn.execute(schema.change_audience.insert(), change_audiences)


def read_feed(url: str, headers: dict[str, str], page: int) -> int:
    count, cursor = 0, None
    with requests.Session() as http:
        while True:
            params: dict[str, object] = {"limit": page}
            if cursor:
                params["cursor"] = cursor
            body = orjson.loads(
                http.get(
                    f"{url}/api/v1/sync/changes", params=params, headers=headers, timeout=120
                ).content
            )
            count += sum(1 for c in body["changes"] if c["entity"] == "resource")
            cursor = body["next_cursor"]
            if not body["has_more"]:
                return count


def read_snapshot(url: str, headers: dict[str, str]) -> int:
    count = 0
    with requests.get(
        f"{url}/api/v1/sync/snapshot",
        params={"entity": "resource"},
        headers=headers,
        stream=True,
        timeout=120,
    ) as answer:
        for line in answer.iter_lines(chunk_size=1 << 16):
            record = orjson.loads(line)
            if "end" not in record:
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--page", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = ServerSettings(argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1)
        app = create_app(str(Path(folder) / "bench.db"), "hunan-2021", settings=settings)
        started = time.perf_counter()
        seed(app.state.platform, args.resources, args.items)
        print(
            f"seeded {args.resources} resources × {args.items} items "
            f"in {time.perf_counter() - started:.1f} s"
        )
        with ServerThread(app) as url:
            token = requests.post(
                f"{url}/api/v1/auth/login",
                timeout=30,
                json={"username": "reader", "password": PASSWORD},
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            started = time.perf_counter()
            paged = read_feed(url, headers, args.page)
            feed_seconds = time.perf_counter() - started
            started = time.perf_counter()
            streamed = read_snapshot(url, headers)
            snapshot_seconds = time.perf_counter() - started
        app.state.platform.engine.dispose()
    print(f"change feed, pages of {args.page}: {paged} resources in {feed_seconds:.2f} s")
    print(f"NDJSON snapshot:               {streamed} resources in {snapshot_seconds:.2f} s")
    print(f"snapshot is {feed_seconds / snapshot_seconds:.1f}× faster than paging the feed")


if __name__ == "__main__":
    main()

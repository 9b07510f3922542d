"""Decode speed of the entity codec: a first sync's catalog, 100k resources × 20 data items.

Prints the time to turn NDJSON pages into ``Resource`` objects with
:func:`app.models.codec.from_json_dict`, against a baseline measured in the same run on the same
bytes: plain ``orjson.loads`` plus reading every field of every record as dict entries. Pages
are made (untimed) one at a time and both ways run on each page in turn, so memory stays small
and both figures see the same machine state. Prints figures only; it never passes or fails.

    .venv/bin/python bench/bench_codec.py [--resources 100000] [--items 20] [--page 1000]
"""

from __future__ import annotations

import argparse
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import orjson

from app.models.codec import from_json_dict, to_json_dict
from app.models.entities import DataItem, Resource, ShareMethod, ShareSpec
from app.models.enums import (
    DataItemType,
    ResourceStatus,
    ShareAttribute,
    ShareMethodKind,
    UpdateCycle,
)


def _template(items: int) -> dict[str, object]:
    now = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    resource = Resource(
        id=uuid.uuid4(),
        category="3",
        item="01",
        section="012",
        subsection="001",
        name="企业法人登记信息",
        code="301012001/000001",
        provider_department_id=uuid.uuid4(),
        provider_code="11430000006145012X",
        summary="全省企业法人设立、变更、注销登记的基本信息，供相关部门办理审批与监管业务使用。",
        format="数据库",
        data_items=tuple(
            DataItem(
                name=f"信息项{index:02d}",
                code=f"ITEM_{index:02d}",
                type=list(DataItemType)[index % len(DataItemType)],
                length=64 if index % 3 else None,
                description="登记机关核准的信息项内容",
                shared=index % 7 != 0,
            )
            for index in range(items)
        ),
        share=ShareSpec(
            attribute=ShareAttribute.CONDITIONAL,
            conditions="仅限办理市场监管相关业务使用",
            legal_basis="《中华人民共和国市场主体登记管理条例》",
        ),
        share_method=ShareMethod(kind=ShareMethodKind.INTERFACE),
        usage_scope="省直及市州政务部门",
        update_cycle=UpdateCycle.DAILY,
        publish_date=date(2026, 1, 15),
        related_codes=("301012001/000002",),
        status=ResourceStatus.PUBLISHED,
        created_at=now,
        updated_at=now,
    )
    return to_json_dict(resource)


def _pages(total: int, page_size: int, items: int) -> Iterator[bytes]:
    template = _template(items)
    made = 0
    while made < total:
        count = min(page_size, total - made)
        lines = []
        for offset in range(count):
            record = dict(template)
            record["id"] = str(uuid.uuid4())
            record["code"] = f"301012001/{made + offset:06d}"
            lines.append(orjson.dumps(record))
        made += count
        yield b"[" + b",".join(lines) + b"]"


def _baseline(page: bytes, keys: tuple[str, ...], item_keys: tuple[str, ...]) -> int:
    touched = 0
    for record in orjson.loads(page):
        for key in keys:
            if record[key] is not None:
                touched += 1
        for data_item in record["data_items"]:
            for key in item_keys:
                if data_item[key] is not None:
                    touched += 1
    return touched


def _codec(page: bytes) -> int:
    decoded = [from_json_dict(Resource, record) for record in orjson.loads(page)]
    return len(decoded)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--page", type=int, default=1000)
    args = parser.parse_args()

    template = _template(args.items)
    keys = tuple(template)
    data_items = template["data_items"]
    assert isinstance(data_items, list)
    item_keys = tuple(data_items[0])

    baseline_s = codec_s = 0.0
    size = 0
    for page in _pages(args.resources, args.page, args.items):
        size += len(page)
        started = time.perf_counter()
        _baseline(page, keys, item_keys)
        baseline_s += time.perf_counter() - started
        started = time.perf_counter()
        _codec(page)
        codec_s += time.perf_counter() - started

    print(
        f"{args.resources:,} resources × {args.items} data items, "
        f"{size / 1e6:.0f} MB JSON in pages of {args.page}"
    )
    print(f"baseline orjson.loads + dict access: {baseline_s:6.2f} s")
    print(f"codec    orjson.loads + from_json_dict: {codec_s:6.2f} s")
    print(f"ratio codec / baseline: {codec_s / baseline_s:.1f}×")
    print(f"codec per resource: {codec_s / args.resources * 1e6:.1f} µs")


if __name__ == "__main__":
    main()

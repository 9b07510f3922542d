"""The local store's first-sync bulk load and catalog search, each against a baseline.

Generates N catalog entries × M data items with realistic Chinese names (deterministic, seeded),
writes them as an NDJSON file (what a snapshot download delivers), then prints, in one run:

1. bulk load into the store (decode + rows + indexes + FTS rebuild, one transaction) against a
   baseline of plain ``executemany`` of the same decoded rows into bare tables; rows/s and ratio;
2. opening the loaded store (full ``integrity_check`` and ``quick_check``);
3. first-page latency (50 rows sorted by name) and the row count the table model asks for, of
   2-, 3- and 4-character queries, median of several runs, against a full-table ``LIKE`` scan
   of the same columns (``NOT INDEXED``, first page and count); and the ratio;
4. text + filter (户籍 + conditional, …): count and first page (200 rows by name) of
   :class:`Catalog` against the naive shape of the same query in the same store (FTS table
   joined to resources, filters free to drive: SQLite walks the filter's index and runs the
   MATCH once per row); and the ratio;
5. deep offsets: a page of 200 rows at the first, middle and last offset of filtered, sorted
   queries ("published only" by name, …) against the naive shape (filters free to drive, so
   SQLite reads the status index and sorts every row it yields); and the ratio.

Every entry's status and catalog type come from a second seeded generator (80 % published,
5 % due for update, the rest draft/in review/returned/approved/retired), so the other fields
are the same as before those two varied. Naive baselines run at most 3 times (they take
seconds). Prints figures and the plans compared; asserts nothing about speed.

    .venv/bin/python bench/bench_search.py [--resources 100000] [--items 20] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from app.models.codec import from_json_dict
from app.models.entities import AVAILABLE_RESOURCE_STATUSES, Resource
from app.models.enums import ResourceStatus, ShareAttribute
from app.sync.search import (
    INDEX_TABLE,
    VOCABULARY,
    Catalog,
    CatalogQuery,
    SortKey,
    fts_phrase,
    split_terms,
)
from app.sync.store import open_store

REGIONS = ["省", "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市", "怀化市"]
AGENCIES = ["公安厅", "市场监管局", "人力资源社会保障厅", "民政厅", "自然资源厅", "卫生健康委",
            "教育厅", "住房城乡建设厅", "交通运输厅", "税务局", "医疗保障局", "司法厅"]
SUBJECTS = ["居民身份证", "户籍人口", "企业营业执照", "个体工商户", "社保参保", "医疗保险缴费",
            "不动产登记", "婚姻登记", "出生医学证明", "死亡登记", "学籍", "机动车登记",
            "驾驶证", "纳税信用", "法人登记", "行政许可", "住房公积金", "残疾人证", "低保救助",
            "养老保险", "建筑施工许可", "道路运输许可", "律师执业", "教师资格"]
SUFFIXES = ["信息", "基础信息", "登记信息", "变更记录", "核验接口", "统计数据", "电子证照"]
ITEMS = ["姓名", "公民身份号码", "性别", "民族", "出生日期", "户籍地址", "现住址", "联系电话",
         "统一社会信用代码", "企业名称", "法定代表人", "注册资本", "成立日期", "经营范围",
         "登记机关", "核准日期", "社保卡号", "参保状态", "缴费基数", "缴费月数", "单位名称",
         "证照编号", "发证日期", "有效期限", "发证机关", "不动产单元号", "权利人", "坐落",
         "婚姻状况", "登记日期", "学校名称", "学籍号", "号牌号码", "车辆类型", "准驾车型",
         "纳税人识别号", "信用等级", "许可事项", "许可决定日期", "公积金账号", "缴存余额",
         "残疾类别", "救助金额", "数据更新时间", "备注"]
CYCLES = ["realtime", "daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly", "other"]
QUERIES = {2: ["户籍", "社保", "执照"], 3: ["身份证", "公积金", "营业执"],
           4: ["营业执照", "参保状态", "出生医学"]}
STATUS_TAIL = ["draft", "in_review", "returned", "approved", "retired"]
CATALOG_TYPES = ["basic"] * 5 + ["thematic"] * 3 + ["departmental"] * 2


def status_of(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.80:
        return "published"
    return "update_pending" if roll < 0.85 else rng.choice(STATUS_TAIL)


def entries(count: int, items: int, seed: int = 20260302) -> Iterator[dict[str, Any]]:
    """Catalog entries shaped exactly as :func:`app.models.codec.to_json_dict` encodes them."""
    rng = random.Random(seed)
    varied = random.Random(seed + 1)  # status and catalog type; rng's sequence stays as it was
    providers = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), region + agency)
                 for region in REGIONS for agency in AGENCIES]
    for n in range(count):
        provider_id, provider_name = rng.choice(providers)
        name = provider_name[:3] + rng.choice(SUBJECTS) + rng.choice(SUFFIXES)
        chosen = rng.sample(ITEMS, min(items, len(ITEMS)))
        chosen += [f"扩展项{k}" for k in range(items - len(chosen))]
        share = rng.choice(["unconditional", "conditional", "not_shared"])
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "category": "1", "item": "01", "section": "001", "subsection": "",
            "name": name, "code": f"1{rng.randrange(10**8):08d}/{n:06d}",
            "provider_department_id": provider_id, "provider_code": "11430000MB0000000X",
            "summary": f"{name}，包括{chosen[0]}、{chosen[1]}等{items}项，由{provider_name}维护。",
            "format": "库表",
            "data_items": [{"name": item, "code": "", "type": "string", "length": 64,
                            "description": f"{item}（按国家标准）", "shared": True}
                           for item in chosen],
            "share": {"attribute": share,
                      "conditions": "仅限履职使用" if share == "conditional" else "",
                      "legal_basis": "" if share == "unconditional" else "《数据安全法》"},
            "share_method": {"category": "platform", "kind": "interface"},
            "usage_scope": "政务服务", "open_attribute": "not_open",
            "update_cycle": rng.choice(CYCLES), "catalog_type": varied.choice(CATALOG_TYPES),
            "publish_date": f"20{rng.randrange(18, 26)}-{rng.randrange(1, 13):02d}-15",
            "related_codes": [], "status": status_of(varied), "review_comment": "",
            "law_change_due": None, "version": 1,
            "created_at": "2026-03-02T01:00:00+00:00", "updated_at": "2026-03-02T01:00:00+00:00",
        }


def write_snapshot(path: Path, count: int, items: int) -> None:
    with path.open("wb") as file:
        for entry in entries(count, items):
            file.write(orjson.dumps(entry) + b"\n")


def read_lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        yield from file


def baseline_load(db_path: Path, snapshot: Path, batch: int = 2000) -> float:
    """Decode every line and ``executemany`` the same rows into bare, index-free tables."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE resources (id TEXT, name TEXT, code TEXT, summary TEXT, "
                 "provider TEXT, share TEXT, cycle TEXT, status TEXT, published TEXT, "
                 "version INTEGER, json TEXT)")
    conn.execute("CREATE TABLE data_items (resource_id TEXT, position INTEGER, name TEXT, "
                 "type TEXT, description TEXT)")
    started = time.perf_counter()
    conn.execute("BEGIN")
    rows: list[tuple[Any, ...]] = []
    item_rows: list[tuple[Any, ...]] = []
    for line in read_lines(snapshot):
        data = orjson.loads(line)
        rows.append((data["id"], data["name"], data["code"], data["summary"],
                     data["provider_department_id"], data["share"]["attribute"],
                     data["update_cycle"], data["status"], data["publish_date"],
                     data["version"], line.decode()))
        item_rows.extend((data["id"], k, item["name"], item["type"], item["description"])
                         for k, item in enumerate(data["data_items"]))
        if len(rows) >= batch:
            conn.executemany("INSERT INTO resources VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
            conn.executemany("INSERT INTO data_items VALUES (?,?,?,?,?)", item_rows)
            rows.clear()
            item_rows.clear()
    conn.executemany("INSERT INTO resources VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO data_items VALUES (?,?,?,?,?)", item_rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the page cache once, as a second keystroke would find it
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def like_scan(db_path: Path, text: str) -> Callable[[], object]:
    conn = sqlite3.connect(db_path)
    pattern = f"%{text}%"
    sql = ("SELECT id, name, code FROM resources NOT INDEXED WHERE name LIKE ?1 OR code LIKE ?1 "
           "OR summary LIKE ?1 OR item_names LIKE ?1 ORDER BY name, id LIMIT 50")
    count = ("SELECT count(*) FROM resources NOT INDEXED WHERE name LIKE ?1 OR code LIKE ?1 "
             "OR summary LIKE ?1 OR item_names LIKE ?1")
    return lambda: (conn.execute(sql, (pattern,)).fetchall(), conn.execute(count, (pattern,))
                    .fetchone())


def fts_expression(conn: sqlite3.Connection, text: str) -> str:
    """The MATCH expression for ``text``: phrases, short terms as their trigrams (no LIKE)."""
    groups = []
    for term in split_terms(text):
        if len(term) >= 3:
            groups.append(fts_phrase(term))
            continue
        trigrams = [row[0] for row in conn.execute(
            f"SELECT term FROM {VOCABULARY} WHERE term >= ? AND term < ?",  # noqa: S608
            (term, term + "\U0010ffff"))]
        groups.append("(" + " OR ".join(map(fts_phrase, trigrams)) + ")")
    return " AND ".join(groups)


_NAIVE_COLUMNS = "r.id, r.name, r.code, r.provider_name, r.status, r.publish_date, r.version"
_NAIVE_FILTERS = (("share_attribute", "share_attributes"), ("status", "statuses"))


class Naive:
    """The query shapes before the fix, over the same store: FTS joined to resources, filters
    free to use their own index, ORDER BY the sort column and id."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)

    def _where(self, query: CatalogQuery) -> tuple[str, str, list[Any]]:
        conditions, params = [], []
        if query.text:
            conditions.append(f"{INDEX_TABLE} MATCH ?")
            params.append(fts_expression(self.conn, query.text))
        for column, field in _NAIVE_FILTERS:
            values = sorted(str(v) for v in getattr(query, field))
            if values:
                conditions.append(f"r.{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        source = (f"{INDEX_TABLE} JOIN resources r ON r.rid = {INDEX_TABLE}.rowid"
                  if query.text else "resources r")
        return source, " AND ".join(conditions) or "1", params

    def _page_sql(self, query: CatalogQuery) -> tuple[str, list[Any]]:
        source, where, params = self._where(query)
        column = {SortKey.NAME: "r.name", SortKey.PUBLISH_DATE: "r.publish_date"}[query.sort]
        way = "DESC" if query.descending else "ASC"
        return (f"SELECT {_NAIVE_COLUMNS} FROM {source} WHERE {where} "  # noqa: S608
                f"ORDER BY {column} {way}, r.id {way} LIMIT ? OFFSET ?", params)

    def page(self, query: CatalogQuery, offset: int, limit: int) -> list[Any]:
        sql, params = self._page_sql(query)
        return self.conn.execute(sql, [*params, limit, offset]).fetchall()

    def count(self, query: CatalogQuery) -> int:
        source, where, params = self._where(query)
        sql = f"SELECT count(*) FROM {source} WHERE {where}"  # noqa: S608
        return int(self.conn.execute(sql, params).fetchone()[0])

    def plan(self, query: CatalogQuery, *, count: bool = False) -> str:
        if count:
            source, where, params = self._where(query)
            sql = f"SELECT count(*) FROM {source} WHERE {where}"  # noqa: S608
        else:
            sql, params = self._page_sql(query)
            params = [*params, 200, 0]
        return " / ".join(row[3] for row in self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def wide_chars(text: str) -> int:
    """How many characters of ``text`` take two columns in a terminal (the CJK ones)."""
    return sum(1 for char in text if ord(char) >= 0x2E80)


def plan_of(catalog: Catalog, query: CatalogQuery, *, count: bool = False) -> str:
    return " / ".join(step.detail for step in catalog.explain(query, count=count))


CONDITIONAL = frozenset({ShareAttribute.CONDITIONAL})
PUBLISHED = frozenset({ResourceStatus.PUBLISHED})
TEXT_AND_FILTER = {
    "户籍 + conditional": CatalogQuery(text="户籍", share_attributes=CONDITIONAL),
    "身份证 + conditional": CatalogQuery(text="身份证", share_attributes=CONDITIONAL),
    "营业执照 + conditional": CatalogQuery(text="营业执照", share_attributes=CONDITIONAL),
    "户籍 + published": CatalogQuery(text="户籍", statuses=PUBLISHED),
}
DEEP = {
    "published, by name": CatalogQuery(statuses=PUBLISHED),
    "published, newest first": CatalogQuery(statuses=PUBLISHED, sort=SortKey.PUBLISH_DATE,
                                            descending=True),
    "available (R3), by name": CatalogQuery(statuses=AVAILABLE_RESOURCE_STATUSES),
    "conditional, by name": CatalogQuery(share_attributes=CONDITIONAL),
    "户籍 + published, by name": CatalogQuery(text="户籍", statuses=PUBLISHED),
}


def text_and_filter_section(catalog: Catalog, naive: Naive, runs: int) -> None:
    slow_runs = min(runs, 3)
    print(f"\ntext + filter: count and first page (200 rows by name), median of {runs} runs "
          f"(naive: {slow_runs})")
    print(f"  {'query':<20}{'rows':>8}{'count ms':>10}{'naive':>10}{'ratio':>8}"
          f"{'page ms':>9}{'naive':>9}{'ratio':>8}")
    for label, query in TEXT_AND_FILTER.items():
        total = catalog.count(query)
        assert naive.count(query) == total  # the same question, two shapes
        count = median_ms(lambda q=query: catalog.count(q), runs)
        naive_count = median_ms(lambda q=query: naive.count(q), slow_runs)
        page = median_ms(lambda q=query: catalog.page(q, 0, 200), runs)
        naive_page = median_ms(lambda q=query: naive.page(q, 0, 200), slow_runs)
        print(f"  {label:<{20 - wide_chars(label)}}{total:>8,}{count:>10.1f}"
              f"{naive_count:>10.1f}{naive_count / count:>8.0f}{page:>9.1f}{naive_page:>9.1f}"
              f"{naive_page / page:>8.1f}")
    query = TEXT_AND_FILTER["户籍 + conditional"]
    print(f"  count plan, 户籍 + conditional: {plan_of(catalog, query, count=True)}")
    print(f"  naive count plan              : {naive.plan(query, count=True)}")


def deep_offset_section(catalog: Catalog, naive: Naive, runs: int) -> None:
    slow_runs = min(runs, 3)
    print(f"\ndeep offsets: a page of 200 rows at the first, middle and last offset, median of "
          f"{runs} runs (naive: {slow_runs})")
    print(f"  {'query':<26}{'rows':>8}{'offset':>8}{'page ms':>9}{'naive ms':>10}{'ratio':>8}")
    for label, query in DEEP.items():
        total = catalog.count(query)
        last = max(total - 200, 0)
        for offset in (0, last // 2, last):
            page = median_ms(lambda q=query, o=offset: catalog.page(q, o, 200), runs)
            slow = median_ms(lambda q=query, o=offset: naive.page(q, o, 200), slow_runs)
            name, rows = (label, f"{total:,}") if offset == 0 else ("", "")
            print(f"  {name:<{26 - wide_chars(name)}}{rows:>8}{offset:>8,}{page:>9.1f}"
                  f"{slow:>10.1f}{slow / page:>8.1f}")
        print(f"    plan : {plan_of(catalog, query)}")
        print(f"    naive: {naive.plan(query)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        root = Path(folder)
        snapshot = root / "snapshot.ndjson"
        write_snapshot(snapshot, args.resources, args.items)
        first = orjson.loads(next(read_lines(snapshot)))
        assert isinstance(from_json_dict(Resource, first), Resource)  # the real entity shape
        rows = args.resources * (1 + args.items)
        print(f"{args.resources:,} resources × {args.items} data items = {rows:,} rows, "
              f"snapshot {snapshot.stat().st_size / 2**20:.0f} MiB")

        base = baseline_load(root / "baseline.sqlite3", snapshot)
        store_path = root / "store.sqlite3"
        with open_store(store_path) as store:
            started = time.perf_counter()
            store.bulk_load_resources(read_lines(snapshot), cursor="bench")
            loaded = time.perf_counter() - started
        print("\nbulk load (decode + write, one transaction)")
        print(f"  baseline executemany, bare tables : {base:6.2f} s  {rows / base:10,.0f} rows/s")
        print(f"  LocalStore.bulk_load_resources   : {loaded:6.2f} s  {rows / loaded:10,.0f} rows/s"
              f"  (indexes + FTS rebuild included)")
        print(f"  ratio store / baseline           : {loaded / base:6.2f}")
        print(f"  file size                        : {store_path.stat().st_size / 2**20:6.0f} MiB")

        for quick in (False, True):
            started = time.perf_counter()
            open_store(store_path, quick_check=quick).close()
            label = "quick_check" if quick else "integrity_check"
            print(f"  open with {label:<16}       : {time.perf_counter() - started:6.2f} s")

        print(f"\nfirst page (50 rows by name) and row count, median of {args.runs} runs")
        print(f"  {'query':<10}{'chars':>6}{'path':>7}{'matches':>9}{'page ms':>9}{'count ms':>10}"
              f"{'both ms':>9}{'LIKE scan ms':>14}{'ratio':>7}")
        with open_store(store_path) as store:
            for length, texts in QUERIES.items():
                for text in texts:
                    query = CatalogQuery(text=text, sort=SortKey.NAME)
                    page = median_ms(lambda q=query: store.catalog.page(q, 0, 50), args.runs)
                    count = median_ms(lambda q=query: store.catalog.count(q), args.runs)
                    scan = median_ms(like_scan(store_path, text), args.runs)
                    if not store.catalog.use_index:
                        path = "like"
                    else:
                        path = "fts" if length >= 3 else "vocab"
                    matches = store.catalog.count(query)
                    print(f"  {text:<{10 - length}}{length:>6}{path:>7}{matches:>9,}{page:>9.1f}"
                          f"{count:>10.1f}{page + count:>9.1f}{scan:>14.1f}"
                          f"{scan / (page + count):>7.1f}")
            empty = CatalogQuery(sort=SortKey.PUBLISH_DATE, descending=True)
            browse = median_ms(lambda: store.catalog.page(empty, 0, 50), args.runs)
            print(f"  (no text, newest first: first page {browse:.2f} ms)")
            naive = Naive(store_path)
            text_and_filter_section(store.catalog, naive, args.runs)
            deep_offset_section(store.catalog, naive, args.runs)


if __name__ == "__main__":
    main()

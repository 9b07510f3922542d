"""Catalog search in Chinese: trigram FTS for 3+ characters, LIKE below that and where trigram is
missing, filters and sorting in SQL, stable pages, and user text that looks like FTS syntax; the
query plans behind the speed (the MATCH runs once, filtered sorts read one index), and the
migration that builds those indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models.codec import to_json_dict
from app.models.entities import AVAILABLE_RESOURCE_STATUSES, Resource
from app.models.enums import CatalogType, ResourceStatus, ShareAttribute, UpdateCycle
from app.sync import search, store_files, store_schema
from app.sync.search import CatalogQuery, PlanStep, SortKey
from app.sync.store import LocalStore, open_store

NAMES = {
    "id_card": "居民身份证信息",
    "household": "户籍人口信息",
    "licence": "企业营业执照信息",
    "sole_trader": "个体工商户营业执照",
    "social": "社保参保信息",
    "medical": "医疗保险缴费记录",
    "estate": "不动产登记信息",
    "marriage": "婚姻登记信息",
    "odd": '"特殊"符号*测试',
}


@pytest.fixture
def catalog(factory: Any) -> dict[str, Any]:
    police = factory.department("省公安厅")
    market = factory.department("省市场监管局")
    hr = factory.department("省人力资源社会保障厅")
    r = factory.resource
    entries = {
        "id_card": r(NAMES["id_card"], provider=police, items=("公民身份号码", "姓名", "户籍地址"),
                     code="101001001/000001", cycle=UpdateCycle.DAILY,
                     published=date(2024, 1, 2)),
        "household": r(NAMES["household"], provider=police, items=("姓名", "出生日期"),
                       code="101001001/000002", share=ShareAttribute.CONDITIONAL,
                       cycle=UpdateCycle.MONTHLY, published=date(2023, 5, 6)),
        "licence": r(NAMES["licence"], provider=market, items=("统一社会信用代码", "法定代表人"),
                     code="102001001/000001", cycle=UpdateCycle.REALTIME,
                     published=date(2024, 3, 1)),
        "sole_trader": r(NAMES["sole_trader"], provider=market, items=("经营者姓名",),
                         code="302001001/000009", share=ShareAttribute.CONDITIONAL,
                         catalog_type=CatalogType.DEPARTMENTAL, cycle=UpdateCycle.WEEKLY,
                         status=ResourceStatus.DRAFT),
        "social": r(NAMES["social"], provider=hr, items=("社保卡号", "参保状态"),
                    code="201003001/000004", share=ShareAttribute.CONDITIONAL,
                    catalog_type=CatalogType.THEMATIC, cycle=UpdateCycle.MONTHLY,
                    published=date(2022, 7, 1)),
        "medical": r(NAMES["medical"], provider=hr, items=("社会保障号码", "缴费金额"),
                     code="201003001/000005", cycle=UpdateCycle.QUARTERLY,
                     summary="覆盖率100%的缴费数据", published=date(2022, 8, 1)),
        "estate": r(NAMES["estate"], provider=market, items=("不动产单元号",),
                    code="103001001/000001", summary="登记时核验权利人身份证件",
                    cycle=UpdateCycle.YEARLY, published=date(2021, 1, 1)),
        "marriage": r(NAMES["marriage"], provider=police, items=("身份证件号码", "登记日期"),
                      code="103001001/000002", share=ShareAttribute.NOT_SHARED,
                      cycle=UpdateCycle.OTHER),
        "odd": r(NAMES["odd"], provider=police, code="109001001/000001"),
    }
    return {"entries": entries, "police": police, "market": market, "hr": hr}


def _load(store: LocalStore, catalog: dict[str, Any], factory: Any) -> LocalStore:
    departments = [catalog["police"], catalog["market"], catalog["hr"]]
    store.apply_changes([factory.upsert("department", d) for d in departments], "c0")
    store.bulk_load_resources(to_json_dict(e) for e in catalog["entries"].values())
    return store


@pytest.fixture(params=["trigram", "like-only"])
def store(request: pytest.FixtureRequest, tmp_path: Path, catalog: dict[str, Any],
          factory: Any) -> Iterator[LocalStore]:
    """Every search test runs on the FTS path and on the degraded LIKE-only path."""
    use_index = request.param == "trigram"
    with open_store(tmp_path / "store.sqlite3", search_index=use_index) as opened:
        yield _load(opened, catalog, factory)


def _found(store: LocalStore, query: CatalogQuery) -> set[str]:
    by_name = {name: key for key, name in NAMES.items()}
    rows = store.catalog.page(query, 0, 100)
    assert store.catalog.count(query) == len(rows)
    return {by_name[row.name] for row in rows}


@pytest.mark.parametrize(("text", "expected"), [
    ("户籍", {"id_card", "household"}),  # 2 characters: name and data item, by LIKE
    ("社保", {"social"}),
    ("身份证", {"id_card", "marriage", "estate"}),  # name, data item, summary
    ("营业执照", {"licence", "sole_trader"}),
    ("法定代表人", {"licence"}),  # a data item's name only
    ("身份 户籍地址", {"id_card"}),  # every term must match
    ("营业执照\u3000企业", {"licence"}),  # a full-width space separates terms too
    ("人", {"household", "licence", "estate"}),  # "权利人" in the summary
    ("日期", {"household", "marriage"}),  # the last data item: the very end of a value
    ("期", {"household", "marriage"}),
    ("公积金", set()),
])
def test_chinese_queries_of_every_length(store: LocalStore, text: str,
                                         expected: set[str]) -> None:
    assert _found(store, CatalogQuery(text=text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"', {"odd"}),
    ('"特殊"', {"odd"}),
    ("符号*测试", {"odd"}),
    ("*", {"odd"}),
    ("身份证 OR 户籍", set()),  # OR is a word to look for, not an operator
    ("身份证 AND", set()),
    ("NEAR(身份证", set()),
    ("NEAR(身份证, 户籍)", set()),
    ("-身份证", set()),
    ("name:身份证", set()),
    ("%", {"medical"}),  # the literal percent sign in "覆盖率100%"
    ("_", set()),
    ("100%的", {"medical"}),
])
def test_text_that_looks_like_query_syntax_is_plain_text(store: LocalStore, text: str,
                                                         expected: set[str]) -> None:
    assert _found(store, CatalogQuery(text=text)) == expected


@pytest.mark.parametrize("walk_threshold", [0, 10**9])
def test_filters_combine_with_search_r3_r10(store: LocalStore, catalog: dict[str, Any],
                                            monkeypatch: pytest.MonkeyPatch,
                                            walk_threshold: int) -> None:
    # Both page shapes: walking the sort index (many matches) and driving from the matches.
    monkeypatch.setattr(search, "WALK_THRESHOLD", walk_threshold)
    published = frozenset({ResourceStatus.PUBLISHED})
    assert _found(store, CatalogQuery(text="营业执照", statuses=published)) == {"licence"}
    conditional = frozenset({ShareAttribute.CONDITIONAL})
    assert _found(store, CatalogQuery(text="营业执照", share_attributes=conditional)) == {
        "sole_trader"}
    police = frozenset({str(catalog["police"].id)})
    assert _found(store, CatalogQuery(text="姓名", provider_department_ids=police)) == {
        "id_card", "household"}
    thematic = frozenset({CatalogType.THEMATIC})
    assert _found(store, CatalogQuery(catalog_types=thematic)) == {"social"}
    monthly = frozenset({UpdateCycle.MONTHLY})
    assert _found(store, CatalogQuery(text="信息", update_cycles=monthly)) == {
        "household", "social"}
    assert _found(store, CatalogQuery(text="信息", statuses=published,
                                      share_attributes=conditional)) == {"household", "social"}
    basic = frozenset({CatalogType.BASIC})
    not_shared = frozenset({ShareAttribute.NOT_SHARED})
    assert _found(store, CatalogQuery(text="身份证", statuses=published, catalog_types=basic,
                                      provider_department_ids=police,
                                      share_attributes=not_shared)) == {"marriage"}
    assert _found(store, CatalogQuery(text="户", share_attributes=not_shared)) == set()


def test_sorting_by_each_column(store: LocalStore, catalog: dict[str, Any]) -> None:
    entries: dict[str, Resource] = catalog["entries"]

    def order(sort: SortKey, descending: bool = False) -> list[str]:
        return [row.id for row in store.catalog.page(CatalogQuery(sort=sort,
                                                                  descending=descending))]

    def ids(ranked: list[Resource]) -> list[str]:
        return [str(e.id) for e in ranked]

    by_name = sorted(entries.values(), key=lambda e: (e.name, str(e.id)))
    assert order(SortKey.NAME) == ids(by_name)
    assert order(SortKey.NAME, descending=True) == ids(by_name[::-1])
    assert order(SortKey.CODE) == ids(sorted(entries.values(), key=lambda e: e.code))
    providers = {catalog[k].id: catalog[k].name for k in ("police", "market", "hr")}
    assert order(SortKey.PROVIDER) == ids(sorted(
        entries.values(), key=lambda e: (providers[e.provider_department_id], str(e.id))))
    cycles = list(UpdateCycle)  # real time first, "other" last
    assert order(SortKey.UPDATE_CYCLE) == ids(sorted(
        entries.values(), key=lambda e: (cycles.index(e.update_cycle), str(e.id))))
    dated = [e for e in entries.values() if e.publish_date is not None]
    newest_first = order(SortKey.PUBLISH_DATE, descending=True)[: len(dated)]
    assert newest_first == ids(sorted(dated, key=lambda e: (e.publish_date, str(e.id)),
                                      reverse=True))


def test_relevance_puts_name_matches_first(store: LocalStore) -> None:
    rows = store.catalog.page(CatalogQuery(text="身份证", sort=SortKey.RELEVANCE))
    assert rows[0].name == NAMES["id_card"]
    assert {row.name for row in rows[1:]} == {NAMES["marriage"], NAMES["estate"]}


@pytest.mark.parametrize("walk_threshold", [0, 10**9])
def test_pages_never_overlap_or_skip(tmp_path: Path, factory: Any,
                                     monkeypatch: pytest.MonkeyPatch,
                                     walk_threshold: int) -> None:
    # Both page plans: walking the sort index (many matches) and sorting the matches.
    monkeypatch.setattr(search, "WALK_THRESHOLD", walk_threshold)
    police = factory.department("省公安厅")
    twins = [factory.resource("出生医学证明信息", provider=police, code="101001001/000777")
             for _ in range(60)]
    others = [factory.resource(f"出生医学证明{n:02d}", provider=police) for n in range(43)]
    with open_store(tmp_path / "pages.sqlite3") as store:
        store.bulk_load_resources(to_json_dict(e) for e in twins + others)
        for sort in (SortKey.NAME, SortKey.CODE, SortKey.RELEVANCE, SortKey.SHARE_ATTRIBUTE):
            query = CatalogQuery(text="出生医学", sort=sort)
            total = store.catalog.count(query)
            seen: list[str] = []
            for offset in range(0, total, 7):
                seen.extend(row.id for row in store.catalog.page(query, offset, 7))
            assert total == 103
            assert len(seen) == len(set(seen)) == total


def test_rows_are_light_and_resource_returns_the_whole_entry(
    store: LocalStore, catalog: dict[str, Any]
) -> None:
    entry: Resource = catalog["entries"]["id_card"]
    [row] = store.catalog.page(CatalogQuery(text="居民身份证"))
    assert row.id == str(entry.id)
    assert row.provider_name == "省公安厅"
    assert row.share_attribute is ShareAttribute.UNCONDITIONAL
    assert row.update_cycle is UpdateCycle.DAILY
    assert row.publish_date == date(2024, 1, 2)
    assert store.resource(row.id) == entry


def test_degraded_search_says_so(tmp_path: Path, catalog: dict[str, Any], factory: Any,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "a.sqlite3") as indexed:
        assert indexed.catalog.use_index
        assert indexed.catalog.warning is None
    monkeypatch.setattr(search, "trigram_available", lambda conn: False)  # an old SQLite
    with open_store(tmp_path / "b.sqlite3") as degraded:
        _load(degraded, catalog, factory)
        assert not degraded.catalog.use_index
        warning = degraded.catalog.warning
        assert warning is not None
        assert "trigram" in warning.message("en")
        assert warning.message("zh") != warning.message("en")
        assert _found(degraded, CatalogQuery(text="营业执照")) == {"licence", "sole_trader"}


def test_the_index_is_built_when_a_degraded_store_reopens_with_trigram(
    tmp_path: Path, catalog: dict[str, Any], factory: Any
) -> None:
    path = tmp_path / "store.sqlite3"
    with open_store(path, search_index=False) as degraded:
        _load(degraded, catalog, factory)
    with open_store(path) as indexed:
        assert indexed.catalog.use_index
        assert _found(indexed, CatalogQuery(text="身份证")) == {"id_card", "marriage", "estate"}


def test_short_terms_use_the_index_vocabulary_and_like_past_its_limit(
    tmp_path: Path, catalog: dict[str, Any], factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(tmp_path / "store.sqlite3") as store:
        _load(store, catalog, factory)
        with store._conns.write() as conn:  # a row the index does not know, by design
            conn.execute("INSERT INTO resources (id, name) VALUES ('unindexed', '户籍档案目录')")
        assert store.catalog.count(CatalogQuery(text="户籍")) == 2  # answered by the index
        assert store.catalog.count(CatalogQuery(text="户籍档案")) == 0
        monkeypatch.setattr(search, "MAX_EXPANSION", 0)  # every short term expands "too far"
        assert store.catalog.count(CatalogQuery(text="户籍")) == 3  # answered by LIKE


# ----------------------------------------------- share attribute and catalog type order (R3, R10)


@pytest.mark.parametrize(("sort", "rank_of"), [
    (SortKey.SHARE_ATTRIBUTE, lambda e: list(ShareAttribute).index(e.share.attribute)),
    (SortKey.CATALOG_TYPE, lambda e: list(CatalogType).index(e.catalog_type)),
])
@pytest.mark.parametrize("descending", [False, True])
def test_share_attribute_and_catalog_type_sort_in_enum_order_then_by_name_r3_r10(
    store: LocalStore, catalog: dict[str, Any], sort: SortKey,
    rank_of: Callable[[Resource], int], descending: bool,
) -> None:
    entries: list[Resource] = list(catalog["entries"].values())
    expected = sorted(entries, key=lambda e: (rank_of(e), e.name, str(e.id)), reverse=descending)
    rows = store.catalog.page(CatalogQuery(sort=sort, descending=descending))
    assert [row.id for row in rows] == [str(e.id) for e in expected]


@pytest.mark.parametrize(("expression", "enum_cls"), [
    (store_schema.SHARE_ATTRIBUTE_RANK, ShareAttribute),
    (store_schema.CATALOG_TYPE_RANK, CatalogType),
])
def test_rank_expressions_cover_every_enum_value_in_declared_order(
    expression: str, enum_cls: type[ShareAttribute] | type[CatalogType]
) -> None:
    # A new enum value must fail here: the indexes of migration 3 would not know it.
    column = expression.split()[1]
    conn = sqlite3.connect(":memory:")
    try:
        ranks = [conn.execute(f"SELECT {expression} FROM (SELECT ? AS {column})",  # noqa: S608
                              (member.value,)).fetchone()[0] for member in enum_cls]
    finally:
        conn.close()
    assert ranks == list(range(len(enum_cls)))


# ---------------------------------------------------------------------------------- query plans


def _fts_scans(plan: list[PlanStep]) -> list[PlanStep]:
    return [step for step in plan
            if step.detail.startswith(f"SCAN {search.INDEX_TABLE} VIRTUAL TABLE")]


def _match_runs_once(plan: list[PlanStep]) -> bool:
    """The FTS table is read once: as the outermost loop, or in a list built once before the
    loop (a "LIST SUBQUERY"; a correlated one would run per row)."""
    by_id = {step.id: step for step in plan}
    loops = [step for step in plan
             if step.parent == 0 and step.detail.startswith(("SCAN", "SEARCH"))]
    scans = _fts_scans(plan)
    for scan in scans:
        if scan.parent == 0 and scan is not loops[0]:
            return False
        if scan.parent != 0 and not by_id[scan.parent].detail.startswith("LIST SUBQUERY"):
            return False
    return bool(scans)


@pytest.fixture
def indexed_store(tmp_path: Path, catalog: dict[str, Any], factory: Any) -> Iterator[LocalStore]:
    with open_store(tmp_path / "store.sqlite3", search_index=True) as opened:
        assert opened.catalog.use_index
        yield _load(opened, catalog, factory)


def test_the_plan_check_rejects_the_naive_join_that_matches_per_row(
    indexed_store: LocalStore,
) -> None:
    # The shape measured at 7.7–18.8 s (户籍 + conditional, 100k entries): SQLite walks the
    # filter's index and asks the FTS table about each row.
    naive = (f"SELECT count(*) FROM {search.INDEX_TABLE} JOIN resources r "  # noqa: S608
             f"ON r.rid = {search.INDEX_TABLE}.rowid "
             f"WHERE {search.INDEX_TABLE} MATCH ? AND r.share_attribute IN (?)")
    with indexed_store._conns.read() as conn:
        rows = conn.execute(f"EXPLAIN QUERY PLAN {naive}", ('"身份证"', "conditional"))
        plan = [PlanStep(row[0], row[1], row[3]) for row in rows]
    assert _fts_scans(plan)
    assert not _match_runs_once(plan)


_FILTERED = [
    pytest.param({"share_attributes": frozenset({ShareAttribute.CONDITIONAL})}, id="share-R10"),
    pytest.param({"catalog_types": frozenset({CatalogType.BASIC})}, id="catalog-type-R3"),
    pytest.param({"update_cycles": frozenset({UpdateCycle.MONTHLY, UpdateCycle.DAILY})},
                 id="update-cycle"),
    pytest.param({"statuses": frozenset({ResourceStatus.PUBLISHED})}, id="published-R3"),
    pytest.param({"statuses": AVAILABLE_RESOURCE_STATUSES}, id="available-R3"),
    pytest.param({"share_attributes": frozenset({ShareAttribute.CONDITIONAL}),
                  "statuses": frozenset({ResourceStatus.PUBLISHED}),
                  "catalog_types": frozenset({CatalogType.BASIC}),
                  "update_cycles": frozenset({UpdateCycle.MONTHLY})}, id="all-enums"),
]


def _assert_match_runs_once(store: LocalStore, filters: dict[str, Any], text: str) -> None:
    for sort in (SortKey.NAME, SortKey.RELEVANCE, SortKey.SHARE_ATTRIBUTE):
        query = CatalogQuery(text=text, sort=sort, **filters)
        for plan in (store.catalog.explain(query, offset=200),
                     store.catalog.explain(query, count=True)):
            assert _match_runs_once(plan), (sort, plan)


@pytest.mark.parametrize("filters", _FILTERED)
@pytest.mark.parametrize("text", ["户籍", "身份证"])  # a short term's trigrams; a phrase
@pytest.mark.parametrize("walk_threshold", [0, 10**9])
def test_text_with_a_filter_runs_the_match_once_first(
    indexed_store: LocalStore, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any],
    text: str, walk_threshold: int,
) -> None:
    monkeypatch.setattr(search, "WALK_THRESHOLD", walk_threshold)
    _assert_match_runs_once(indexed_store, filters, text)


@pytest.mark.parametrize("walk_threshold", [0, 10**9])
def test_text_with_a_provider_filter_runs_the_match_once_first(
    indexed_store: LocalStore, catalog: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
    walk_threshold: int,
) -> None:
    monkeypatch.setattr(search, "WALK_THRESHOLD", walk_threshold)
    police = frozenset({str(catalog["police"].id)})
    _assert_match_runs_once(indexed_store, {"provider_department_ids": police}, "户籍")


@pytest.mark.parametrize("filters", [
    *_FILTERED,
    pytest.param({}, id="unfiltered"),
])
@pytest.mark.parametrize("sort", [key for key in SortKey if key is not SortKey.RELEVANCE])
@pytest.mark.parametrize("descending", [False, True])
def test_a_filtered_sort_reads_its_sort_index_in_order_r3(
    indexed_store: LocalStore, filters: dict[str, Any], sort: SortKey, descending: bool,
) -> None:
    # No temporary B-tree: a deep offset skips index entries instead of sorting every row.
    query = CatalogQuery(sort=sort, descending=descending, **filters)
    plan = indexed_store.catalog.explain(query, offset=80_000)
    assert [step.detail for step in plan] == [
        f"SCAN r USING INDEX {store_schema.sort_index_name(sort.value)}"]


@pytest.mark.parametrize("filters", _FILTERED)
def test_text_matching_many_entries_walks_the_sort_index_with_its_filters(
    indexed_store: LocalStore, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any],
) -> None:
    monkeypatch.setattr(search, "WALK_THRESHOLD", 0)  # every text query "matches many"
    plan = indexed_store.catalog.explain(CatalogQuery(text="户籍", **filters), offset=5_000)
    details = [step.detail for step in plan]
    assert details[0] == f"SCAN r USING INDEX {store_schema.sort_index_name('name')}"
    assert not any("TEMP B-TREE" in detail for detail in details)
    assert _match_runs_once(plan)


# ---------------------------------------------------------------------------------- migration 3


def _resource_indexes(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'resources' AND sql IS NOT NULL")
    return {name: sql for name, sql in rows}


def test_a_version_2_file_is_backed_up_then_gets_the_sort_indexes(
    tmp_path: Path, catalog: dict[str, Any], factory: Any
) -> None:
    path = tmp_path / "v2.sqlite3"
    conn = store_files.connect(path)
    store_files.migrate(conn, path, target=2)
    conn.close()
    with open_store(path) as old:  # the migration runs at this open
        assert old.schema_version == 3
        assert old.backups == (store_files.backup_path(path, 2),)
        _load(old, catalog, factory)
        with old._conns.read() as reader:
            migrated = _resource_indexes(reader)
        assert _found(old, CatalogQuery(text="营业执照", statuses=frozenset(
            {ResourceStatus.PUBLISHED}))) == {"licence"}
        by_share = old.catalog.page(CatalogQuery(sort=SortKey.SHARE_ATTRIBUTE))
        assert [row.share_attribute for row in by_share][-1] is ShareAttribute.NOT_SHARED
    backup = sqlite3.connect(store_files.backup_path(path, 2))
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
        assert "ix_resources_name_id" in _resource_indexes(backup)
    finally:
        backup.close()
    with open_store(tmp_path / "new.sqlite3") as new, new._conns.read() as reader:
        assert _resource_indexes(reader) == migrated  # same schema either way
    assert "ix_resources_name_id" not in migrated  # replaced by the wider sort index
    assert {store_schema.sort_index_name(key.value) for key in SortKey
            if key is not SortKey.RELEVANCE} <= set(migrated)

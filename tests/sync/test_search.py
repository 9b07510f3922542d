"""Catalog search in Chinese: trigram FTS for 3+ characters, LIKE below that and where trigram is
missing, filters and sorting in SQL, stable pages, and user text that looks like FTS syntax."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.models.codec import to_json_dict
from app.models.entities import Resource
from app.models.enums import CatalogType, ResourceStatus, ShareAttribute, UpdateCycle
from app.sync import search
from app.sync.search import CatalogQuery, SortKey
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
                      code="103001001/000002", cycle=UpdateCycle.OTHER),
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


def test_filters_combine_with_search_r3_r10(store: LocalStore, catalog: dict[str, Any]) -> None:
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
        for sort in (SortKey.NAME, SortKey.CODE, SortKey.RELEVANCE):
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

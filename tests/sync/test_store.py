"""The local store: file placement, opening, migrations with backups, corruption and recovery,
change-feed pages, the first-sync bulk load, counts and checksums."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import platformdirs
import pytest

from app.models.codec import to_json_dict
from app.sync import paths, store_cache, store_files
from app.sync.search import CatalogQuery
from app.sync.store import LocalStore, StoreCorrupted, StoreTooNew, SyncKey, open_store
from app.sync.store_schema import MIGRATIONS, SCHEMA_VERSION

SERVER = "https://share.hunan.gov.cn/platform"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with open_store(tmp_path / "store.sqlite3") as opened:
        yield opened


# ------------------------------------------------------------------------------------ paths


def test_data_dir_prefers_explicit_then_sharedesk_home(tmp_path: Path,
                                                       isolated_home: Path) -> None:
    assert paths.data_dir(tmp_path / "chosen") == tmp_path / "chosen"
    assert paths.data_dir() == isolated_home / "sharedesk" / "data"


def test_data_dir_without_override_is_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHAREDESK_HOME")
    expected = Path(platformdirs.user_data_dir("ShareDesk", appauthor=False))
    assert paths.data_dir() == expected


def test_store_path_is_one_stable_anonymous_file_per_server_and_user() -> None:
    first = paths.store_path(SERVER, "zhangsan")
    assert first == paths.store_path("HTTPS://Share.Hunan.gov.cn:443/platform/", " zhangsan ")
    assert first != paths.store_path(SERVER, "lisi")
    assert first != paths.store_path("https://share.changsha.gov.cn/platform", "zhangsan")
    name = first.name
    assert "zhangsan" not in name
    assert "hunan" not in name
    assert name.isascii()
    assert all(c.isalnum() or c in "-._" for c in name)


# ----------------------------------------------------------------------- open and migrate


def test_open_sets_wal_foreign_keys_busy_timeout_and_latest_schema(store: LocalStore) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    with store._conns.write() as writer:
        assert writer.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert writer.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.backups == ()  # a brand-new file has nothing to back up


def _version_one_file(path: Path, factory: Any) -> dict[str, Any]:
    conn = store_files.connect(path)
    store_files.migrate(conn, path, target=1)
    police = factory.department("省公安厅")
    entry = factory.resource("居民身份证信息", provider=police, items=("公民身份号码",))
    data = to_json_dict(entry)
    conn.execute("BEGIN")
    store_cache.upsert_entity(conn, "department", to_json_dict(police), indexed=False)
    store_cache.upsert_entity(conn, "resource", data, indexed=False)
    conn.execute("COMMIT")
    conn.close()
    return data


def test_old_version_file_is_backed_up_then_migrated(tmp_path: Path, factory: Any) -> None:
    path = tmp_path / "old.sqlite3"
    data = _version_one_file(path, factory)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        backup = store_files.backup_path(path, 1)
        assert store.backups[0] == backup
        assert store.get_json("resource", data["id"]) == data
        item = store.outbox.enqueue("request.submit", "POST", "/api/v1/requests", {}, "request",
                                    None)
        assert store.outbox.get(item.id) == item
        found = store.catalog.page(CatalogQuery(text="身份证"))  # index built at open
        assert [row.id for row in found] == [data["id"]]
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT json FROM resource_json").fetchone()[0] == orjson.dumps(
            data).decode()
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        assert "outbox" not in tables
    finally:
        copy.close()


def test_file_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreTooNew) as refused:
        open_store(path)
    assert refused.value.code == "store.too_new"


# ------------------------------------------------------------------ corruption and recovery


def _page_numbers(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        )]
    finally:
        conn.close()


def _smash_page(path: Path, page: int, page_size: int = 4096) -> None:
    """Overwrite the page's header and the middle of its cells with garbage."""
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(b"\xa5" * 16)
        file.seek((page - 1) * page_size + page_size // 2 - 256)
        file.write(b"\xff" * 512)


def _filled_store(path: Path, factory: Any, *, items: int, resources: int,
                  body_size: int = 40) -> list[Any]:
    police = factory.department("省公安厅")
    with open_store(path) as store:
        store.bulk_load_resources(
            to_json_dict(factory.resource(f"居民户籍信息{n}", provider=police,
                                          items=("姓名", "户籍地址")))
            for n in range(resources)
        )
        queued = [
            store.outbox.enqueue("request.submit", "POST", "/api/v1/requests",
                                 {"purpose": f"办理社保业务{n}" + "说明" * body_size},
                                 "request", f"00000000-0000-4000-8000-{n:012d}", None)
            for n in range(items)
        ]
        store.set_state({SyncKey.SERVER_URL: SERVER, SyncKey.USERNAME: "zhangsan"})
        store.outbox.hold(queued[1].id)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return queued


def test_corrupted_cache_is_reported_and_recovery_keeps_the_outbox(
    tmp_path: Path, factory: Any
) -> None:
    path = tmp_path / "store.sqlite3"
    queued = _filled_store(path, factory, items=5, resources=300)
    resource_pages = _page_numbers(path, "resources")
    _smash_page(path, resource_pages[len(resource_pages) // 2])

    with pytest.raises(StoreCorrupted) as corrupted:
        open_store(path)
    assert corrupted.value.path == path
    assert corrupted.value.message_zh
    assert corrupted.value.message_en

    with LocalStore.recover(path) as store:
        kept = store.outbox.items()
        assert [(i.id, i.seq, i.body) for i in kept] == [(i.id, i.seq, i.body) for i in queued]
        assert [i.state for i in kept] == ["queued", "held", "queued", "queued", "queued"]
        assert store.counts()["resource"] == 0
        assert store.cursor is None
        assert store.state(SyncKey.USERNAME) == "zhangsan"
        report = store.recovery
        assert report is not None
        assert report.outbox_kept == 5
        assert report.outbox_lost == 0
        assert report.moved_to.exists()
        assert report.moved_to != path
    with open_store(path) as reopened:  # the fresh file passes the check
        assert len(reopened.outbox.items()) == 5


def test_recovery_shows_the_kept_outbox_items_as_pending_again(
    tmp_path: Path, factory: Any
) -> None:
    path = tmp_path / "store.sqlite3"
    police = factory.department("省公安厅")
    draft = to_json_dict(factory.resource("出生医学证明信息", provider=police))
    with open_store(path) as store:
        store.bulk_load_resources(
            to_json_dict(factory.resource(f"居民户籍信息{n}", provider=police)) for n in range(300)
        )
        item = store.outbox.enqueue("resource.save", "POST", "/api/v1/resources", draft,
                                    "resource", draft["id"], local_data=draft)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    resource_pages = _page_numbers(path, "resources")
    _smash_page(path, resource_pages[len(resource_pages) // 2])
    with LocalStore.recover(path) as store:
        assert [i.id for i in store.outbox.items()] == [item.id]
        assert store.counts()["resource"] == 1  # the cache is gone, the queued entry is not
        assert store.get_json("resource", draft["id"]) == draft


def test_recovery_reads_outbox_rows_one_by_one_around_a_damaged_page(
    tmp_path: Path, factory: Any
) -> None:
    path = tmp_path / "store.sqlite3"
    queued = _filled_store(path, factory, items=60, resources=5, body_size=150)
    outbox_pages = _page_numbers(path, "outbox")
    assert len(outbox_pages) >= 3
    _smash_page(path, outbox_pages[len(outbox_pages) // 2])
    with pytest.raises(StoreCorrupted):
        open_store(path)

    with LocalStore.recover(path) as store:
        kept = store.outbox.items()
        original = {item.id: item for item in queued}
        assert 0 < len(kept) < len(queued)
        assert [item.seq for item in kept] == sorted(item.seq for item in kept)
        for item in kept:
            assert item.body == original[item.id].body
        assert store.recovery is not None
        assert store.recovery.outbox_kept == len(kept)
        assert store.recovery.outbox_lost >= len(queued) - len(kept)


def test_a_file_that_is_not_a_database_is_corrupted(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"this is not an sqlite file" * 400)
    with pytest.raises(StoreCorrupted):
        open_store(path)
    with LocalStore.recover(path) as store:
        assert store.outbox.items() == []
        assert store.schema_version == SCHEMA_VERSION


# ----------------------------------------------------------------------- change-feed pages


def test_a_page_applies_upserts_and_deletes_with_its_cursor(store: LocalStore,
                                                            factory: Any) -> None:
    police = factory.department("省公安厅")
    first = factory.resource("居民身份证信息", provider=police, items=("公民身份号码",))
    second = factory.resource("户籍人口信息", provider=police)
    page = [factory.upsert("department", police), factory.upsert("resource", first),
            factory.upsert("resource", second), factory.delete("resource", second.id)]
    applied = store.apply_changes(page, "c1")
    assert store.cursor == "c1"
    assert store.resource(str(first.id)) == first
    assert store.resource(str(second.id)) is None
    assert applied.upserted == {"department": {str(police.id)}, "resource": {str(first.id)}}
    assert applied.deleted == {"resource": {str(second.id)}}
    again = store.apply_changes(page, "c1")  # a page applied twice changes nothing
    assert again.upserted == applied.upserted
    assert store.counts()["resource"] == 1
    assert store.counts()["department"] == 1


def test_a_failing_page_leaves_neither_rows_nor_cursor(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    store.apply_changes([factory.upsert("department", police)], "c1")
    entry = factory.resource("营业执照信息", provider=police)
    broken = {"seq": 3, "entity": "resource", "id": "x", "op": "upsert", "data": {"name": "?"}}
    with pytest.raises(KeyError):
        store.apply_changes([factory.upsert("resource", entry), broken], "c2")
    assert store.cursor == "c1"
    assert store.get_json("resource", str(entry.id)) is None


def test_unknown_entities_are_skipped_and_counted(store: LocalStore) -> None:
    page = [{"seq": 1, "entity": "audit_event", "id": "7", "op": "upsert", "data": {"seq": 7}}]
    applied = store.apply_changes(page, "c9")
    assert applied.skipped == 1
    assert applied.entities == frozenset()
    assert store.cursor == "c9"


def test_renaming_a_department_renames_the_provider_of_its_resources(
    store: LocalStore, factory: Any
) -> None:
    police = factory.department("省公安厅")
    entry = factory.resource("居民身份证信息", provider=police)
    store.apply_changes([factory.upsert("resource", entry)], "c1")  # provider not known yet
    store.apply_changes([factory.upsert("department", police)], "c2")
    assert store.catalog.page(CatalogQuery())[0].provider_name == "省公安厅"
    renamed = replace(police, name="湖南省公安厅", version=2)
    store.apply_changes([factory.upsert("department", renamed)], "c3")
    assert store.catalog.page(CatalogQuery())[0].provider_name == "湖南省公安厅"


def test_updating_a_resource_replaces_its_items_and_search_entries(
    store: LocalStore, factory: Any
) -> None:
    police = factory.department("省公安厅")
    entry = factory.resource("人口基础信息", provider=police, items=("曾用名", "出生日期"))
    store.apply_changes([factory.upsert("resource", entry)], "c1")
    assert store.catalog.count(CatalogQuery(text="曾用名")) == 1
    changed = replace(entry, data_items=entry.data_items[1:] + (
        factory.resource("x", provider=police, items=("婚姻状况",)).data_items), version=2)
    store.apply_changes([factory.upsert("resource", changed)], "c2")
    assert store.catalog.count(CatalogQuery(text="曾用名")) == 0
    assert store.catalog.count(CatalogQuery(text="婚姻状况")) == 1
    with store._conns.read() as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM data_items ORDER BY position")]
    assert names == ["出生日期", "婚姻状况"]


# ---------------------------------------------------------------------- first-sync bulk load


def test_bulk_load_streams_replaces_the_catalog_and_rebuilds_search(
    store: LocalStore, factory: Any
) -> None:
    police = factory.department("省公安厅")
    store.apply_changes([factory.upsert("department", police)], "c0")
    stale = factory.resource("过期目录", provider=police)
    store.apply_changes([factory.upsert("resource", stale)], "c1")
    produced = 0

    def records() -> Iterator[bytes]:
        nonlocal produced
        for n in range(250):
            produced += 1
            entry = factory.resource(f"社保缴费信息{n:03d}", provider=police,
                                     items=("姓名", "缴费基数", "参保状态"))
            yield orjson.dumps(to_json_dict(entry))  # raw NDJSON lines are accepted as they are

    seen: list[tuple[int, int]] = []
    count = store.bulk_load_resources(records(), batch=50, cursor="snap-1",
                                      progress=lambda n: seen.append((n, produced)))
    assert count == 250
    assert store.cursor == "snap-1"
    assert [n for n, _ in seen] == [50, 100, 150, 200, 250]
    assert all(made - done < 50 for done, made in seen)  # a batch at a time, never the whole
    assert store.get_json("resource", str(stale.id)) is None
    assert store.catalog.count(CatalogQuery(text="缴费基数")) == 250
    assert store.catalog.page(CatalogQuery(text="社保缴费信息007"))[0].provider_name == "省公安厅"
    with store._conns.read() as conn:
        assert conn.execute("SELECT count(*) FROM data_items").fetchone()[0] == 750


def test_bulk_load_keeps_a_queued_catalog_edit_pending(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    entry = factory.resource("婚姻登记信息", provider=police)
    store.apply_changes([factory.upsert("resource", entry)], "c1")
    edited = {**to_json_dict(entry), "name": "婚姻登记信息（含补领）"}
    store.outbox.enqueue("resource.save", "PUT", f"/api/v1/resources/{entry.id}", edited,
                         "resource", entry.id, entry.version, local_data=edited)
    dropped = {**to_json_dict(entry), "name": "已丢弃的修改"}
    store.outbox.discard(store.outbox.enqueue("resource.save", "PUT", "/x", dropped,
                                              "resource", entry.id, local_data=dropped).id)
    store.bulk_load_resources([to_json_dict(entry), to_json_dict(
        factory.resource("收养登记信息", provider=police))], cursor="snap")
    assert store.get_json("resource", str(entry.id)) == edited
    assert store.catalog.count(CatalogQuery(text="含补领")) == 1  # searchable as it is shown
    store.outbox.mark_sent(store.outbox.items()[0].id)
    store.bulk_load_resources([to_json_dict(entry)], cursor="snap-2")
    assert store.get_json("resource", str(entry.id)) == to_json_dict(entry)


def _items_by_entry(store: LocalStore) -> list[tuple[Any, ...]]:
    with store._conns.read() as conn:
        return conn.execute(
            "SELECT r.id, i.position, i.name, i.type, i.description FROM data_items AS i "
            "JOIN resources AS r ON r.rid = i.resource_rid ORDER BY r.id, i.position"
        ).fetchall()


def test_bulk_load_stores_the_same_data_items_as_the_change_feed_path(
    tmp_path: Path, factory: Any
) -> None:
    police = factory.department("省公安厅")
    entries = [to_json_dict(factory.resource(f"社保缴费信息{n}", provider=police,
                                             items=("姓名", "缴费基数", "参保状态")))
               for n in range(30)]
    entries[0]["data_items"][1]["description"] = None  # stored as '' by both paths
    entries[1]["data_items"] = []
    with open_store(tmp_path / "bulk.sqlite3") as bulk, \
            open_store(tmp_path / "feed.sqlite3") as feed:
        bulk.bulk_load_resources(entries, batch=7)
        feed.apply_changes([{"entity": "resource", "id": e["id"], "op": "upsert", "data": e}
                            for e in entries], "c1")
        assert len(_items_by_entry(bulk)) == 29 * 3
        assert _items_by_entry(bulk) == _items_by_entry(feed)


def test_a_failed_bulk_load_keeps_the_previous_catalog(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    kept = factory.resource("不动产登记信息", provider=police)
    store.apply_changes([factory.upsert("resource", kept)], "c1")

    def records() -> Iterator[dict[str, Any]]:
        yield to_json_dict(factory.resource("新目录", provider=police))
        raise ConnectionError("download broke off")

    with pytest.raises(ConnectionError):
        store.bulk_load_resources(records(), batch=1, cursor="snap")
    assert store.cursor == "c1"
    assert store.catalog.count(CatalogQuery(text="不动产")) == 1


def test_a_failing_insert_stops_the_load_and_keeps_the_catalog(
    store: LocalStore, factory: Any
) -> None:
    police = factory.department("省公安厅")
    kept = factory.resource("不动产登记信息", provider=police)
    store.apply_changes([factory.upsert("resource", kept)], "c1")
    twice = to_json_dict(factory.resource("重复目录", provider=police))
    produced = 0

    def records() -> Iterator[dict[str, Any]]:
        nonlocal produced
        for n in range(40):  # the duplicate lands in the first batch: nothing more is read
            produced += 1
            yield twice if n < 2 else to_json_dict(factory.resource(f"目录{n}", provider=police))

    with pytest.raises(sqlite3.IntegrityError):
        store.bulk_load_resources(records(), batch=2, cursor="snap")
    assert produced < 40  # the failure reached the producer; it did not read everything
    assert store.cursor == "c1"
    assert store.counts()["resource"] == 1
    assert store.catalog.count(CatalogQuery(text="不动产")) == 1
    store.check_integrity()


def test_readers_are_not_blocked_by_a_long_write(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    store.apply_changes([factory.upsert("resource", factory.resource("婚姻登记信息",
                                                                     provider=police))], "c1")
    counted: list[int] = []

    def records() -> Iterator[dict[str, Any]]:
        yield to_json_dict(factory.resource("出生医学证明", provider=police))
        reader = threading.Thread(target=lambda: counted.append(store.catalog.count(
            CatalogQuery())))
        reader.start()
        reader.join(timeout=5)
        assert not reader.is_alive()

    store.bulk_load_resources(records(), batch=1)
    assert counted == [1]  # the committed state, read while the load was still open
    assert store.catalog.count(CatalogQuery()) == 1
    assert store.catalog.page(CatalogQuery())[0].name == "出生医学证明"


# ------------------------------------------------------------------- counts and checksums


def _documented_checksum(pairs: list[tuple[str, int]]) -> tuple[int, str]:
    digest = 0
    for entity_id, version in pairs:
        digest ^= int.from_bytes(hashlib.sha256(f"{entity_id}:{version}".encode()).digest()[:16])
    return len(pairs), f"{digest:032x}"


def test_counts_and_checksum_follow_ids_and_versions(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    entries = [factory.resource(f"车辆登记信息{n}", provider=police, version=n + 1)
               for n in range(4)]
    store.apply_changes([factory.upsert("department", police),
                         *(factory.upsert("resource", e) for e in entries)], "c1")
    counts = store.counts()
    assert counts["resource"] == 4
    assert counts["department"] == 1
    assert counts["request"] == 0
    expected = _documented_checksum([(str(e.id), e.version) for e in reversed(entries)])
    found = store.checksum("resource")
    assert (found.count, found.digest) == expected
    bumped = replace(entries[0], version=9)
    store.apply_changes([factory.upsert("resource", bumped)], "c2")
    assert store.checksum("resource").digest != found.digest


def test_clear_cache_keeps_outbox_and_identity(store: LocalStore, factory: Any) -> None:
    police = factory.department("省公安厅")
    store.apply_changes([factory.upsert("department", police),
                         factory.upsert("resource", factory.resource("公积金缴存信息",
                                                                     provider=police))], "c1")
    store.set_state({SyncKey.USERNAME: "zhangsan"})
    item = store.outbox.enqueue("feedback.submit", "POST", "/api/v1/feedback", {"x": 1},
                                "feedback", None)
    store.clear_cache()
    assert set(store.counts().values()) == {0}
    assert store.cursor is None
    assert store.state(SyncKey.USERNAME) == "zhangsan"
    assert store.outbox.get(item.id) == item
    assert store.catalog.count(CatalogQuery(text="公积金")) == 0


def test_an_outer_transaction_commits_once_and_inner_failures_undo_only_themselves(
    store: LocalStore, factory: Any
) -> None:
    police = factory.department("省公安厅")
    first = factory.resource("居民身份证信息", provider=police)
    second = factory.resource("户籍人口信息", provider=police)
    broken = {"seq": 3, "entity": "resource", "id": "x", "op": "upsert", "data": {"name": "?"}}
    seen_outside: list[int] = []
    with store.transaction():
        store.apply_changes([factory.upsert("resource", first)], "c1")
        with pytest.raises(KeyError):
            store.apply_changes([factory.upsert("resource", second), broken], "c2")
        reader = threading.Thread(target=lambda: seen_outside.append(store.counts()["resource"]))
        reader.start()
        reader.join(timeout=5)
        assert store.cursor == "c1"  # this thread reads its own uncommitted writes
    assert seen_outside == [0]  # other threads saw nothing before the commit
    assert store.get_json("resource", str(first.id)) is not None
    assert store.get_json("resource", str(second.id)) is None
    assert store.cursor == "c1"

"""The change feed and the snapshot: everything a user may see, nothing else, in seq order."""

from __future__ import annotations

import base64
from dataclasses import replace
from typing import Any

import orjson
import pytest

from app.models.enums import NotificationKind, ResourceStatus
from server import db, notifications, schema
from server.feed import encode_cursor
from tests.server.conftest import World, assert_problem

CHANGES = "/api/v1/sync/changes"


def sync(
    world: World, username: str, cursor: str | None = None, limit: int = 1000
) -> tuple[list[dict[str, Any]], str]:
    """Every change after ``cursor``, page by page; return them and the final cursor."""
    collected: list[dict[str, Any]] = []
    while True:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = world.client.get(CHANGES, params=params, headers=world.login(username))
        assert page.status_code == 200, page.text
        body = page.json()
        collected += body["changes"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return collected, cursor


def ids(changes: list[dict[str, Any]], entity: str) -> set[str]:
    return {change["id"] for change in changes if change["entity"] == entity}


def test_feed_holds_what_the_department_may_see_and_nothing_else(world: World) -> None:
    published = world.resource("police")
    draft = world.resource("police", status=ResourceStatus.DRAFT)
    own = world.request(published, requester="officer")
    county = world.request(published, requester="county_officer")
    with db.write(world.platform.engine) as conn:
        notifications.notify(
            conn,
            world.dept["police"],
            NotificationKind.NEW_REQUEST,
            "request",
            own.id,
            now=world.clock.now,
        )

    officer, _ = sync(world, "officer")
    assert ids(officer, "resource") == {str(published.id)}
    assert ids(officer, "request") == {str(own.id)}
    assert ids(officer, "department") == {str(d) for d in world.dept.values()}
    assert ids(officer, "notification") == set()

    provider, _ = sync(world, "provider")
    assert ids(provider, "resource") == {str(published.id), str(draft.id)}
    assert ids(provider, "request") == {str(own.id), str(county.id)}
    assert len(ids(provider, "notification")) == 1

    city, _ = sync(world, "city_supervisor")
    assert ids(city, "request") == {str(county.id)}  # its jurisdiction only (R24)
    assert ids(city, "resource") == {str(published.id)}

    province, _ = sync(world, "supervisor")
    assert ids(province, "request") == {str(own.id), str(county.id)}
    assert ids(province, "resource") == {str(published.id), str(draft.id)}


def test_pages_come_in_seq_order_and_resume_from_the_cursor(world: World) -> None:
    resources = [world.resource("police", name=f"资源{i}") for i in range(7)]
    paged, cursor = sync(world, "officer", limit=2)
    whole, _ = sync(world, "officer")
    assert paged == whole
    seqs = [change["seq"] for change in paged]
    assert seqs == sorted(seqs)
    assert len(set(seqs)) == len(seqs)
    assert ids(paged, "resource") == {str(r.id) for r in resources}
    # Nothing new: an empty page; then exactly the new change.
    assert sync(world, "officer", cursor)[0] == []
    changed = world.put(replace(resources[0], summary="新的摘要"))
    later, _ = sync(world, "officer", cursor)
    assert [(c["id"], c["data"]["version"]) for c in later] == [(str(changed.id), 2)]


def test_a_retired_entry_leaves_the_catalog_through_the_feed_as_a_delete_r3(world: World) -> None:
    # R3: only the published catalog is public; a retired entry stays the provider's (and its
    # supervisors'). The officer, who saw it through `public` only, is told to drop it.
    resource = world.resource("police")
    _, cursor = sync(world, "officer")
    _, provider_cursor = sync(world, "provider")
    world.put(replace(resource, status=ResourceStatus.RETIRED))
    later, _ = sync(world, "officer", cursor)
    assert [(c["id"], c["op"], c["data"]) for c in later] == [(str(resource.id), "delete", None)]
    # The provider holds `public` and its own department's key: delete, then the entry as it
    # now stands, in seq order, so a client applying them in order keeps it.
    provider, _ = sync(world, "provider", provider_cursor)
    assert [(c["op"], (c["data"] or {}).get("status")) for c in provider] == [
        ("delete", None), ("upsert", "retired")]
    assert provider[0]["seq"] < provider[1]["seq"]
    # … and later changes of the retired entry are no longer the officer's business.
    _, cursor = sync(world, "officer", cursor)
    world.put(replace(resource, status=ResourceStatus.RETIRED, summary="x"))
    assert sync(world, "officer", cursor)[0] == []


def _cursor_of(epoch: str, seq: str) -> str:
    return base64.urlsafe_b64encode(f"{epoch}.{seq}".encode()).decode().rstrip("=")


@pytest.mark.parametrize("kind", ["garbage", "wrong_epoch", "ahead", "compacted", "not_a_number"])
def test_a_cursor_the_server_no_longer_honours_is_410(world: World, kind: str) -> None:
    world.resource("police")
    with db.write(world.platform.engine) as conn:
        epoch = schema.get_setting(conn, "feed_epoch") or ""
        if kind == "compacted":
            schema.put_setting(conn, "feed_floor", "3")
    cursor = {
        "garbage": "%%%not-base64",
        "wrong_epoch": encode_cursor("0123456789abcdef", 1),
        "ahead": encode_cursor(epoch, 10_000),
        "compacted": encode_cursor(epoch, 2),
        "not_a_number": _cursor_of(epoch, "x"),
    }[kind]
    answer = world.client.get(CHANGES, params={"cursor": cursor}, headers=world.login("officer"))
    assert_problem(answer, 410, "sync.cursor_gone")


def test_snapshot_streams_the_visible_catalog_and_a_cursor_to_continue(world: World) -> None:
    published = [world.resource("police", name=f"资源{i}") for i in range(3)]
    world.resource("police", status=ResourceStatus.DRAFT)
    answer = world.client.get(
        "/api/v1/sync/snapshot", params={"entity": "resources"}, headers=world.login("officer")
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    lines = [orjson.loads(line) for line in answer.content.splitlines()]
    end = lines.pop()["end"]
    assert end["count"] == len(lines) == 3
    assert {line["data"]["id"] for line in lines} == {str(r.id) for r in published}
    assert {line["entity"] for line in lines} == {"resource"}
    assert answer.headers["sharedesk-cursor"] == end["cursor"]
    assert sync(world, "officer", end["cursor"])[0] == []
    newer = world.resource("police", name="新资源")
    assert ids(sync(world, "officer", end["cursor"])[0], "resource") == {str(newer.id)}


def test_snapshot_of_an_unknown_entity_is_422(world: World) -> None:
    answer = world.client.get(
        "/api/v1/sync/snapshot", params={"entity": "secrets"}, headers=world.login("officer")
    )
    assert_problem(answer, 422, "sync.unknown_entity")

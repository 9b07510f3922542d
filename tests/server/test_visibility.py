"""Per-object authorisation: who sees which object, by id and in the feed (R15, R24)."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from app.models.enums import ResourceStatus
from tests.server.conftest import USERS, World

EVERYONE = [username for username, _, _ in USERS]


def can_read(world: World, username: str, collection: str, object_id: uuid.UUID) -> bool:
    answer = world.client.get(f"/api/v1/{collection}/{object_id}", headers=world.login(username))
    assert answer.status_code in (200, 404), answer.text
    return answer.status_code == 200


def readers(world: World, collection: str, object_id: uuid.UUID) -> set[str]:
    return {user for user in EVERYONE if can_read(world, user, collection, object_id)}


def test_a_provincial_request_is_seen_by_its_parties_and_the_provincial_supervisor(
    world: World,
) -> None:
    request = world.request(world.resource("police"), requester="officer")
    assert readers(world, "requests", request.id) == {"officer", "provider", "head", "supervisor"}


def test_a_county_request_is_seen_up_the_supervisor_ladder(world: World) -> None:
    request = world.request(world.resource("police"), requester="county_officer")
    # county_health → county_sup → city_sup → prov_sup: the city supervisor sees it, the other
    # city's officers and supervisor do not.
    assert readers(world, "requests", request.id) == {
        "county_officer",
        "provider",
        "head",
        "supervisor",
        "city_supervisor",
    }


def test_r3_published_catalog_is_public_drafts_are_not(world: World) -> None:
    published = world.resource("police")
    draft = world.resource("police", status=ResourceStatus.DRAFT)
    assert readers(world, "resources", published.id) == set(EVERYONE)
    assert readers(world, "resources", draft.id) == {"provider", "head", "supervisor", "admin"}


def test_a_foreign_object_answers_exactly_like_a_missing_one(world: World) -> None:
    request = world.request(world.resource("police"), requester="officer")
    headers = world.login("zz_officer")
    foreign = world.client.get(f"/api/v1/requests/{request.id}", headers=headers)
    missing = world.client.get(f"/api/v1/requests/{uuid.uuid4()}", headers=headers)
    assert foreign.status_code == missing.status_code == 404
    assert foreign.content == missing.content
    assert foreign.headers["content-type"] == missing.headers["content-type"]


def test_reading_an_object_gives_its_version_as_etag(world: World) -> None:
    request = world.request(world.resource("police"))
    world.put(replace(request, purpose="更新后的用途"))
    answer = world.client.get(f"/api/v1/requests/{request.id}", headers=world.login("officer"))
    assert answer.headers["etag"] == '"2"'
    assert answer.json()["version"] == 2
    assert answer.json()["purpose"] == "更新后的用途"


def test_departments_and_me(world: World) -> None:
    departments = world.client.get("/api/v1/departments", headers=world.login("officer")).json()
    assert len(departments) == len(world.dept)
    me = world.client.get("/api/v1/me", headers=world.login("city_supervisor")).json()
    assert me["user"]["roles"] == ["supervisor"]
    assert me["department"]["id"] == str(world.dept["city_sup"])


@pytest.mark.parametrize("username", ["officer", "zz_officer"])
def test_users_are_seen_by_their_own_department_only(world: World, username: str) -> None:
    assert can_read(world, username, "users", world.user["officer"]) == (username == "officer")

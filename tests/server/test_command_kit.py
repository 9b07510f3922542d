"""Commands declared with server.command_kit: idempotency keys, If-Match, audit, rollback."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import APIRouter
from pydantic import BaseModel

from app.models.entities import ShareRequest
from app.models.enums import NotificationKind, RequestStatus
from app.models.errors import DomainError
from server import db, idempotency, schema
from server.command_kit import CommandContext, IfMatch, command, created
from tests.server.conftest import World, assert_problem

router = APIRouter()


class PurposeBody(BaseModel):
    purpose: str


class CreateBody(BaseModel):
    id: uuid.UUID
    resource_id: uuid.UUID
    purpose: str


@command(
    router,
    "POST",
    "/test/requests/{request_id}/purpose",
    action="test.purpose",
    if_match=IfMatch("request", "request_id"),
)
def change_purpose(ctx: CommandContext, request_id: str, body: PurposeBody) -> ShareRequest:
    if body.purpose == "refuse":
        raise DomainError(
            "request.purpose_required", "请填写用途。", "State the purpose.", rule="R11"
        )
    stored: ShareRequest = ctx.save(replace(ctx.current, purpose=body.purpose))
    return stored


@command(router, "POST", "/test/requests", action="test.create", status_code=201)
def create_request(ctx: CommandContext, body: CreateBody) -> Any:
    resource = ctx.load_visible("resource", body.resource_id)
    ctx.ensure_new("request", body.id)
    request = ShareRequest(
        id=body.id,
        resource_id=resource.id,
        requester_department_id=uuid.UUID(ctx.principal.department_id),
        requester_user_id=uuid.UUID(ctx.principal.user_id),
        provider_department_id=resource.provider_department_id,
        purpose=body.purpose,
        status=RequestStatus.SUBMITTED,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    stored = ctx.save(request)
    ctx.notify(resource.provider_department_id, NotificationKind.NEW_REQUEST, "request", stored.id)
    if body.purpose == "explode after writing":
        raise RuntimeError("boom")
    return created(stored, location=f"/api/v1/requests/{stored.id}")


@command(router, "POST", "/test/echo", action="test.echo", status_code=202)
def echo(ctx: CommandContext, body: PurposeBody) -> dict[str, str]:
    return {"purpose": body.purpose}


@pytest.fixture
def kit_world(world: World) -> World:
    world.app.include_router(router)
    return world


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def count(world: World, table: sa.Table) -> int:
    with db.read(world.platform.engine) as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)


def test_repeat_returns_the_first_answer_byte_for_byte(kit_world: World) -> None:
    w = kit_world
    resource = w.resource()
    headers = {**w.login("officer"), **key()}
    body = {"id": str(uuid.uuid4()), "resource_id": str(resource.id), "purpose": "核验身份"}
    first = w.client.post("/test/requests", json=body, headers=headers)
    assert first.status_code == 201
    assert first.headers["location"] == f"/api/v1/requests/{body['id']}"
    assert first.headers["etag"] == '"1"'
    w.clock.advance(minutes=10)  # a later resend from the outbox
    second = w.client.post("/test/requests", json=body, headers=headers)
    assert second.status_code == 201
    assert second.content == first.content
    for name in ("content-type", "etag", "location"):
        assert second.headers[name] == first.headers[name]
    assert second.headers["idempotent-replayed"] == "true"
    assert count(w, schema.share_requests) == 1
    assert count(w, schema.notifications) == 1


def test_same_key_with_another_body_is_422(kit_world: World) -> None:
    w = kit_world
    resource = w.resource()
    headers = {**w.login("officer"), **key()}
    body = {"id": str(uuid.uuid4()), "resource_id": str(resource.id), "purpose": "核验身份"}
    assert w.client.post("/test/requests", json=body, headers=headers).status_code == 201
    changed = {**body, "purpose": "另一个用途"}
    assert_problem(
        w.client.post("/test/requests", json=changed, headers=headers),
        422,
        "idempotency.key_reused",
    )


def test_keys_are_scoped_per_user(kit_world: World) -> None:
    w = kit_world
    resource = w.resource()
    shared_key = key()
    for user in ("officer", "zz_officer"):
        body = {"id": str(uuid.uuid4()), "resource_id": str(resource.id), "purpose": "核验身份"}
        answer = w.client.post("/test/requests", json=body, headers={**w.login(user), **shared_key})
        assert answer.status_code == 201
        assert "idempotent-replayed" not in answer.headers


def test_key_still_in_progress_is_409(kit_world: World) -> None:
    w = kit_world
    headers = {**w.login("officer"), **key()}
    body = b'{"purpose":"x"}'
    # Another worker has claimed this key and not finished yet. (On SQLite the command itself
    # holds the write lock, so a concurrent repeat would wait for it and get the replay; the
    # claim is what a second server process on PostgreSQL would find.)
    print_ = idempotency.fingerprint("POST", "/test/echo", body)
    claimed = idempotency.claim(
        w.platform.engine, str(w.user["officer"]), headers["Idempotency-Key"], print_, w.clock.now
    )
    assert claimed is None
    post = {"content": body, "headers": {**headers, "Content-Type": "application/json"}}
    assert_problem(w.client.post("/test/echo", **post), 409, "idempotency.in_progress")
    # A claim its worker abandoned (a crash) is taken over after ten minutes.
    w.clock.advance(minutes=10, seconds=1)
    assert w.client.post("/test/echo", **post).content == b'{"purpose":"x"}'


def test_missing_or_malformed_key_is_400(kit_world: World) -> None:
    w = kit_world
    headers = w.login("officer")
    assert_problem(
        w.client.post("/test/echo", json={"purpose": "x"}, headers=headers),
        400,
        "idempotency.key_required",
    )
    bad = {**headers, "Idempotency-Key": "not-a-uuid"}
    assert_problem(
        w.client.post("/test/echo", json={"purpose": "x"}, headers=bad),
        400,
        "idempotency.key_invalid",
    )


def test_a_refused_command_changes_nothing_and_releases_its_key(kit_world: World) -> None:
    w = kit_world
    request = w.request(w.resource())
    headers = {**w.login("officer"), **key(), "If-Match": '"1"'}
    path = f"/test/requests/{request.id}/purpose"
    refused = assert_problem(
        w.client.post(path, json={"purpose": "refuse"}, headers=headers),
        422,
        "request.purpose_required",
    )
    assert refused["rule"] == "R11"
    # Fixed by the officer, the same outbox item goes again with the same key.
    fixed = w.client.post(path, json={"purpose": "用于核验"}, headers=headers)
    assert fixed.status_code == 200
    assert fixed.json()["purpose"] == "用于核验"
    with db.read(w.platform.engine) as conn:
        results = (
            conn.execute(
                sa.select(schema.audit_log.c.result).where(
                    schema.audit_log.c.action == "test.purpose"
                )
            )
            .scalars()
            .all()
        )
    assert results == ["request.purpose_required", "ok"]


def test_an_exception_rolls_back_object_change_and_notification(kit_world: World) -> None:
    from tests.server.conftest import TestClient

    w = kit_world
    resource = w.resource()
    client = TestClient(w.app, raise_server_exceptions=False)
    body = {
        "id": str(uuid.uuid4()),
        "resource_id": str(resource.id),
        "purpose": "explode after writing",
    }
    before = count(w, schema.change_log)
    answer = client.post("/test/requests", json=body, headers={**w.login("officer"), **key()})
    assert_problem(answer, 500, "server.internal_error")
    assert count(w, schema.share_requests) == 0
    assert count(w, schema.notifications) == 0
    assert count(w, schema.change_log) == before
    assert count(w, schema.idempotency_keys) == 0


def test_if_match_missing_is_428_and_stale_is_412_with_the_current_object(kit_world: World) -> None:
    w = kit_world
    request = w.request(w.resource())
    path = f"/test/requests/{request.id}/purpose"
    headers = w.login("officer")
    assert_problem(
        w.client.post(path, json={"purpose": "a"}, headers={**headers, **key()}),
        428,
        "precondition.if_match_required",
    )
    ok = w.client.post(path, json={"purpose": "a"}, headers={**headers, **key(), "If-Match": '"1"'})
    assert ok.status_code == 200
    assert ok.json()["version"] == 2
    assert ok.headers["etag"] == '"2"'
    stale = w.client.post(
        path, json={"purpose": "b"}, headers={**headers, **key(), "If-Match": "1"}
    )
    body = assert_problem(stale, 412, "precondition.version_stale")
    assert body["current_version"] == 2
    assert body["current"]["purpose"] == "a"
    assert stale.headers["etag"] == '"2"'


def test_if_match_on_a_foreign_object_is_the_same_404_as_a_missing_one(kit_world: World) -> None:
    w = kit_world
    request = w.request(w.resource())  # between market and police
    headers = {**w.login("zz_officer"), "If-Match": '"1"'}
    foreign = w.client.post(
        f"/test/requests/{request.id}/purpose", json={"purpose": "x"}, headers={**headers, **key()}
    )
    missing = w.client.post(
        f"/test/requests/{uuid.uuid4()}/purpose",
        json={"purpose": "x"},
        headers={**headers, **key()},
    )
    assert foreign.status_code == missing.status_code == 404
    assert foreign.content == missing.content


def test_existing_id_is_409(kit_world: World) -> None:
    w = kit_world
    resource = w.resource()
    request = w.request(resource)
    body = {"id": str(request.id), "resource_id": str(resource.id), "purpose": "重复"}
    assert_problem(
        w.client.post("/test/requests", json=body, headers={**w.login("officer"), **key()}),
        409,
        "object.exists",
    )


def test_keys_are_purged_after_the_retention(kit_world: World) -> None:
    w = kit_world
    headers = {**w.login("officer"), **key()}
    first = w.client.post("/test/echo", json={"purpose": "x"}, headers=headers)
    with db.write(w.platform.engine) as conn:
        assert idempotency.purge(conn, w.clock.now - timedelta(days=30)) == 0
        assert idempotency.purge(conn, w.clock.now + timedelta(seconds=1)) == 1
    # Forgotten, the key runs as a new command (and a different body is now accepted).
    again = w.client.post("/test/echo", json={"purpose": "y"}, headers=headers)
    assert first.status_code == again.status_code == 202  # the declared status
    assert "idempotent-replayed" not in again.headers

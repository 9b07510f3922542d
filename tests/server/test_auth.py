"""Sign-in, token rotation, sign-out and the lockout (R23: identity authentication)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from server import db, schema
from server.auth import token_hash
from server.platform import ServerSettings
from tests.server.conftest import PASSWORD, World

LOGIN = "/api/v1/auth/login"


def test_login_returns_tokens_and_the_user(world: World) -> None:
    answer = world.client.post(LOGIN, json={"username": "officer", "password": PASSWORD})
    assert answer.status_code == 200
    body = answer.json()
    assert body["expires_in"] == 15 * 60
    assert body["user"]["username"] == "officer"
    assert body["user"]["department_id"] == str(world.dept["market"])
    assert body["access_token"] != body["refresh_token"]
    me = world.client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["department"]["name"] == "湖南省市场监督管理局"


def test_tokens_are_stored_only_as_hashes(world: World) -> None:
    body = world.client.post(LOGIN, json={"username": "officer", "password": PASSWORD}).json()
    with db.read(world.platform.engine) as conn:
        stored = set(conn.execute(sa.select(schema.tokens.c.token_hash)).scalars())
        hashes = set(conn.execute(sa.select(schema.users.c.password_hash)).scalars())
    assert token_hash(body["access_token"]) in stored
    assert body["access_token"] not in stored
    assert body["refresh_token"] not in stored
    assert all(h.startswith("$argon2id$") for h in hashes)


def test_wrong_password_and_unknown_user_answer_alike(world: World) -> None:
    wrong = world.client.post(LOGIN, json={"username": "officer", "password": "nope"})
    unknown = world.client.post(LOGIN, json={"username": "nobody", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["code"] == "auth.invalid_credentials"
    assert wrong.headers["content-type"] == "application/problem+json"


def test_r23_five_failures_lock_the_account_for_15_minutes(world: World) -> None:
    bad = {"username": "provider", "password": "wrong"}
    for _ in range(4):
        assert world.client.post(LOGIN, json=bad).json()["code"] == "auth.invalid_credentials"
    fifth = world.client.post(LOGIN, json=bad)
    assert fifth.status_code == 423
    problem = fifth.json()
    until = world.clock.now + timedelta(minutes=15)
    assert problem["code"] == "auth.locked"
    assert datetime.fromisoformat(problem["locked_until"]) == until
    # Beijing time, 15 minutes after 09:00 on 2026-03-02
    assert "2026-03-02 09:15" in problem["detail"]
    assert "2026-03-02 09:15" in problem["detail_en"]
    # Even the right password is refused while locked …
    good = {"username": "provider", "password": PASSWORD}
    world.clock.advance(minutes=14)
    assert world.client.post(LOGIN, json=good).status_code == 423
    # … and accepted once the lock has run out.
    world.clock.advance(minutes=1, seconds=1)
    assert world.client.post(LOGIN, json=good).status_code == 200


def test_a_success_resets_the_failure_count(world: World) -> None:
    bad = {"username": "provider", "password": "wrong"}
    for _ in range(4):
        world.client.post(LOGIN, json=bad)
    assert (
        world.client.post(LOGIN, json={"username": "provider", "password": PASSWORD}).status_code
        == 200
    )
    for _ in range(4):
        assert world.client.post(LOGIN, json=bad).status_code == 401


def test_refresh_rotates_and_a_reused_token_ends_the_login(world: World) -> None:
    first = world.client.post(LOGIN, json={"username": "officer", "password": PASSWORD}).json()
    second = world.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert second.status_code == 200
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    assert (
        world.client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {rotated['access_token']}"}
        ).status_code
        == 200
    )
    # The old refresh token is spent; presenting it again revokes the whole family.
    again = world.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert again.status_code == 401
    assert again.json()["code"] == "auth.refresh_invalid"
    assert (
        world.client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {rotated['access_token']}"}
        ).status_code
        == 401
    )
    assert (
        world.client.post(
            "/api/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}
        ).status_code
        == 401
    )


def test_access_tokens_expire_after_15_minutes(world: World) -> None:
    headers = world.login("officer")
    world.clock.advance(minutes=14, seconds=59)
    assert world.client.get("/api/v1/me", headers=headers).status_code == 200
    world.clock.advance(seconds=2)
    expired = world.client.get("/api/v1/me", headers=headers)
    assert expired.status_code == 401
    assert expired.json()["code"] == "auth.token_invalid"


def test_logout_revokes_access_and_refresh(world: World) -> None:
    body = world.client.post(LOGIN, json={"username": "officer", "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert world.client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert world.client.get("/api/v1/me", headers=headers).status_code == 401
    assert (
        world.client.post(
            "/api/v1/auth/refresh", json={"refresh_token": body["refresh_token"]}
        ).status_code
        == 401
    )


def test_no_token_is_401_problem(world: World) -> None:
    answer = world.client.get("/api/v1/me")
    assert answer.status_code == 401
    assert answer.json()["code"] == "auth.required"
    assert answer.headers["www-authenticate"].startswith("Bearer")


def test_default_argon2_cost_follows_rfc_9106() -> None:
    settings = ServerSettings()
    assert (settings.argon2_time_cost, settings.argon2_memory_kib) == (3, 64 * 1024)
    assert settings.access_token_ttl == timedelta(minutes=15)
    assert settings.lockout_threshold == 5
    assert settings.lockout_duration == timedelta(minutes=15)


def test_audit_records_logins_without_secrets(world: World) -> None:
    world.client.post(LOGIN, json={"username": "officer", "password": "secret-typo"})
    body = world.client.post(LOGIN, json={"username": "officer", "password": PASSWORD}).json()
    with db.read(world.platform.engine) as conn:
        rows = conn.execute(sa.select(schema.audit_log)).all()
    text = repr(rows)
    assert [r.result for r in rows if r.action == "auth.login"] == [
        "auth.invalid_credentials",
        "ok",
    ]
    assert "secret-typo" not in text
    assert PASSWORD not in text
    assert body["access_token"] not in text
    assert all(r.at.tzinfo is UTC for r in rows)

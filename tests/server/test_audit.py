"""The audit log: append-only, hash-chained, readable by supervisors and administrators (R24)."""

from __future__ import annotations

import sqlalchemy as sa

from server import audit, db, schema
from tests.server.conftest import World, assert_problem


def _append(world: World, actor: str, dept: str, action: str = "request.submit") -> int:
    with db.write(world.platform.engine) as conn:
        return audit.append(
            conn,
            now=world.clock.now,
            actor=actor,
            action=action,
            entity="request",
            entity_id="r-1",
            result="ok",
            actor_user_id=str(world.user.get(actor, "")),
            actor_department_id=str(world.dept[dept]),
        )


def _verify(world: World) -> int | None:
    with db.read(world.platform.engine) as conn:
        return audit.verify_chain(conn)


def test_an_untouched_chain_verifies(world: World) -> None:
    for _ in range(3):
        _append(world, "officer", "market")
    assert _verify(world) is None


def test_editing_an_event_is_detected_at_that_event(world: World) -> None:
    seqs = [_append(world, "officer", "market") for _ in range(4)]
    with db.write(world.platform.engine) as conn:
        conn.execute(
            schema.audit_log.update()
            .where(schema.audit_log.c.seq == seqs[1])
            .values(result="auth.invalid_credentials")
        )
    assert _verify(world) == seqs[1]


def test_deleting_an_event_is_detected(world: World) -> None:
    seqs = [_append(world, "officer", "market") for _ in range(4)]
    with db.write(world.platform.engine) as conn:
        conn.execute(schema.audit_log.delete().where(schema.audit_log.c.seq == seqs[2]))
    assert _verify(world) == seqs[3]


def test_rehashing_an_edited_event_still_breaks_the_next_link(world: World) -> None:
    seqs = [_append(world, "officer", "market") for _ in range(3)]
    log = schema.audit_log
    with db.write(world.platform.engine) as conn:
        row = conn.execute(sa.select(log).where(log.c.seq == seqs[0])).one()
        forged = {**row._asdict(), "action": "request.withdraw"}
        forged_hash = audit._digest(audit._hashed_fields(audit._Values(forged)))
        conn.execute(
            log.update()
            .where(log.c.seq == seqs[0])
            .values(action="request.withdraw", hash=forged_hash)
        )
    assert _verify(world) == seqs[1]


def test_supervisors_read_their_jurisdiction_admins_everything(world: World) -> None:
    _append(world, "county_officer", "county_health")
    _append(world, "zz_officer", "zz_dept")
    _append(world, "officer", "market")

    def actors(username: str) -> set[str]:
        answer = world.client.get("/api/v1/audit", headers=world.login(username))
        assert answer.status_code == 200
        return {e["actor"] for e in answer.json()["events"] if e["action"] == "request.submit"}

    assert actors("city_supervisor") == {"county_officer"}
    assert actors("supervisor") == {"county_officer", "zz_officer", "officer"}
    assert actors("admin") == {"county_officer", "zz_officer", "officer"}
    assert_problem(
        world.client.get("/api/v1/audit", headers=world.login("officer")), 403, "auth.role_required"
    )


def test_admin_verifies_the_chain_over_http(world: World) -> None:
    seqs = [_append(world, "officer", "market") for _ in range(2)]
    headers = world.login("admin")
    assert world.client.get("/api/v1/audit/verify", headers=headers).json() == {
        "intact": True,
        "first_broken_seq": None,
    }
    with db.write(world.platform.engine) as conn:
        conn.execute(
            schema.audit_log.update()
            .where(schema.audit_log.c.seq == seqs[0])
            .values(actor="someone-else")
        )
    assert world.client.get("/api/v1/audit/verify", headers=headers).json() == {
        "intact": False,
        "first_broken_seq": seqs[0],
    }

"""``GET /api/v1/audit``: the audit log for supervisors (their jurisdiction) and administrators."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Query

from app.models.enums import Role
from server import authz, db, schema
from server.audit import event_json, verify_chain
from server.auth import CurrentPrincipal
from server.platform import CurrentPlatform

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])


@router.get("", summary="Audit events / 审计日志")
def read_audit(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
    after: Annotated[
        int, Query(ge=0, le=2**62, description="return events with seq greater than this")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """Supervisors see the events of their jurisdiction (R24), administrators every event."""
    authz.require_role(principal, Role.SUPERVISOR, Role.ADMIN)
    log = schema.audit_log
    query = sa.select(log).where(log.c.seq > after).order_by(log.c.seq).limit(limit + 1)
    with db.read(platform.engine) as conn:
        if not principal.has(Role.ADMIN):
            inside = authz.jurisdiction(conn, principal.department_id)
            query = query.where(log.c.actor_department_id.in_(sorted(inside)))
        rows = conn.execute(query).all()
    page = rows[:limit]
    return {
        "events": [event_json(row) for row in page],
        "next_after": int(page[-1].seq) if page else after,
        "has_more": len(rows) > limit,
    }


@router.get("/verify", summary="Check the audit chain / 校验审计链")
def verify(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> dict[str, Any]:
    """Administrators only: whether the whole chain is intact, and where it breaks if not."""
    authz.require_role(principal, Role.ADMIN)
    with db.read(platform.engine) as conn:
        broken = verify_chain(conn)
    return {"intact": broken is None, "first_broken_seq": broken}

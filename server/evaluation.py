"""``GET /api/v1/evaluation``: the supervisor's scorecard (评价, R24/R25) over its jurisdiction.

The figures come from :func:`app.models.evaluation.evaluate`, the function the client runs over
its cache offline, fed with the objects the caller may see (the same
:func:`server.authz.visible_clause` as the reads and the change feed), so the server's scorecard
and the client's agree. Only supervisors (and administrators) evaluate; a ``department`` outside
the caller's jurisdiction answers 404, like any object the caller may not see.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any
from uuid import UUID

import sqlalchemy as sa
from fastapi import APIRouter, Query
from sqlalchemy.engine import Connection

from app.models.codec import from_json_dict
from app.models.entities import Department, Dispute, Feedback, Filing, ShareRequest
from app.models.enums import DepartmentLevel, Role
from app.models.evaluation import (
    CatalogEntryFacts,
    catalog_facts,
    evaluate,
    jurisdiction_of,
    parse_period,
)
from server import authz, db, schema
from server.auth import CurrentPrincipal
from server.authz import Principal
from server.platform import CurrentPlatform
from server.problems import not_found

router = APIRouter(prefix="/api/v1", tags=["read"])

_PAGE = 2000


def _visible_json(
    conn: Connection, principal: Principal, entity: str, table: sa.Table
) -> Iterator[dict[str, Any]]:
    """Every object of ``table`` the principal may see, streamed in pages by id."""
    last = ""
    while True:
        rows = conn.execute(
            sa.select(table.c.id, table.c.data)
            .where(table.c.id > last, authz.visible_clause(principal, entity, table.c.id))
            .order_by(table.c.id)
            .limit(_PAGE)
        ).all()
        for row in rows:
            yield db.loads(row.data)
        if len(rows) < _PAGE:
            return
        last = rows[-1].id


def _decoded(
    conn: Connection, principal: Principal, entity: str, table: sa.Table, cls: type[Any]
) -> Iterator[Any]:
    for data in _visible_json(conn, principal, entity, table):
        yield from_json_dict(cls, data)


def _entries(conn: Connection, principal: Principal) -> Iterator[CatalogEntryFacts]:
    for data in _visible_json(conn, principal, "resource", schema.resources):
        yield catalog_facts(data)


@router.get(
    "/evaluation",
    summary="Evaluation scorecard / 共享工作评价",
    responses={
        403: {"description": "Only supervisors and administrators evaluate"},
        404: {"description": "The department is not in your jurisdiction (or does not exist)"},
    },
)
def read_evaluation(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
    period: Annotated[
        str,
        Query(
            pattern=r"^\d{4}(-(\d{2}|Q[1-4]))?$",
            description="2026-11 (month), 2026-Q4 (quarter) or 2026 (year)",
        ),
    ],
    department: Annotated[
        str | None, Query(max_length=64, description="one department of the jurisdiction")
    ] = None,
    level: Annotated[DepartmentLevel | None, Query(description="one government level")] = None,
) -> dict[str, Any]:
    """R24: the figures of every department in the caller's jurisdiction for the period."""
    authz.require_role(principal, Role.SUPERVISOR, Role.ADMIN)
    chosen = parse_period(period)
    with db.read(platform.engine) as conn:
        departments = [
            from_json_dict(Department, db.loads(text))
            for text in conn.execute(sa.select(schema.departments.c.data)).scalars()
        ]
        rows = jurisdiction_of(departments, UUID(principal.department_id))
        if department is not None:
            rows = [d for d in rows if str(d.id) == department]
            if not rows:
                raise not_found()  # outside the jurisdiction answers like a missing department
        if level is not None:
            rows = [d for d in rows if d.level is level]
        card = evaluate(
            requests=_decoded(conn, principal, "request", schema.share_requests, ShareRequest),
            feedback=_decoded(conn, principal, "feedback", schema.feedback, Feedback),
            resources=_entries(conn, principal),
            disputes=_decoded(conn, principal, "dispute", schema.disputes, Dispute),
            filings=_decoded(conn, principal, "filing", schema.filings, Filing),
            departments=rows,
            period=chosen,
            calendar=platform.calendar(conn),
            profile=platform.profile(),
            as_of=platform.today(),
        )
    return card.to_dict()

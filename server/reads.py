"""Read endpoints: who am I, the departments, and any stored object by id.

Every object read goes through :func:`server.authz.visible_clause`, the same filter as the feed:
an object the caller may not see answers exactly like one that does not exist (404).
"""

from __future__ import annotations

from typing import Any

import orjson
import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import Response

from server import authz, db, objects, schema
from server.auth import CurrentPrincipal
from server.authz import Principal
from server.platform import CurrentPlatform, Platform
from server.problems import not_found

router = APIRouter(prefix="/api/v1", tags=["read"])


@router.get("/me", summary="The signed-in user / 当前用户")
def me(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> dict[str, Any]:
    with db.read(platform.engine) as conn:
        user = objects.load_json(conn, "user", principal.user_id)
        department = objects.load_json(conn, "department", principal.department_id)
    return {"user": user, "department": department}


@router.get("/departments", summary="All departments / 部门列表")
def list_departments(
    principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> list[dict[str, Any]]:
    table = schema.departments
    with db.read(platform.engine) as conn:
        rows = conn.execute(
            sa.select(table.c.data)
            .where(authz.visible_clause(principal, "department", table.c.id))
            .order_by(table.c.code)
        ).scalars()
        return [db.loads(text) for text in rows]


def read_visible(platform: Platform, principal: Principal, entity: str, entity_id: str) -> Response:
    """One object as JSON with its ``ETag`` (the version), or 404."""
    table = objects.KINDS[entity].table
    with db.read(platform.engine) as conn:
        row = conn.execute(
            sa.select(table.c.data, table.c.version).where(
                table.c.id == entity_id, authz.visible_clause(principal, entity, table.c.id)
            )
        ).first()
    if row is None:
        raise not_found()
    return Response(
        orjson.dumps(orjson.Fragment(row.data)),
        media_type="application/json",
        headers={"ETag": f'"{row.version}"'},
    )


def _add_reader(entity: str) -> None:
    collection = objects.KINDS[entity].table.name

    def read_one(
        object_id: str,
        principal: CurrentPrincipal,
        platform: CurrentPlatform,
    ) -> Response:
        return read_visible(platform, principal, entity, object_id)

    read_one.__name__ = f"read_{entity}"
    router.add_api_route(
        f"/{collection}/{{object_id}}",
        read_one,
        methods=["GET"],
        name=f"{entity}.read",
        summary=f"One {entity} by id",
        responses={200: {"description": f"the {entity} JSON"}},
    )


for _entity in objects.KINDS:
    _add_reader(_entity)

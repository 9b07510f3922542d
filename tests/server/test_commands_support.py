"""Helpers for the command-endpoint tests (no tests here): a complete catalog entry, sending a
command with its Idempotency-Key and If-Match, and reading an object back.

The seeded province is ``tests/server/conftest.py``'s; the platform clock starts on Monday
2026-03-02, 09:00 in Beijing.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from app.models.entities import DataItem, Resource, ShareMethod, ShareSpec
from app.models.enums import ShareAttribute, ShareMethodKind
from server import db
from tests.server.conftest import World

PURPOSE = "办理企业开办登记时核验法定代表人身份"
REASONS = "申请用途与所需信息项不相关，不符合最小必要原则"
ITEMS = (DataItem(name="公民身份号码", length=18), DataItem(name="姓名", length=50))
SHARES = {
    ShareAttribute.UNCONDITIONAL: ShareSpec(attribute=ShareAttribute.UNCONDITIONAL),
    ShareAttribute.CONDITIONAL: ShareSpec(
        attribute=ShareAttribute.CONDITIONAL,
        conditions="仅用于政务服务身份核验",
        legal_basis="《中华人民共和国居民身份证法》",
    ),
    ShareAttribute.NOT_SHARED: ShareSpec(
        attribute=ShareAttribute.NOT_SHARED, legal_basis="《中华人民共和国个人信息保护法》"
    ),
}


def entry(
    w: World,
    attribute: ShareAttribute = ShareAttribute.CONDITIONAL,
    provider: str = "police",
    **changes: Any,
) -> Resource:
    """A published entry complete enough for every check (R3, R4, R10)."""
    items = ITEMS
    if attribute is ShareAttribute.NOT_SHARED:
        items = tuple(replace(item, shared=False) for item in ITEMS)
    fields: dict[str, Any] = {
        "code": "301001/000012",
        "data_items": items,
        "share": SHARES[attribute],
        "share_method": ShareMethod(kind=ShareMethodKind.INTERFACE),
        "usage_scope": "全省政务部门",
        **changes,
    }
    resource: Resource = w.resource(provider, **fields)
    return resource


def send(
    w: World,
    user: str,
    path: str,
    body: dict[str, Any] | None = None,
    *,
    version: int | None = None,
    key: str | None = None,
    method: str = "POST",
) -> Any:
    """Send one command as ``user`` (a fresh Idempotency-Key unless ``key``)."""
    headers = {**w.login(user), "Idempotency-Key": key or str(uuid.uuid4())}
    if version is not None:
        headers["If-Match"] = f'"{version}"'
    return w.client.request(method, path, json=body or {}, headers=headers)


def later(w: World, **delta: float) -> None:
    """Move the platform clock on; access tokens are short-lived, so sign in again."""
    w.clock.advance(**delta)
    w._tokens.clear()


def ok(answer: Any, status: int = 200) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body: dict[str, Any] = answer.json()
    if isinstance(body.get("version"), int):
        assert answer.headers["etag"] == f'"{body["version"]}"'
    return body


def ask(resource: Resource, **changes: Any) -> dict[str, Any]:
    """The body of ``POST /api/v1/requests`` for ``resource``."""
    return {
        "id": str(uuid.uuid4()),
        "resource_id": str(resource.id),
        "purpose": PURPOSE,
        "legal_basis": "《优化营商环境条例》",
        "scenario": "企业开办一件事",
        "data_items": ["姓名"],
        "contact_name": "张敏",
        "contact_phone": "0731-88888888",
        **changes,
    }


def submitted(w: World, resource: Resource, user: str = "officer") -> dict[str, Any]:
    return ok(send(w, user, "/api/v1/requests", ask(resource)), 201)


def count(w: World, table: sa.Table, **where: Any) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == str(value))
    with db.read(w.platform.engine) as conn:
        return int(conn.execute(query).scalar() or 0)


def rows(w: World, table: sa.Table, **where: Any) -> list[dict[str, Any]]:
    query = sa.select(table.c.data)
    for column, value in where.items():
        query = query.where(table.c[column] == str(value))
    with db.read(w.platform.engine) as conn:
        return [dict(db.loads(text)) for text in conn.execute(query).scalars()]

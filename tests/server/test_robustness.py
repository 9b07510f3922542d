"""Odd input never makes a 5xx, and every error is a problem document (the schemathesis promise)."""

from __future__ import annotations

import uuid

import pytest

from tests.server.conftest import World

ODD_VALUES = ["x", "0", "-1", "9" * 40, "../../etc/passwd", "😀中文", "a" * 300, "%00", " "]


def _fill(path: str, value: str) -> str:
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + value + path[end + 1 :]
    return path


@pytest.mark.parametrize("value", ODD_VALUES)
def test_reads_with_odd_parameters_answer_without_server_errors(world: World, value: str) -> None:
    document = world.app.openapi()
    headers = world.login("officer")
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        query = {
            p["name"]: value for p in operations["get"].get("parameters", []) if p["in"] == "query"
        }
        answer = world.client.get(_fill(path, value), params=query, headers=headers)
        assert answer.status_code < 500, (path, answer.text)
        if answer.status_code >= 400:
            assert answer.headers["content-type"] == "application/problem+json", path


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"[]", b'{"year": "x"}', b'{"year": 2027, "holidays": "no"}', b"\xff\xfe"],
)
def test_commands_with_odd_bodies_answer_without_server_errors(world: World, body: bytes) -> None:
    headers = {
        **world.login("admin"),
        "Idempotency-Key": str(uuid.uuid4()),
        "Content-Type": "application/json",
    }
    answer = world.client.put("/api/v1/calendar/2027", content=body, headers=headers)
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    upload = world.client.post(
        "/api/v1/attachments",
        content=body,
        headers={**headers, "Content-Type": "multipart/form-data; boundary=zz"},
    )
    assert 400 <= upload.status_code < 500
    assert upload.headers["content-type"] == "application/problem+json"

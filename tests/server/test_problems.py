"""Every error is RFC 9457 problem+json with Chinese and English, including the framework's own."""

from __future__ import annotations

import pytest

from app.models.errors import DomainError, FieldError
from server.problems import Problem, domain_status, from_domain_error
from tests.server.conftest import TestClient, World, assert_problem


def test_unknown_path_is_404_problem(world: World) -> None:
    assert_problem(world.client.get("/api/v1/nothing-here"), 404, "not_found")


def test_wrong_method_is_405_problem(world: World) -> None:
    assert_problem(
        world.client.delete("/api/v1/rules", headers=world.login("officer")),
        405,
        "http.method_not_allowed",
    )


def test_invalid_body_is_422_with_field_errors(world: World) -> None:
    body = assert_problem(
        world.client.post("/api/v1/auth/login", json={"username": ""}),
        422,
        "validation.request_invalid",
    )
    fields = {error["field"] for error in body["errors"]}  # type: ignore[union-attr]
    assert fields == {"username", "password"}
    for error in body["errors"]:  # type: ignore[union-attr]
        assert set(error) == {"field", "code", "message", "message_en"}


def test_invalid_query_is_422_naming_the_parameter(world: World) -> None:
    answer = world.client.get("/api/v1/calendar?year=abc", headers=world.login("officer"))
    body = assert_problem(answer, 422, "validation.request_invalid")
    assert [e["field"] for e in body["errors"]] == ["year"]  # type: ignore[union-attr]


def test_unexpected_exception_is_500_without_internals(world: World) -> None:
    def explode() -> None:
        raise RuntimeError("secret internal detail: password=hunter2")

    world.app.add_api_route("/api/v1/explode", explode)
    client = TestClient(world.app, raise_server_exceptions=False)
    answer = client.get("/api/v1/explode")
    assert_problem(answer, 500, "server.internal_error")
    assert "hunter2" not in answer.text
    assert "RuntimeError" not in answer.text


def test_domain_error_maps_code_messages_rule_and_fields() -> None:
    error = DomainError(
        "reply.reasons_required",
        "不予共享必须说明理由。",
        "A refusal must state its reasons.",
        rule="R13",
        field_errors=(
            FieldError("reasons", "reply.reasons_required", "请填写理由。", "Give reasons."),
        ),
    )
    body = from_domain_error(error).body()
    assert body["status"] == 422
    assert body["title"] == "不予共享必须说明理由。"
    assert body["title_en"] == "A refusal must state its reasons."
    assert body["rule"] == "R13"
    assert body["errors"] == [
        {
            "field": "reasons",
            "code": "reply.reasons_required",
            "message": "请填写理由。",
            "message_en": "Give reasons.",
        }
    ]


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("workflow.illegal_transition", 409),
        ("workflow.precondition_failed", 409),
        ("workflow.role_not_allowed", 403),
        ("workflow.not_in_profile", 422),
        ("request.purpose_required", 422),
        ("calendar.unknown_year", 422),
    ],
)
def test_domain_status_by_code(code: str, status: int) -> None:
    assert domain_status(code) == status


def test_problem_extra_members_are_merged() -> None:
    body = Problem(412, "x.y", "甲", "A", extra={"current_version": 3}).body()
    assert body["current_version"] == 3
    assert body["detail"] == "甲"
    assert body["detail_en"] == "A"

"""RFC 9457 problem details: the one shape of every 4xx/5xx answer of the server.

A :class:`Problem` is raised anywhere in the server; :func:`install_problem_handlers` turns it,
:class:`~app.models.errors.DomainError`, FastAPI's own 404/405/422 and any unexpected exception
into ``application/problem+json`` with a stable ``type``
(``https://sharedesk.invalid/problems/<code>``), Chinese ``title``/``detail``, English
``title_en``/``detail_en``, ``code``, ``rule`` and ``errors[]``.

Status of a :class:`DomainError`: a workflow refusal that depends on the object's current state
(``workflow.illegal_transition``, ``workflow.precondition_failed``… every ``workflow.*`` code not
listed below) is **409 Conflict** — the request was well formed but the object's state does not
allow it; ``workflow.role_not_allowed``/``side_not_allowed`` are **403**; every other domain
refusal (validation, missing reasons, unknown action or calendar year, a procedure the profile
lacks) is **422 Unprocessable Content**.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.models.errors import DomainError, FieldError

PROBLEM_TYPE_BASE = "https://sharedesk.invalid/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

log = logging.getLogger("sharedesk.server")


@dataclass(eq=False)
class Problem(Exception):
    """An answer that is not a success; ``extra`` members are merged into the body."""

    status: int
    code: str
    title: str
    title_en: str
    detail: str = ""
    detail_en: str = ""
    rule: str | None = None
    errors: Sequence[FieldError] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code)

    def body(self) -> dict[str, Any]:
        """The problem document (RFC 9457 members first, then ShareDesk's extensions)."""
        document: dict[str, Any] = {
            "type": PROBLEM_TYPE_BASE + self.code,
            "title": self.title,
            "status": self.status,
            "detail": self.detail or self.title,
            "title_en": self.title_en,
            "detail_en": self.detail_en or self.title_en,
            "code": self.code,
            "rule": self.rule,
            "errors": [
                {
                    "field": e.field,
                    "code": e.code,
                    "message": e.message_zh,
                    "message_en": e.message_en,
                }
                for e in self.errors
            ],
        }
        document.update(self.extra)
        return document

    def response(self) -> Response:
        return Response(
            content=orjson.dumps(self.body()),
            status_code=self.status,
            media_type=PROBLEM_MEDIA_TYPE,
            headers=dict(self.headers),
        )


# Workflow refusals that are not about the object's state.
_DOMAIN_STATUS = {
    "workflow.role_not_allowed": 403,
    "workflow.side_not_allowed": 403,
    "workflow.unknown_action": 422,
    "workflow.unknown_state": 422,
    "workflow.not_in_profile": 422,
}


def domain_status(code: str) -> int:
    """409 for refusals that depend on the object's current state, 403 for the wrong role or
    side, 422 for everything else (see the module docstring)."""
    if code in _DOMAIN_STATUS:
        return _DOMAIN_STATUS[code]
    return 409 if code.startswith("workflow.") or code.endswith(".illegal_transition") else 422


def from_domain_error(error: DomainError) -> Problem:
    """The problem a refused domain action answers with (see the module docstring)."""
    extra: dict[str, Any] = {}
    if error.details:
        extra["details"] = orjson.loads(orjson.dumps(dict(error.details), default=str))
    return Problem(
        status=domain_status(error.code),
        code=error.code,
        title=error.message_zh,
        title_en=error.message_en,
        rule=error.rule,
        errors=error.field_errors,
        extra=extra,
    )


# Stable titles for the statuses the framework raises on its own.
_HTTP_TITLES: dict[int, tuple[str, str, str]] = {
    400: ("http.bad_request", "请求格式不正确。", "The request is malformed."),
    401: ("auth.required", "请先登录。", "Please sign in first."),
    403: ("auth.forbidden", "无权执行此操作。", "You may not do this."),
    404: ("not_found", "找不到该对象或地址。", "Not found."),
    405: ("http.method_not_allowed", "该地址不支持此请求方法。", "Method not allowed here."),
    406: ("http.not_acceptable", "无法提供所请求的格式。", "Cannot provide the requested format."),
    413: ("http.too_large", "请求内容过大。", "The request is too large."),
    415: ("http.unsupported_media_type", "不支持的内容类型。", "Unsupported media type."),
}


def not_found() -> Problem:
    """The one answer for a missing object and for an object the caller may not see."""
    code, title, title_en = _HTTP_TITLES[404]
    return Problem(404, code, title, title_en)


def _http_problem(exc: StarletteHTTPException) -> Problem:
    code, title, title_en = _HTTP_TITLES.get(
        exc.status_code, (f"http.{exc.status_code}", "请求无法处理。", "The request failed.")
    )
    return Problem(exc.status_code, code, title, title_en, headers=dict(exc.headers or {}))


def _field_name(location: Sequence[Any]) -> str:
    # ("body", "purpose") → "purpose"; ("query", "limit") → "limit"; nested → "items.0.name"
    parts = [str(p) for p in location[1:]] if len(location) > 1 else [str(p) for p in location]
    return ".".join(parts)


def validation_problem(exc: RequestValidationError) -> Problem:
    """FastAPI's request validation errors, one :class:`FieldError` per failing field."""
    errors = [
        FieldError(
            field=_field_name(err.get("loc", ())),
            code=f"input.{err.get('type', 'invalid')}",
            message_zh="此项缺失或格式不正确。",
            message_en=str(err.get("msg", "Invalid value.")),
        )
        for err in exc.errors()
    ]
    return Problem(
        422,
        "validation.request_invalid",
        "请求内容不符合接口要求。",
        "The request does not match the API schema.",
        errors=errors,
    )


def internal_error() -> Problem:
    """What an unexpected exception answers: no internals, ever."""
    return Problem(
        500,
        "server.internal_error",
        "服务器内部错误，请稍后重试。",
        "Internal server error; please try again later.",
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error of ``app`` through :class:`Problem`."""

    async def on_problem(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return exc.response()

    async def on_domain(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DomainError)
        return from_domain_error(exc).response()

    async def on_http(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return _http_problem(exc).response()

    async def on_validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return validation_problem(exc).response()

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        # The traceback goes to the server log; the caller learns nothing about internals.
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return internal_error().response()

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(DomainError, on_domain)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_unexpected)


# The problem document as OpenAPI sees it, referenced from every endpoint's error responses.
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status", "detail", "code"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "title_en": {"type": "string"},
        "detail_en": {"type": "string"},
        "code": {"type": "string"},
        "rule": {"type": ["string", "null"]},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "message_en": {"type": "string"},
                },
            },
        },
    },
    "additionalProperties": True,
}

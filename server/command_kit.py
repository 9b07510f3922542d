"""How a command endpoint is declared: :func:`command` wraps a plain handler with the plumbing.

A handler receives a :class:`CommandContext` (an open write transaction, the signed-in user,
``command_id`` — the ``Idempotency-Key`` as a UUID —, the clock, calendar and profile, and
helpers to load, save and notify) plus its own path and body parameters, and returns what it
made::

    router = APIRouter(tags=["requests"])

    @command(router, "POST", "/api/v1/requests/{request_id}/withdraw",
             action="request.withdraw", if_match=IfMatch("request", "request_id"))
    def withdraw(ctx: CommandContext, request_id: UUID, body: WithdrawBody) -> ShareRequest:
        ...  # ctx.current is the request, already version-checked and visible to ctx.principal
        return ctx.save(replace(ctx.current, status=RequestStatus.WITHDRAWN))

The wrapper authenticates, claims the ``Idempotency-Key`` (:mod:`server.idempotency`), checks
``If-Match`` when declared (404 for a missing or foreign object, 428 without the header, 412 with
a stale version), runs the handler in one transaction, renders the answer (an entity → its JSON
with ``ETag``), appends the audit event and keeps the answer for replays — or, when the handler
raises a :class:`Problem` or ``DomainError``, rolls everything back, audits the refusal and
releases the key.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass, is_dataclass
from typing import Any
from uuid import UUID

import orjson
from fastapi import APIRouter, Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy.engine import Connection

from app.models.codec import from_json_dict, to_json_dict
from app.models.errors import DomainError
from server import audit, authz, db, idempotency, objects
from server.auth import current_principal
from server.authz import Principal
from server.command_context import CommandContext, CommandResult, IfMatch, created
from server.platform import Platform, platform_of
from server.problems import Problem, from_domain_error, not_found

__all__ = ["CommandContext", "CommandResult", "IfMatch", "check_if_match", "command", "created"]

_PURGE_EVERY = 3600.0  # seconds between purges of expired idempotency keys


def _render(result: Any, status_code: int) -> idempotency.StoredResponse:
    """The answer to keep and send: ``status_code`` unless a :class:`CommandResult` says."""
    if isinstance(result, CommandResult):
        answer = _render(result.body, result.status_code)
        return idempotency.StoredResponse(
            result.status_code if result.body is not None else 204,
            answer.body,
            {**answer.headers, **result.headers},
        )
    if result is None:
        return idempotency.StoredResponse(204, b"")
    headers = {"content-type": "application/json"}
    if is_dataclass(result) and not isinstance(result, type):
        data = to_json_dict(result)
        if isinstance(data.get("version"), int):
            headers["etag"] = f'"{data["version"]}"'
        return idempotency.StoredResponse(status_code, orjson.dumps(data), headers)
    return idempotency.StoredResponse(status_code, orjson.dumps(result), headers)


def _parse_if_match(header: str) -> int:
    text = header.strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise Problem(
            400,
            "precondition.if_match_invalid",
            "If-Match 必须是对象的版本号。",
            "If-Match must be the object's version.",
        )
    return int(text)


def check_if_match(ctx: CommandContext, entity: str, entity_id: str, header: str | None) -> Any:
    """Load the object a command updates and check the client's version against it."""
    data = objects.load_json(ctx.conn, entity, entity_id, for_update=True)
    if data is None or not authz.can_see(ctx.conn, ctx.principal, entity, entity_id):
        raise not_found()
    stored_version = objects.stored_version(ctx.conn, entity, entity_id)
    if header is None:
        raise Problem(
            428,
            "precondition.if_match_required",
            "修改已有对象时必须提供 If-Match（对象的版本号）。",
            "Updating an existing object needs If-Match with its version.",
            extra={"current_version": stored_version},
        )
    if _parse_if_match(header) != stored_version:
        raise Problem(
            412,
            "precondition.version_stale",
            "该对象已被他人修改，请核对最新版本后再提交。",
            "Someone changed this object meanwhile; compare the current version and send again.",
            extra={"current_version": stored_version, "current": data},
            headers={"ETag": f'"{stored_version}"'},
        )
    ctx.target = (entity, entity_id)
    return from_json_dict(objects.KINDS[entity].cls, data)


@dataclass(frozen=True, slots=True)
class _Call:
    """One arrival of a command: the declaration plus what this HTTP request brought."""

    handler: Callable[..., Any]
    action: str
    if_match: IfMatch | None
    status_code: int
    platform: Platform
    principal: Principal
    method: str
    target: str  # path and query
    body: bytes
    key_header: str | None
    if_match_header: str | None
    kwargs: dict[str, Any]  # the handler's own parameters
    object_id: str | None  # the id in the If-Match path parameter


def _execute(call: _Call) -> Response:
    platform, principal, action = call.platform, call.principal, call.action
    key = idempotency.parse_key(call.key_header)
    print_ = idempotency.fingerprint(call.method, call.target, call.body)
    _purge_now_and_then(platform)
    replay = idempotency.claim(platform.engine, principal.user_id, key, print_, platform.utcnow())
    if replay is not None:
        return replay.to_response(replayed=True)
    ctx: CommandContext | None = None
    try:
        with db.write(platform.engine) as conn:
            ctx = CommandContext(conn, principal, platform, platform.utcnow(), UUID(key))
            if call.if_match is not None and call.object_id is not None:
                ctx.current = check_if_match(
                    ctx, call.if_match.entity, call.object_id, call.if_match_header
                )
            answer = _render(call.handler(ctx, **call.kwargs), call.status_code)
            _audit(conn, ctx, action, "ok")
            idempotency.complete(conn, principal.user_id, key, answer)
        return answer.to_response()
    except (Problem, DomainError) as refusal:
        problem = refusal if isinstance(refusal, Problem) else from_domain_error(refusal)
        _audit_alone(platform, principal, ctx, action, problem.code, key=key)
        idempotency.release(platform.engine, principal.user_id, key)
        return problem.response()
    except Exception:
        _audit_alone(platform, principal, ctx, action, "server.internal_error", key=key)
        idempotency.release(platform.engine, principal.user_id, key)
        raise


def _audit(conn: Connection, ctx: CommandContext, action: str, result: str) -> None:
    entity, entity_id = ctx.target or ("-", "-")
    audit.append(
        conn,
        now=ctx.now,
        actor=ctx.principal.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        result=result,
        actor_user_id=ctx.principal.user_id,
        actor_department_id=ctx.principal.department_id,
    )


def _audit_alone(
    platform: Platform,
    principal: Principal,
    ctx: CommandContext | None,
    action: str,
    result: str,
    *,
    key: str,
) -> None:
    with db.write(platform.engine) as conn:
        failed = CommandContext(
            conn,
            principal,
            platform,
            platform.utcnow(),
            UUID(key),
            target=ctx.target if ctx else None,
        )
        _audit(conn, failed, action, result)


def _purge_now_and_then(platform: Platform) -> None:
    now = platform.utcnow()
    if (
        platform.last_purge is not None
        and (now - platform.last_purge).total_seconds() < _PURGE_EVERY
    ):
        return
    platform.last_purge = now
    with db.write(platform.engine) as conn:
        idempotency.purge(conn, now - platform.settings.idempotency_retention)


# Described here, given the problem+json schema by server.app's OpenAPI pass.
_COMMAND_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"description": text}
    for code, text in {
        400: "Missing or malformed Idempotency-Key or If-Match",
        401: "Not signed in",
        403: "Role not allowed",
        404: "No such object (or not visible to you)",
        409: "Illegal transition, or the same Idempotency-Key still in progress",
        412: "If-Match names a stale version; the body holds the current object",
        422: "Validation failed, a rule refused, or the Idempotency-Key was used for another body",
        428: "If-Match is required",
    }.items()
}


def command(
    router: APIRouter,
    method: str,
    path: str,
    *,
    action: str,
    if_match: IfMatch | None = None,
    status_code: int = 200,
    summary: str | None = None,
    **route_options: Any,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``handler(ctx, **params)`` as the command ``action`` at ``method path``.

    The handler's parameters after ``ctx`` are declared to FastAPI exactly as written (path
    parameters, a pydantic body model, query parameters), so OpenAPI documents them.
    """

    def decorate(handler: Callable[..., Any]) -> Callable[..., Any]:
        hints = typing.get_type_hints(handler)
        own = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in list(inspect.signature(handler).parameters.values())[1:]
        ]
        names = {p.name for p in own}
        if if_match is not None and if_match.path_param not in names:
            own.insert(
                0,
                inspect.Parameter(
                    if_match.path_param, inspect.Parameter.KEYWORD_ONLY, annotation=str
                ),
            )

        async def endpoint(request: Request, **params: Any) -> Response:
            body = await request.body()
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            call = _Call(
                handler=handler,
                action=action,
                if_match=if_match,
                status_code=status_code,
                platform=params["_platform"],
                principal=params["_principal"],
                method=request.method,
                target=target,
                body=body,
                key_header=params["_idempotency_key"],
                if_match_header=params["_if_match"],
                kwargs={name: params[name] for name in names},
                object_id=None if if_match is None else str(params[if_match.path_param]),
            )
            return await run_in_threadpool(_execute, call)

        fixed = [
            inspect.Parameter(
                "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request
            ),
            inspect.Parameter(
                "_principal",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Principal,
                default=Depends(current_principal),
            ),
            inspect.Parameter(
                "_platform",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Platform,
                default=Depends(platform_of),
            ),
            inspect.Parameter(
                "_idempotency_key",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=str | None,
                default=Header(
                    None,
                    alias="Idempotency-Key",
                    description="UUID of this command (the outbox id)",
                ),
            ),
            inspect.Parameter(
                "_if_match",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=str | None,
                default=Header(
                    None,
                    alias="If-Match",
                    description="the object's version (required to update it)"
                    if if_match
                    else "not used by this command",
                    include_in_schema=if_match is not None,
                ),
            ),
        ]
        endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [fixed[0], *[p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own], *fixed[1:]]
        )
        endpoint.__name__ = handler.__name__
        endpoint.__doc__ = handler.__doc__
        router.add_api_route(
            path,
            endpoint,
            methods=[method],
            status_code=status_code,
            name=action,
            summary=summary,
            responses={**_COMMAND_RESPONSES, **route_options.pop("responses", {})},
            **route_options,
        )
        return handler

    return decorate

"""The composition root of the server: :func:`create_app` builds one platform, nothing global.

The app holds its :class:`~server.platform.Platform` (engine, settings, profile, clock) in
``app.state.platform``; tests build as many independent apps as they like. Domain commands come
from :mod:`server.commands` when that package exists: it exposes ``router`` (an ``APIRouter``
whose endpoints are declared with :func:`server.command_kit.command`). The app's lifespan runs
the deadline sweep (:mod:`server.deadlines`) at start and every
``ServerSettings.deadline_sweep_interval`` while it serves.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.models.profiles import get_profile
from server import (
    attachments,
    audit_api,
    auth,
    db,
    deadlines,
    evaluation,
    feed,
    reads,
    reference,
    schema,
)
from server.platform import Platform, ServerSettings, system_clock
from server.problems import PROBLEM_MEDIA_TYPE, PROBLEM_SCHEMA, install_problem_handlers

DEFAULT_PROFILE = "hunan-2021"
API_VERSION = "1.0.0"


def _commands_router() -> Any:
    if importlib.util.find_spec("server.commands") is None:
        return None
    return getattr(importlib.import_module("server.commands"), "router", None)


def create_app(
    database_url: str,
    profile_id: str | None = None,
    now: Callable[[], datetime] | None = None,
    *,
    settings: ServerSettings | None = None,
) -> FastAPI:
    """A ready server on ``database_url`` (path or URL), migrated to the latest schema.

    ``profile_id`` chooses the rule profile and is remembered in ``settings``; ``None`` keeps the
    stored one (``hunan-2021`` on a new database). ``now`` is the clock (aware UTC datetimes).
    """
    engine = db.make_engine(database_url)
    schema.migrate(engine)
    with db.write(engine) as conn:
        chosen = profile_id or schema.get_setting(conn, "active_profile") or DEFAULT_PROFILE
        get_profile(chosen)  # an unknown profile stops the start, with the known ones listed
        schema.put_setting(conn, "active_profile", chosen)
    platform = Platform(
        engine=engine,
        profile_id=chosen,
        settings=settings or ServerSettings(),
        now=now or system_clock,
    )

    app = FastAPI(
        title="ShareDesk platform API / 政务信息资源共享平台接口",
        version=API_VERSION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.platform = platform
    install_problem_handlers(app)
    for router in (
        auth.router,
        reads.router,
        feed.router,
        reference.router,
        attachments.router,
        audit_api.router,
        deadlines.router,
        evaluation.router,
    ):
        app.include_router(router)
    commands = _commands_router()
    if commands is not None:
        app.include_router(commands)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Background work of a serving app: the deadline sweep (at start, then periodically)."""
    platform: Platform = app.state.platform
    interval = platform.settings.deadline_sweep_interval
    if interval is None:
        yield
        return
    sweeper = deadlines.DeadlineSweeper(platform, interval.total_seconds())
    await sweeper.start()
    try:
        yield
    finally:
        await sweeper.stop()


# Error statuses any operation can answer, besides those it declares itself.
_ALWAYS = {"401": "Not signed in", "422": "Invalid request", "500": "Internal error"}
_PROBLEM_CONTENT = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The document, with every error response described as ``application/problem+json``."""
    if app.openapi_schema is None:
        document = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        schemas["Problem"] = PROBLEM_SCHEMA
        for path, operations in document["paths"].items():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                wanted = dict(_ALWAYS)
                if "requestBody" in operation:
                    # A body that is not even text (bad UTF-8) fails before validation.
                    wanted["400"] = "Malformed body"
                if "{" in path:
                    wanted["404"] = "No such object (or not visible to you)"
                for code, description in wanted.items():
                    responses.setdefault(code, {"description": description})
                for code, response in responses.items():
                    if code[0] in "45":
                        response["content"] = _PROBLEM_CONTENT
        app.openapi_schema = document
    return app.openapi_schema

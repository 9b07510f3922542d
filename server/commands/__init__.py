"""The domain command endpoints: one module per workflow, gathered into :data:`router`.

:func:`server.app.create_app` includes :data:`router` when this package exists. Every endpoint
is declared with :func:`server.command_kit.command` and runs a domain command of
``app.models.commands*`` (see :mod:`server.commands.support` for the shared steps).
"""

from __future__ import annotations

from fastapi import APIRouter

from server.commands import catalog, disputes, feedback, requests, supervision

router = APIRouter()
for _module in (requests, feedback, disputes, catalog, supervision):
    router.include_router(_module.router)

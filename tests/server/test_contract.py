"""Contract fuzzing: the COMMITTED OpenAPI document (``docs/openapi.json``) against the real app.

Schemathesis generates requests for every operation of the committed document and sends them to
the app in-process (ASGI). Every answer must: never be a 5xx, carry a status code the document
lists for the operation, carry a content type it lists, and match the schema it gives for that
status (problem+json for every error). The calls are signed in as the caller the operation is
for (an officer, the provider, its head, a supervisor, an administrator), carry a fresh
``Idempotency-Key`` and, when they update an object the province holds, its current version in
``If-Match``; path ids are drawn from the seeded objects as well as generated, so the handlers
run, not only the 404s.

The run is short and deterministic (a fixed seed, ``derandomize``, a few examples per
operation); ``tests/soak/run_contract.py`` runs the same test with many more examples.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from app.models.enums import ResourceStatus, ShareAttribute
from server import db, objects, schema
from tests.server.conftest import TEST_SETTINGS, World, build_world
from tests.server.test_commands_support import ask, entry, later, ok, rows, send

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
# More examples for a long run: CONTRACT_EXAMPLES=500 (see tests/soak/run_contract.py), which
# also asks for a log of every call's status in CONTRACT_LOG.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "6"))
LOG = os.environ.get("CONTRACT_LOG")
SEED = 20260302
PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

contract = schemathesis.openapi.from_path(COMMITTED)
contract.config.generation.update(max_examples=EXAMPLES, deterministic=True)
contract.config.seed = SEED


@dataclass
class Province:
    """The seeded platform under test and the ids of what it holds, per path collection."""

    world: World
    known: dict[str, list[str]] = field(default_factory=dict)


_PROVINCE: list[Province] = []  # the module's one province, for the generation hook


def _seed(world: World) -> dict[str, list[str]]:
    """Objects of every kind, in states the commands can act on."""
    conditional = entry(world)
    not_shared = entry(world, ShareAttribute.NOT_SHARED, code="301001/000013")
    draft = world.resource("police", status=ResourceStatus.DRAFT)
    late = ok(send(world, "officer", "/api/v1/requests", ask(conditional)), 201)
    negotiating = ok(send(world, "officer", "/api/v1/requests", ask(not_shared)), 201)
    agreed = ok(send(world, "officer", "/api/v1/requests", ask(not_shared)), 201)
    terms = {"terms": "仅限于企业开办身份核验使用，不得转提供"}
    ok(send(world, "provider", f"/api/v1/requests/{agreed['id']}/agree", terms, version=1))
    feedback_body = {
        "id": str(uuid.uuid4()),
        "resource_id": str(conditional.id),
        "data_item": "姓名",
        "kind": "error",
        "description": "姓名中的生僻字显示为问号",
        "proposed_value": "张㵘",
    }
    feedback = ok(send(world, "officer", "/api/v1/feedback", feedback_body), 201)
    later(world, days=15)  # Tue 3/17: the reply to `late` is overdue, so it can be disputed (R15)
    dispute_body = {
        "id": str(uuid.uuid4()),
        "subject": "request",
        "subject_id": late["id"],
        "reason": "提供部门逾期未答复，请求主管部门协调",
    }
    dispute = ok(send(world, "officer", "/api/v1/disputes", dispute_body), 201)
    law = {"description": "《道路交通安全法》修订"}
    ok(send(world, "supervisor", f"/api/v1/resources/{conditional.id}/law-change", law, version=1))
    upload = world.client.post(
        "/api/v1/attachments",
        files={"file": ("证明.pdf", PDF, "application/pdf")},
        headers={**world.login("officer"), "Idempotency-Key": str(uuid.uuid4())},
    )
    filings = rows(world, schema.filings)
    assert filings, "R14: the agreement is filed"
    return {
        "resources": [str(conditional.id), str(not_shared.id), str(draft.id)],
        "requests": [late["id"], negotiating["id"], agreed["id"]],
        "feedback": [feedback["id"]],
        "disputes": [dispute["id"]],
        "filings": [filing["id"] for filing in filings],
        "attachments": [ok(upload, 201)["id"]],
        "departments": [str(world.dept["police"])],
        "users": [str(world.user["officer"])],
    }


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    # No background sweep: schemathesis keeps the app's lifespan running until the process ends.
    settings = replace(TEST_SETTINGS, deadline_sweep_interval=None)
    world = build_world(str(tmp_path_factory.mktemp("contract") / "platform.db"), settings)
    seeded = Province(world, _seed(world))
    _PROVINCE.append(seeded)
    yield seeded
    _PROVINCE.clear()
    world.platform.engine.dispose()


def _collection(path: str) -> str:
    """``/api/v1/requests/{request_id}/reply`` → ``requests``."""
    return path.removeprefix("/api/v1/").split("/")[0]


@contract.hook
def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any] | None) -> Any:
    """Besides generated ids, the ids of seeded objects, so commands reach their handlers."""
    if not _PROVINCE or context.operation is None or not path_parameters:
        return st.just(path_parameters)
    known = _PROVINCE[0].known.get(_collection(context.operation.path), [])
    names = [name for name in path_parameters if name.endswith("_id")]
    if not known or not names:
        return st.just(path_parameters)
    seeded = [{**path_parameters, **dict.fromkeys(names, value)} for value in known]
    return st.one_of(st.just(path_parameters), st.sampled_from(seeded))


@contract.hook
def flatmap_body(context: Any, body: Any) -> Any:
    """Bodies that name a resource or a subject also name seeded ones, so submissions run."""
    if not _PROVINCE or not isinstance(body, dict):
        return st.just(body)
    known = _PROVINCE[0].known
    choices = {
        "resource_id": known["resources"],
        "subject_id": known["requests"] + known["feedback"] + known["resources"],
    }
    name = next((name for name in choices if name in body), None)
    if name is None:
        return st.just(body)
    seeded = [{**body, name: value} for value in choices[name]]
    return st.one_of(st.just(body), st.sampled_from(seeded))


# Who each operation is for: the first matching path fragment decides; officers by default.
_CALLERS = (
    ("/admin/", "admin"),
    ("/calendar/", "admin"),
    ("/audit/verify", "admin"),
    ("/audit", "supervisor"),
    ("/extension/", "head"),
    ("/review", "supervisor"),
    ("/law-change", "supervisor"),
    ("/extend-", "supervisor"),
    ("/decide", "supervisor"),
    ("/escalate", "supervisor"),
    ("/filings/", "supervisor"),
    ("/reminders", "supervisor"),
    ("/reply", "provider"),
    ("/material-notice", "provider"),
    ("/deliver", "provider"),
    ("/agree", "provider"),
    ("/decline", "provider"),
    ("/suspend", "provider"),
    ("/terminate", "provider"),
    ("/lift", "provider"),
    ("/extension", "provider"),
    ("/resolve", "provider"),
    ("/resources", "provider"),
)


def caller_of(path: str) -> str:
    return next((user for fragment, user in _CALLERS if fragment in path), "officer")


def _headers_for(province: Province, case: Any) -> dict[str, str]:
    world = province.world
    path = case.operation.path
    if path == "/api/v1/auth/logout":
        # Signing out revokes the token; a fresh sign-in keeps the shared tokens alive.
        world._tokens.pop("officer", None)
        headers = world.login("officer")
        world._tokens.pop("officer", None)
    else:
        headers = dict(world.login(caller_of(path)))
    names = {p.name for p in case.operation.iter_parameters() if p.location == "header"}
    if "Idempotency-Key" in names:
        headers["Idempotency-Key"] = str(uuid.uuid4())
    if "If-Match" in names:
        entity = objects.kind_of(_collection(path)).name
        object_id = next(iter(case.path_parameters.values()))
        with db.read(world.platform.engine) as conn:
            version = objects.stored_version(conn, entity, str(object_id))
        if version is not None:
            headers["If-Match"] = f'"{version}"'
    return headers


@contract.parametrize()
def test_the_app_keeps_the_committed_contract(case: Any, province: Province) -> None:
    case.headers = {**(case.headers or {}), **_headers_for(province, case)}
    answer = case.call_and_validate(app=province.world.app, checks=CHECKS)
    if LOG:
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(
                f"{case.operation.method.upper()} {case.operation.path} {answer.status_code}\n"
            )

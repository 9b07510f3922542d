"""``GET /api/v1/evaluation`` (R24/R25): who may read it, per-object authorisation, and the same
scorecard as the client computes from its cache after a real sync against the demo server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from keyring.backends import null

from app.models.evaluation import FigureKey, Scorecard, parse_period
from server import db, schema
from server.app import create_app
from server.demo import DEMO_PASSWORD, build_demo
from server.runner import ServerThread

TODAY = date(2026, 11, 27)
NOON = datetime.combine(TODAY, time(4, 0), tzinfo=UTC)  # 12:00 in Beijing


@dataclass
class DemoServer:
    url: str
    engine: Any

    def users(self) -> dict[str, dict[str, Any]]:
        with db.read(self.engine) as conn:
            rows = conn.execute(sa.select(schema.users.c.data)).scalars()
            return {u["username"]: u for u in map(db.loads, rows)}

    def departments(self) -> dict[str, dict[str, Any]]:
        with db.read(self.engine) as conn:
            rows = conn.execute(sa.select(schema.departments.c.data)).scalars()
            return {d["id"]: d for d in map(db.loads, rows)}


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    path: Path = tmp_path_factory.mktemp("evaluation") / "platform.db"
    app = create_app(str(path), "hunan-2021", now=lambda: NOON)
    build_demo(app.state.platform, resources=60, today=TODAY)
    server = ServerThread(app)
    try:
        yield DemoServer(server.start(), app.state.platform.engine)
    finally:
        server.stop()
        app.state.platform.engine.dispose()


def _client(demo: DemoServer, username: str) -> Any:
    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials

    client = PlatformClient(demo.url, Credentials(demo.url, username, backend=null.Keyring()),
                            username=username)
    client.login(username, DEMO_PASSWORD)
    return client


def _status(client: Any, params: dict[str, str]) -> int:
    from app.sync.problems import PlatformError

    try:
        client.get_json("/api/v1/evaluation", params)
    except PlatformError as error:
        return int(error.status)
    return 200


def test_a_supervisor_reads_every_department_of_its_jurisdiction_r24(
    demo_server: DemoServer,
) -> None:
    client = _client(demo_server, "supervisor")
    card = client.get_json("/api/v1/evaluation", {"period": "2026-11"})
    departments = demo_server.departments()
    # The provincial supervisor's jurisdiction is the whole demo province.
    assert {row["department_id"] for row in card["rows"]} == set(departments)
    assert (card["start"], card["end"], card["as_of"]) == ("2026-11-01", "2026-11-30",
                                                          "2026-11-27")


def test_officers_may_not_evaluate_r24(demo_server: DemoServer) -> None:
    assert _status(_client(demo_server, "officer"), {"period": "2026-11"}) == 403


def test_a_department_outside_the_jurisdiction_answers_like_a_missing_one(
    demo_server: DemoServer,
) -> None:
    departments = demo_server.departments()
    city_supervisor = next(
        u for u in demo_server.users().values()
        if u["username"].endswith(".supervisor")
        and departments[u["department_id"]]["level"] == "city"
    )
    own = city_supervisor["department_id"]
    police = next(d["id"] for d in departments.values() if d["name"] == "示例省公安厅")
    client = _client(demo_server, city_supervisor["username"])
    assert _status(client, {"period": "2026-11", "department": police}) == 404
    assert _status(client, {"period": "2026-11", "department": str(uuid.uuid4())}) == 404
    mine = client.get_json("/api/v1/evaluation", {"period": "2026-11", "department": own})
    assert [row["department_id"] for row in mine["rows"]] == [own]
    everything = client.get_json("/api/v1/evaluation", {"period": "2026"})
    inside = {row["department_id"] for row in everything["rows"]}
    assert police not in inside
    assert own in inside
    # Every department the city supervisor evaluates is in its chain of supervision.
    for department_id in inside:
        chain, current = [], department_id
        while current is not None:
            chain.append(current)
            current = departments[current]["supervisor_department_id"]
        assert own in chain


def test_a_level_filter_keeps_that_level_only(demo_server: DemoServer) -> None:
    card = _client(demo_server, "supervisor").get_json(
        "/api/v1/evaluation", {"period": "2026-Q4", "level": "county"})
    departments = demo_server.departments()
    assert card["rows"]
    assert {departments[row["department_id"]]["level"] for row in card["rows"]} == {"county"}


@pytest.mark.parametrize("period", ["2026-13", "2026-Q9", "last month"])
def test_a_malformed_period_is_refused(demo_server: DemoServer, period: str) -> None:
    assert _status(_client(demo_server, "supervisor"), {"period": period}) == 422


@pytest.mark.slow
def test_the_client_cache_gives_the_servers_scorecard_after_a_real_sync_r24(
    demo_server: DemoServer, tmp_path: Path,
) -> None:
    from app.sync.engine import SyncEngine
    from app.sync.store import LocalStore
    from app.sync.workspace import Workspace
    from app.sync.workspace_evaluation import EvaluationWorkspace

    client = _client(demo_server, "supervisor")
    store = LocalStore.open(tmp_path / "supervisor.sqlite3")
    try:
        assert SyncEngine(store, client).sync().completed
        workspace = Workspace.for_user(store, uuid.UUID(client.me()["user"]["id"]),
                                       clock=lambda: NOON)
        evaluation = EvaluationWorkspace(workspace)
        for period in ("2026-11", "2026-Q4", "2026"):
            online = client.get_json("/api/v1/evaluation", {"period": period})
            offline = evaluation.scorecard(parse_period(period))
            assert offline.to_dict() == online, period
        card = Scorecard.from_dict(online)
        # Not a comparison of two empty tables: the demo year has replies and feedback.
        assert any(row.figure(FigureKey.REPLIES_ON_TIME).value is not None for row in card.rows)
        assert any(row.figure(FigureKey.FEEDBACK_RECEIVED).value for row in card.rows)
    finally:
        store.close()

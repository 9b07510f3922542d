"""The server on a real socket: ServerThread on 127.0.0.1, spoken to with requests."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from server.runner import ServerThread
from tests.server.conftest import PASSWORD, build_world


def test_server_thread_serves_on_a_free_port_and_stops(tmp_path: Path) -> None:
    world = build_world(str(tmp_path / "platform.db"))
    with ServerThread(world.app) as url:
        assert url.startswith("http://127.0.0.1:")
        assert not url.endswith(":0")
        with requests.Session() as http:
            login = http.post(
                f"{url}/api/v1/auth/login",
                json={"username": "head", "password": PASSWORD},
                timeout=10,
            )
            assert login.status_code == 200
            token = login.json()["access_token"]
            me = http.get(
                f"{url}/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
            )
            assert me.json()["user"]["roles"] == ["head", "officer"]
            missing = http.get(
                f"{url}/api/v1/resources/nope",
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )
            assert missing.status_code == 404
            assert missing.headers["content-type"] == "application/problem+json"
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/api/v1/rules", timeout=5)
    world.platform.engine.dispose()


def test_start_twice_is_refused(tmp_path: Path) -> None:
    world = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(world.app)
    server.start()
    try:
        with pytest.raises(RuntimeError):
            server.start()
    finally:
        server.stop()
        world.platform.engine.dispose()

"""The committed OpenAPI document is the one the code generates."""

from __future__ import annotations

import json
from pathlib import Path

from server.openapi import render

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    generated = render()
    committed = COMMITTED.read_text(encoding="utf-8")
    assert committed == generated, (
        "docs/openapi.json is stale: run `python -m server.openapi > docs/openapi.json`"
    )


def test_every_command_documents_its_problems() -> None:
    document = json.loads(render())
    assert "Problem" in document["components"]["schemas"]
    put_calendar = document["paths"]["/api/v1/calendar/{year}"]["put"]
    assert {"400", "404", "409", "412", "422", "428"} <= put_calendar["responses"].keys()
    headers = {p["name"] for p in put_calendar["parameters"] if p["in"] == "header"}
    assert "Idempotency-Key" in headers

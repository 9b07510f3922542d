"""Print the endpoint table of ``docs/server.md`` from the committed OpenAPI document.

    .venv/bin/python scripts/openapi_table.py > /tmp/table.md   # then paste it into the doc

One row per operation: method, path, summary, whether it is a command (``Idempotency-Key``),
whether it updates an object (``If-Match``), and the statuses the document lists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DOCUMENT = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"


def rows(document: dict[str, object]) -> list[str]:
    lines = [
        "| method | path | what | key | If-Match | statuses |",
        "|---|---|---|---|---|---|",
    ]
    paths = document["paths"]
    assert isinstance(paths, dict)
    for path, operations in sorted(paths.items()):
        for method, operation in sorted(operations.items()):
            headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
            summary = operation.get("summary", "").replace("|", "/")
            statuses = " ".join(sorted(operation["responses"]))
            key = "✓" if "Idempotency-Key" in headers else ""
            if_match = "✓" if "If-Match" in headers else ""
            lines.append(
                f"| {method.upper()} | `{path}` | {summary} | {key} | {if_match} | {statuses} |"
            )
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(rows(json.loads(DOCUMENT.read_text(encoding="utf-8")))) + "\n")

"""Print the server's OpenAPI document: ``python -m server.openapi > docs/openapi.json``.

The document is built from an app on an in-memory database, so it depends on the code only;
``tests/server/test_openapi.py`` fails when the committed copy drifts from it.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from server.app import create_app


def document() -> dict[str, Any]:
    return create_app("sqlite://").openapi()


def render() -> str:
    """The committed form: sorted keys, two-space indent, UTF-8 (Chinese stays readable)."""
    return json.dumps(document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())

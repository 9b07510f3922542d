"""The diagnostics report that Settings → "Export diagnostics…" writes for IT staff.

Qt-free: the settings dialog passes in what only Qt knows (the Qt and PySide versions) and runs
:func:`collect` in a worker, since it probes the keyring and reads the store. The report says
what helps to find a fault — versions, OS, paths, SQLite and its trigram search, the keyring
backend and whether it works, what the store holds, the outbox by state, the last sync and the
last errors (codes and statuses) — and nothing that identifies or authenticates anyone: no
token, no password, no username, no text the officer wrote (R23). Proxy addresses lose any
``user:password@`` part.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app import __version__
from app.config import Configuration, Settings
from app.sync import search
from app.sync.credentials import KeyringHealth
from app.sync.engine import CHECK_KEY
from app.sync.store import LocalStore, SyncKey

REPORT_FORMAT = "sharedesk-diagnostics/1"


@dataclass
class DiagnosticsInput:
    """Everything the report is made from; the parts that are absent are reported as such."""

    settings: Settings
    configuration: Configuration | None = None
    data_dir: Path | None = None
    store: LocalStore | None = None
    keyring: KeyringHealth | None = None
    qt_version: str = ""
    pyside_version: str = ""
    online: bool | None = None
    offline_since: datetime | None = None
    last_errors: Iterable[Mapping[str, Any]] = field(default_factory=tuple)
    language: str = ""


def without_userinfo(url: str) -> str:
    """``http://user:secret@proxy:8080`` → ``http://proxy:8080`` (credentials never reported)."""
    if not url:
        return ""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def sqlite_facts() -> dict[str, Any]:
    conn = sqlite3.connect(":memory:")
    try:
        trigram = search.trigram_available(conn)
    finally:
        conn.close()
    return {"version": sqlite3.sqlite_version, "fts5_trigram": trigram}


def _store_facts(store: LocalStore) -> dict[str, Any]:
    last_sync = store.state(SyncKey.LAST_SYNC_AT)
    return {
        "path": str(store.path),
        "schema_version": store.schema_version,
        "search_index": store.catalog.warning is None,
        "counts": store.counts(),
        "outbox_by_state": store.outbox.counts(),
        "has_cursor": store.cursor is not None,
        "last_sync": last_sync,
        "full_sync_check": _check_digest(store.state_json(CHECK_KEY)),
    }


def _check_digest(check: Any) -> Any:
    if not isinstance(check, Mapping):
        return None
    return {key: check.get(key) for key in ("ok", "server_count", "received")}


def _paths(data: DiagnosticsInput) -> dict[str, Any]:
    found: dict[str, Any] = {"data_dir": str(data.data_dir) if data.data_dir else None}
    configuration = data.configuration
    if configuration is not None:
        found["deployment_file"] = (str(configuration.deployment_file)
                                    if configuration.deployment_file else None)
        found["deployment_candidates"] = [
            str(path) for path in configuration.paths.deployment_candidates]
        found["user_settings"] = str(configuration.paths.user_settings)
        found["state"] = str(configuration.paths.state)
    found["executable"] = sys.executable
    return found


def collect(data: DiagnosticsInput) -> dict[str, Any]:
    """The report as a JSON-ready dict (blocking: call from a worker)."""
    settings = data.settings
    report: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "app": {"name": "ShareDesk", "version": __version__,
                "frozen": bool(getattr(sys, "frozen", False))},
        "qt": {"qt": data.qt_version, "pyside": data.pyside_version},
        "python": {"version": platform.python_version(),
                   "implementation": platform.python_implementation()},
        "os": {"platform": platform.platform(), "system": platform.system(),
               "release": platform.release(), "machine": platform.machine(),
               "qpa": os.environ.get("QT_QPA_PLATFORM", "")},
        "paths": _paths(data),
        "settings": {
            "server_url": without_userinfo(settings.server_url),
            "proxy": without_userinfo(settings.proxy),
            "ca_file": settings.ca_file,
            "language": data.language or settings.language,
            "sync_interval_minutes": settings.sync_interval_minutes,
            "locked": sorted(settings.locked),
        },
        "sqlite": sqlite_facts(),
        "keyring": None if data.keyring is None else {
            "backend": data.keyring.backend, "status": data.keyring.status.value,
            "reason": data.keyring.reason_en,
        },
        "store": None if data.store is None else _store_facts(data.store),
        "sync": {
            "online": data.online,
            "offline_since": data.offline_since.isoformat() if data.offline_since else None,
            "last_errors": [dict(entry) for entry in data.last_errors],
        },
    }
    return report


def render(report: Mapping[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n"


def write_report(target: Path, data: DiagnosticsInput) -> Path:
    """Collect and write the report to ``target`` (JSON text, UTF-8); returns the path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(render(collect(data)), encoding="utf-8")
    os.replace(partial, target)
    return target

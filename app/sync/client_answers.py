"""What the platform client hands back: a login, a change-feed page, a command's answer, and
the first-sync snapshot as a stream. Split from :mod:`app.sync.client`, which re-exports them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import orjson
import requests

from app.sync.client_transport import NETWORK_ERRORS
from app.sync.credentials import KeyringHealth
from app.sync.problems import NetworkUnavailable


@dataclass(frozen=True, slots=True)
class LoginResult:
    user: Mapping[str, Any]
    keyring: KeyringHealth


@dataclass(frozen=True, slots=True)
class ChangesPage:
    changes: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


@dataclass(frozen=True, slots=True)
class CommandAnswer:
    """A command's success: the entity (or other JSON) it returned, its ETag, a replay flag."""

    status: int
    data: Any
    etag: str | None
    replayed: bool


class SnapshotStream:
    """The NDJSON snapshot as it arrives: ``(entity, data)`` pairs, one line decoded at a time.

    ``cursor`` continues the change feed where the snapshot stands; :attr:`end` is the server's
    closing ``{"cursor", "count"}`` (plus anything else it reports), set once it was read. An
    answer cut short, or a line that is not JSON, raises :class:`NetworkUnavailable`.
    :attr:`data_text` is the last record's ``data`` exactly as the server wrote it (or None when
    the line has another shape), so the store keeps that text instead of encoding it again.
    """

    def __init__(self, response: requests.Response) -> None:
        self._response = response
        self.cursor: str | None = response.headers.get("Sharedesk-Cursor")
        self.end: dict[str, Any] | None = None
        self.received = 0
        self.data_text: str | None = None

    def __iter__(self) -> Iterator[tuple[str, dict[str, Any]]]:
        try:
            for line in self._response.iter_lines(chunk_size=1 << 16):
                if not line:
                    continue
                if self.end is not None:
                    raise NetworkUnavailable("garbled")
                record = orjson.loads(line)
                if "end" in record:
                    self.end = dict(record["end"])
                    self.cursor = str(self.end.get("cursor") or self.cursor)
                    continue
                self.received += 1
                entity = str(record["entity"])
                self.data_text = _data_text(line, entity) if len(record) == 2 else None
                yield entity, record["data"]
        except (orjson.JSONDecodeError, KeyError, TypeError) as error:
            raise NetworkUnavailable("garbled") from error
        except NETWORK_ERRORS as error:
            raise NetworkUnavailable("truncated") from error
        finally:
            self.close()
        if self.end is None:
            raise NetworkUnavailable("truncated")

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> SnapshotStream:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()



def _data_text(line: bytes, entity: str) -> str | None:
    """The ``data`` of ``{"entity":"<entity>","data":<data>}`` (as the server writes it)."""
    prefix = b'{"entity":"' + entity.encode() + b'","data":'
    if line.startswith(prefix) and line.endswith(b"}"):
        return line[len(prefix):-1].decode("utf-8")
    return None

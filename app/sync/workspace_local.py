"""What the officer's workspace keeps only on this computer: drafts, and how to undo queued work.

* **Drafts** of share requests, saved as the officer types (the form debounces), so nothing typed
  is lost, not even in a crash. They never leave the computer.
* **Undo images**: when a command is queued, the cache shows the object as the command leaves it
  (the outbox's ``local_data``). If the officer discards the command, the cache must show the
  object as it was again; the image records, per outbox item, what to put back (``None``: the
  object was new — remove it) and the version the command wrote, so an image never overwrites
  what the platform has sent meanwhile.

Both live in the store's ``sync_state`` table under one key each, as JSON, and are written in
the caller's transaction when there is one (the outbox item and its image commit together).
The store offers no prefix query over that table, hence one key per kind; both stay small
(a handful of drafts, one image per unanswered command, pruned as commands leave the outbox).
A lock serialises read-modify-write between the worker threads of this process.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from app.sync.store import LocalStore
from app.sync.workspace_types import RequestFormData

DRAFTS_KEY = "workspace.drafts"
UNDO_KEY = "workspace.undo"


@dataclass(frozen=True, slots=True)
class Draft:
    id: UUID
    form: RequestFormData
    saved_at: datetime


def record_fingerprint(record: Mapping[str, Any]) -> str:
    """A digest of a cached record's whole content (key order does not matter)."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class UndoStep:
    """Put ``before`` back for ``entity``/``entity_id`` (None: delete it), unless the cache no
    longer holds what the command wrote (then the platform's newer data stays).

    ``written`` is the fingerprint of the whole record the command wrote, not its version
    number: the platform may reach the same version number with different content.
    """

    entity: str
    entity_id: str
    before: Mapping[str, Any] | None
    written: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.entity_id,
                "before": None if self.before is None else dict(self.before),
                "written": self.written}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UndoStep:
        before = data.get("before")
        written = data.get("written")
        return cls(str(data["entity"]), str(data["id"]),
                   dict(before) if isinstance(before, Mapping) else None,
                   written if isinstance(written, str) else None)

    def still_ours(self, current: Mapping[str, Any] | None) -> bool:
        """Whether the cache still holds what the command wrote (so undoing is safe)."""
        return current is None or self.written is None or \
            record_fingerprint(current) == self.written


class LocalNotes:
    """Drafts and undo images of one store (see the module docstring)."""

    def __init__(self, store: LocalStore) -> None:
        self._store = store
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------ drafts

    def save_draft(self, draft_id: UUID, form: RequestFormData, now: datetime) -> None:
        with self._lock:
            drafts = self._load(DRAFTS_KEY)
            data = form.to_dict()
            data["draft_id"] = str(draft_id)
            drafts[str(draft_id)] = {"form": data, "saved_at": now.isoformat()}
            self._store.set_state_json(DRAFTS_KEY, drafts)

    def drafts(self) -> list[Draft]:
        """Every draft, the most recently saved first."""
        found = []
        for key, entry in self._load(DRAFTS_KEY).items():
            if isinstance(entry, Mapping) and isinstance(entry.get("form"), Mapping):
                found.append(Draft(UUID(key), RequestFormData.from_dict(entry["form"]),
                                   datetime.fromisoformat(str(entry["saved_at"]))))
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def draft(self, draft_id: UUID) -> Draft | None:
        return next((d for d in self.drafts() if d.id == draft_id), None)

    def delete_draft(self, draft_id: UUID) -> None:
        with self._lock:
            drafts = self._load(DRAFTS_KEY)
            if drafts.pop(str(draft_id), None) is not None:
                self._store.set_state_json(DRAFTS_KEY, drafts)

    # ------------------------------------------------------------------------- undo images

    def remember(self, item_id: UUID, steps: Iterable[UndoStep], live: Iterable[UUID]) -> None:
        """Record how to undo ``item_id``; forget the images of items no longer in ``live``."""
        with self._lock:
            images = self._load(UNDO_KEY)
            keep = {str(i) for i in live} | {str(item_id)}
            images = {key: value for key, value in images.items() if key in keep}
            images[str(item_id)] = [step.to_dict() for step in steps]
            self._store.set_state_json(UNDO_KEY, images)

    def undo_steps(self, item_id: UUID) -> list[UndoStep]:
        raw = self._load(UNDO_KEY).get(str(item_id))
        return [UndoStep.from_dict(s) for s in raw if isinstance(s, Mapping)] \
            if isinstance(raw, list) else []

    def forget(self, item_id: UUID) -> None:
        with self._lock:
            images = self._load(UNDO_KEY)
            if images.pop(str(item_id), None) is not None:
                self._store.set_state_json(UNDO_KEY, images)

    def _load(self, key: str) -> dict[str, Any]:
        value = self._store.state_json(key)
        return dict(value) if isinstance(value, Mapping) else {}

"""The outbox's upload step: evidence kept with an item goes up before the command that cites it.

An officer's evidence (feedback, a request's material) is stored with its outbox item
(``attachments_local``) until the push. Then, before the command is sent, each local file is
uploaded to ``POST /api/v1/attachments`` and the ids the platform gives them are added to the
command's ``attachment_ids`` — the platform numbers an upload itself, so the ids are known only
now. Exactly once, whatever fails on the way:

* each upload carries the local file's UUID as its ``Idempotency-Key``: an upload whose answer
  was lost is answered, when repeated, with the first answer (the same server id);
* the server id is remembered in the store's ``sync_state`` (one key per local file) as soon as
  it is known, so after a crash, a network failure on the command or a retry days later the
  file is not sent again and the command goes with the very same body (a repeat with a different
  body would be refused);
* the keys are forgotten together with the item when the platform has answered the command.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from app.sync.client import PlatformClient
from app.sync.problems import NetworkUnavailable
from app.sync.store import LocalStore
from app.sync.store_outbox import OutboxItem

UPLOAD_PATH = "/api/v1/attachments"
_PREFIX = "outbox.upload."


def upload_key(local_id: UUID | str) -> str:
    """The ``sync_state`` key that remembers a local file's server id."""
    return f"{_PREFIX}{local_id}"


def uploaded_id(store: LocalStore, local_id: UUID | str) -> str | None:
    return store.state(upload_key(local_id))


def body_with_uploads(store: LocalStore, client: PlatformClient,
                      item: OutboxItem) -> tuple[Mapping[str, Any] | None, list[UUID]]:
    """The command's body with its files' server ids, uploading those not yet up; and the ids
    of the local files (to forget once the command is answered). Raises what the client raises
    (a 413/415 problem, no network…): the pusher settles the item as for the command itself."""
    files = store.outbox.attachments(item.id)
    if not files:
        return item.body, []
    server_ids: list[str] = []
    for file in files:
        known = uploaded_id(store, file.id)
        if known is None:
            data = store.outbox.attachment_data(file.id)
            if data is None:  # removed meanwhile (the officer edited the item): nothing to send
                continue
            answer = client.upload(UPLOAD_PATH, file.filename, file.content_type, data,
                                   str(file.id))
            if not isinstance(answer.data, Mapping) or "id" not in answer.data:
                raise NetworkUnavailable("garbled")
            known = str(answer.data["id"])
            store.set_state({upload_key(file.id): known})
        server_ids.append(known)
    body = dict(item.body or {})
    listed = body.get("attachment_ids")
    earlier = [str(i) for i in listed if str(i) not in server_ids] \
        if isinstance(listed, list) else []
    body["attachment_ids"] = [*earlier, *server_ids]
    return body, [file.id for file in files]


def forget_uploads(store: LocalStore, local_ids: list[UUID]) -> None:
    """The command was answered: its files' server ids are no longer needed."""
    if local_ids:
        store.set_state({upload_key(local_id): None for local_id in local_ids})

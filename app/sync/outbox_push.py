"""Pushing the outbox: each queued command to the server, in the order it was made, exactly once.

Every item goes with its UUID as ``Idempotency-Key`` and, for an existing object, its
``If-Match`` version, so a repeat after a lost answer is recognised by the server and answered
with the first answer. What the answer means for the item (DESIGN.md, "Client data flow"):

* success — the entity the server returned goes into the cache (through the engine's ``apply``,
  which also keeps published calendars), then the item leaves the outbox
  (in that order: a crash in between only resends, and the key makes that harmless);
* no answer (network) or 5xx / 429 / "still in progress" — back in the queue with a backoff
  (``next_attempt_at``); the push stops there, since the queue keeps its order;
* 412 — *conflict*: the server's current object is kept beside the officer's command;
* any other 4xx — *needs attention* with the server's problem; the officer's text is untouched;
* evidence files kept with the item are uploaded first and their server ids added to the
  body's ``attachment_ids`` (:mod:`app.sync.outbox_uploads`: once, even across crashes); an
  upload's failure settles the item as the command's would;
* 401 that a refresh cannot cure — the item goes back to the queue as it was and
  :class:`~app.sync.problems.AuthExpired` reaches the caller (sign in again).

Later items for the *same object* wait behind a failed one (the store's queue order,
:meth:`~app.sync.store_outbox.Outbox.next_ready`); items for other objects still go.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from app.sync.client import CommandAnswer, PlatformClient
from app.sync.outbox_uploads import body_with_uploads, forget_uploads
from app.sync.problems import (
    AuthExpired,
    Conflict412,
    NetworkUnavailable,
    PlatformError,
    PlatformProblem,
    StateConflict,
)
from app.sync.store import LocalStore
from app.sync.store_outbox import OutboxItem, OutboxState

Progress = Callable[[int, int, str], None]
CALENDAR_ENTITY = "calendar_year"


@dataclass(frozen=True, slots=True)
class OutboxBackoff:
    """When a command that got no answer (or a 5xx) is tried again: doubling, with jitter."""

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(minutes=30)

    def next_attempt(self, now: datetime, attempts: int, rng: random.Random,
                     retry_after: float | None = None) -> datetime:
        ceiling = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        wait = ceiling * rng.uniform(0.5, 1.0)
        if retry_after is not None:
            wait = max(wait, timedelta(seconds=retry_after))  # the server knows best
        moment: datetime = now + wait
        return moment


@dataclass
class PushOutcome:
    """What one push did; ``stopped_by`` is the error that ended it early (offline, 5xx)."""

    sent: list[UUID] = field(default_factory=list)
    retrying: list[UUID] = field(default_factory=list)
    needs_attention: list[UUID] = field(default_factory=list)
    conflicts: list[UUID] = field(default_factory=list)
    stopped_by: PlatformError | None = None


def _network_record(error: PlatformError) -> dict[str, Any]:
    return {"code": error.code, "title": error.message_zh, "title_en": error.message_en}


def _is_transient(problem: PlatformProblem) -> bool:
    if isinstance(problem, StateConflict):
        return problem.in_progress
    return problem.status >= 500 or problem.status == 429


class OutboxPusher:
    """Sends the queue of one store through one client (see the module docstring)."""

    def __init__(self, store: LocalStore, client: PlatformClient, *,
                 apply: Callable[[list[dict[str, Any]]], None], clock: Callable[[], datetime],
                 rng: random.Random, backoff: OutboxBackoff | None = None) -> None:
        self.store = store
        self.client = client
        self.apply = apply  # the engine's way of writing changes to the cache
        self.clock = clock
        self.rng = rng
        self.backoff = backoff or OutboxBackoff()

    def push(self, cancelled: Callable[[], bool], progress: Progress) -> PushOutcome:
        outbox = self.store.outbox
        outbox.requeue_interrupted()  # a crash mid-send left them "sending": the key makes it safe
        outcome = PushOutcome()
        total = outbox.counts()[OutboxState.QUEUED.value]
        done = 0
        while not cancelled():
            head = outbox.next_ready(self.clock())
            if head is None:
                break
            item = outbox.mark_sending(head.id)
            if item is None:
                continue  # the officer took it off the queue meanwhile
            if not self._send(item, outcome):
                break
            done += 1
            progress(done, max(total, done), "push")
        return outcome

    def _send(self, item: OutboxItem, outcome: PushOutcome) -> bool:
        """Send one claimed item and settle it; False when the push should stop here."""
        outbox = self.store.outbox
        try:
            # Evidence kept with the item goes up first (exactly once, see outbox_uploads).
            body, uploaded = body_with_uploads(self.store, self.client, item)
            answer = self.client.send_command(item.method, item.path, body, str(item.id),
                                              item.if_match)
        except AuthExpired:
            outbox.requeue_interrupted()
            raise
        except NetworkUnavailable as offline:
            self._retry_later(item, _network_record(offline), None)
            outcome.retrying.append(item.id)
            outcome.stopped_by = offline
            return False
        except Conflict412 as stale:
            outbox.mark_conflict(item.id, stale.current or {}, stale.to_dict())
            outcome.conflicts.append(item.id)
            return True
        except PlatformProblem as problem:
            if _is_transient(problem):
                self._retry_later(item, problem.to_dict(), problem.retry_after)
                outcome.retrying.append(item.id)
                outcome.stopped_by = problem
                return False
            outbox.mark_needs_attention(item.id, problem.to_dict())
            outcome.needs_attention.append(item.id)
            return True
        except PlatformError as unreachable:  # e.g. an untrusted certificate: nothing was sent
            self._retry_later(item, _network_record(unreachable), None)
            outcome.retrying.append(item.id)
            outcome.stopped_by = unreachable
            return False
        self._apply_answer(item, answer)
        with self.store.transaction():
            outbox.mark_sent(item.id)
            forget_uploads(self.store, uploaded)
        outcome.sent.append(item.id)
        return True

    def _retry_later(self, item: OutboxItem, error: Mapping[str, Any],
                     retry_after: float | None) -> None:
        when = self.backoff.next_attempt(self.clock(), item.attempts, self.rng, retry_after)
        self.store.outbox.mark_retry(item.id, error, when)

    def _apply_answer(self, item: OutboxItem, answer: CommandAnswer) -> None:
        """Put the object the server returned into the cache, so lists show it at once."""
        data = answer.data
        if not isinstance(data, dict):
            return
        found = data.get("year") if item.entity == CALENDAR_ENTITY else data.get("id")
        if found is None:
            return
        if item.entity_id is not None and str(found) != str(item.entity_id):
            return  # not the object the command was about: the change feed will bring it
        self.apply([{"entity": item.entity, "id": str(found), "op": "upsert", "data": data}])

"""The outbox: saved before sending, leaving in creation order, off the queue while it needs the
officer (4xx, 412) or is being edited, and never losing the officer's text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from app.sync.store import LocalStore, open_store
from app.sync.store_outbox import LocalFile, OutboxError, OutboxItem, OutboxState

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
PURPOSE = "办理企业开办登记，需核验法定代表人身份信息（R11 使用用途）"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with open_store(tmp_path / "store.sqlite3") as opened:
        yield opened


def _submit(store: LocalStore, request_id: str, purpose: str = PURPOSE,
            at: datetime = T0) -> OutboxItem:
    return store.outbox.enqueue(
        "request.submit", "post", f"/api/v1/requests/{request_id}/submit",
        {"purpose": purpose}, "request", request_id, 1, now=at,
    )


def _drain(store: LocalStore, now: datetime) -> list[str | None]:
    """Send everything ready, in the order the outbox offers it; return the entity ids."""
    sent = []
    while (item := store.outbox.next_ready(now)) is not None:
        assert store.outbox.mark_sending(item.id) is not None
        store.outbox.mark_sent(item.id)
        sent.append(item.entity_id)
    return sent


def test_enqueue_saves_the_command_with_a_uuid_key(store: LocalStore, tmp_path: Path) -> None:
    item = _submit(store, "r-1")
    assert isinstance(item.id, UUID)
    assert item.state is OutboxState.QUEUED
    assert item.method == "POST"
    assert item.if_match == "1"
    assert item.body == {"purpose": PURPOSE}
    assert item.created_at == T0
    store.close()
    with open_store(tmp_path / "store.sqlite3") as reopened:  # saved before anything is sent
        assert reopened.outbox.get(item.id) == item


def test_items_leave_in_creation_order(store: LocalStore) -> None:
    for n in range(5):
        _submit(store, f"r-{n}", at=T0 + timedelta(seconds=n))
    assert _drain(store, T0 + timedelta(minutes=1)) == [f"r-{n}" for n in range(5)]
    assert store.outbox.items() == []


def test_a_retry_waits_and_the_queue_waits_behind_it(store: LocalStore) -> None:
    first = _submit(store, "r-1")
    _submit(store, "r-2")
    store.outbox.mark_sending(first.id)
    retry_at = T0 + timedelta(seconds=30)
    retried = store.outbox.mark_retry(first.id, {"detail": "connection reset"}, retry_at)
    assert retried.state is OutboxState.QUEUED
    assert retried.attempts == 1
    assert store.outbox.next_ready(T0 + timedelta(seconds=10)) is None
    assert store.outbox.next_wakeup() == retry_at
    assert _drain(store, retry_at) == ["r-1", "r-2"]


def test_needs_attention_keeps_the_text_and_blocks_only_the_same_object(
    store: LocalStore,
) -> None:
    first = _submit(store, "r-1")
    same = store.outbox.enqueue("request.withdraw", "POST", "/api/v1/requests/r-1/withdraw",
                                None, "request", "r-1", 2)
    _submit(store, "r-2")
    store.outbox.mark_sending(first.id)
    problem = {"type": "request.purpose_required", "title": "请填写使用用途", "status": 422}
    parked = store.outbox.mark_needs_attention(first.id, problem)
    assert parked.state is OutboxState.NEEDS_ATTENTION
    assert parked.last_error == problem
    assert parked.body == {"purpose": PURPOSE}
    assert _drain(store, T0) == ["r-2"]  # the withdrawal of r-1 waits behind its submission
    assert [i.id for i in store.outbox.items()] == [first.id, same.id]


def test_conflict_keeps_both_versions_until_the_officer_resolves_it(store: LocalStore) -> None:
    item = _submit(store, "r-1")
    store.outbox.mark_sending(item.id)
    theirs = {"id": "r-1", "version": 3, "purpose": "对方已修改"}
    conflict = store.outbox.mark_conflict(item.id, theirs, {"status": 412})
    assert conflict.state is OutboxState.CONFLICT
    assert conflict.server_version == theirs
    assert conflict.body == {"purpose": PURPOSE}
    assert store.outbox.next_ready(T0) is None  # never a silent overwrite
    store.outbox.hold(item.id)
    released = store.outbox.release(item.id, {"purpose": PURPOSE + "（已核对）"}, if_match=3)
    assert released.state is OutboxState.QUEUED
    assert released.if_match == "3"
    assert released.server_version is None
    assert released.attempts == 0
    assert store.outbox.next_ready(T0) == released


def test_editing_takes_an_item_off_the_queue_until_released(store: LocalStore) -> None:
    first = _submit(store, "r-1")
    _submit(store, "r-2", at=T0 + timedelta(seconds=1))
    held = store.outbox.hold(first.id)
    assert held.state is OutboxState.HELD
    assert store.outbox.mark_sending(first.id) is None  # the engine cannot claim it meanwhile
    assert _drain(store, T0 + timedelta(minutes=1)) == ["r-2"]
    store.outbox.release(first.id, {"purpose": "改写后的用途"})
    again = store.outbox.next_ready(T0 + timedelta(minutes=1))
    assert again is not None
    assert again.body == {"purpose": "改写后的用途"}
    assert again.seq == first.seq  # back at its original place


def test_an_item_being_sent_cannot_be_edited_or_discarded(store: LocalStore) -> None:
    item = _submit(store, "r-1")
    store.outbox.mark_sending(item.id)
    with pytest.raises(OutboxError) as busy:
        store.outbox.hold(item.id)
    assert busy.value.code == "outbox.sending"
    with pytest.raises(OutboxError):
        store.outbox.discard(item.id)
    queued = _submit(store, "r-2")
    with pytest.raises(OutboxError) as not_held:
        store.outbox.release(queued.id, {})
    assert not_held.value.code == "outbox.not_held"
    with pytest.raises(OutboxError) as missing:
        store.outbox.hold("00000000-0000-4000-8000-000000000000")
    assert missing.value.code == "outbox.not_found"


def test_discard_counts_and_pending_ids(store: LocalStore) -> None:
    items = [_submit(store, f"r-{n}") for n in range(4)]
    store.outbox.mark_sending(items[0].id)
    store.outbox.mark_needs_attention(items[1].id, {"status": 403})
    store.outbox.hold(items[2].id)
    assert store.outbox.counts() == {
        "queued": 1, "sending": 1, "needs_attention": 1, "conflict": 0, "held": 1,
    }
    assert store.outbox.pending_ids("request") == {"r-0", "r-1", "r-2", "r-3"}
    store.outbox.discard(items[3].id)
    assert store.outbox.pending_ids("request") == {"r-0", "r-1", "r-2"}
    assert [i.id for i in store.outbox.items([OutboxState.HELD])] == [items[2].id]


def test_items_left_sending_by_a_crash_are_queued_again(store: LocalStore) -> None:
    item = _submit(store, "r-1")
    store.outbox.mark_sending(item.id)
    assert store.outbox.requeue_interrupted() == 1
    ready = store.outbox.next_ready(T0)
    assert ready is not None
    assert ready.id == item.id  # same Idempotency-Key: the server answers the repeat once


def test_local_data_and_files_are_saved_with_the_command(store: LocalStore,
                                                         factory: Any) -> None:
    police = factory.department("省公安厅")
    entry = factory.resource("居民身份证信息", provider=police)
    evidence = LocalFile("核验截图.png", "image/png", b"\x89PNG evidence bytes")
    feedback = {"id": "f-1", "resource_id": str(entry.id), "status": "submitted", "version": 1}
    item = store.outbox.enqueue("feedback.submit", "POST", "/api/v1/feedback", feedback,
                                "feedback", "f-1", local_data=feedback, files=[evidence])
    assert store.get_json("feedback", "f-1") == feedback  # shown as pending at once
    [attachment] = store.outbox.attachments(item.id)
    assert attachment.filename == "核验截图.png"
    assert attachment.size == len(evidence.data)
    assert store.outbox.attachment_data(attachment.id) == evidence.data
    store.outbox.mark_sent(item.id)
    assert store.outbox.attachment_data(attachment.id) is None  # uploaded with the command

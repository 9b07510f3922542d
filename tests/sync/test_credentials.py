"""Session secrets: the refresh token in the keyring under a key that names nobody, the access
token in memory, and memory only — never a file — where no keyring works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, null

from app.sync import paths
from app.sync.credentials import SERVICE, Credentials, KeyringStatus, keyring_account
from app.sync.store import open_store

SERVER = "https://share.hunan.gov.cn"
REFRESH = "rt-7f3c9a1e4b2d48e0a6c5d9f1b3e7a2c4"
ACCESS = "at-0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"


def test_refresh_token_goes_to_the_keyring_and_survives_a_restart(memory_keyring: Any) -> None:
    session = Credentials(SERVER, "zhangsan")
    health = session.remember(REFRESH, ACCESS)
    assert health.status is KeyringStatus.AVAILABLE
    assert memory_keyring.secrets == {(SERVICE, keyring_account(SERVER, "zhangsan")): REFRESH}
    assert session.access_token == ACCESS
    restarted = Credentials(SERVER + "/", "zhangsan")  # same account, another spelling
    assert restarted.refresh_token() == REFRESH
    assert restarted.access_token is None  # access tokens never leave memory


def test_the_keyring_key_is_short_and_names_nobody() -> None:
    key = keyring_account(SERVER, "zhangsan")
    assert SERVICE == "ShareDesk"
    assert len(key) <= 40
    assert "zhangsan" not in key
    assert "hunan" not in key
    assert key != keyring_account(SERVER, "lisi")


def test_forget_removes_the_token_everywhere(memory_keyring: Any) -> None:
    session = Credentials(SERVER, "zhangsan")
    session.remember(REFRESH, ACCESS)
    session.forget()
    assert memory_keyring.secrets == {}
    assert session.refresh_token() is None
    assert session.access_token is None
    session.forget()  # twice is harmless
    assert Credentials(SERVER, "zhangsan").refresh_token() is None


def _unavailable_everywhere(tmp_root: Path, backend: KeyringBackend | None) -> None:
    """Sign in with this backend and use the store; then no file under tmp_root has the token."""
    session = Credentials(SERVER, "zhangsan", backend=backend)
    health = session.remember(REFRESH, ACCESS)
    assert health.status is KeyringStatus.UNAVAILABLE
    assert "内存" in health.message("zh")
    assert "memory only" in health.message("en")
    assert session.refresh_token() == REFRESH  # the session goes on, in memory
    with open_store(paths.store_path(SERVER, "zhangsan")) as store:
        store.set_state({"username": "zhangsan", "server_url": SERVER})
        store.outbox.enqueue("request.submit", "POST", "/api/v1/requests", {"purpose": "核验"},
                             "request", None)
    written = [p for p in tmp_root.rglob("*") if p.is_file()]
    assert written  # the scan below looks at real files
    for path in written:
        content = path.read_bytes()
        assert REFRESH.encode() not in content, path
        assert ACCESS.encode() not in content, path


@pytest.mark.usefixtures("fail_keyring")
def test_r23_fail_backend_keeps_the_session_in_memory_and_writes_nothing(tmp_path: Path) -> None:
    _unavailable_everywhere(tmp_path, None)
    assert Credentials(SERVER, "zhangsan").refresh_token() is None  # a restart must sign in


def test_an_empty_chainer_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What a headless Linux without D-Bus gets: a chainer with no viable backend to chain.
    monkeypatch.setattr(keyring.backend, "_limit", lambda candidate: False)
    empty = chainer.ChainerBackend()
    assert list(empty.backends) == []
    _unavailable_everywhere(tmp_path, empty)


def test_the_null_backend_is_unavailable(tmp_path: Path) -> None:
    _unavailable_everywhere(tmp_path, null.Keyring())


class _LockedKeyring(KeyringBackend):
    """A desktop keyring whose unlock prompt the officer dismissed."""

    priority = -0.5

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")


class _ReadOnlyKeyring(KeyringBackend):
    """A keyring that reads but refuses to store (e.g. the secret is too long for it)."""

    priority = -0.5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("blob too large")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("not found")


def test_a_locked_keyring_is_reported_not_raised(tmp_path: Path) -> None:
    _unavailable_everywhere(tmp_path, _LockedKeyring())


def test_a_keyring_that_refuses_to_store_falls_back_to_memory(tmp_path: Path) -> None:
    session = Credentials(SERVER, "zhangsan", backend=_ReadOnlyKeyring())
    assert session.health().status is KeyringStatus.AVAILABLE
    health = session.remember(REFRESH)
    assert health.status is KeyringStatus.UNAVAILABLE
    assert "PasswordSetError" in health.message("en")
    assert session.refresh_token() == REFRESH

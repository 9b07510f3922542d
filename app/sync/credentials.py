"""The officer's session secrets: the refresh token in the OS keyring, the access token in memory.

Never the password: the platform trades it for tokens at sign-in and it is forgotten at once.
The refresh token is kept in the OS keyring (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux desktops) under the service ``"ShareDesk"`` and an account key derived
from the server and the username (:func:`keyring_account`; the name shows neither).

Where no keyring works — the ``fail`` or ``null`` backend, a chainer with nothing to chain, a
headless Linux without D-Bus, a keyring that is locked or errors — :class:`Credentials` says so
(:class:`KeyringHealth`, in Chinese and English) and keeps the session in memory only. There is
no plaintext fallback, and backends that would store secrets in a plain file are refused
(R23: identity authentication and security measures across storage and use).

Keyring calls can block for seconds (an unlock prompt, a slow D-Bus): every method here is
synchronous and must be **called from a worker thread** (the GUI's task bridge does that).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.models.enums import LabeledEnum
from app.sync.paths import account_digest

SERVICE = "ShareDesk"
_MEMORY_ONLY_ZH = "本次登录只保存在内存中，关闭 ShareDesk 后需要重新登录。"
_MEMORY_ONLY_EN = "This session is kept in memory only; sign in again after closing ShareDesk."
# Backends that would write secrets unprotected (keyrings.alt's files) or not at all.
_REFUSED_MODULES = ("keyrings.alt",)


class KeyringStatus(LabeledEnum):
    AVAILABLE = "available", "登录状态保存在系统密钥环中", "Sign-in kept in the system keyring"
    UNAVAILABLE = "unavailable", "系统密钥环不可用", "System keyring unavailable"


@dataclass(frozen=True, slots=True)
class KeyringHealth:
    """Whether the refresh token can be kept across restarts, and why not if it cannot."""

    status: KeyringStatus
    backend: str
    reason_zh: str = ""
    reason_en: str = ""

    @property
    def available(self) -> bool:
        return self.status is KeyringStatus.AVAILABLE

    def message(self, language: str = "zh") -> str:
        if self.available:
            return self.status.label(language)
        return self.reason_en if language.startswith("en") else self.reason_zh


def keyring_account(server_url: str, username: str) -> str:
    """The keyring's account key for one user on one server (stable, reveals neither)."""
    return f"refresh-{account_digest(server_url, username)}"


def _backend_name(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _unavailable(backend: KeyringBackend, zh: str, en: str) -> KeyringHealth:
    return KeyringHealth(
        KeyringStatus.UNAVAILABLE, _backend_name(backend), f"{zh}{_MEMORY_ONLY_ZH}",
        f"{en} {_MEMORY_ONLY_EN}",
    )


def _refusal(backend: KeyringBackend) -> KeyringHealth | None:
    """Why this backend cannot keep a secret safely, judged without calling it (None: it may)."""
    if isinstance(backend, fail.Keyring):
        return _unavailable(
            backend,
            "未找到可用的系统密钥环（例如没有运行 D-Bus 或 Secret Service）。",
            "No working system keyring was found (for example, no D-Bus or Secret Service).",
        )
    if isinstance(backend, null.Keyring):
        return _unavailable(
            backend, "系统密钥环已被设置为不保存任何内容。",
            "The keyring is configured to store nothing.",
        )
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return _unavailable(
                backend, "未找到可用的系统密钥环。", "No working system keyring was found."
            )
        return _refusal(chained[0])  # the chainer writes to its first backend
    if type(backend).__module__.startswith(_REFUSED_MODULES):
        return _unavailable(
            backend, "所配置的密钥环会以明文文件保存密码，ShareDesk 不使用它。",
            "The configured keyring would store secrets in a plain file; ShareDesk does not "
            "use it.",
        )
    return None


def _failure(backend: KeyringBackend, error: Exception) -> KeyringHealth:
    detail = f"{type(error).__name__}: {error}".strip()
    if isinstance(error, keyring.errors.KeyringLocked):
        return _unavailable(backend, "系统密钥环已锁定且未能解锁。", "The keyring is locked.")
    return _unavailable(
        backend, f"访问系统密钥环时出错（{detail}）。", f"The keyring failed ({detail})."
    )


class Credentials:
    """The tokens of one officer on one server. Thread-safe; call from a worker thread.

    ``backend`` defaults to the keyring library's current backend (``keyring.get_keyring()``).
    """

    def __init__(self, server_url: str, username: str, *,
                 backend: KeyringBackend | None = None) -> None:
        self.account = keyring_account(server_url, username)
        self._backend = backend
        self._lock = threading.Lock()
        self._health: KeyringHealth | None = None
        self._refresh_token: str | None = None
        self._access_token: str | None = None

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _load(self) -> KeyringHealth:
        """Read the stored token once; this read is also the probe of the keyring's health."""
        if self._health is not None:
            return self._health
        backend = self._keyring()
        health = _refusal(backend)
        stored: str | None = None
        if health is None:
            try:
                stored = backend.get_password(SERVICE, self.account)
            except Exception as error:  # D-Bus and vendor errors are not KeyringError
                health = _failure(backend, error)
            else:
                health = KeyringHealth(KeyringStatus.AVAILABLE, _backend_name(backend))
        self._health = health
        if self._refresh_token is None:
            self._refresh_token = stored
        return health

    def health(self) -> KeyringHealth:
        """Probe the keyring (once) and say whether a session will survive a restart."""
        with self._lock:
            return self._load()

    @property
    def access_token(self) -> str | None:
        """The short-lived access token; it lives in memory only."""
        return self._access_token

    def set_access_token(self, token: str | None) -> None:
        with self._lock:
            self._access_token = token

    def refresh_token(self) -> str | None:
        """The refresh token: the one in memory, else the one in the keyring."""
        with self._lock:
            self._load()
            return self._refresh_token

    def remember(self, refresh_token: str, access_token: str | None = None) -> KeyringHealth:
        """Keep new tokens: both in memory, the refresh token in the keyring when it works.

        Returns the keyring's health so the caller can tell the officer that the session is
        kept in memory only (it never falls back to a file).
        """
        with self._lock:
            health = self._load()
            self._refresh_token = refresh_token
            if access_token is not None:
                self._access_token = access_token
            if health.available:
                backend = self._keyring()
                try:
                    backend.set_password(SERVICE, self.account, refresh_token)
                except Exception as error:
                    self._health = health = _failure(backend, error)
            return health

    def forget(self) -> None:
        """Sign out: drop both tokens from memory and the refresh token from the keyring."""
        with self._lock:
            health = self._load()
            self._refresh_token = None
            self._access_token = None
            if not health.available:
                return
            backend = self._keyring()
            try:
                backend.delete_password(SERVICE, self.account)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already forgotten
            except Exception as error:
                self._health = _failure(backend, error)

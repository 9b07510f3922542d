"""Signing in: from what the officer typed (or remembered) to an open client and local store.

Qt-free and blocking — the login dialog runs every method here through the task bridge, because
each may wait on the network, the keyring or the disk. :class:`SignInService` knows the
deployment settings (a locked server URL wins over anything typed), the data folder and the
keyring backend, and offers four ways in:

* :meth:`SignInService.sign_in` — username and password against the platform; "remember me"
  keeps only the refresh token in the OS keyring, otherwise the session lives in memory and a
  token kept from an earlier session is forgotten;
* :meth:`SignInService.resume` — the refresh token kept in the keyring, without a password;
* :meth:`SignInService.cached_account` / :meth:`SignInService.open_offline` — the local copy of
  an account when the platform cannot be reached (docs/decisions.md, "Opening offline");
* :meth:`SignInService.reauthenticate` — a new password for a session whose login ended, keeping
  its client, store and outbox.

Each ends with a :class:`SignedIn`: the client, the store of this server + user (a damaged
store is recovered with its outbox kept, and :attr:`SignedIn.recovery` says so), who signed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from keyring.backend import KeyringBackend
from keyring.backends import null

from app.config import Settings
from app.sync import paths
from app.sync.client import PlatformClient, checked_server_url
from app.sync.credentials import Credentials, KeyringHealth
from app.sync.problems import AuthExpired
from app.sync.store import LocalStore, RecoveryReport, StoreCorrupted, SyncKey


@dataclass(frozen=True, slots=True)
class SignInRequest:
    """What the officer typed. The password is never kept beyond the login call."""

    server_url: str
    username: str
    password: str = field(repr=False)
    remember: bool = False


@dataclass(frozen=True, slots=True)
class CachedAccount:
    """The local copy of one account, as the offline offer describes it."""

    server_url: str
    username: str
    display_name: str
    department_name: str
    last_sync: datetime | None
    remembered: bool  # a refresh token of this account is in the keyring


@dataclass
class SignedIn:
    """An open session: the client, the account's store, and who the officer is."""

    server_url: str
    username: str
    client: PlatformClient
    store: LocalStore
    user: dict[str, Any]
    keyring: KeyringHealth | None
    remember: bool
    online: bool = True
    offline_since: datetime | None = None
    recovery: RecoveryReport | None = None
    last_sync: datetime | None = None
    has_session: bool = True  # False: opened offline with no token, sign in before syncing

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(str(role) for role in self.user.get("roles") or ())

    @property
    def department_id(self) -> str:
        return str(self.user.get("department_id") or "")

    def close(self) -> None:
        self.store.close()
        self.client.close()


class NoRememberedSession(Exception):
    """No refresh token of this account is kept in the keyring."""


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class SignInService:
    """Signs officers in to the platform the deployment names (see the module docstring).

    ``keyring_backend`` is the keyring to keep refresh tokens in (``None``: the OS keyring);
    ``use_keyring=False`` never touches any keyring (the demo's throw-away accounts).
    """

    def __init__(self, settings: Settings, data_dir: str | None = None, *,
                 keyring_backend: KeyringBackend | None = None,
                 use_keyring: bool = True) -> None:
        self.settings = settings
        self.data_dir = data_dir
        self._keyring = keyring_backend
        self._use_keyring = use_keyring

    # ------------------------------------------------------------------------- helpers

    def server_for(self, typed: str) -> str:
        """The URL to use: the deployment's when IT locked it, else what was typed."""
        if self.settings.is_locked("server_url") and self.settings.server_url:
            return checked_server_url(self.settings.server_url)
        return checked_server_url(typed)

    def _credentials(self, server_url: str, username: str, *, remember: bool) -> Credentials:
        if remember and self._use_keyring:
            return Credentials(server_url, username, backend=self._keyring)
        # Memory only: a keyring that stores nothing (the session ends with the process).
        return Credentials(server_url, username, backend=null.Keyring())

    def _client(self, server_url: str, username: str, credentials: Credentials) -> PlatformClient:
        return PlatformClient(server_url, credentials, username=username,
                              ca_file=self.settings.ca_file or None,
                              proxy=self.settings.proxy or None)

    def keyring_health(self) -> KeyringHealth:
        """Whether "remember me" can work here; probes the keyring (call from a worker)."""
        if not self._use_keyring:
            return Credentials("http://127.0.0.1", "-", backend=null.Keyring()).health()
        return Credentials("http://127.0.0.1", "-", backend=self._keyring).health()

    def store_exists(self, server_url: str, username: str) -> bool:
        return paths.store_path(server_url, username, self.data_dir).is_file()

    def open_store(self, server_url: str, username: str) -> tuple[LocalStore,
                                                                  RecoveryReport | None]:
        """The account's store; a damaged one is recovered, keeping every readable outbox item."""
        location = paths.store_path(server_url, username, self.data_dir)
        try:
            return LocalStore.open(location), None
        except StoreCorrupted:
            store = LocalStore.recover(location)
            return store, store.recovery

    def _finish(self, client: PlatformClient, username: str, user: dict[str, Any],
                keyring: KeyringHealth | None, remember: bool) -> SignedIn:
        try:
            store, recovery = self.open_store(client.server_url, username)
        except BaseException:
            client.close()
            raise
        return SignedIn(client.server_url, username, client, store, dict(user), keyring,
                        remember, recovery=recovery,
                        last_sync=_parse_time(store.state(SyncKey.LAST_SYNC_AT)))

    # ------------------------------------------------------------------------ the ways in

    def sign_in(self, request: SignInRequest) -> SignedIn:
        """Password sign-in; raises the client's typed problems (wrong password, locked, …)."""
        server = self.server_for(request.server_url)
        username = request.username.strip()
        if not request.remember and self._use_keyring:
            # Unticked "remember me": a token kept by an earlier session must not outlive this.
            Credentials(server, username, backend=self._keyring).forget()
        credentials = self._credentials(server, username, remember=request.remember)
        client = self._client(server, username, credentials)
        try:
            result = client.login(username, request.password)
        except BaseException:
            client.close()
            raise
        keyring = result.keyring if request.remember else None
        return self._finish(client, username, dict(result.user), keyring, request.remember)

    def resume(self, server_url: str, username: str) -> SignedIn:
        """Sign in with the refresh token kept in the keyring (no password).

        Raises NoRememberedSession when none is kept, AuthExpired when the platform refused it,
        NetworkUnavailable when it cannot be reached.
        """
        server = self.server_for(server_url)
        if not self._use_keyring:
            raise NoRememberedSession(username)
        credentials = self._credentials(server, username, remember=True)
        if not credentials.refresh_token():
            raise NoRememberedSession(username)
        client = self._client(server, username, credentials)
        try:
            client.refresh()
            user = dict(client.me().get("user") or {})
        except BaseException:
            client.close()
            raise
        return self._finish(client, username, user, credentials.health(), True)

    def reauthenticate(self, session: SignedIn, password: str, remember: bool) -> SignedIn:
        """A new login for an open session (its store and outbox stay as they are)."""
        credentials = self._credentials(session.server_url, session.username, remember=remember)
        session.client.credentials = credentials
        result = session.client.login(session.username, password)
        session.user = dict(result.user) or session.user
        session.keyring = result.keyring if remember else None
        session.remember = remember
        session.online = True
        session.offline_since = None
        session.has_session = True
        return session

    def cached_account(self, server_url: str, username: str) -> CachedAccount | None:
        """Who the local copy of this account belongs to, or None when there is none."""
        server = self.server_for(server_url)
        username = username.strip()
        if not username or not self.store_exists(server, username):
            return None
        store, _recovery = self.open_store(server, username)
        try:
            rows = store.select_json("user", {"username": username}, limit=1)
            user = rows[0] if rows else {}
            department = store.get_json("department", str(user.get("department_id") or ""))
            last_sync = _parse_time(store.state(SyncKey.LAST_SYNC_AT))
        finally:
            store.close()
        remembered = False
        if self._use_keyring:
            remembered = bool(Credentials(server, username, backend=self._keyring)
                              .refresh_token())
        return CachedAccount(server, username, str(user.get("display_name") or username),
                             str((department or {}).get("name") or ""), last_sync, remembered)

    def open_offline(self, server_url: str, username: str, since: datetime) -> SignedIn:
        """The account's local copy without the platform; it syncs once the platform answers.

        A refresh token kept in the keyring is loaded, so the session resumes by itself; without
        one the officer signs in again before anything is sent (AuthExpired on the first sync).
        """
        server = self.server_for(server_url)
        username = username.strip()
        if not self.store_exists(server, username):
            raise AuthExpired()
        credentials = self._credentials(server, username, remember=True)
        client = self._client(server, username, credentials)
        session = self._finish(client, username, {}, None, True)
        rows = session.store.select_json("user", {"username": username}, limit=1)
        session.user = rows[0] if rows else {"username": username}
        session.online = False
        session.offline_since = since
        session.has_session = bool(credentials.refresh_token())
        return session

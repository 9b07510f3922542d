"""The platform's HTTP client: one ``requests.Session``, verified TLS, safe retries, typed errors.

:class:`PlatformClient` speaks the v1 API (DESIGN.md, "API contract"):

* **TLS, always verified.** The trust comes from the OS store (``truststore``, so the CA that IT
  deploys works) plus an optional extra CA file, through an adapter that hands its own
  ``ssl_context`` to urllib3. ``session.trust_env`` is off on purpose: ``REQUESTS_CA_BUNDLE`` would
  silently replace that trust and ``HTTPS_PROXY`` would choose the route; the proxy comes from the
  deployment configuration instead. Plain ``http://`` is refused except for this computer
  (the demo and the tests).
* **Timeouts on every call** (connect, read) and a ``User-Agent: ShareDesk/<version>``.
* **Retries only where repeating is harmless**: GETs, and commands that carry an
  ``Idempotency-Key`` (the server answers a repeat with the first answer). They retry on a failed
  connection, 502/503/504/429 (and 409 ``idempotency.in_progress``) with exponential backoff and
  jitter, honouring ``Retry-After`` (seconds or an HTTP date) up to a cap; beyond the cap the
  problem is raised with its ``retry_after`` so the outbox schedules the item instead.
* **Tokens**: the access token in memory, the refresh token in the keyring
  (:class:`~app.sync.credentials.Credentials`). A 401 triggers one refresh and one retry; when
  the refresh is refused the client raises :class:`~app.sync.problems.AuthExpired`. Refreshing
  is never retried on its own: the server rotates refresh tokens and treats a reused one as theft.
* **Errors** are :mod:`app.sync.problems` types; nothing logged here carries a token, a password,
  a body or a username.

Synchronous and blocking: call it from a worker thread. The transport (URL checks, TLS, retry
policy) is in :mod:`app.sync.client_transport`, the answer types in :mod:`app.sync.client_answers`;
both are re-exported here.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import orjson
import requests
from urllib3 import encode_multipart_formdata

from app import __version__
from app.sync.client_answers import ChangesPage, CommandAnswer, LoginResult, SnapshotStream
from app.sync.client_transport import (
    NETWORK_ERRORS,
    RETRY_STATUSES,
    RetryPolicy,
    VerifiedAdapter,
    checked_server_url,
    is_loopback,
    parse_retry_after,
    verified_context,
)
from app.sync.credentials import Credentials, keyring_account
from app.sync.problems import (
    AuthExpired,
    NetworkUnavailable,
    PlatformProblem,
    StateConflict,
    TlsUntrusted,
    Unauthorized,
    problem_for,
)

log = logging.getLogger("sharedesk.sync.client")
USER_AGENT = f"ShareDesk/{__version__}"
API = "/api/v1"

__all__ = [
    "API",
    "USER_AGENT",
    "ChangesPage",
    "CommandAnswer",
    "LoginResult",
    "PlatformClient",
    "RetryPolicy",
    "SnapshotStream",
    "VerifiedAdapter",
    "checked_server_url",
    "is_loopback",
    "parse_retry_after",
    "verified_context",
]


class PlatformClient:
    """The client of one platform server for one officer (see the module docstring)."""

    def __init__(
        self, server_url: str, credentials: Credentials | None = None, *,
        username: str | None = None, ca_file: str | None = None, proxy: str | None = None,
        timeout: tuple[float, float] = (5.0, 30.0), retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.server_url = checked_server_url(server_url)
        self.credentials = credentials
        self.username = username  # who signs in (the sync state remembers it); never logged
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not secrets
        self._now = now
        self._refresh_lock = threading.Lock()
        self.session = requests.Session()
        self.session.trust_env = False  # no REQUESTS_CA_BUNDLE, no proxy from the environment
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json, application/problem+json"
        adapter = VerifiedAdapter(verified_context(ca_file))
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        host = urlsplit(self.server_url).hostname or ""
        if proxy and not is_loopback(host):
            self.session.proxies = {"http": proxy, "https": proxy}

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------------------ auth

    def _need_credentials(self) -> Credentials:
        if self.credentials is None:
            raise AuthExpired()
        return self.credentials

    def login(self, username: str, password: str) -> LoginResult:
        """Trade the password for tokens (the password is not kept); 401/423 are problems."""
        if self.credentials is None or self.credentials.account != keyring_account(
            self.server_url, username
        ):
            self.credentials = Credentials(self.server_url, username)
        self.username = username
        body = self._call("POST", "/auth/login", {"username": username, "password": password},
                          authorised=False, retryable=False).json()
        health = self.credentials.remember(body["refresh_token"], body["access_token"])
        return LoginResult(body.get("user") or {}, health)

    def refresh(self, stale_access_token: str | None = None) -> None:
        """New tokens for the stored refresh token; :class:`AuthExpired` when it is refused.

        With ``stale_access_token`` (the one a 401 refused) nothing is done if another thread
        has replaced it meanwhile: one refresh serves every request that failed together.
        """
        credentials = self._need_credentials()
        with self._refresh_lock:
            current = credentials.access_token
            if stale_access_token is not None and current and current != stale_access_token:
                return
            token = credentials.refresh_token()
            if not token:
                raise AuthExpired()
            try:
                answer = self._call("POST", "/auth/refresh", {"refresh_token": token},
                                    authorised=False, retryable=False)
            except Unauthorized as refused:
                credentials.set_access_token(None)
                raise AuthExpired(refused.status, refused.body) from None
            body = answer.json()
            credentials.remember(body["refresh_token"], body["access_token"])

    def logout(self) -> None:
        """End the login on the server (best effort) and forget both tokens here."""
        credentials = self.credentials
        if credentials is None:
            return
        try:
            if credentials.access_token:
                self._call("POST", "/auth/logout", None, retryable=False, refresh=False)
        except (PlatformProblem, NetworkUnavailable):
            pass  # the tokens are forgotten locally either way
        finally:
            credentials.forget()

    # ----------------------------------------------------------------------------- reads

    def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """Any GET of the API (``path`` below ``/api/v1``), decoded."""
        return self._decode(self._call("GET", path, None, params=params))

    def me(self) -> dict[str, Any]:
        return dict(self.get_json("/me"))

    def changes(self, cursor: str | None, limit: int = 1000) -> ChangesPage:
        """One page of the change feed after ``cursor``; a cursor no longer honoured is Gone."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        body = self.get_json("/sync/changes", params)
        return ChangesPage(list(body["changes"]), str(body["next_cursor"]),
                           bool(body["has_more"]))

    def snapshot(self, entities: tuple[str, ...] = ()) -> SnapshotStream:
        """Open the NDJSON snapshot; iterate the returned stream (and close it when done)."""
        params = {"entity": list(entities)} if entities else None
        return SnapshotStream(self._call("GET", "/sync/snapshot", None, params=params,
                                         stream=True))

    def rules(self) -> dict[str, Any]:
        """The rule profile in force (every clock with its citation)."""
        return dict(self.get_json("/rules"))

    def calendar(self, year: int) -> dict[str, Any]:
        """The official calendar of ``year``; :class:`NotFound` while it is unpublished."""
        return dict(self.get_json("/calendar", {"year": year}))

    # -------------------------------------------------------------------------- commands

    def send_command(self, method: str, path: str, body: Mapping[str, Any] | None,
                     idempotency_key: str, if_match: str | int | None = None) -> CommandAnswer:
        """Send one command (``path``: ``/api/v1/…`` or below it); repeats are safe (the key)."""
        headers = {"Idempotency-Key": str(idempotency_key)}
        if if_match is not None:
            headers["If-Match"] = f'"{str(if_match).strip(chr(34))}"'
        answer = self._call(method.upper(), path, body, headers=headers)
        data = self._decode(answer) if answer.content else None
        return CommandAnswer(answer.status_code, data, answer.headers.get("ETag"),
                             answer.headers.get("Idempotent-Replayed") == "true")

    def upload(self, path: str, filename: str, content_type: str, data: bytes,
               idempotency_key: str) -> CommandAnswer:
        """POST one file as ``multipart/form-data`` (field ``file``), e.g. evidence to
        ``/api/v1/attachments``; the body is encoded once, so a repeat sends the same bytes and
        the key makes it harmless."""
        encoded, multipart_type = encode_multipart_formdata(
            {"file": (filename, data, content_type)})
        headers = {"Idempotency-Key": str(idempotency_key), "Content-Type": multipart_type}
        answer = self._call("POST", path, None, headers=headers, raw=encoded)
        return CommandAnswer(answer.status_code, self._decode(answer), answer.headers.get("ETag"),
                             answer.headers.get("Idempotent-Replayed") == "true")

    # ------------------------------------------------------------------------- transport

    def _url(self, path: str) -> str:
        """``/api/v1/…`` (as the outbox stores it) or a path below it (``/sync/changes``)."""
        if path == API or path.startswith(f"{API}/"):
            return f"{self.server_url}{path}"
        return f"{self.server_url}{API}{path}"

    @staticmethod
    def _decode(answer: requests.Response) -> Any:
        try:
            return orjson.loads(answer.content)
        except orjson.JSONDecodeError as error:
            raise NetworkUnavailable("garbled") from error

    def _call(
        self, method: str, path: str, body: Mapping[str, Any] | None, *,
        params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
        authorised: bool = True, retryable: bool | None = None, refresh: bool = True,
        stream: bool = False, raw: bytes | None = None,
    ) -> requests.Response:
        """One API call with the retry, refresh and error policy of the module docstring
        (``raw``: a body already encoded, its Content-Type in ``headers``)."""
        all_headers = dict(headers or {})
        if retryable is None:  # safe: reads, and commands whose repeat the server recognises
            retryable = method == "GET" or "Idempotency-Key" in all_headers
        data = raw
        if body is not None:
            data = orjson.dumps(body)
            all_headers["Content-Type"] = "application/json"
        attempt = 0
        refreshed = not refresh
        while True:
            if authorised:
                used = self._access_token()
                all_headers["Authorization"] = f"Bearer {used}"
            answer = self._send(method, path, data=data, params=params, headers=all_headers,
                                stream=stream, retryable=retryable, attempt=attempt)
            if answer is None:  # a network failure that may be retried
                attempt += 1
                continue
            status = answer.status_code
            if status < 400:
                return answer
            problem = self._problem(answer)
            if status == 401 and authorised and not refreshed:
                refreshed = True
                self.refresh(stale_access_token=used)
                continue
            if status == 401 and authorised:
                raise AuthExpired(401, problem.body)
            if retryable and attempt < self.retry.retries and self._repeatable(problem):
                wait = problem.retry_after
                if wait is not None and wait > self.retry.retry_after_cap:
                    raise problem  # too long to wait here: the caller schedules it
                self._pause(wait if wait is not None else self._backoff(attempt), method, path)
                attempt += 1
                continue
            raise problem

    def _access_token(self) -> str:
        credentials = self._need_credentials()
        if credentials.access_token is None:
            self.refresh()
        return credentials.access_token or ""

    def _send(self, method: str, path: str, *, data: bytes | None,
              params: Mapping[str, Any] | None, headers: Mapping[str, str], stream: bool,
              retryable: bool, attempt: int) -> requests.Response | None:
        started = time.perf_counter()
        try:
            answer = self.session.request(
                method, self._url(path), data=data, params=params, headers=headers,
                timeout=self.timeout, stream=stream, allow_redirects=False,
            )
        except requests.exceptions.SSLError as error:
            raise TlsUntrusted(urlsplit(self.server_url).hostname or "") from error
        except NETWORK_ERRORS as error:
            reason = "timeout" if isinstance(error, requests.Timeout) else "connect"
            log.info("%s %s failed (%s, attempt %d)", method, path, type(error).__name__,
                     attempt + 1)
            if not retryable or attempt >= self.retry.retries:
                raise NetworkUnavailable(reason) from error
            self._pause(self._backoff(attempt), method, path)
            return None
        log.debug("%s %s -> %d in %.0f ms", method, path, answer.status_code,
                  (time.perf_counter() - started) * 1000)
        return answer

    def _problem(self, answer: requests.Response) -> PlatformProblem:
        try:
            body = orjson.loads(answer.content) if answer.content else None
        except orjson.JSONDecodeError:
            body = None
        finally:
            answer.close()
        retry_after = parse_retry_after(answer.headers.get("Retry-After"), self._now())
        return problem_for(answer.status_code, body if isinstance(body, dict) else None,
                           retry_after)

    @staticmethod
    def _repeatable(problem: PlatformProblem) -> bool:
        if isinstance(problem, StateConflict):
            return problem.in_progress
        return problem.status in RETRY_STATUSES

    def _backoff(self, attempt: int) -> float:
        return self.retry.backoff(attempt, self._rng)

    def _pause(self, seconds: float, method: str, path: str) -> None:
        log.info("%s %s: trying again in %.1f s", method, path, seconds)
        self._sleep(seconds)

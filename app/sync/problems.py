"""What can go wrong talking to the platform, as typed errors an officer can be shown.

Every error here is a :class:`~app.models.errors.DomainError` (``code``, ``message_zh``,
``message_en``), so views show them like any other refusal:

* :class:`PlatformProblem` — the server answered with an RFC 9457 ``application/problem+json``
  (or some other error status). It keeps the server's Chinese and English ``title``/``detail``,
  the field ``errors[]``, the ``rule`` and the whole body untouched (:meth:`to_dict`, which the
  outbox stores for *needs attention*). Subclasses by status: :class:`BadRequest` (400),
  :class:`Unauthorized` (401), :class:`Forbidden` (403), :class:`NotFound` (404),
  :class:`StateConflict` (409), :class:`Gone` (410), :class:`Conflict412` (412, with the server's
  current object), :class:`Unprocessable` (422), :class:`Locked` (423),
  :class:`PreconditionRequired` (428), :class:`TooManyRequests` (429) and :class:`ServerError`
  (5xx). :class:`AuthExpired` (a 401 the client could not cure by refreshing) is what the GUI
  answers with the sign-in dialog.
* :class:`NetworkUnavailable` — no answer at all: connection refused or reset, timeout, an answer
  cut short. Offline is a normal state; the outbox keeps everything.
* :class:`TlsUntrusted` — the server's certificate is not trusted (retrying cannot help).
* :class:`InsecureServerUrl` — a plain ``http://`` address for anything but this computer.

None of these messages carries a token, a password or a request body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from app.models.errors import DomainError, FieldError


class PlatformError(DomainError):
    """Base of every error of the platform client."""

    def __init__(self, code: str, message_zh: str, message_en: str, *,
                 rule: str | None = None, field_errors: tuple[FieldError, ...] = (),
                 details: Mapping[str, object] | None = None) -> None:
        super().__init__(code=code, message_zh=message_zh, message_en=message_en, rule=rule,
                         field_errors=field_errors, details=dict(details or {}))


class NetworkUnavailable(PlatformError):
    """The platform could not be reached, or its answer did not arrive whole."""

    def __init__(self, reason: str, message_zh: str = "", message_en: str = "") -> None:
        self.reason = reason  # "connect", "timeout", "truncated", "garbled"
        super().__init__(
            f"network.{reason}",
            message_zh or "无法连接共享平台，已转为离线工作；待发送的事项会在恢复连接后发送。",
            message_en or (
                "The sharing platform cannot be reached; working offline. Queued items will be "
                "sent once the connection is back."
            ),
        )


class TlsUntrusted(PlatformError):
    """The server's certificate failed verification (not retried: it will fail again)."""

    def __init__(self, host: str) -> None:
        super().__init__(
            "network.tls_untrusted",
            f"无法验证服务器 {host} 的证书。请联系信息技术人员确认服务器地址和所部署的根证书。",
            f"The certificate of {host} could not be verified. Ask IT staff to check the server "
            "address and the deployed CA certificate.",
            details={"host": host},
        )


class InsecureServerUrl(PlatformError):
    """Plain HTTP would send tokens in clear text; only this computer (loopback) may use it."""

    def __init__(self, url: str) -> None:
        super().__init__(
            "config.insecure_server_url",
            f"服务器地址“{url}”未加密：只有本机（127.0.0.1 / localhost）可以使用 http://，"
            "其他服务器必须使用 https://。",
            f"The server address {url!r} is not encrypted: http:// is allowed only for this "
            "computer (127.0.0.1 / localhost); every other server needs https://.",
            details={"url": url},
        )


def _field_errors(raw: object) -> tuple[FieldError, ...]:
    if not isinstance(raw, list):
        return ()
    found = []
    for entry in raw:
        if isinstance(entry, Mapping):
            found.append(FieldError(
                field=str(entry.get("field") or ""), code=str(entry.get("code") or ""),
                message_zh=str(entry.get("message") or ""),
                message_en=str(entry.get("message_en") or entry.get("message") or ""),
            ))
    return tuple(found)


class PlatformProblem(PlatformError):
    """An error answer of the server, with its problem document kept as it came."""

    default_code: ClassVar[str] = "http.error"

    def __init__(self, status: int, body: Mapping[str, Any] | None = None, *,
                 retry_after: float | None = None) -> None:
        document = dict(body or {})
        self.status = status
        self.body = document
        self.retry_after = retry_after
        self.title = str(document.get("title") or "")
        self.title_en = str(document.get("title_en") or document.get("title") or "")
        self.detail = str(document.get("detail") or self.title)
        self.detail_en = str(document.get("detail_en") or self.title_en)
        self.errors = _field_errors(document.get("errors"))
        rule = document.get("rule")
        code = str(document.get("code") or self.default_code)
        super().__init__(
            code,
            self.detail or f"共享平台拒绝了请求（HTTP {status}）。",
            self.detail_en or f"The sharing platform refused the request (HTTP {status}).",
            rule=str(rule) if rule else None, field_errors=self.errors,
            details={"status": status},
        )

    def to_dict(self) -> dict[str, Any]:
        """The server's problem document as it came (status added when it had none)."""
        return {"status": self.status, **self.body}


class BadRequest(PlatformProblem):
    default_code = "http.bad_request"


class Unauthorized(PlatformProblem):
    default_code = "auth.required"


class AuthExpired(Unauthorized):
    """The session is over (refresh refused, or no refresh token): sign in again.

    Raised by the client only after one refresh was tried; nothing queued is touched.
    """

    default_code = "auth.expired"

    def __init__(self, status: int = 401, body: Mapping[str, Any] | None = None, *,
                 retry_after: float | None = None) -> None:
        document = dict(body or {})
        document.setdefault("code", self.default_code)
        document.setdefault("title", "登录已失效，请重新登录。")
        document.setdefault("title_en", "The session has ended; please sign in again.")
        super().__init__(status, document, retry_after=retry_after)


class Forbidden(PlatformProblem):
    default_code = "auth.forbidden"


class NotFound(PlatformProblem):
    default_code = "not_found"


class StateConflict(PlatformProblem):
    """409: the object's state does not allow this, or the same command is still running."""

    default_code = "http.conflict"

    @property
    def in_progress(self) -> bool:
        """The same Idempotency-Key is still being processed: send it again later."""
        return self.code == "idempotency.in_progress"


class Gone(PlatformProblem):
    """410: e.g. the change-feed cursor is no longer honoured (sync from scratch)."""

    default_code = "sync.cursor_gone"


class Conflict412(PlatformProblem):
    """412: someone changed the object meanwhile; :attr:`current` is the server's version."""

    default_code = "precondition.version_stale"

    @property
    def current(self) -> dict[str, Any] | None:
        current = self.body.get("current")
        return dict(current) if isinstance(current, Mapping) else None

    @property
    def current_version(self) -> int | None:
        version = self.body.get("current_version")
        return version if isinstance(version, int) else None


class Unprocessable(PlatformProblem):
    default_code = "validation.failed"


class Locked(PlatformProblem):
    """423: the account is locked after repeated wrong passwords (R23), until ``locked_until``."""

    default_code = "auth.locked"

    @property
    def locked_until(self) -> str | None:
        until = self.body.get("locked_until")
        return str(until) if until else None


class PreconditionRequired(PlatformProblem):
    default_code = "precondition.if_match_required"


class TooManyRequests(PlatformProblem):
    default_code = "http.too_many_requests"


class ServerError(PlatformProblem):
    """5xx: the platform is in trouble; try again later."""

    default_code = "server.error"


_BY_STATUS: dict[int, type[PlatformProblem]] = {
    400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 409: StateConflict,
    410: Gone, 412: Conflict412, 422: Unprocessable, 423: Locked, 428: PreconditionRequired,
    429: TooManyRequests,
}


def problem_for(status: int, body: Mapping[str, Any] | None,
                retry_after: float | None = None) -> PlatformProblem:
    """The typed problem for an error answer (``body``: the decoded problem document, if any)."""
    kind = _BY_STATUS.get(status)
    if kind is None:
        kind = ServerError if status >= 500 else PlatformProblem
    return kind(status, body, retry_after=retry_after)

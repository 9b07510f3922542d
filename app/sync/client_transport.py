"""The platform client's transport: which URLs it accepts, whose TLS it trusts, when it retries.

Split from :mod:`app.sync.client` (which re-exports every name here):

* :func:`checked_server_url` refuses plain ``http://`` except for this computer (the demo, tests).
* :func:`verified_context` and :class:`VerifiedAdapter`: TLS always verified against the OS trust
  store (``truststore``) plus an optional CA file, handed to urllib3 as the pools' own SSL
  context, so neither ``verify`` nor ``REQUESTS_CA_BUNDLE`` can replace it.
* :class:`RetryPolicy` and :func:`parse_retry_after`: exponential backoff with jitter, and the
  server's ``Retry-After`` (seconds or an HTTP date).
"""

from __future__ import annotations

import email.utils
import ipaddress
import random
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import truststore
from requests.adapters import HTTPAdapter

from app.sync.paths import normalize_server_url
from app.sync.problems import InsecureServerUrl

RETRY_STATUSES = frozenset({429, 502, 503, 504})
_LOOPBACK_NAMES = frozenset({"localhost"})
NETWORK_ERRORS = (
    requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_server_url(url: str) -> str:
    """The normalised URL, or :class:`InsecureServerUrl` for http:// beyond loopback."""
    normal = normalize_server_url(url)
    parts = urlsplit(normal)
    if parts.scheme == "https" and parts.hostname:
        return normal
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return normal
    raise InsecureServerUrl(url)


def verified_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The OS trust store (truststore) plus ``ca_file``; hostname checks and verification on."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class VerifiedAdapter(HTTPAdapter):
    """An adapter whose pools use *this* SSL context whatever ``verify`` says."""

    def __init__(self, context: ssl.SSLContext, **kwargs: Any) -> None:
        self._context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        host, _ignored = super().build_connection_pool_key_attributes(request, True, cert)
        # No ca_certs from certifi or REQUESTS_CA_BUNDLE: the context holds the whole trust.
        return host, {"ssl_context": self._context, "cert_reqs": "CERT_REQUIRED"}

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long safe requests are repeated."""

    retries: int = 3  # repeats after the first attempt
    base: float = 0.5  # seconds before the first repeat, doubled each time
    cap: float = 8.0  # the longest backoff
    retry_after_cap: float = 30.0  # the longest Retry-After honoured in place

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with jitter: between half and all of ``base·2^attempt``."""
        ceiling = min(self.cap, self.base * (2**attempt))
        return float(ceiling * rng.uniform(0.5, 1.0))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - now).total_seconds())


"""A fault-injecting HTTP proxy on 127.0.0.1, between the platform client and the real server.

Every client connection carries one request: the proxy forwards it upstream with
``Connection: close``, reads the whole answer, and relays it — or not, as a fault decides. The
fault of each connection is drawn from ``random.Random(seed)`` in the order connections arrive,
so a single-threaded client replays the same faults for the same seed (:attr:`FaultProxy.log`
records them, to print when a run fails).

Faults (:class:`Fault`):

* ``RESET`` — the connection is closed before anything reaches the server;
* ``DROP_RESPONSE`` — the server gets the request and commits, the answer is thrown away;
* ``STALL`` — the server gets the request, the answer is held back until the client gives up
  (its read timeout) or the proxy stops;
* ``TRUNCATE`` — the server gets the request, half of its answer is relayed, then the
  connection closes;
* ``UNAVAILABLE`` — the proxy answers ``503`` with ``Retry-After`` itself; the server sees nothing.

With ``tls`` (a server-side SSL context) the proxy speaks HTTPS on ``https://localhost:<port>``.
"""

from __future__ import annotations

import enum
import random
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType

_HEAD_LIMIT = 1 << 16


class Fault(enum.Enum):
    NONE = "none"
    RESET = "reset"
    DROP_RESPONSE = "drop_response"
    STALL = "stall"
    TRUNCATE = "truncate"
    UNAVAILABLE = "unavailable"


FAULTS = tuple(fault for fault in Fault if fault is not Fault.NONE)


@dataclass(frozen=True, slots=True)
class Passage:
    """One connection through the proxy: its number, fault, ``"METHOD /path"`` (no query, which
    may hold a cursor) and request headers (names in lower case)."""

    number: int
    fault: Fault
    request_line: str
    headers: Mapping[str, str]


def _headers(request: bytes) -> dict[str, str]:
    head = request.partition(b"\r\n\r\n")[0].decode("latin-1")
    found = {}
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        found[name.strip().lower()] = value.strip()
    return found


def _read_request(conn: socket.socket) -> bytes | None:
    """One whole HTTP request (head and Content-Length body), or None if the client left."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(_HEAD_LIMIT)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(_HEAD_LIMIT)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _close_upstream(request: bytes) -> bytes:
    """The same request asking the server to close after answering (one request per socket)."""
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n")
             if not line.lower().startswith((b"connection:", b"keep-alive:"))]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _unavailable(retry_after: int) -> bytes:
    body = (b'{"type":"https://sharedesk.invalid/problems/proxy.unavailable","status":503,'
            b'"title":"\xe6\x9c\x8d\xe5\x8a\xa1\xe6\x9a\x82\xe4\xb8\x8d\xe5\x8f\xaf\xe7\x94\xa8",'
            b'"title_en":"Service unavailable","code":"proxy.unavailable"}')
    return (
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n"
        + f"Retry-After: {retry_after}\r\nContent-Length: {len(body)}\r\n".encode()
        + b"Connection: close\r\n\r\n" + body
    )


class FaultProxy:
    """Start with :meth:`start` (returns the proxy's URL); ``rate`` is the share of faulty
    connections, ``faults`` the kinds drawn from (evenly), ``retry_after`` the 503's header."""

    def __init__(self, upstream_url: str, *, seed: int, rate: float = 0.3,
                 faults: tuple[Fault, ...] = FAULTS, retry_after: int = 1,
                 forced: Mapping[int, Fault] | None = None,
                 tls: ssl.SSLContext | None = None) -> None:
        host_port = upstream_url.split("://", 1)[1].rstrip("/")
        host, _, port = host_port.rpartition(":")
        self.upstream = (host, int(port))
        self.rng = random.Random(seed)
        self.rate = rate
        self.faults = faults
        self.retry_after = retry_after
        self.enabled = True
        self.log: list[Passage] = []
        self.forced: dict[int, Fault] = dict(forced or {})  # connection number -> fault
        # Called with (passage, stage): "request" before forwarding, "answered" after the
        # server answered and before anything is relayed, "halfway" when half the answer is
        # relayed (the kill test's moments).
        self.hooks: list[Callable[[Passage, str], None]] = []
        self.tls = tls  # serve HTTPS with this server context (the TLS tests)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self.url = ""

    # ------------------------------------------------------------------------ lifecycle

    def start(self) -> str:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.settimeout(0.2)  # lets the accept loop notice stop()
        self._listener = listener
        thread = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        port = listener.getsockname()[1]
        self.url = f"https://localhost:{port}" if self.tls else f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(10)
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def faults_seen(self) -> set[Fault]:
        return {passage.fault for passage in self.log}

    # -------------------------------------------------------------------------- serving

    def _decide(self, number: int) -> Fault:
        if number in self.forced:
            return self.forced[number]
        if not self.enabled:
            return Fault.NONE
        if self.rng.random() >= self.rate:
            return Fault.NONE
        return self.rng.choice(self.faults)

    def _accept_loop(self) -> None:
        assert self._listener is not None
        number = 0
        while not self._stop.is_set():
            try:
                conn, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            number += 1
            # Decided in arrival order, on this thread: replayable for a sequential client.
            with self._lock:
                fault = self._decide(number)
            thread = threading.Thread(target=self._serve, args=(conn, number, fault),
                                      name=f"faultproxy-{number}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, raw: socket.socket, number: int, fault: Fault) -> None:
        raw.settimeout(10)
        try:
            conn = self.tls.wrap_socket(raw, server_side=True) if self.tls else raw
        except OSError:  # the client refused the certificate: that is the point of some tests
            raw.close()
            return
        with conn:
            try:
                request = _read_request(conn)
            except OSError:
                return
            if request is None:
                return
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            method, _, target = line.partition(" ")
            target = target.rsplit(" ", 1)[0].split("?", 1)[0]
            passage = Passage(number, fault, f"{method} {target}", _headers(request))
            self.log.append(passage)
            self._run_hooks(passage, "request")
            if fault is Fault.RESET:
                # Linger 0: close() sends RST, as a dropped route or a crashed gateway does.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if fault is Fault.UNAVAILABLE:
                conn.sendall(_unavailable(self.retry_after))
                return
            answer = self._forward(request)
            self._run_hooks(passage, "answered")
            if fault is Fault.DROP_RESPONSE:
                return
            if fault is Fault.STALL:
                self._hold(conn)
                return
            if fault is Fault.TRUNCATE:
                conn.sendall(answer[: max(1, len(answer) // 2)])
                return
            half = len(answer) // 2
            try:
                conn.sendall(answer[:half])
                self._run_hooks(passage, "halfway")
                conn.sendall(answer[half:])
            except OSError:
                return

    def _run_hooks(self, passage: Passage, stage: str) -> None:
        for hook in self.hooks:
            hook(passage, stage)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(_close_upstream(request))
            parts = []
            while chunk := upstream.recv(_HEAD_LIMIT):
                parts.append(chunk)
        return b"".join(parts)

    def _hold(self, conn: socket.socket) -> None:
        """Say nothing until the client hangs up (its read timeout) or the proxy stops."""
        conn.settimeout(0.1)
        while not self._stop.is_set():
            try:
                if not conn.recv(1):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

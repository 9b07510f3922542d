"""Run a server app in a thread of this process: for tests and the client's ``--demo``.

::

    with ServerThread(create_app("demo.db")) as url:   # "http://127.0.0.1:54321"
        requests.get(url + "/api/v1/rules", ...)

Port 0 asks the OS for a free port; :meth:`ServerThread.start` waits until uvicorn listens and
returns the URL with the real port. :meth:`ServerThread.stop` asks uvicorn to finish and joins.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType

import uvicorn
from fastapi import FastAPI


class ServerThread:
    """A uvicorn server on a background thread, bound before :meth:`start` returns."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        self._app = app
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self, timeout: float = 30.0) -> str:
        """Start serving; return the base URL (``http://host:port``)."""
        if self._thread is not None:
            raise RuntimeError("the server thread runs already")
        # Bind here, so the port is known (and taken) before uvicorn starts.
        sock = socket.socket(socket.AF_INET6 if ":" in self._host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        port = sock.getsockname()[1]
        config = uvicorn.Config(self._app, log_level="warning", lifespan="off", access_log=False)
        server = uvicorn.Server(config)
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as error:  # reported to start(), not lost in the thread
                failure.append(error)
            finally:
                ready.set()
                sock.close()

        # uvicorn sets `started` once it serves; poll it through an Event set by the loop.
        original_startup = server.startup

        async def startup(sockets: list[socket.socket] | None = None) -> None:
            await original_startup(sockets=sockets)
            ready.set()

        server.startup = startup  # type: ignore[method-assign]
        self._server = server
        self._thread = threading.Thread(target=run, name=f"sharedesk-server:{port}", daemon=True)
        self._thread.start()
        if not ready.wait(timeout) or failure or not server.started:
            self.stop()
            raise RuntimeError("the server did not start") from (failure[0] if failure else None)
        host = f"[{self._host}]" if ":" in self._host else self._host
        self.url = f"http://{host}:{port}"
        return self.url

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the server to finish its requests and stop; wait for the thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None
        self._server = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop()

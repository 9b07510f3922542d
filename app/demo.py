"""The embedded demo platform behind ``sharedesk --demo``.

Starts the reference server in-process on 127.0.0.1 (a free port, a fresh database in a
temporary folder, the demo province of :mod:`server.demo`) and stops it again. For trying
the client offline it also switches "the network" off and on: :meth:`DemoPlatform.go_offline`
stops serving but keeps the database and the port, :meth:`DemoPlatform.go_online` serves the
same database on the same URL again. Qt-free: the GUI runs all of these through the task
bridge, so the window stays responsive while data is built or the server stops and starts.
"""

from __future__ import annotations

import importlib
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEMO_PASSWORD = "sharedesk-demo"  # noqa: S105 - the published password of the demo accounts


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    role_zh: str
    role_en: str

    def label(self, language: str = "zh") -> str:
        return self.role_en if language.startswith("en") else self.role_zh


DEMO_ACCOUNTS = (
    DemoAccount("officer", "使用部门经办人员（申请资源）", "Officer of a user department"),
    DemoAccount("provider", "提供部门经办人员（答复申请、核实反馈）", "Officer of a provider"),
    DemoAccount("head", "提供部门负责人（审批延期）", "Head of the provider department"),
    DemoAccount("supervisor", "省级共享主管部门（督办、评价）", "Provincial supervisor"),
)


class DemoUnavailable(Exception):
    """The demo needs the reference server, which this installation does not include."""

    def __init__(self, missing: str) -> None:
        self.message_zh = f"演示模式需要参考服务器组件（缺少 {missing}）。"
        self.message_en = f"The demo needs the reference server components ({missing} is missing)."
        super().__init__(self.message_en)


@dataclass
class DemoPlatform:
    """A running demo server; :meth:`stop` ends it and deletes its database."""

    url: str
    _serve: Callable[[int], Any]  # port → a started server thread (has ``stop()``)
    _server: Any  # the current server thread, None while the network is "off"
    _port: int
    _folder: tempfile.TemporaryDirectory[str]
    accounts: tuple[DemoAccount, ...] = field(default=DEMO_ACCOUNTS)
    _switching: threading.Lock = field(default_factory=threading.Lock)

    @property
    def online(self) -> bool:
        return self._server is not None

    def go_offline(self) -> None:
        """Stop serving (blocks until uvicorn has finished); the database and port are kept."""
        with self._switching:
            if self._server is not None:
                self._server.stop()
                self._server = None

    def go_online(self) -> None:
        """Serve the same database on the same port, so the client's URL works again."""
        with self._switching:
            if self._server is None:
                self._server = self._serve(self._port)

    def stop(self) -> None:
        self.go_offline()
        self._folder.cleanup()


def start_demo_platform(resources: int = 300, seed: int = 2026) -> DemoPlatform:
    """Build a demo database and serve it on a free loopback port (blocks; run in a worker)."""
    try:
        server_app = importlib.import_module("server.app")
        runner = importlib.import_module("server.runner")
        demo = importlib.import_module("server.demo")
    except ImportError as missing:
        raise DemoUnavailable(missing.name or "server") from None
    folder = tempfile.TemporaryDirectory(prefix="sharedesk-demo-")
    try:
        application = server_app.create_app(str(Path(folder.name) / "platform.db"))
        demo.build_demo(application.state.platform.engine, resources=resources, seed=seed)

        def serve(port: int) -> Any:
            # The app (and its database engine) outlives each server thread: back online,
            # the platform answers with everything queued and decided before it went off.
            thread = runner.ServerThread(application, host="127.0.0.1", port=port)
            thread.start()
            return thread

        server = serve(0)
    except BaseException:
        folder.cleanup()
        raise
    url = server.url
    return DemoPlatform(url=url, _serve=serve, _server=server,
                        _port=int(url.rsplit(":", 1)[1]), _folder=folder)

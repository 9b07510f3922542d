"""Headless commands for IT staff and tests: ``sync``, ``status`` and ``search``. Qt-free.

::

    sharedesk sync --once --server URL --user NAME [--data-dir DIR] [--progress]
    sharedesk status [--server URL --user NAME] [--data-dir DIR]
    sharedesk search TEXT [--limit N] [--server URL --user NAME] [--data-dir DIR]

``sync`` signs in with the refresh token kept in the keyring, else the ``SHAREDESK_PASSWORD``
environment variable, else a password prompt; it prints the :class:`SyncSummary` as JSON. Without
``--once`` it syncs again every ``sync_interval_minutes`` until interrupted. ``status`` prints JSON
(server, user, cursor, cached entities, outbox by state, last sync) and ``search`` one matching
resource per line (code, name, provider, tab-separated) — both offline, from the local store.
Without ``--server``/``--user`` they use the account of the last sync, remembered in
``last-profile.json`` in the data directory (``--data-dir`` or ``$SHAREDESK_HOME/data``).

Exit status: 0 done, 1 the sync stopped on an error, 2 a usage or configuration problem,
3 the platform is unreachable, 4 signing in failed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.config import ConfigError, ConfigPaths, Configuration, Settings
from app.sync import paths
from app.sync.client import PlatformClient
from app.sync.credentials import Credentials
from app.sync.engine import CHECK_KEY, SyncEngine
from app.sync.problems import AuthExpired, InsecureServerUrl, NetworkUnavailable, PlatformError
from app.sync.search import CatalogQuery
from app.sync.store import LocalStore, StoreCorrupted, SyncKey

COMMANDS = ("sync", "status", "search")
PROFILE_FILE = "last-profile.json"
PASSWORD_VARIABLE = "SHAREDESK_PASSWORD"  # noqa: S105 - the variable's name, not a secret
OK, FAILED, USAGE, OFFLINE, SIGN_IN = 0, 1, 2, 3, 4


class CliError(Exception):
    """A problem the command line reports in one bilingual line and an exit status."""

    def __init__(self, message_zh: str, message_en: str, status: int = USAGE) -> None:
        super().__init__(message_en)
        self.text = f"{message_zh}\n{message_en}"
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sharedesk", description="ShareDesk 命令行 / headless")
    parser.add_argument("--data-dir", help="local data folder (default: $SHAREDESK_HOME/data)")
    parser.add_argument("--lang", help=argparse.SUPPRESS)  # the GUI's option, accepted here
    commands = parser.add_subparsers(dest="command", required=True)
    account = argparse.ArgumentParser(add_help=False)
    account.add_argument("--server", help="platform URL (default: the last synced)")
    account.add_argument("--user", help="username (default: the last synced)")
    account.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sync = commands.add_parser("sync", parents=[account], help="synchronise with the platform")
    sync.add_argument("--once", action="store_true", help="one round, then exit")
    sync.add_argument("--progress", action="store_true", help="progress lines on stderr")
    commands.add_parser("status", parents=[account], help="local state as JSON")
    search = commands.add_parser("search", parents=[account], help="search the local catalog")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    return parser


# ------------------------------------------------------------------------ account and store


def _settings() -> Settings:
    try:
        return Configuration(ConfigPaths.default()).load()
    except ConfigError as error:
        raise CliError(error.message_zh, error.message_en) from None


def _profile_path(data_dir: str | None) -> Path:
    return paths.data_dir(data_dir) / PROFILE_FILE


def remember_profile(data_dir: str | None, server: str, user: str) -> None:
    """Keep the account of this sync for ``status``/``search`` without arguments."""
    target = _profile_path(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps({"server": server, "user": user}), encoding="utf-8")
    os.replace(partial, target)


def last_profile(data_dir: str | None) -> dict[str, str]:
    try:
        data = json.loads(_profile_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: str(data[key]) for key in ("server", "user") if isinstance(data, dict)
            and data.get(key)}


def _account(args: argparse.Namespace, settings: Settings) -> tuple[str, str]:
    remembered = last_profile(args.data_dir)
    server = args.server or remembered.get("server") or settings.server_url
    user = args.user or remembered.get("user")
    if settings.is_locked("server_url") and args.server and settings.server_url and (
        paths.normalize_server_url(args.server) != paths.normalize_server_url(settings.server_url)
    ):
        raise CliError("服务器地址已由部署配置锁定，不能更改。",
                       "The server address is locked by the deployment configuration.")
    if not server or not user:
        raise CliError(
            "请用 --server 和 --user 指定账号（尚无同步记录）。",
            "Name the account with --server and --user (nothing has been synced yet).",
        )
    return server, user


def _open_store(server: str, user: str, data_dir: str | None) -> LocalStore:
    location = paths.store_path(server, user, data_dir)
    try:
        return LocalStore.open(location)
    except StoreCorrupted as damaged:
        store = LocalStore.recover(location)
        _say(f"{damaged.message_zh}\n{damaged.message_en}")
        return store


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# -------------------------------------------------------------------------------- commands


def _sign_in(client: PlatformClient, user: str) -> None:
    """Refresh token from the keyring, else SHAREDESK_PASSWORD, else a prompt."""
    if client.credentials is not None and client.credentials.refresh_token():
        try:
            client.refresh()
            return
        except AuthExpired:
            pass  # the keyring's session ended: ask for the password
    password = os.environ.get(PASSWORD_VARIABLE)
    if not password:
        if not sys.stdin.isatty():
            raise CliError("需要密码：请设置 SHAREDESK_PASSWORD 或在终端中运行。",
                           "A password is needed: set SHAREDESK_PASSWORD or run in a terminal.",
                           SIGN_IN)
        password = getpass.getpass(f"{user} 的密码 / password: ")
    client.login(user, password)


def _cancel_on_signals() -> threading.Event:
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda _signum, _frame: stop.set())
    return stop


def _progress(done: int, total: int, phase: str) -> None:
    _say(f"{phase} {done}/{total or '?'}")


def run_sync(args: argparse.Namespace) -> int:
    settings = _settings()
    server, user = _account(args, settings)
    client = PlatformClient(server, Credentials(server, user), username=user,
                            ca_file=settings.ca_file or None, proxy=settings.proxy or None)
    store = _open_store(server, user, args.data_dir)
    stop = _cancel_on_signals()
    try:
        _sign_in(client, user)
        remember_profile(args.data_dir, client.server_url, user)
        engine = SyncEngine(store, client)
        while True:
            summary = engine.sync(stop, _progress if args.progress else None)
            _print_json(summary.to_dict())
            if args.once or stop.wait(settings.sync_interval_minutes * 60):
                break
        if isinstance(summary.error, NetworkUnavailable):
            _say(f"{summary.error.message_zh}\n{summary.error.message_en}")
            return OFFLINE
        return OK if summary.error is None else FAILED
    finally:
        store.close()
        client.close()


def run_status(args: argparse.Namespace) -> int:
    server, user = _account(args, _settings())
    with _open_store(server, user, args.data_dir) as store:
        _print_json({
            "server": store.state(SyncKey.SERVER_URL) or paths.normalize_server_url(server),
            "user": store.state(SyncKey.USERNAME) or user,
            "store": str(store.path),
            "cursor": store.cursor,
            "last_sync": store.state(SyncKey.LAST_SYNC_AT),
            "counts": store.counts(),
            "outbox": store.outbox.counts(),
            "full_sync_check": store.state_json(CHECK_KEY),
        })
    return OK


def run_search(args: argparse.Namespace) -> int:
    server, user = _account(args, _settings())
    with _open_store(server, user, args.data_dir) as store:
        if store.catalog.warning is not None:
            _say(store.catalog.warning.message_zh)
        for row in store.catalog.page(CatalogQuery(text=args.text), 0, max(1, args.limit)):
            sys.stdout.write(f"{row.code}\t{row.name}\t{row.provider_name}\n")
    return OK


def run(argv: Sequence[str]) -> int:
    """Parse and run one headless command; return the exit status."""
    args = build_parser().parse_args(list(argv))
    handlers = {"sync": run_sync, "status": run_status, "search": run_search}
    try:
        return handlers[args.command](args)
    except CliError as error:
        _say(error.text)
        return error.status
    except AuthExpired as error:
        _say(f"{error.message_zh}\n{error.message_en}")
        return SIGN_IN
    except NetworkUnavailable as error:
        _say(f"{error.message_zh}\n{error.message_en}")
        return OFFLINE
    except InsecureServerUrl as error:
        _say(f"{error.message_zh}\n{error.message_en}")
        return USAGE
    except PlatformError as error:  # wrong password, locked account, untrusted certificate…
        _say(f"{error.message_zh}\n{error.message_en}")
        return SIGN_IN if error.code.startswith("auth.") else FAILED

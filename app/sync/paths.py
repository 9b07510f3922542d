"""Where the client keeps its data on disk: the data directory and one database per account.

The data directory is, in order of precedence: an explicit path (the command line's
``--data-dir``), ``$SHAREDESK_HOME/data`` (the same variable :mod:`app.config` honours for the
configuration, so one variable moves everything and tests never touch a real home), or the
platformdirs ``user_data_dir("ShareDesk")``.

Each server + user pair gets its own store file, named by a hash of the normalised server URL
and the username: stable across runs, safe on every file system, and it reveals neither the
server nor the officer to someone looking at the folder. :func:`account_digest` is the same
derivation the keyring key uses (:mod:`app.sync.credentials`).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "ShareDesk"
HOME_VARIABLE = "SHAREDESK_HOME"
STORE_PREFIX = "store-"
STORE_SUFFIX = ".sqlite3"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder for local stores; not created here (the store creates it on first open)."""
    if explicit is not None and str(explicit) != "":
        return Path(explicit).expanduser()
    if home := os.environ.get(HOME_VARIABLE):
        return Path(home).expanduser() / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def normalize_server_url(url: str) -> str:
    """One spelling per server: lower-case scheme and host, no default port, no trailing slash.

    ``HTTPS://Platform.example.gov.cn:443/api/`` and ``https://platform.example.gov.cn/api``
    name the same server and must map to the same store and the same keyring entry.
    """
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, "", ""))


def account_digest(server_url: str, username: str) -> str:
    """A short, stable, non-reversible name for one user on one server (24 hex digits).

    The username is taken as typed (only surrounding spaces dropped): whether ``Alice`` and
    ``alice`` are one account is the server's business, and two caches are harmless.
    """
    key = f"{normalize_server_url(server_url)}\n{username.strip()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def store_file_name(server_url: str, username: str) -> str:
    return f"{STORE_PREFIX}{account_digest(server_url, username)}{STORE_SUFFIX}"


def store_path(
    server_url: str, username: str, directory: str | os.PathLike[str] | None = None
) -> Path:
    """The store file of this account inside :func:`data_dir` (or ``directory`` if given)."""
    return data_dir(directory) / store_file_name(server_url, username)

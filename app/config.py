"""Configuration: what IT deployed, what the officer chose, and what the app remembers.

Three separate things, three separate files:

* **Deployment configuration** (IT staff): an INI file in the machine-wide config folder
  (platformdirs ``site_config_dir``) or beside the executable. It gives defaults and may *lock*
  keys (server URL, CA file, proxy, …) so the officer cannot change them.
* **User settings** (the officer's choices): ``settings.json`` in the user config folder.
* **State** (remembered, not chosen: window geometry, the last server and user): ``state.json``.

Qt-free, so the command line and the self-test read the same configuration as the GUI.
A malformed file never crashes the app: :class:`ConfigError` names the file and the line.
"""

from __future__ import annotations

import configparser
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "ShareDesk"
DEPLOYMENT_FILE = "deployment.ini"
DEPLOYMENT_SECTION = "sharedesk"
LANGUAGES = ("zh_CN", "en")
MIN_SYNC_MINUTES, MAX_SYNC_MINUTES = 1, 24 * 60


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path, line: int | None, message_zh: str, message_en: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        self.path, self.line = path, line
        self.message_zh = f"配置文件 {where} 有误：{message_zh}"
        self.message_en = f"Configuration file {where} is invalid: {message_en}"
        super().__init__(self.message_en)


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective settings the app runs with (deployment defaults + the officer's choices)."""

    server_url: str = ""
    ca_file: str = ""
    proxy: str = ""
    language: str = "zh_CN"
    sync_interval_minutes: int = 5
    locked: frozenset[str] = field(default_factory=frozenset)

    def is_locked(self, key: str) -> bool:
        return key in self.locked


SETTING_KEYS = tuple(f.name for f in fields(Settings) if f.name != "locked")


def _check_value(key: str, raw: str, path: Path, line: int | None) -> Any:
    value = raw.strip()
    if key == "sync_interval_minutes":
        try:
            minutes = int(value)
        except ValueError:
            raise ConfigError(
                path,
                line,
                f"同步间隔必须是整数分钟，而不是“{value}”。",
                f"sync_interval_minutes must be a whole number of minutes, not {value!r}.",
            ) from None
        if not MIN_SYNC_MINUTES <= minutes <= MAX_SYNC_MINUTES:
            raise ConfigError(
                path,
                line,
                f"同步间隔须在 {MIN_SYNC_MINUTES}–{MAX_SYNC_MINUTES} 分钟之间。",
                f"sync_interval_minutes must be between {MIN_SYNC_MINUTES} and {MAX_SYNC_MINUTES}.",
            )
        return minutes
    if key == "language" and value not in LANGUAGES:
        raise ConfigError(
            path,
            line,
            f"界面语言只能是 {' 或 '.join(LANGUAGES)}。",
            f"language must be one of {', '.join(LANGUAGES)}.",
        )
    if key == "server_url" and value and not value.startswith("https://"):
        # Plain HTTP would send tokens in clear text across the extranet.
        raise ConfigError(
            path, line, "服务器地址必须以 https:// 开头。", "server_url must start with https://."
        )
    return value


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("=", 1)[0].split(":", 1)[0].strip().lower() == key:
            return number
    return None


def read_deployment(path: Path) -> tuple[dict[str, Any], frozenset[str]]:
    """Parse IT's INI file: ``[sharedesk]`` with setting keys and ``locked = a, b``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(path, None, "文件不是 UTF-8 编码。", "the file is not UTF-8.") from None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        line = getattr(error, "lineno", None)
        if isinstance(error, configparser.ParsingError) and error.errors:
            line = error.errors[0][0]
        raise ConfigError(
            path, line, "无法解析（INI 格式错误）。", "cannot parse this line as INI."
        ) from None
    if not parser.has_section(DEPLOYMENT_SECTION):
        raise ConfigError(
            path,
            None,
            f"缺少 [{DEPLOYMENT_SECTION}] 节。",
            f"missing the [{DEPLOYMENT_SECTION}] section.",
        )
    values: dict[str, Any] = {}
    locked: set[str] = set()
    for key, raw in parser.items(DEPLOYMENT_SECTION):
        line = _line_of(text, key)
        if key == "locked":
            for name in filter(None, (part.strip() for part in raw.split(","))):
                if name not in SETTING_KEYS:
                    raise ConfigError(
                        path,
                        line,
                        f"不能锁定未知的设置项“{name}”。",
                        f"cannot lock unknown key {name!r}.",
                    )
                locked.add(name)
        elif key in SETTING_KEYS:
            values[key] = _check_value(key, raw, path, line)
        else:
            raise ConfigError(path, line, f"未知的设置项“{key}”。", f"unknown key {key!r}.")
    return values, frozenset(locked)


def site_deployment_files() -> tuple[Path, ...]:
    """The machine-wide places: ``%ProgramData%\\ShareDesk`` on Windows; on Linux every
    ``$XDG_CONFIG_DIRS`` entry (desktop sessions may prepend their own) and ``/etc/xdg``."""
    joined = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=True)
    folders = [Path(part) for part in joined.split(os.pathsep) if part]
    if sys.platform.startswith("linux") and Path("/etc/xdg") / APP_NAME not in folders:
        folders.append(Path("/etc/xdg") / APP_NAME)
    return tuple(folder / DEPLOYMENT_FILE for folder in folders)


@dataclass(frozen=True, slots=True)
class ConfigPaths:
    """Where each of the three files lives; tests point all of them at a temporary folder."""

    deployment_candidates: tuple[Path, ...]
    user_settings: Path
    state: Path

    @classmethod
    def default(cls) -> ConfigPaths:
        beside_executable = Path(sys.executable).resolve().parent / DEPLOYMENT_FILE
        user = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        if home := os.environ.get("SHAREDESK_HOME"):
            user = Path(home) / "config"
        return cls((beside_executable, *site_deployment_files()), user / "settings.json",
                   user / "state.json")


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise ConfigError(path, line, "JSON 格式错误。", "malformed JSON.") from None
    if not isinstance(data, dict):
        raise ConfigError(path, None, "内容应为 JSON 对象。", "expected a JSON object.")
    return data


def _write_json_atomically(path: Path, data: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)


class Configuration:
    """Loads the three files and answers the effective :class:`Settings`."""

    def __init__(self, paths: ConfigPaths) -> None:
        self.paths = paths
        self.deployment_file: Path | None = None
        self._deployed: dict[str, Any] = {}
        self._locked: frozenset[str] = frozenset()
        self._user: dict[str, Any] = {}

    def load(self) -> Settings:
        """Read every file; raises :class:`ConfigError` for the first one that is malformed."""
        for candidate in self.paths.deployment_candidates:
            if candidate.is_file():
                self._deployed, self._locked = read_deployment(candidate)
                self.deployment_file = candidate
                break
        user_path = self.paths.user_settings
        self._user = {}
        for key, raw in _read_json(user_path).items():
            if key in SETTING_KEYS:
                self._user[key] = _check_value(key, str(raw), user_path, None)
        return self.settings()

    def settings(self) -> Settings:
        merged: dict[str, Any] = {**self._deployed}
        for key, value in self._user.items():
            if key not in self._locked:  # a locked key always comes from IT's file
                merged[key] = value
        return replace(Settings(), **merged, locked=self._locked)

    def save_user_settings(self, changes: Mapping[str, Any]) -> Settings:
        """Store the officer's choices; refuses locked or unknown keys, validates values."""
        for key, value in changes.items():
            if key not in SETTING_KEYS:
                raise KeyError(key)
            if key in self._locked:
                raise PermissionError(f"{key} is locked by the deployment configuration")
            self._user[key] = _check_value(key, str(value), self.paths.user_settings, None)
        _write_json_atomically(self.paths.user_settings, self._user)
        return self.settings()

    def load_state(self) -> dict[str, Any]:
        """Remembered state; a damaged state file is simply forgotten (it holds no choices)."""
        try:
            return _read_json(self.paths.state)
        except ConfigError:
            return {}

    def save_state(self, state: Mapping[str, Any]) -> None:
        _write_json_atomically(self.paths.state, state)

"""``sharedesk --self-test [--json]``: what breaks on real workstations, checked in one go.

For IT staff after an installation (and for the frozen smoke test): the deployment
configuration reads, Qt's platform plugin loads and a Chinese font is installed (in a child
process, since a platform plugin that fails to load aborts the process), the translations
load, SQLite has FTS5 with the trigram tokenizer, the keyring works (or the report says it is
absent — a warning, not a failure: the app then keeps the session in memory), the TLS context
comes from the OS trust store (plus the deployed CA file), the data folder is writable, and the
configured server answers ``GET /api/v1/rules`` over verified TLS (skipped without a URL).

Exit status 0 when nothing failed (warnings and skipped checks allowed), 1 otherwise. Nothing
here needs a display except the child probe; Qt is imported inside the functions that use it.
The report is in Chinese and English (Chinese first) and carries no secret.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import __version__
from app.config import ConfigError, ConfigPaths, Configuration, Settings

REPORT_FORMAT = "sharedesk-self-test/1"
PROBE_TIMEOUT_SECONDS = 60
SERVER_TIMEOUT = (5.0, 15.0)


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    SKIPPED = "skipped"


STATUS_LABELS = {
    Status.OK: ("通过", "OK"),
    Status.WARNING: ("警告", "WARNING"),
    Status.FAILED: ("失败", "FAILED"),
    Status.SKIPPED: ("跳过", "SKIPPED"),
}


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: what was checked, how it went, and what was found."""

    key: str
    status: Status
    label_zh: str
    label_en: str
    detail_zh: str = ""
    detail_en: str = ""


def _check(key: str, labels: tuple[str, str], status: Status, zh: str = "",
           en: str = "") -> Check:
    return Check(key, status, labels[0], labels[1], zh, en or zh)


# ------------------------------------------------------------------------ the checks

CONFIG = ("部署配置", "Deployment configuration")
QT_PLATFORM = ("Qt 平台插件", "Qt platform plugin")
CJK_FONT = ("中文字体", "CJK font")
TRANSLATIONS = ("界面翻译", "Translations")
SQLITE = ("SQLite 全文检索（FTS5 trigram）", "SQLite full-text search (FTS5 trigram)")
KEYRING = ("系统密钥环", "System keyring")
TRUST_STORE = ("系统证书库", "OS trust store")
DATA_DIR = ("数据目录可写", "Data folder writable")
SERVER = ("服务器连接与 TLS", "Server connection and TLS")


def check_configuration(paths: ConfigPaths) -> tuple[Check, Settings]:
    """The deployment file and the user settings read; a bad file is named with its line."""
    configuration = Configuration(paths)
    try:
        settings = configuration.load()
    except ConfigError as error:
        return _check("configuration", CONFIG, Status.FAILED, error.message_zh,
                      error.message_en), Settings()
    source = configuration.deployment_file
    if source is None:
        where = ", ".join(str(path) for path in paths.deployment_candidates)
        return _check("configuration", CONFIG, Status.OK, f"未部署配置文件（查找位置：{where}）",
                      f"no deployment file (looked in: {where})"), settings
    locked = ", ".join(sorted(settings.locked)) or "-"
    return _check("configuration", CONFIG, Status.OK, f"{source}；锁定：{locked}",
                  f"{source}; locked: {locked}"), settings


def probe_command(result_file: Path) -> list[str]:
    """How to start the Qt probe in a child: the frozen executable itself, or ``-m app``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--self-test", "--probe-qt", str(result_file)]
    return [sys.executable, "-m", "app", "--self-test", "--probe-qt", str(result_file)]


def run_qt_probe(result_file: Path) -> int:
    """In the child: start a QGuiApplication, list the fonts, write what was found as JSON."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication  # noqa: PLC0415

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert isinstance(application, QGuiApplication)
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    found = {"platform": application.platformName(), "cjk_families": list(families)}
    result_file.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return 0


def check_qt_platform() -> list[Check]:
    """Platform plugin and CJK font, from the child probe (a failing plugin aborts it)."""
    with tempfile.TemporaryDirectory(prefix="sharedesk-probe-") as folder:
        result_file = Path(folder) / "qt.json"
        try:
            child = subprocess.run(  # noqa: S603 - our own executable, fixed arguments
                probe_command(result_file), capture_output=True, text=True,
                                   timeout=PROBE_TIMEOUT_SECONDS, check=False,
                                   errors="replace")
        except (OSError, subprocess.TimeoutExpired) as error:
            failed = _check("qt_platform", QT_PLATFORM, Status.FAILED,
                            f"无法运行检测进程（{type(error).__name__}）",
                            f"the probe process could not run ({type(error).__name__})")
            return [failed, _check("cjk_font", CJK_FONT, Status.SKIPPED, "未检测", "not checked")]
        found = json.loads(result_file.read_text(encoding="utf-8")) if child.returncode == 0 \
            and result_file.is_file() else None
    if found is None:
        said = (child.stderr or "").strip().splitlines()
        telling = [line for line in said if "qt.qpa" in line or "could not" in line.lower()]
        tail = " ".join(telling[:2] or said[-3:])[-400:]
        platform = os.environ.get("QT_QPA_PLATFORM", "default")
        return [
            _check("qt_platform", QT_PLATFORM, Status.FAILED,
                   f"平台插件“{platform}”无法加载（退出码 {child.returncode}）。Linux 上请安装 "
                   f"libxcb-cursor0 等依赖包，或在桌面会话中运行。{tail}",
                   f"the platform plugin {platform!r} did not load (exit {child.returncode}). "
                   f"On Linux install libxcb-cursor0 and the other xcb libraries, or run it in "
                   f"a desktop session. {tail}"),
            _check("cjk_font", CJK_FONT, Status.SKIPPED, "未检测", "not checked"),
        ]
    families = found["cjk_families"]
    platform_check = _check("qt_platform", QT_PLATFORM, Status.OK, found["platform"])
    if not families:
        return [platform_check, _check(
            "cjk_font", CJK_FONT, Status.FAILED,
            "未找到支持简体中文的字体，界面文字将无法显示。请安装 fonts-noto-cjk 或文泉驿字体。",
            "no font covers Simplified Chinese; the interface would show boxes. Install "
            "fonts-noto-cjk or fonts-wqy-microhei.")]
    shown = ", ".join(families[:3])
    return [platform_check, _check("cjk_font", CJK_FONT, Status.OK,
                                   f"{len(families)} 种字体：{shown}",
                                   f"{len(families)} families: {shown}")]


def check_translations() -> Check:
    """Our catalogues (zh_CN, en) and Qt's qtbase_zh_CN load (QtCore only, no display)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator  # noqa: PLC0415

    from app.i18n import translations_folder  # noqa: PLC0415 - imports QtCore

    folder = translations_folder()
    missing = [f"sharedesk_{language}.qm" for language in ("zh_CN", "en")
               if not QTranslator().load(f"sharedesk_{language}", str(folder))]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QLocale("zh_CN"), "qtbase", "_", qt_folder):
        missing.append(f"qtbase_zh_CN.qm ({qt_folder})")
    if missing:
        names = ", ".join(missing)
        return _check("translations", TRANSLATIONS, Status.FAILED, f"缺少或无法读取：{names}",
                      f"missing or unreadable: {names}")
    return _check("translations", TRANSLATIONS, Status.OK, str(folder))


def check_sqlite() -> Check:
    from app.sync.search_index import trigram_available  # noqa: PLC0415

    conn = sqlite3.connect(":memory:")
    try:
        available = trigram_available(conn)
    finally:
        conn.close()
    version = sqlite3.sqlite_version
    if not available:
        return _check("sqlite", SQLITE, Status.FAILED,
                      f"SQLite {version} 不支持 trigram 分词（需要 3.34 及以上并启用 FTS5）",
                      f"SQLite {version} lacks the trigram tokenizer (needs 3.34+ with FTS5)")
    return _check("sqlite", SQLITE, Status.OK, f"SQLite {version}")


def check_keyring() -> Check:
    """Reads one entry, as the app does at sign-in; absent is a warning (memory-only sessions)."""
    from app.sync.credentials import Credentials  # noqa: PLC0415

    health = Credentials("http://127.0.0.1", "self-test").health()
    if health.available:
        return _check("keyring", KEYRING, Status.OK, health.backend)
    return _check("keyring", KEYRING, Status.WARNING, f"{health.backend}：{health.reason_zh}",
                  f"{health.backend}: {health.reason_en}")


def check_trust_store(settings: Settings) -> Check:
    """The TLS context the client uses comes from truststore (the OS store) and verifies."""
    import ssl  # noqa: PLC0415

    import truststore  # noqa: PLC0415

    from app.sync.client import verified_context  # noqa: PLC0415

    try:
        context = verified_context(settings.ca_file or None)
    except (OSError, ssl.SSLError) as error:
        return _check("trust_store", TRUST_STORE, Status.FAILED,
                      f"无法读取部署的根证书文件 {settings.ca_file}（{error}）",
                      f"cannot load the deployed CA file {settings.ca_file} ({error})")
    uses_os_store = isinstance(context, truststore.SSLContext)
    verifies = context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    if not (uses_os_store and verifies):
        return _check("trust_store", TRUST_STORE, Status.FAILED, "TLS 未使用系统证书库或未校验证书",
                      "TLS does not use the OS trust store or does not verify")
    extra = f"；另加 {settings.ca_file}" if settings.ca_file else ""
    extra_en = f"; plus {settings.ca_file}" if settings.ca_file else ""
    return _check("trust_store", TRUST_STORE, Status.OK, f"truststore {truststore.__version__}"
                  f"{extra}", f"truststore {truststore.__version__}{extra_en}")


def check_data_dir(data_dir: str | None) -> Check:
    from app.sync.paths import data_dir as resolve_data_dir  # noqa: PLC0415

    folder = resolve_data_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-test-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return _check("data_dir", DATA_DIR, Status.FAILED, f"{folder} 不可写（{reason}）",
                      f"{folder} is not writable ({reason})")
    return _check("data_dir", DATA_DIR, Status.OK, str(folder))


def check_server(settings: Settings) -> Check:
    """``GET /api/v1/rules`` with the client's verified session: 200, or 401 (sign-in needed)."""
    if not settings.server_url:
        return _check("server", SERVER, Status.SKIPPED, "未配置服务器地址",
                      "no server URL configured")
    import requests  # noqa: PLC0415

    from app.sync.client import API, PlatformClient  # noqa: PLC0415
    from app.sync.problems import PlatformError  # noqa: PLC0415

    url = settings.server_url
    try:
        with PlatformClient(url, ca_file=settings.ca_file or None, proxy=settings.proxy or None,
                            timeout=SERVER_TIMEOUT) as client:
            started = time.perf_counter()
            answer = client.session.get(f"{client.server_url}{API}/rules",
                                        timeout=SERVER_TIMEOUT, allow_redirects=False)
            elapsed = (time.perf_counter() - started) * 1000
    except PlatformError as error:  # e.g. plain http:// beyond this computer
        return _check("server", SERVER, Status.FAILED, f"{url}：{error.message_zh}",
                      f"{url}: {error.message_en}")
    except requests.exceptions.SSLError as error:
        return _check("server", SERVER, Status.FAILED,
                      f"{url}：证书校验失败，请检查根证书部署（ca_file）。{error}",
                      f"{url}: certificate verification failed; check the deployed CA "
                      f"(ca_file). {error}")
    except requests.RequestException as error:
        return _check("server", SERVER, Status.FAILED,
                      f"{url}：无法连接（{type(error).__name__}）",
                      f"{url}: cannot connect ({type(error).__name__})")
    if answer.status_code not in (200, 401):  # 401: the platform asks for a sign-in
        return _check("server", SERVER, Status.FAILED,
                      f"{url}：/api/v1/rules 返回 HTTP {answer.status_code}，地址可能有误",
                      f"{url}: /api/v1/rules answered HTTP {answer.status_code}; wrong address?")
    return _check("server", SERVER, Status.OK,
                  f"{url}：HTTP {answer.status_code}，{elapsed:.0f} 毫秒，证书有效",
                  f"{url}: HTTP {answer.status_code} in {elapsed:.0f} ms, certificate valid")


# ------------------------------------------------------------------------ the report


def run_checks(paths: ConfigPaths, data_dir: str | None = None, *,
               qt_probe: Callable[[], list[Check]] = check_qt_platform) -> list[Check]:
    """Every check in report order; a check that raises is reported as failed, not fatal."""
    configuration, settings = check_configuration(paths)
    results = [configuration]
    steps: list[Callable[[], list[Check] | Check]] = [
        qt_probe, check_translations, check_sqlite, check_keyring,
        lambda: check_trust_store(settings), lambda: check_data_dir(data_dir),
        lambda: check_server(settings),
    ]
    for step in steps:
        try:
            found = step()
        except Exception as error:  # the report must finish, naming the fault
            name = getattr(step, "__name__", "check")
            found = Check(name, Status.FAILED, name, name, f"{type(error).__name__}: {error}",
                          f"{type(error).__name__}: {error}")
        results.extend(found if isinstance(found, list) else [found])
    return results


def all_well(results: Sequence[Check]) -> bool:
    return not any(check.status is Status.FAILED for check in results)


def report_json(results: Sequence[Check]) -> dict[str, Any]:
    return {"format": REPORT_FORMAT, "version": __version__, "ok": all_well(results),
            "frozen": bool(getattr(sys, "frozen", False)),
            "checks": [asdict(check) for check in results]}


def report_text(results: Sequence[Check]) -> str:
    lines = [f"ShareDesk {__version__} 自检 / self-test"]
    for check in results:
        zh, en = STATUS_LABELS[check.status]
        lines.append(f"[{zh} {en}] {check.label_zh} / {check.label_en}")
        if check.detail_zh:
            lines.append(f"    {check.detail_zh}")
        if check.detail_en and check.detail_en != check.detail_zh:
            lines.append(f"    {check.detail_en}")
    failed = [check for check in results if check.status is Status.FAILED]
    if failed:
        names_zh = "、".join(check.label_zh for check in failed)
        names_en = ", ".join(check.label_en for check in failed)
        lines.append(f"结果：{len(failed)} 项失败（{names_zh}）")
        lines.append(f"Result: {len(failed)} check(s) failed ({names_en})")
    else:
        lines.append("结果：全部正常")
        lines.append("Result: all well")
    return "\n".join(lines) + "\n"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sharedesk --self-test",
                                     description="ShareDesk 自检 / self-test")
    parser.add_argument("--self-test", action="store_true", required=True)
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.add_argument("--data-dir", help="check this data folder instead of the default")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help=argparse.SUPPRESS)
    parser.add_argument("--probe-qt", type=Path, help=argparse.SUPPRESS)  # the child probe
    return parser


def main(argv: Sequence[str], paths: ConfigPaths | None = None) -> int:
    args = build_parser().parse_args(list(argv))
    if args.probe_qt is not None:
        return run_qt_probe(args.probe_qt)
    results = run_checks(paths or ConfigPaths.default(), args.data_dir)
    text = (json.dumps(report_json(results), ensure_ascii=False, indent=2) + "\n"
            if args.json else report_text(results))
    if sys.stdout is not None:  # a windowed build on Windows has none: see sharedesk-cli.exe
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0 if all_well(results) else 1

"""``sharedesk --self-test``: in-process and as a child process (offscreen), passing and failing.

Real parts: the Qt probe runs in a child process, the keyring is whatever this machine has,
the server check talks to the reference server behind a TLS proxy with a private CA (the CA
IT deploys with ``ca_file``). Failing cases: an unwritable data folder, a broken deployment
file, a platform plugin that does not exist, a certificate nobody trusts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import selftest
from app.config import ConfigPaths, Settings
from app.selftest import Status
from server.runner import ServerThread
from tests.server.conftest import build_world
from tests.sync.faultproxy import FaultProxy
from tests.sync.test_client import _certificates

EVERY_CHECK = ("configuration", "qt_platform", "cjk_font", "translations", "sqlite", "keyring",
               "trust_store", "data_dir", "server")


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ConfigPaths:
    monkeypatch.setenv("SHAREDESK_HOME", str(tmp_path / "home"))
    return ConfigPaths((tmp_path / "exe" / "deployment.ini", tmp_path / "site" / "deployment.ini"),
                       tmp_path / "user" / "settings.json", tmp_path / "user" / "state.json")


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The child finds its deployment file through XDG_CONFIG_DIRS (site_config_dir)."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SHAREDESK_HOME=str(tmp_path / "home"),
                XDG_CONFIG_DIRS=str(tmp_path / "xdg"), **extra)


def run_self_test(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--self-test", *args],
                          capture_output=True, text=True, env=env, check=False, timeout=120)


def by_key(checks: list[selftest.Check]) -> dict[str, selftest.Check]:
    return {check.key: check for check in checks}


def test_every_check_runs_in_process_and_a_healthy_machine_passes(
    paths: ConfigPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    status = selftest.main(["--self-test", "--data-dir", str(tmp_path / "data")], paths=paths)
    text = capsys.readouterr().out
    results = by_key(selftest.run_checks(paths, str(tmp_path / "data")))
    assert tuple(results) == EVERY_CHECK
    for key in ("configuration", "qt_platform", "cjk_font", "translations", "sqlite",
                "trust_store", "data_dir"):
        assert results[key].status is Status.OK, results[key]
    assert results["qt_platform"].detail_en == "offscreen"  # the platform this suite runs on
    # An absent keyring is reported, but is a warning: sessions then live in memory only.
    assert results["keyring"].status in {Status.OK, Status.WARNING}
    assert results["server"].status is Status.SKIPPED
    assert status == 0
    assert "结果：全部正常" in text
    assert "Result: all well" in text
    assert "数据目录可写 / Data folder writable" in text


def test_json_report_from_a_child_process_offscreen(tmp_path: Path) -> None:
    result = run_self_test("--json", env=child_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == "sharedesk-self-test/1"
    assert report["ok"] is True
    assert [check["key"] for check in report["checks"]] == list(EVERY_CHECK)
    assert all(check["label_zh"] and check["label_en"] for check in report["checks"])


def test_an_unwritable_data_folder_fails_and_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")  # root can't write beneath a file
    result = run_self_test("--data-dir", str(blocker / "data"), env=child_env(tmp_path))
    assert result.returncode == 1
    assert "[失败 FAILED] 数据目录可写 / Data folder writable" in result.stdout
    assert "Result: 1 check(s) failed (Data folder writable)" in result.stdout
    as_json = run_self_test("--json", "--data-dir", str(blocker / "data"),
                            env=child_env(tmp_path))
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1
    assert report["ok"] is False
    failed = [check["key"] for check in report["checks"] if check["status"] == "failed"]
    assert failed == ["data_dir"]


def test_a_broken_deployment_file_is_named_with_its_line(tmp_path: Path) -> None:
    deployment = tmp_path / "xdg" / "ShareDesk" / "deployment.ini"
    deployment.parent.mkdir(parents=True)
    deployment.write_text("[sharedesk]\nserver_url = https://platform.example.gov.cn\n"
                          "sync_interval_minutes = soon\n", encoding="utf-8")
    result = run_self_test(env=child_env(tmp_path))
    assert result.returncode == 1
    assert f"{deployment}:3" in result.stdout
    assert "[失败 FAILED] 部署配置 / Deployment configuration" in result.stdout


def test_a_platform_plugin_that_does_not_load_fails_without_aborting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    platform, font = selftest.check_qt_platform()
    assert platform.status is Status.FAILED
    assert "no-such-platform" in platform.detail_en
    assert font.status is Status.SKIPPED


@pytest.fixture
def platform_url(tmp_path: Path) -> Iterator[str]:
    built = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(built.app)
    try:
        yield server.start()
    finally:
        server.stop()
        built.platform.engine.dispose()


def test_the_server_answers_over_tls_trusted_through_the_deployed_ca(
    platform_url: str, tmp_path: Path,
) -> None:
    ca_file, server_context = _certificates(tmp_path)
    with FaultProxy(platform_url, seed=1, rate=0, tls=server_context) as url:
        https_url = url.replace("127.0.0.1", "localhost")
        trusted = selftest.check_server(Settings(server_url=https_url, ca_file=str(ca_file)))
        untrusted = selftest.check_server(Settings(server_url=https_url))
    assert trusted.status is Status.OK, trusted
    assert "HTTP 401" in trusted.detail_en  # /rules asks for a sign-in: reachable, TLS valid
    assert untrusted.status is Status.FAILED
    assert "certificate verification failed" in untrusted.detail_en
    assert "证书校验失败" in untrusted.detail_zh


def test_an_unreachable_server_fails_and_a_missing_ca_file_is_named(tmp_path: Path) -> None:
    unreachable = selftest.check_server(Settings(server_url="https://127.0.0.1:9"))
    assert unreachable.status is Status.FAILED
    assert "cannot connect" in unreachable.detail_en
    missing = str(tmp_path / "absent-ca.pem")
    trust = selftest.check_trust_store(Settings(ca_file=missing))
    assert trust.status is Status.FAILED
    assert missing in trust.detail_en


def test_warnings_and_skips_pass_but_any_failure_fails() -> None:
    def one(status: Status) -> selftest.Check:
        return selftest.Check("x", status, "项", "item")

    assert selftest.all_well([one(Status.OK), one(Status.WARNING), one(Status.SKIPPED)])
    assert not selftest.all_well([one(Status.OK), one(Status.FAILED)])

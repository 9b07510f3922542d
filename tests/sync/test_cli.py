"""The headless commands (``sharedesk sync|status|search``) against the live reference server."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from app.__main__ import headless_command, main
from app.models.entities import DataItem
from app.sync import cli, paths
from app.sync.credentials import SERVICE, keyring_account
from app.sync.store import LocalStore
from tests.server.conftest import PASSWORD
from tests.sync.conftest import LivePlatform, MemoryKeyring, cached


def synced(live: LivePlatform, capsys: pytest.CaptureFixture[str],
           *extra: str) -> dict[str, object]:
    code = main(["sync", "--once", "--server", live.url, "--user", "officer", *extra])
    out = capsys.readouterr().out
    assert code == cli.OK, out
    summary: dict[str, object] = json.loads(out)
    return summary


@pytest.fixture
def catalog(live: LivePlatform) -> list[object]:
    entries = (("居民身份证信息", "公民身份号码"), ("企业登记信息", "统一社会信用代码"),
               ("社会保险参保信息", "参保状态"))
    return [live.world.resource(name=name, summary=f"{name}的登记数据。",
                                data_items=(DataItem(name=item),))
            for name, item in entries]


def test_sync_once_then_status_and_search_use_the_last_account(
    live: LivePlatform, catalog: list[object], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, PASSWORD)
    summary = synced(live, capsys)
    assert summary["completed"] is True
    assert summary["full_resync"] is True
    location = paths.store_path(live.url, "officer")
    assert location.parent == isolated_home / "sharedesk" / "data"  # $SHAREDESK_HOME/data
    assert main(["status"]) == cli.OK
    status = json.loads(capsys.readouterr().out)
    with LocalStore.open(location) as store:
        assert status["cursor"] == store.cursor
        assert status["counts"] == store.counts()
        assert status["outbox"] == store.outbox.counts()
        assert status["last_sync"]
        assert cached(store) == live.view("officer")
    assert status["server"] == paths.normalize_server_url(live.url)
    assert status["user"] == "officer"
    assert main(["search", "身份证"]) == cli.OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    code, name, provider = lines[0].split("\t")
    assert name == "居民身份证信息"
    assert provider == "湖南省公安厅"
    assert code.startswith("301001/")
    assert main(["search", "信息"]) == cli.OK  # two characters: answered without the index
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_the_next_sync_signs_in_with_the_keyring_not_the_password(
    live: LivePlatform, catalog: list[object], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, PASSWORD)
    synced(live, capsys)
    key = (SERVICE, keyring_account(live.url, "officer"))
    first_token = memory_keyring.secrets[key]
    monkeypatch.delenv(cli.PASSWORD_VARIABLE)
    live.world.resource(name="药品经营许可信息")
    summary = synced(live, capsys)
    assert summary["full_resync"] is False
    assert summary["entities"]["resource"]["inserted"] == 1  # type: ignore[index]
    assert memory_keyring.secrets[key] != first_token  # rotated by the refresh
    assert all(PASSWORD not in secret for secret in memory_keyring.secrets.values())


def test_data_dir_before_or_after_the_command(
    live: LivePlatform, catalog: list[object], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, PASSWORD)
    folder = tmp_path / "elsewhere"
    synced(live, capsys, "--data-dir", str(folder))
    assert paths.store_path(live.url, "officer", folder).exists()
    assert main(["--data-dir", str(folder), "status"]) == cli.OK
    assert json.loads(capsys.readouterr().out)["counts"]["resource"] == 3
    assert main(["status"]) == cli.USAGE  # nothing synced in the default folder
    assert headless_command(["--lang", "en", "search", "x"])
    assert not headless_command(["--demo"])


def test_without_a_password_nothing_is_prompted_off_a_terminal(
    live: LivePlatform, capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["sync", "--once", "--server", live.url, "--user", "officer"])
    assert code == cli.SIGN_IN
    err = capsys.readouterr().err
    assert "SHAREDESK_PASSWORD" in err
    assert "需要密码" in err


def test_a_wrong_password_is_said_in_both_languages(
    live: LivePlatform, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "not the password")
    assert main(["sync", "--once", "--server", live.url, "--user", "officer"]) == cli.SIGN_IN
    err = capsys.readouterr().err
    assert "用户名或密码不正确。" in err
    assert "Wrong username or password." in err
    assert PASSWORD not in err


def test_an_unreachable_platform_is_offline(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, PASSWORD)
    code = main(["sync", "--once", "--server", f"http://127.0.0.1:{port}", "--user", "officer"])
    assert code == cli.OFFLINE
    assert "离线" in capsys.readouterr().err


def test_plain_http_to_another_host_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sync", "--once", "--server", "http://platform.example.gov.cn",
                 "--user", "officer"])
    assert code == cli.USAGE
    assert "https://" in capsys.readouterr().err

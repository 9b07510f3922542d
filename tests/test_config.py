"""Deployment configuration, user settings and state: apart, merged, locked, and never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigError, ConfigPaths, Configuration


@pytest.fixture
def paths(tmp_path: Path) -> ConfigPaths:
    return ConfigPaths(
        deployment_candidates=(
            tmp_path / "exe" / "deployment.ini",
            tmp_path / "site" / "deployment.ini",
        ),
        user_settings=tmp_path / "user" / "settings.json",
        state=tmp_path / "user" / "state.json",
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(paths: ConfigPaths) -> None:
    settings = Configuration(paths).load()
    assert settings.language == "zh_CN"
    assert settings.server_url == ""
    assert settings.locked == frozenset()


def test_deployment_gives_defaults_and_locks(paths: ConfigPaths) -> None:
    write(
        paths.deployment_candidates[1],
        "[sharedesk]\nserver_url = https://share.example.gov.cn\nsync_interval_minutes = 10\n"
        "locked = server_url, ca_file\n",
    )
    write(
        paths.user_settings, '{"server_url": "https://other.example", "sync_interval_minutes": 3}'
    )
    config = Configuration(paths)
    settings = config.load()
    assert settings.server_url == "https://share.example.gov.cn"  # locked: IT wins
    assert settings.sync_interval_minutes == 3  # not locked: the officer wins
    assert settings.is_locked("server_url")
    assert not settings.is_locked("proxy")
    with pytest.raises(PermissionError):
        config.save_user_settings({"server_url": "https://evil.example"})
    assert config.save_user_settings({"language": "en"}).language == "en"
    assert Configuration(paths).load().language == "en"


def test_file_beside_the_executable_wins_over_the_site_file(paths: ConfigPaths) -> None:
    write(paths.deployment_candidates[0], "[sharedesk]\nproxy = http://proxy.local:8080\n")
    write(paths.deployment_candidates[1], "[sharedesk]\nproxy = http://other:3128\n")
    config = Configuration(paths)
    assert config.load().proxy == "http://proxy.local:8080"
    assert config.deployment_file == paths.deployment_candidates[0]


@pytest.mark.parametrize(
    ("text", "line", "english"),
    [
        ("[sharedesk]\nserver_url = https://a\nsync_interval_minutes = often\n", 3, "whole number"),
        ("[sharedesk]\ncolour = blue\n", 2, "unknown key"),
        ("[sharedesk]\n\nlocked = server_url, nonsense\n", 3, "cannot lock"),
        ("[sharedesk]\nserver_url = http://plain.example\n", 2, "https://"),
        ("[sharedesk]\nlanguage = fr\n", 2, "language"),
        ("[sharedesk]\nserver_url\n", 2, "cannot parse"),
        ("[other]\nserver_url = https://a\n", None, "missing the [sharedesk] section"),
    ],
)
def test_bad_deployment_file_names_the_line(
    paths: ConfigPaths, text: str, line: int | None, english: str
) -> None:
    path = write(paths.deployment_candidates[1], text)
    with pytest.raises(ConfigError) as caught:
        Configuration(paths).load()
    assert caught.value.line == line
    assert english in caught.value.message_en
    assert str(path) in caught.value.message_zh
    if line is not None:
        assert f":{line}" in caught.value.message_zh


def test_malformed_user_settings_is_reported_not_crashing(paths: ConfigPaths) -> None:
    write(paths.user_settings, '{"language": "zh_CN",,}')
    with pytest.raises(ConfigError) as caught:
        Configuration(paths).load()
    assert caught.value.line == 1
    assert "settings.json" in caught.value.message_en


def test_damaged_state_is_forgotten_and_state_round_trips(paths: ConfigPaths) -> None:
    config = Configuration(paths)
    write(paths.state, "not json")
    assert config.load_state() == {}
    config.save_state({"geometry": "AAAA", "last_user": "officer"})
    assert config.load_state() == {"geometry": "AAAA", "last_user": "officer"}
    assert not paths.user_settings.exists()  # state never lands in the settings file

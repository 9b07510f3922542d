"""The sign-in dialog's words for a problem and its offer of the local copy (R23)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.signin import CachedAccount
from app.sync.problems import problem_for
from app.views.login_messages import describe_problem, local_time, offline_offer

SERVER = "https://platform.example"


@pytest.mark.parametrize("key", ["attempts_left", "remaining_attempts"])
def test_wrong_password_says_how_many_attempts_are_left_r23(qtbot: QtBot, key: str) -> None:
    text = describe_problem(problem_for(401, {key: 2}), SERVER, english=True)
    assert text.startswith("Wrong username or password.")
    assert "2 attempt" in text


def test_wrong_password_without_a_count_says_only_that(qtbot: QtBot) -> None:
    assert describe_problem(problem_for(401, {}), SERVER, english=True) == (
        "Wrong username or password.")


def test_a_lock_says_until_when_in_local_time_r23(qtbot: QtBot) -> None:
    until = "2026-11-27T08:30:00+00:00"
    text = describe_problem(problem_for(423, {"locked_until": until}), SERVER, english=True)
    assert local_time(until) in text
    assert local_time(until) == datetime(2026, 11, 27, 8, 30, tzinfo=UTC).astimezone().strftime(
        "%Y-%m-%d %H:%M")


def test_an_unknown_error_names_its_kind_but_no_traceback(qtbot: QtBot) -> None:
    text = describe_problem(KeyError("token"), SERVER, english=True)
    assert "KeyError" in text
    assert "Traceback" not in text


def test_the_offer_names_the_person_their_department_and_the_last_sync(qtbot: QtBot) -> None:
    synced = datetime(2026, 11, 26, 7, 5, tzinfo=UTC)
    text = offline_offer(CachedAccount(SERVER, "officer", "李文", "人力资源和社会保障厅",
                                       synced, False))
    assert "李文" in text
    assert "人力资源和社会保障厅" in text
    assert synced.astimezone().strftime("%Y-%m-%d %H:%M") in text
    assert "%" not in text

"""Every outbox command kind has a Chinese and an English name, from one table."""

from __future__ import annotations

from app.sync import command_kinds


def kind_codes() -> set[str]:
    return {value for name, value in vars(command_kinds).items()
            if name.isupper() and isinstance(value, str)}


def test_every_kind_is_named_in_both_languages() -> None:
    codes = kind_codes()
    assert len(codes) >= 30
    for code in codes:
        zh, en = command_kinds.kind_labels(code)
        assert code not in (zh, en)
        assert zh != en


def test_an_unknown_kind_shows_its_code() -> None:
    assert command_kinds.kind_labels("future.kind") == ("future.kind", "future.kind")

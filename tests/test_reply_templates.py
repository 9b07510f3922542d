"""The department's reason templates (R13 refusals, conditions of an approval) kept in the local
store: seeded once with templates that cite the share attribute's legal basis (R10), edited,
deleted, kept per department and across restarts, and filled in when inserted."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.reply_templates import SEEDS, TemplateBook, TemplateKind, fill
from app.sync.store import LocalStore


def test_r13_seeded_reason_templates_cite_the_legal_basis(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.sqlite3") as store:
        book = TemplateBook(store, uuid.uuid4())
        reasons = book.templates(TemplateKind.REASONS)
        conditions = book.templates(TemplateKind.CONDITIONS)
    assert len(reasons) + len(conditions) == len(SEEDS)
    assert reasons
    assert conditions
    # R10: a conditional resource cites its legal basis; a refusal should say which (R13).
    assert all("{legal_basis}" in t.text for t in reasons)


def test_templates_are_kept_per_department_and_survive_a_restart(tmp_path: Path) -> None:
    police, market = uuid.uuid4(), uuid.uuid4()
    path = tmp_path / "s.sqlite3"
    with LocalStore.open(path) as store:
        book = TemplateBook(store, police)
        first = book.templates()[0]
        added = book.add(TemplateKind.REASONS, "涉及国家秘密",
                         "该资源涉及国家秘密，依据{legal_basis}不予共享。")
        book.update(first.id, title="改过的标题", text="改过的正文{resource}")
        assert len(TemplateBook(store, market).templates()) == len(SEEDS)  # untouched
    with LocalStore.open(path) as again:
        kept = TemplateBook(again, police).templates()
    assert kept[0].title == "改过的标题"
    assert kept[0].text == "改过的正文{resource}"
    assert kept[-1] == added


def test_deleting_every_template_leaves_the_book_empty(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.sqlite3") as store:
        book = TemplateBook(store, uuid.uuid4())
        for template in book.templates():
            book.delete(template.id)
        assert book.templates() == []  # not seeded a second time


def test_a_template_needs_a_title_and_a_text(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.sqlite3") as store:
        book = TemplateBook(store, uuid.uuid4())
        with pytest.raises(ValueError, match="title"):
            book.add(TemplateKind.REASONS, "  ", "正文")
        with pytest.raises(KeyError):
            book.update(uuid.uuid4(), title="标题", text="正文")


def test_fill_replaces_known_placeholders_and_shows_missing_ones() -> None:
    text = "依据{legal_basis}，“{resource}”不予共享；{unknown}；条件：{conditions}"
    filled = fill(text, {"legal_basis": "《中华人民共和国居民身份证法》",
                         "resource": "居民身份证信息", "conditions": " "})
    assert filled == ("依据《中华人民共和国居民身份证法》，“居民身份证信息”不予共享；{unknown}；"
                      "条件：{conditions}")

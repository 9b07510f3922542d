"""Translations: zh_CN complete, in step with the sources, placeholders intact, switchable."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.i18n import LanguageSwitcher
from app.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "i18n" / "sharedesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_zh_cn_is_complete_with_matching_placeholders() -> None:
    entries = messages(ZH_TS)
    assert entries, "no translatable strings found"
    for context, source, message in entries:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in {"unfinished", "vanished", "obsolete"}, source
        texts = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            assert text.strip(), f"empty zh_CN translation for {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"placeholders differ in {source!r} → {text!r}"
            )


def test_zh_cn_holds_every_string_the_code_translates(tmp_path: Path) -> None:
    """Run lupdate on the sources; every string it finds must already be in the committed file."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        {str(p) for pattern in ("app/*.py", "app/views/**/*.py") for p in ROOT.glob(pattern)}
    )
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    result = subprocess.run(
        [str(lupdate), "-source-language", "en", *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    committed = {(context, source) for context, source, _ in messages(ZH_TS)}
    assert wanted, "lupdate found no strings"
    assert wanted <= committed, f"run `python3 dev.py i18n` and translate: {wanted - committed}"


@pytest.fixture
def compiled_translations(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path / "sharedesk_zh_CN.qm"
    subprocess.run([str(lrelease), "-silent", str(ZH_TS), "-qm", str(target)], check=True)
    return tmp_path


def test_window_speaks_chinese_by_default_and_switches(
    qtbot: QtBot, compiled_translations: Path
) -> None:
    application = QCoreApplication.instance()
    assert application is not None
    languages = LanguageSwitcher(application, compiled_translations)
    try:
        assert languages.switch("zh_CN")
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.windowTitle() == "ShareDesk 政务信息资源共享客户端"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert languages.switch("en")
        english = MainWindow()
        qtbot.addWidget(english)
        assert english.windowTitle().startswith("ShareDesk — government")
    finally:
        languages.switch("en")

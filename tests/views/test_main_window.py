"""The main window's shell: pages, search one keystroke away, offline banner, status bar."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.views.main_window import PAGE_KEYS, MainWindow


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    for key in PAGE_KEYS:
        page = QLabel(key)
        page.setObjectName(f"page-{key}")
        window.add_page(key, page)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_pages_switch_from_the_navigation(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.current_page() == "catalog"
    with qtbot.waitSignal(window.page_changed) as changed:
        window.navigation.setCurrentRow(PAGE_KEYS.index("outbox"))
    assert changed.args == ["outbox"]
    assert window.stack.currentWidget().objectName() == "page-outbox"


def test_ctrl_k_and_ctrl_f_focus_the_search_field(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.navigation.setFocus()
    for combination in (Qt.Key.Key_K, Qt.Key.Key_F):
        window.navigation.setFocus()
        qtbot.keyClick(window.navigation, combination, Qt.KeyboardModifier.ControlModifier)
        assert window.search_field.hasFocus()
    # Chinese arrives through the input method, as committed text (QTest.keyClicks only
    # knows ASCII and aborts the interpreter on anything else).
    window.search_field.insert("身份证")
    with qtbot.waitSignal(window.search_requested) as searched:
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert searched.args == ["身份证"]


def test_typing_reports_each_edit_and_escape_clears_the_field(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.on_focus_search()
    edits: list[str] = []
    window.search_edited.connect(edits.append)
    qtbot.keyClicks(window.search_field, "R1")  # typed: reported as it is typed
    assert edits == ["R", "R1"]
    window.search_field.setText("ignored")  # set by code, not edited: not reported
    assert edits == ["R", "R1"]
    with (qtbot.assertNotEmitted(window.search_requested),
          qtbot.waitSignal(window.search_edited) as cleared):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert cleared.args == [""]
    assert window.search_field.text() == ""


def test_offline_banner_says_since_when_and_what_still_works(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert not window.banner.isVisible()
    since = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)
    window.on_connectivity(False, since)
    assert window.banner.isVisible()
    local = since.astimezone().strftime("%Y-%m-%d %H:%M")
    assert local in window.banner.text()
    assert "outbox" in window.banner.text()
    assert local in window.connection_label.text()
    window.on_connectivity(True, None)
    assert not window.banner.isVisible()


def test_status_bar_counts_the_outbox_and_shows_sync_progress(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.on_outbox_count(3)
    assert "3" in window.outbox_label.text()
    with qtbot.waitSignal(window.sync_requested):
        window.sync_button.click()
    window.on_sync_started()
    assert window.sync_progress.isVisible()
    assert not window.sync_action.isEnabled()
    window.on_sync_progress(2, 5, "")
    assert window.sync_progress.value() == 2
    with qtbot.waitSignal(window.cancel_sync_requested):
        window.cancel_button.click()
    finished = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
    window.on_sync_finished(finished)
    assert not window.sync_progress.isVisible()
    assert window.sync_action.isEnabled()
    assert finished.astimezone().strftime("%H:%M") in window.last_sync_label.text()


def test_badges_show_on_the_navigation(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.on_badge("inbox", 4)
    item = window.navigation.item(PAGE_KEYS.index("inbox"))
    assert item.text().endswith("(4)")
    window.on_badge("inbox", 0)
    assert not item.text().endswith(")")

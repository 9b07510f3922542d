"""The demo's account chooser: busy while the platform starts, then keyboard-ready choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton
from pytestqt.qtbot import QtBot

from app.demo import DEMO_ACCOUNTS
from app.views.demo_chooser import DemoChooser


def ok_button(chooser: DemoChooser) -> object:
    return chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_nothing_to_choose_until_the_platform_is_ready(qtbot: QtBot) -> None:
    chooser = DemoChooser("zh_CN")
    qtbot.addWidget(chooser)
    assert not ok_button(chooser).isEnabled()
    assert chooser.findChildren(QRadioButton) == []
    assert chooser.chosen_username() is None


def test_every_demo_account_offered_and_enter_chooses_the_first(qtbot: QtBot) -> None:
    chooser = DemoChooser("zh_CN")
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.on_platform_ready(DEMO_ACCOUNTS)
    buttons = chooser.findChildren(QRadioButton)
    assert [b.property("username") for b in buttons] == [a.username for a in DEMO_ACCOUNTS]
    assert any("提供部门" in b.text() for b in buttons)
    assert ok_button(chooser).isEnabled()
    with qtbot.waitSignal(chooser.account_chosen) as chosen:
        qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert chosen.args == ["officer"]


def test_another_account_can_be_picked(qtbot: QtBot) -> None:
    chooser = DemoChooser("en")
    qtbot.addWidget(chooser)
    chooser.on_platform_ready(DEMO_ACCOUNTS)
    supervisor = next(
        b for b in chooser.findChildren(QRadioButton) if b.property("username") == "supervisor"
    )
    supervisor.setChecked(True)
    assert "Provincial supervisor" in supervisor.text()
    with qtbot.waitSignal(chooser.account_chosen) as chosen:
        ok_button(chooser).click()
    assert chosen.args == ["supervisor"]


def test_failure_is_said_in_words(qtbot: QtBot) -> None:
    chooser = DemoChooser("zh_CN")
    qtbot.addWidget(chooser)
    chooser.on_platform_failed("演示模式需要参考服务器组件")
    texts = [label.text() for label in chooser.findChildren(type(chooser._status))]
    assert any("演示模式需要参考服务器组件" in text for text in texts)
    assert not ok_button(chooser).isEnabled()

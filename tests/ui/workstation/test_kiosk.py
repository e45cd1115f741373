"""Kiosk mode: fullscreen, touch-sized, back to start when idle, a staff-only way out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.conftest import WindowFactory
from workstation.app import Site
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _exit_keys(qtbot: QtBot, window: MainWindow) -> None:
    modifiers = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_K, modifiers)


def test_kiosk_is_fullscreen_touch_sized_and_cannot_be_closed(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    assert window.isFullScreen()
    assert window.menuBar().actions() == []
    assert "font-size: 24px" in window.styleSheet()
    assert window.alarm_desk is None  # visitors never see staff alarms
    assert not window.status.isVisibleTo(window)  # nor device and database details
    window.close()
    assert window.isVisible()
    assert window.kiosk is not None
    qtbot.waitUntil(lambda: window.kiosk.dialog is not None)
    window.kiosk.dialog.reject()


def test_kiosk_returns_to_the_start_screen_when_idle(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk", idle_seconds=0.3)
    intake = window.intake
    assert intake is not None
    qtbot.mouseClick(intake.start.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.pages.currentWidget() is intake.ticket)
    qtbot.waitUntil(lambda: intake.pages.currentWidget() is intake.start, timeout=3000)


def test_kiosk_language_button_switches_to_english(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    assert window.language_button is not None and window.intake is not None
    assert window.language_button.text() == "English"
    window.language_button.click()
    qtbot.waitUntil(lambda: window.intake.start.question.text() == "What are you here for?")
    assert window.intake.start.buttons["B"].text().endswith("Driving licence")
    assert window.language_button.text() == "Nederlands"


def test_staff_key_combination_and_code_open_the_staff_screen_not_the_desktop(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    guard = window.kiosk
    assert guard is not None
    window.activateWindow()
    _exit_keys(qtbot, window)
    qtbot.waitUntil(lambda: guard.dialog is not None)
    dialog = guard.dialog
    assert dialog is not None
    dialog.code.setText("nobody")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.message.isVisible)
    assert "onbekend" in dialog.message.text()
    assert window.isVisible()
    dialog.code.setText("mw02")
    with qtbot.waitSignal(guard.unlocked):
        dialog.buttons.accepted.emit()
    assert window.kiosk_pages is not None
    qtbot.waitUntil(lambda: window.kiosk_pages.currentWidget() is window.kiosk_pages.staff_screen)
    assert window.isVisible() and not guard.locked
    window.kiosk_pages.staff_screen.quit_button.click()  # only from the staff screen out of the app
    qtbot.waitUntil(lambda: not window.isVisible())

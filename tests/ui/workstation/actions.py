"""Act on the screens as a person would: only on enabled buttons, and wait for the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from workstation.ui.counter_view import CounterView


def click_when_enabled(qtbot: QtBot, button: QAbstractButton) -> None:
    """A button is disabled while its window runs an action; a click then would be lost."""
    qtbot.waitUntil(button.isEnabled)
    button.click()


def wait_idle(qtbot: QtBot, view: CounterView) -> None:
    qtbot.waitUntil(lambda: not view._workplace.runner.busy)

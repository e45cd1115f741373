"""The team's open callback requests: listed with status, and one marked done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.desk.conftest import (
    DEMO_BSN,
    WAIT_MS,
    DemoKcc,
    DeskWindowFactory,
    desk_of,
)
from workstation.app import Site


def test_the_team_sees_its_open_callbacks_and_marks_one_done(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    demo_kcc.seed_history(DEMO_BSN, callback_done=False)
    window = open_desk_window(site)
    desk = desk_of(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    callbacks = desk.callbacks
    assert desk.tabs.currentWidget() is callbacks
    qtbot.waitUntil(lambda: callbacks.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    item = callbacks.list.topLevelItem(0)
    assert item is not None
    assert (item.text(1), item.text(2), item.text(3)) == ("afvalpas", "Burgerzaken", "te doen")
    assert callbacks.status.text() == "Open terugbelverzoeken: 1"
    assert not callbacks.done.isEnabled()
    rect = callbacks.list.visualItemRect(item)
    qtbot.mouseClick(callbacks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert callbacks.detail.text().startswith("Nieuwe pas sturen?")
    qtbot.mouseClick(callbacks.done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: callbacks.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert demo_kcc.kcc.contacts.open_callbacks(demo_kcc.service.actoren) == ()

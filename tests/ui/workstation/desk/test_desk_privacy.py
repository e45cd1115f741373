"""The desk forgets the person when the visit ends, after idling, and behind the screen lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled, wait_idle
from tests.ui.workstation.conftest import LOCATION
from tests.ui.workstation.desk.conftest import (
    DEMO_BSN,
    WAIT_MS,
    DemoKcc,
    DeskWindowFactory,
    desk_of,
)
from workstation.app import Site
from workstation.services.staff_service import DEMO_PIN
from workstation.ui.counter_view import CounterView
from workstation.ui.desk_panel import DeskPanel
from workstation.ui.main_window import MainWindow


def _identify(qtbot: QtBot, desk: DeskPanel, text: str = DEMO_BSN) -> None:
    desk.identify.search.setText(text)
    qtbot.keyClick(desk.identify.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person is not None, timeout=WAIT_MS)
    assert desk.person_panel.isVisible()


def _assert_empty(desk: DeskPanel) -> None:
    assert desk.person is None
    assert not desk.person_panel.isVisible()
    assert desk.person_panel.name.text() == "" or not desk.person_panel.isVisible()
    assert desk.history.entries == ()
    assert desk.person_panel.photo.pixmap().isNull()


def _counter(window: MainWindow) -> CounterView:
    assert window.counter is not None
    return window.counter


@pytest.mark.parametrize("ending", ["finish", "no_show"])
def test_the_panel_empties_when_the_visit_ends(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, ending: str,
) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_desk_window(site)
    view, desk = _counter(window), desk_of(window)
    click_when_enabled(qtbot, view.next)
    wait_idle(qtbot, view)
    if ending == "finish":
        click_when_enabled(qtbot, view.start)
        wait_idle(qtbot, view)
    _identify(qtbot, desk)
    assert desk.visit_number == "A001"
    click_when_enabled(qtbot, view.finish if ending == "finish" else view.no_show)
    qtbot.waitUntil(lambda: view.current is None, timeout=WAIT_MS)
    _assert_empty(desk)


def test_the_next_visitor_starts_with_an_empty_panel(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site)
    view, desk = _counter(window), desk_of(window)
    _identify(qtbot, desk)  # someone looked up before anyone was called
    site.queue.issue_ticket(LOCATION, "A")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.current is not None, timeout=WAIT_MS)
    _assert_empty(desk)


def test_an_unsaved_contact_survives_the_end_of_the_visit_without_the_person(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_desk_window(site)
    view, desk = _counter(window), desk_of(window)
    click_when_enabled(qtbot, view.next)
    wait_idle(qtbot, view)
    _identify(qtbot, desk)
    qtbot.keyClicks(desk.form.editors[0].onderwerp, "rijbewijs")
    click_when_enabled(qtbot, view.no_show)
    qtbot.waitUntil(lambda: view.current is None, timeout=WAIT_MS)
    _assert_empty(desk)
    assert desk.form.editors[0].onderwerp.text() == "rijbewijs"
    assert desk.form.message.text().startswith("Dit contact is nog niet opgeslagen.")
    click_when_enabled(qtbot, desk.identify.clear_button)  # Wissen: the draft goes too
    assert desk.form.editors[0].onderwerp.text() == ""


def test_a_slow_lookup_never_holds_up_the_counter(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory, demo_kcc: DemoKcc,
) -> None:
    """The BRP answers late: the queue's buttons work meanwhile, and the late answer, about
    someone looked up before the next visitor was called, is dropped."""
    site.queue.issue_ticket(LOCATION, "A")
    window = open_desk_window(site)
    view, desk = _counter(window), desk_of(window)
    demo_kcc.directory.delay_s = 1.5
    desk.identify.search.setText("de Bruijn 10-03-1965")
    qtbot.keyClick(desk.identify.search, Qt.Key.Key_Return)
    assert desk.identify.message.text() == "Zoeken…"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.current is not None, timeout=WAIT_MS)
    assert desk.person is None  # the visitor was called while the BRP was still thinking
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert desk.person is None and not desk.person_panel.isVisible()


def test_the_panel_empties_after_the_idle_time(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site, idle_seconds=0.5)
    desk = desk_of(window)
    _identify(qtbot, desk)
    qtbot.waitUntil(lambda: desk.person is None, timeout=WAIT_MS)
    _assert_empty(desk)


def test_the_screen_lock_empties_the_panel_and_opens_with_the_pin(
    qtbot: QtBot, site: Site, open_desk_window: DeskWindowFactory,
) -> None:
    window = open_desk_window(site)
    desk = desk_of(window)
    lock = window.lock
    assert lock is not None
    _identify(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.isVisible()
    _assert_empty(desk)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the counter's keys do nothing behind the lock
    assert window.counter is not None and not window.counter.isEnabled()
    qtbot.keyClicks(lock.pin, "000000")
    qtbot.keyClick(lock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.message.isVisible, timeout=WAIT_MS)
    assert lock.isVisible()
    qtbot.keyClicks(lock.pin, DEMO_PIN)
    qtbot.keyClick(lock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.isVisible(), timeout=WAIT_MS)
    assert window.counter.isEnabled()

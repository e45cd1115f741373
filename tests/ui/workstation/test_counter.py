"""Counter actions on a real window and a real site database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled, wait_idle
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import TicketState, utc_now
from workstation.services.queue_service import QueueService
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.ui.counter_view import CounterView
from workstation.ui.main_window import MainWindow

# The offscreen platform says this whenever a dialog opens; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _view(window: MainWindow) -> CounterView:
    assert window.counter is not None
    return window.counter


def _issue(site: Site, *letters: str) -> list[str]:
    return [site.queue.issue_ticket(LOCATION, letter).ticket.number for letter in letters]


def _issue_minutes_ago(site: Site, letter: str, minutes: float) -> str:
    moment = utc_now() - timedelta(minutes=minutes)
    past = QueueService(lambda: SqlQueueUnitOfWork(site.database),
                        SqlQueueReader(site.database), clock=lambda: moment)
    return past.issue_ticket(LOCATION, letter).ticket.number


def _wait_state(qtbot: QtBot, view: CounterView, state: TicketState | None) -> None:
    qtbot.waitUntil(lambda: (view.current.state if view.current else None) == state
                    and not view._workplace.runner.busy)


def _enabled(view: CounterView) -> set[str]:
    buttons = {"next": view.next, "recall": view.recall, "no_show": view.no_show,
               "start": view.start, "transfer": view.transfer, "finish": view.finish}
    return {name for name, button in buttons.items() if button.isEnabled()}


def test_next_calls_a_ticket_and_enables_the_actions_of_its_state(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    _issue(site, "A")
    window = open_window(site, counter=1)
    view = _view(window)
    assert view.card.number.text() == "Geen bezoeker"
    assert _enabled(view) == {"next"}
    assert "F5" in view.next.text() and "F8" in view.finish.text()
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.card.number.text() == "A001"
    assert view.card.service.text() == "Paspoort en ID-kaart"
    assert "1 keer opgeroepen" in view.card.details.text()
    assert _enabled(view) == {"recall", "no_show", "start", "transfer"}
    click_when_enabled(qtbot, view.start)
    _wait_state(qtbot, view, TicketState.SERVING)
    assert _enabled(view) == {"transfer", "finish"}
    click_when_enabled(qtbot, view.finish)
    _wait_state(qtbot, view, None)
    assert _enabled(view) == {"next"}


def test_keyboard_shortcuts_drive_the_frequent_actions(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    _issue(site, "A")
    view = _view(open_window(site, counter=1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    _wait_state(qtbot, view, TicketState.CALLED)
    qtbot.keyClick(view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: view.current is not None and view.current.calls_made == 2)
    wait_idle(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F7)
    _wait_state(qtbot, view, TicketState.SERVING)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    _wait_state(qtbot, view, None)


def test_recall_counts_calls_and_no_show_ends_the_ticket(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    _issue(site, "A", "A")
    view = _view(open_window(site, counter=1))
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.recall)
    qtbot.waitUntil(lambda: view.current is not None and view.current.calls_made == 2)
    wait_idle(qtbot, view)
    assert "2 keer opgeroepen" in view.card.details.text()
    click_when_enabled(qtbot, view.no_show)
    _wait_state(qtbot, view, None)
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.card.number.text() == "A002"


def test_next_with_an_empty_queue_says_so(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    view = _view(open_window(site, counter=1))
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(view.message.isVisible)
    assert "Er wacht niemand" in view.message.text()
    assert view.current is None


@pytest.mark.parametrize("target", ["service", "counter"])
def test_transfer_to_a_service_or_a_counter_with_a_note(
        qtbot: QtBot, site: Site, open_window: WindowFactory, target: str) -> None:
    _issue(site, "A")
    view = _view(open_window(site, counter=1))
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.transfer)
    qtbot.waitUntil(lambda: view.transfer_dialog is not None)
    dialog = view.transfer_dialog
    assert dialog is not None
    assert "persoonsgegevens" in dialog.privacy.text()
    if target == "service":
        dialog.service.setCurrentIndex(dialog.service.findData("C"))
    else:
        dialog.to_counter.setChecked(True)
        dialog.choose_counter(3)
    dialog.note.setText("Wil ook een uittreksel")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    _wait_state(qtbot, view, None)
    services = {s.letter: s for s in site.queue.overview(LOCATION).services}
    if target == "service":
        assert [t.number for t in services["C"].waiting] == ["A001"]
    else:
        (ticket,) = services["A"].waiting
        assert ticket.target_counter_number == 3


def test_call_a_chosen_ticket_from_the_waiting_list(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    _issue(site, "A", "B", "F")
    view = _view(open_window(site, counter=1))
    qtbot.waitUntil(lambda: view.waiting.ticket_item(_ticket_id(site, "F001")) is not None)
    item = view.waiting.ticket_item(_ticket_id(site, "F001"))
    view.waiting.setCurrentItem(item)
    assert view.call_selected.isEnabled()
    click_when_enabled(qtbot, view.call_selected)
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.card.number.text() == "F001"
    assert not view.call_selected.isEnabled()


def _ticket_id(site: Site, number: str) -> str:
    for service in site.queue.overview(LOCATION).services:
        for ticket in service.waiting:
            if ticket.number == number:
                return ticket.ticket_id
    raise AssertionError(f"{number} is not waiting")


def test_waiting_list_shows_counts_expected_wait_and_norm_bands(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    late = _issue_minutes_ago(site, "A", 11)  # norm 10 minutes: over
    near = _issue_minutes_ago(site, "A", 8)  # 0.8 of the norm: near
    fresh = _issue_minutes_ago(site, "A", 1)
    view = _view(open_window(site, counter=1))
    qtbot.waitUntil(lambda: view.waiting.ticket_item(_ticket_id(site, fresh)) is not None)
    bands = {}
    for number in (late, near, fresh):
        item = view.waiting.ticket_item(_ticket_id(site, number))
        assert item is not None
        bands[number] = (item.text(2), item.background(2).color().name())
    assert bands[late][0] == "te lang"
    assert bands[near][0] == "bijna te lang"
    assert bands[fresh][0] == "op tijd"
    assert len({colour for _text, colour in bands.values()}) == 3
    group = view.waiting.topLevelItem(0)
    assert group is not None
    assert "3 wachtend" in group.text(0)
    assert "minuten" in group.text(0)


def test_waiting_list_follows_tickets_issued_elsewhere(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    view = _view(open_window(site, counter=1))
    (number,) = _issue(site, "D")
    qtbot.waitUntil(lambda: view.waiting.findItems(
        number, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive) != [])


def test_restart_gives_the_counter_its_ticket_back(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    _issue(site, "A")
    first = open_window(site, counter=2)
    click_when_enabled(qtbot, _view(first).next)
    _wait_state(qtbot, _view(first), TicketState.CALLED)
    first.close()
    second = _view(open_window(site, counter=2))
    _wait_state(qtbot, second, TicketState.CALLED)
    assert second.card.number.text() == "A001"
    assert _enabled(second) == {"recall", "no_show", "start", "transfer"}

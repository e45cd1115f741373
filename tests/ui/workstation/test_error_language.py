"""Expected errors from below the UI reach the screen in the chosen language.

The errors are real: the window acts on a queue that another workstation changed a moment
earlier, before this window's live view caught up, so the service refuses the action.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import TicketState
from workstation.ui.counter_view import CounterView
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.main_window import MainWindow


def _view(window: MainWindow) -> CounterView:
    assert window.counter is not None
    return window.counter


def _wait_state(qtbot: QtBot, view: CounterView, state: TicketState | None) -> None:
    qtbot.waitUntil(lambda: (view.current.state if view.current else None) == state
                    and not view._workplace.runner.busy)


def _serving(qtbot: QtBot, site: Site, window: MainWindow) -> CounterView:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(window)
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.start)
    _wait_state(qtbot, view, TicketState.SERVING)
    return view


def _finish_with_no_ticket(qtbot: QtBot, site: Site, view: CounterView) -> str:
    """Finish the ticket elsewhere, then press Finish here before the window hears of it."""
    site.queue.finish(site.queue.counter_post(LOCATION, 1, "mw01"))
    assert view.finish.isEnabled()  # no events processed yet: the window still shows the ticket
    view.finish.click()
    qtbot.waitUntil(lambda: view.message.isVisible() and not view._workplace.runner.busy)
    return view.message.text()


def test_an_english_counter_shows_an_english_error(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    window = open_window(site, counter=1)
    language.set_language("en")
    view = _serving(qtbot, site, window)
    assert view.finish.text() == "Finish (F8)"
    assert _finish_with_no_ticket(qtbot, site, view) == (
        "There is no ticket at this counter. Choose Next to call a visitor."
    )


def test_a_dutch_counter_shows_the_dutch_error(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    view = _serving(qtbot, site, open_window(site, counter=1))
    assert _finish_with_no_ticket(qtbot, site, view) == (
        "Er is geen wachtnummer bij deze balie. Kies Volgende om een bezoeker op te roepen."
    )


def test_an_error_with_a_ticket_number_in_it_is_translated_too(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    ticket = site.queue.issue_ticket(LOCATION, "F").ticket
    window = open_window(site, counter=1)
    language.set_language("en")
    view = _view(window)
    qtbot.waitUntil(lambda: view.waiting.ticket_item(ticket.id) is not None)
    view.waiting.setCurrentItem(view.waiting.ticket_item(ticket.id))
    colleague = site.queue.counter_post(LOCATION, 2, "mw02")
    site.queue.call_ticket(colleague, ticket.id)  # a colleague was quicker
    assert view.call_selected.isEnabled()
    view.call_selected.click()
    qtbot.waitUntil(lambda: view.message.isVisible() and not view._workplace.runner.busy)
    assert view.message.text() == (
        f"Ticket {ticket.number} is no longer waiting. "
        "A colleague may already have called it. Choose another number."
    )


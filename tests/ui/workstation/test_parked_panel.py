"""Park, unpark ("Terug") and cancel at the counter screen, clicked as a person would."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import TicketState
from workstation.ui.counter_view import CounterView
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _view(window: MainWindow) -> CounterView:
    assert window.counter is not None
    return window.counter


def _wait_state(qtbot: QtBot, view: CounterView, state: TicketState | None) -> None:
    qtbot.waitUntil(lambda: (view.current.state if view.current else None) == state
                    and not view._workplace.runner.busy)


def _parked(view: CounterView) -> list[str]:
    tickets = view.parked_panel.tickets
    return [tickets.item(i).text().split(" ")[0] for i in range(tickets.count())]


def test_park_call_the_next_then_serve_the_parked_visitor_on(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    first = site.queue.issue_ticket(LOCATION, "A").ticket
    second = site.queue.issue_ticket(LOCATION, "A").ticket
    view = _view(open_window(site, counter=1))
    panel = view.parked_panel
    assert not panel.park.isEnabled() and not panel.cancel.isEnabled()
    assert panel.tickets.isHidden()
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.start)
    _wait_state(qtbot, view, TicketState.SERVING)
    assert not panel.cancel.isEnabled()  # once served, a visitor is finished, not cancelled
    click_when_enabled(qtbot, panel.park)
    _wait_state(qtbot, view, None)
    qtbot.waitUntil(lambda: _parked(view) == ["A001"])
    assert "geparkeerd om" in panel.tickets.item(0).text()
    assert panel.back.isEnabled()
    click_when_enabled(qtbot, view.next)  # the counter goes on with the next visitor
    _wait_state(qtbot, view, TicketState.CALLED)
    assert view.current is not None and view.current.ticket_id == second.id
    assert not panel.back.isEnabled()  # busy: first finish or park this one
    click_when_enabled(qtbot, panel.cancel)  # this visitor leaves
    _wait_state(qtbot, view, None)
    click_when_enabled(qtbot, panel.back)  # the parked visitor is back
    _wait_state(qtbot, view, TicketState.SERVING)
    assert view.current is not None and view.current.ticket_id == first.id
    qtbot.waitUntil(lambda: _parked(view) == [])
    assert panel.tickets.isHidden()
    states = {t.number: t.state for t in (site.queue.ticket_by_number(LOCATION, n)
                                          for n in ("A001", "A002"))}
    assert states == {"A001": TicketState.SERVING, "A002": TicketState.CANCELLED}


def test_a_parked_visitor_who_does_not_come_back_is_cancelled(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    view = _view(open_window(site, counter=1))
    click_when_enabled(qtbot, view.next)
    _wait_state(qtbot, view, TicketState.CALLED)
    click_when_enabled(qtbot, view.parked_panel.park)
    qtbot.waitUntil(lambda: _parked(view) == ["A001"])
    click_when_enabled(qtbot, view.parked_panel.drop)
    qtbot.waitUntil(lambda: _parked(view) == [])
    assert site.queue.ticket_by_number(LOCATION, "A001").state is TicketState.CANCELLED

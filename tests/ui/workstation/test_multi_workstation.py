"""Several workstations on one site database: SQLite file and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site, open_site

TICKETS = 6


@pytest.fixture
def shared_site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, demo=True)
    yield opened
    opened.close()


def test_two_windows_pressing_next_together_get_different_tickets(
        qtbot: QtBot, shared_site: Site, open_window: WindowFactory) -> None:
    for _ in range(TICKETS):
        shared_site.queue.issue_ticket(LOCATION, "A")
    one = open_window(shared_site, counter=1, staff="mw01").counter
    two = open_window(shared_site, counter=2, staff="mw02").counter
    assert one is not None and two is not None
    seen: list[str] = []
    for _round in range(TICKETS // 2):
        click_when_enabled(qtbot, one.next)
        click_when_enabled(qtbot, two.next)
        qtbot.waitUntil(lambda: one.current is not None and two.current is not None)
        assert one.current is not None and two.current is not None
        assert one.current.number != two.current.number
        seen += [one.current.number, two.current.number]
        click_when_enabled(qtbot, one.start)
        click_when_enabled(qtbot, two.start)
        qtbot.waitUntil(lambda: one.finish.isEnabled() and two.finish.isEnabled())
        click_when_enabled(qtbot, one.finish)
        click_when_enabled(qtbot, two.finish)
        qtbot.waitUntil(lambda: one.current is None and two.current is None
                        and one.next.isEnabled() and two.next.isEnabled())
    assert sorted(seen) == [f"A{n:03d}" for n in range(1, TICKETS + 1)]


# The offscreen platform cannot bring a window to the front; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_alarm_reaches_other_workstations_and_stays_until_its_raiser_closes_it(
        qtbot: QtBot, shared_site: Site, open_window: WindowFactory) -> None:
    raising = open_window(shared_site, counter=3, staff="mw03")
    other = open_window(shared_site, counter=1, staff="mw01")
    reception = open_window(shared_site, "reception")
    assert raising.counter is not None
    desks = {w: w.alarm_desk for w in (raising, other, reception)}
    assert all(desk is not None for desk in desks.values())
    raising.counter.alarm.click()
    qtbot.waitUntil(lambda: all(window.alarm_desk.panel.isVisible()  # type: ignore[union-attr]
                                for window in (raising, other, reception)))
    panel = other.alarm_desk.panel  # type: ignore[union-attr]
    (alarm_id,) = panel.alarm_ids
    row = panel.row_for(alarm_id)
    assert "ALARM bij balie 3 (Chantal" in row.text.text()
    assert raising.counter.alarm.property("role") == "alarm-raised"
    own = raising.alarm_desk.panel.row_for(alarm_id)  # type: ignore[union-attr]
    assert "Uw alarm is verzonden" in own.text.text()
    assert own.responders.text() == "Nog niemand heeft gereageerd."
    assert reception.alarm_desk.panel.row_for(alarm_id).respond.isVisible()  # type: ignore
    row.respond.click()  # "Ik kom"
    qtbot.waitUntil(lambda: raising.alarm_desk.panel.row_for(  # type: ignore[union-attr]
        alarm_id).responders.text() == "Onderweg: Anouk (balie 1)", timeout=15_000)
    # Answering is not closing: the alarm stays on every screen until its raiser closes it.
    assert all(w.alarm_desk.panel.alarm_ids == [alarm_id]  # type: ignore[union-attr]
               for w in (raising, other, reception))
    raising.alarm_desk.panel.row_for(alarm_id).close_button.click()  # type: ignore
    qtbot.waitUntil(lambda: not any(window.alarm_desk.panel.isVisible()  # type: ignore
                                    for window in (raising, other, reception)))
    assert raising.counter.alarm.property("role") == "alarm"
    location = shared_site.queue.location(LOCATION)
    assert shared_site.alarms.open_alarms(location.id) == ()

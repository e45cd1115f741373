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


def test_alarm_reaches_another_workstation_and_is_acknowledged_there(
        qtbot: QtBot, shared_site: Site, open_window: WindowFactory) -> None:
    raising = open_window(shared_site, counter=3, staff="mw03")
    other = open_window(shared_site, counter=1, staff="mw01")
    reception = open_window(shared_site, "reception")
    assert raising.counter is not None
    raising.counter.alarm.click()
    qtbot.waitUntil(lambda: all(window.alarm_banner.isVisible()
                                for window in (raising, other, reception)))
    (alarm_id,) = other.alarm_banner.alarm_ids
    row = other.alarm_banner.row_for(alarm_id)
    assert "ALARM bij balie 3" in row.text.text()
    assert raising.counter.alarm.property("role") == "alarm-raised"
    assert reception.alarm_banner.row_for(alarm_id).acknowledge.isVisible()  # reception too
    row.acknowledge.click()
    qtbot.waitUntil(lambda: not other.alarm_banner.isVisible()
                    and not raising.alarm_banner.isVisible()
                    and not reception.alarm_banner.isVisible())
    assert raising.counter.alarm.property("role") == "alarm"
    location = shared_site.queue.location(LOCATION)
    assert shared_site.queue.open_alarms(location.id) == ()

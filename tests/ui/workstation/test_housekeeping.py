"""The running window's housekeeping: heartbeat of the counter, and the daily round that
closes a business day left open and runs the retention rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.ui.workstation.conftest import LOCATION, WindowFactory
from workstation.app import Site
from workstation.domain.queue import TicketState, utc_now
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _last_seen(site: Site) -> object:
    with Session(site.database.engine) as session:
        return session.scalar(select(m.CounterSession.last_seen_at)
                              .where(m.CounterSession.closed_at.is_(None)))


def test_the_counter_window_keeps_its_session_alive(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, counter=1)
    before = _last_seen(site)
    window.housekeeping.beat()
    qtbot.waitUntil(lambda: _last_seen(site) != before)


def test_opening_a_window_closes_yesterday_s_open_tickets(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    yesterday = utc_now() - timedelta(days=1)
    past = QueueService(lambda: SqlQueueUnitOfWork(site.database),
                        SqlQueueReader(site.database), clock=lambda: yesterday)
    ticket = past.issue_ticket(LOCATION, "A").ticket
    open_window(site, role="reception")

    def state() -> TicketState:
        with Session(site.database.engine) as session:
            return TicketState(session.scalar(select(m.Ticket.state)
                                              .where(m.Ticket.id == ticket.id)))

    qtbot.waitUntil(lambda: state() is TicketState.CLOSED)

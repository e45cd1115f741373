"""A site with history: the overview reads the recent window only (calls of the last 24 hours),
so a year of events is not sorted on every re-read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.integration.store.test_queue_on_database import MORNING, Clock
from workstation.app import Site, open_site
from workstation.demo_seed import seed_demo
from workstation.services.queue_service import QueueService
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork


@pytest.fixture
def site(sqlite_url: str) -> Iterator[Site]:
    opened = open_site(sqlite_url, demo=True)
    seed_demo(opened.database, now=MORNING)
    yield opened
    opened.close()


def test_calls_older_than_a_day_are_not_the_displays_earlier_calls(site: Site) -> None:
    clock = Clock(MORNING)
    database = site.database
    queue = QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database), clock)
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.issue_ticket("BOZ", "A")
    queue.call_next(post)
    queue.start_serving(post)
    queue.finish(post)
    assert [call.number for call in queue.overview("BOZ").calls] == ["A001"]
    clock.advance(hours=23)
    assert [call.number for call in queue.overview("BOZ").calls] == ["A001"]
    clock.advance(hours=2)  # the next morning's display starts empty
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.overview("BOZ").calls == ()
    queue.issue_ticket("BOZ", "A")
    called = queue.call_next(post)
    assert called is not None
    assert [call.number for call in queue.overview("BOZ").calls] == [called.number]
    assert queue.overview("BOZ").read_at - MORNING == timedelta(hours=25)

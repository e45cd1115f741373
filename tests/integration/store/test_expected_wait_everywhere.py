"""One expected wait: what the hall display and the counter's list show for a service is what
the next ticket of that service gets printed on it (docs/decisions/0010)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.integration.store.test_queue_on_database import MORNING, Clock
from workstation.app import open_site
from workstation.demo_seed import seed_demo
from workstation.services.queue_service import QueueService
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork


@pytest.fixture
def queue(site_url: str) -> Iterator[QueueService]:
    site = open_site(site_url, demo=True)
    seed_demo(site.database, now=MORNING)
    database: SiteDatabase = site.database
    yield QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database),
                       Clock(MORNING))
    site.close()


def test_display_and_ticket_promise_the_same_wait(queue: QueueService) -> None:
    counter_3 = queue.counter_post("BOZ", 3, "mw03")  # the only open counter serving C
    queue.counter_post("BOZ", 5, "mw06")
    for _ in range(3):
        queue.issue_ticket("BOZ", "C")
    queue.call_next(counter_3)
    queue.transfer(counter_3, to_counter_number=5)  # waits for counter 5 only
    shown = next(s for s in queue.overview("BOZ").services if s.letter == "C")
    issued = queue.issue_ticket("BOZ", "C")
    assert shown.expected_wait == issued.expected_wait
    assert issued.expected_wait == timedelta(minutes=2 * 10)  # 2 ahead, the 10-minute norm

"""A real PostgreSQL restart: the change feed and the writers come back by themselves."""

from __future__ import annotations

import queue
import time

import pytest

from tests.private_postgres import private_postgres, private_postgres_available
from tests.requirements import require
from workstation.app import open_site
from workstation.domain.errors import UserFacingError
from workstation.domain.overview import LocationOverview

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
LOCATION = "BOZ"
RECOVERY_S = 5.0


def _waiting(overview: LocationOverview) -> int:
    return sum(service.waiting_count for service in overview.services)


def test_follower_and_writer_survive_a_postgres_restart() -> None:
    require(private_postgres_available(), "PostgreSQL server binaries (initdb, pg_ctl)")
    with private_postgres() as server:
        site = open_site(server.url, demo=True)
        overviews: queue.Queue[LocationOverview] = queue.Queue()
        connection: queue.Queue[bool] = queue.Queue()
        follower = site.follower(LOCATION, overviews.put, connection.put)
        follower.start()
        try:
            assert _waiting(overviews.get(timeout=5)) == 0
            site.queue.issue_ticket(LOCATION, "A")
            while _waiting(overviews.get(timeout=5)) != 1:
                pass

            server.stop()
            while connection.get(timeout=5):  # until the feed notices
                pass
            with pytest.raises(UserFacingError):
                site.queue.issue_ticket(LOCATION, "A")  # nothing changes while it is down
            server.start()
            back = time.monotonic()

            issued = None
            while issued is None and time.monotonic() - back < RECOVERY_S:
                try:
                    issued = site.queue.issue_ticket(LOCATION, "A")
                except UserFacingError:
                    time.sleep(0.1)
            assert issued is not None, "the writer did not reconnect"
            assert issued.ticket.number == "A002"
            while True:
                remaining = RECOVERY_S - (time.monotonic() - back)
                assert remaining > 0, "the display did not catch up within 5 s"
                if _waiting(overviews.get(timeout=remaining)) == 2:
                    break
        finally:
            follower.stop()
            site.close()

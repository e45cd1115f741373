"""The alarm on a real database: raise, "Ik kom", close by the right people only, and never
waiting behind the queue's own database work."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from workstation.app import Site, open_site
from workstation.domain.errors import UserFacingError
from workstation.services.queue_service import CounterPost
from workstation.store import models as m

LOCATION = "BOZ"


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, demo=True)
    yield opened
    opened.close()


def _post(site: Site, counter: int, staff: str) -> CounterPost:
    return site.queue.counter_post(LOCATION, counter, staff)


def _raise(site: Site, post: CounterPost) -> int:
    return site.alarms.raise_alarm(post.location, post.counter, post.staff)


def test_an_alarm_shows_who_is_coming_and_stays_open_until_its_raiser_closes_it(
        site: Site) -> None:
    raiser, anouk, chantal = _post(site, 2, "mw02"), _post(site, 1, "mw01"), \
        _post(site, 3, "mw03")
    alarm_id = _raise(site, raiser)
    site.alarms.respond(anouk.location, alarm_id, anouk.staff, anouk.counter)
    site.alarms.respond(chantal.location, alarm_id, chantal.staff, None)  # from reception
    [alarm] = site.alarms.open_alarms(raiser.location.id)
    assert (alarm.alarm_id, alarm.counter_number, alarm.raised_by) == (alarm_id, 2, "Bram")
    assert [(r.name, r.counter_number) for r in alarm.responders] == [
        ("Anouk", 1), ("Chantal", None)]
    with pytest.raises(UserFacingError) as refused:
        site.alarms.close(anouk.location, alarm_id, anouk.staff, anouk.counter)
    assert "teamleider" in refused.value.message
    assert site.alarms.open_alarms(raiser.location.id) != ()
    site.alarms.close(raiser.location, alarm_id, raiser.staff, raiser.counter)
    assert site.alarms.open_alarms(raiser.location.id) == ()
    with pytest.raises(UserFacingError) as closed:
        site.alarms.respond(anouk.location, alarm_id, anouk.staff, anouk.counter)
    assert "al gesloten" in closed.value.message


def test_a_supervisor_may_close_anyones_alarm(site: Site) -> None:
    raiser, lead = _post(site, 2, "mw02"), _post(site, 1, "mw01")
    with site.database.engine.begin() as connection:
        connection.execute(update(m.StaffMember).where(m.StaffMember.code == "mw01")
                           .values(roles="counter,supervisor"))
    alarm_id = _raise(site, raiser)
    site.alarms.close(lead.location, alarm_id, lead.staff, lead.counter)
    assert site.alarms.open_alarms(raiser.location.id) == ()


def test_an_alarm_does_not_wait_for_the_queues_writers_or_connections(site: Site) -> None:
    """Every queue connection is taken and (SQLite) the writers' turn is held: still raised."""
    post = _post(site, 2, "mw02")
    held = [site.database.engine.connect() for _ in range(10 if site.database.is_postgres
                                                          else 0)]
    release = threading.Event()
    holding = threading.Event()

    def hold_the_writers_turn() -> None:
        with site.database.writer_turn():
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold_the_writers_turn)
    holder.start()
    try:
        assert holding.wait(10)
        alarm_id = _raise(site, post)
    finally:
        release.set()
        holder.join(10)
        for connection in held:
            connection.close()
    assert [a.alarm_id for a in site.alarms.open_alarms(post.location.id)] == [alarm_id]

"""The report reader on SQLite and PostgreSQL: a day run through the queue service, and the
service-event tables, read back as the records the measures count (ADR 0028)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from workstation.app import open_site
from workstation.domain.measures import (
    Period,
    TicketFacts,
    measure_visits,
    moments_from_events,
    visit_of,
)
from workstation.services.queue_service import QueueService
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.report_reader import SqlReportReader

MORNING = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # Monday 09:00 in Amsterdam


class Clock:
    def __init__(self) -> None:
        self.now = MORNING

    def __call__(self) -> datetime:
        return self.now

    def minutes(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    yield site.database
    site.close()


def run_a_morning(db: SiteDatabase) -> None:
    """Etten-Leur: one visitor called after 4 minutes and served 9, one called after 12 and served
    6 (its finish undone and done again), one not showing up after 25; Bergen op Zoom: one."""
    clock = Clock()
    queue = QueueService(lambda: SqlQueueUnitOfWork(db), SqlQueueReader(db), clock)
    post = queue.counter_post("ETL", 1, "mw01")
    queue.issue_ticket("ETL", "A")
    clock.minutes(2)
    queue.issue_ticket("ETL", "A")
    clock.minutes(2)  # 4
    queue.call_next(post)
    clock.minutes(1)
    queue.start_serving(post)
    clock.minutes(1)  # 6
    queue.issue_ticket("ETL", "A")
    clock.minutes(8)  # 14
    served = queue.finish(post)
    queue.call_next(post)
    clock.minutes(1)
    queue.start_serving(post)
    clock.minutes(5)  # 20
    second = queue.finish(post)
    queue.undo(post, second.id)
    clock.minutes(1)
    queue.finish(post)
    clock.minutes(10)  # 31: the third waited 25 minutes
    queue.call_next(post)
    queue.mark_no_show(post)
    other = queue.counter_post("BOZ", 1, "mw02")
    queue.issue_ticket("BOZ", "B")
    clock.minutes(3)
    queue.call_next(other)
    assert served.number == "A001"


def test_visits_are_the_domain_fold_of_the_events(db: SiteDatabase) -> None:
    run_a_morning(db)
    reader = SqlReportReader(db)
    day = Period(date(2026, 11, 2), date(2026, 11, 2))
    visits = sorted(reader.records(day).visits, key=lambda v: (v.location, v.queued_at))
    with db.engine.connect() as connection:
        events: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for ticket_id, type_, at in connection.execute(
                select(m.QueueEvent.ticket_id, m.QueueEvent.type, m.QueueEvent.at)):
            events[ticket_id].append((type_, at.timestamp()))
        facts = {
            row.id: TicketFacts(row.mcode, row.lcode, row.letter, row.norm_minutes,
                                row.kind == "appointment", row.appointment_epoch)
            for row in connection.execute(
                select(m.Ticket.id, m.Municipality.code.label("mcode"),
                       m.Location.code.label("lcode"), m.Service.letter,
                       m.Service.norm_minutes, m.Ticket.kind, m.Ticket.appointment_epoch)
                .join(m.Service, m.Service.id == m.Ticket.issued_service_id)
                .join(m.Location, m.Location.id == m.Ticket.location_id)
                .join(m.Municipality, m.Municipality.id == m.Location.municipality_id))
        }
    folded = sorted((visit_of(facts[t], moments_from_events(e)) for t, e in events.items()),
                    key=lambda v: (v.location, v.queued_at))  # type: ignore[union-attr]
    assert len(visits) == 4
    for read, fold in zip(visits, folded, strict=True):
        assert fold is not None
        assert read.municipality == fold.municipality
        for name in ("queued_at", "called_at", "serving_at", "finished_at"):
            assert getattr(read, name) == pytest.approx(getattr(fold, name), abs=0.01)
        assert read.no_show == fold.no_show
    etten_leur = measure_visits(v for v in visits if v.municipality == "0777")
    assert (etten_leur.visitors, etten_leur.helped, etten_leur.no_shows) == (3, 2, 1)
    assert etten_leur.wait is not None
    assert etten_leur.wait.mean == pytest.approx((4 + 12 + 25) * 60 / 3, abs=0.1)
    assert etten_leur.service_time is not None
    assert etten_leur.service_time.p90 == pytest.approx(9 * 60, abs=0.1)  # 9 and 6 minutes
    assert etten_leur.above_norm == pytest.approx(2 / 3)
    assert len(reader.records(day, municipality="0748").visits) == 1
    assert len(reader.records(Period(date(2026, 11, 3), date(2026, 11, 3))).visits) == 0


def test_service_events_of_the_period_and_municipality(db: SiteDatabase) -> None:
    start = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 23:30 in Amsterdam: still November
    with db.engine.begin() as connection:
        connection.execute(insert(m.ContactEvent), [
            {"event_id": f"c{i}", "municipality_code": code, "location_code": "ETL",
             "kanaal": "telefoon", "uitkomst": "zelfstandig_afgehandeld",
             "first_time_right": i % 2 == 0, "started_at": start + timedelta(minutes=20 * i),
             "ended_at": start + timedelta(minutes=20 * i + 4),
             "saved_at": start + timedelta(minutes=20 * i + 5), "ticket_id": None,
             "workstation": "ws1"}
            for i, code in enumerate(["0777", "0777", "0748", "0777"])
        ])
        connection.execute(insert(m.CallbackEvent), [
            {"event_id": "cb1", "municipality_code": "0777", "location_code": "ETL",
             "kanaal": "telefoon", "created_at": start, "done_at": None},
        ])
        connection.execute(insert(m.DeliveryEvent), [
            {"event_id": "d1", "municipality_code": "0777", "location_code": "ETL",
             "product_uri": "http://standaarden.overheid.nl/owms/terms/paspoort",
             "product_name": "Paspoort", "delivery": "pickup", "started_at": start,
             "finished_at": start + timedelta(days=5), "ticket_id": None},
        ])
        connection.execute(insert(m.KtoMark), [
            {"mark_id": "k1", "municipality_code": "0777", "location_code": "ETL",
             "service_letter": "A", "counter_number": 1, "kanaal": "balie",
             "given_at": start, "mark": 8, "wachttijd": 7, "vriendelijkheid": None,
             "deskundigheid": None, "duidelijkheid": 9},
        ])
    reader = SqlReportReader(db)
    november = reader.records(Period.month(2026, 11), municipality="0777")
    # 23:30 and 23:50 are November; 00:10 and 00:30 (Amsterdam) December.
    assert [(c.kanaal, c.first_time_right) for c in november.contacts] == [
        ("telefoon", True), ("telefoon", False)]
    contact = november.contacts[0]
    assert contact.ended_at - contact.started_at == pytest.approx(240, abs=0.01)
    assert contact.saved_at - contact.ended_at == pytest.approx(60, abs=0.01)
    assert [c.done_at for c in november.callbacks] == [None]
    assert november.deliveries[0].finished_at - november.deliveries[0].started_at == (
        pytest.approx(5 * 86400, abs=0.01))
    assert november.marks[0].aspects == {"wachttijd": 7, "duidelijkheid": 9}
    december = reader.records(Period.month(2026, 12))
    assert [c.municipality for c in december.contacts] == ["0748", "0777"]
    assert [x.code for x in reader.municipalities()] == ["0748", "0777", "1674", "1709"]

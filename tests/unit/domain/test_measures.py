"""The measures against numbers worked out by hand on a small fixture (ADR 0028)."""

from datetime import date, datetime

import pytest

from workstation.domain.measures import (
    CallbackRecord,
    ContactRecord,
    DeliveryRecord,
    MarkRecord,
    NormStatus,
    Period,
    Records,
    Spread,
    TicketFacts,
    TicketVisit,
    callback_deadline,
    hour_of_week,
    measure,
    measure_callbacks,
    measure_contacts,
    measure_deliveries,
    measure_marks,
    measure_visits,
    moments_from_events,
    norm_checks,
    visit_of,
    week_of,
)
from workstation.domain.queue import SITE_TIMEZONE

MONDAY_9 = datetime(2026, 11, 2, 9, 0, tzinfo=SITE_TIMEZONE).timestamp()
DAY = 86400.0


def at(minutes: float) -> float:
    return MONDAY_9 + minutes * 60


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> float:
    return datetime(year, month, day, hour, minute, tzinfo=SITE_TIMEZONE).timestamp()


def walk_in(queued: float, called: float | None = None, serving: float | None = None,
            finished: float | None = None, *, no_show: bool = False) -> TicketVisit:
    return TicketVisit("0777", "ETL", "A", 10, False, at(queued), None,
                       None if called is None else at(called),
                       None if serving is None else at(serving),
                       None if finished is None else at(finished), no_show)


def appointment(slot: float, queued: float, called: float, serving: float,
                finished: float) -> TicketVisit:
    return TicketVisit("0777", "ETL", "E", 5, True, at(queued), at(slot), at(called),
                       at(serving), at(finished))


# Minutes after Monday 09:00.  Wait (min) / service (min) / above norm / on time:
VISITS = (
    walk_in(0, 4, 5, 15),  # 4 / 10
    walk_in(2, 14, 15, 20),  # 12 / 5 / above the 10-minute norm
    walk_in(5, 30, no_show=True),  # 25 / - / above
    appointment(slot=20, queued=10, called=26, serving=27, finished=40),  # 6 / 13 / above 5 / on
    appointment(slot=30, queued=45, called=50, serving=50, finished=55),  # 5 (late) / 5 / on time
    appointment(slot=60, queued=55, called=75, serving=76, finished=80),  # 15 / 4 / above / late
    walk_in(60),  # never called (cancelled): a visitor without a wait
)


def test_visits_by_hand() -> None:
    measures = measure_visits(VISITS)
    assert (measures.visitors, measures.walk_ins, measures.appointments) == (7, 4, 3)
    assert (measures.helped, measures.no_shows) == (5, 1)
    # Waits 240, 720, 1500, 360, 300, 900 s; sorted 240 300 360 720 900 1500.
    assert measures.wait == Spread(6, 4020 / 6, 360, 1500)
    assert measures.above_norm == pytest.approx(4 / 6)  # 5 minutes on a 5-minute norm is not
    # Service 600, 300, 780, 300, 240 s; sorted 240 300 300 600 780.
    assert measures.service_time == Spread(5, 444, 300, 780)
    assert measures.appointments_called == 3
    assert measures.appointments_on_time == pytest.approx(2 / 3)


def test_no_visits_measure_nothing() -> None:
    measures = measure_visits(())
    assert measures.visitors == 0
    assert measures.wait is None
    assert measures.above_norm is None
    assert measures.appointments_on_time is None


def test_moments_take_the_first_call_and_the_finish_that_stands() -> None:
    moments = moments_from_events([
        ("issued", 0), ("called", 5), ("serving_started", 6), ("transferred", 8),
        ("called", 20), ("recalled", 21), ("serving_started", 22), ("finished", 30),
        ("finish_undone", 31), ("finished", 40),
    ])
    facts = TicketFacts("0777", "ETL", "A", 10, False)
    visit = visit_of(facts, moments)
    assert visit == TicketVisit("0777", "ETL", "A", 10, False, 0, None, 5, 6, 40, False)
    assert visit.wait_s == 5
    assert visit.service_s == 34


def test_an_undone_no_show_or_finish_does_not_count() -> None:
    facts = TicketFacts("0777", "ETL", "E", 5, True, appointment_at=100)
    undone = visit_of(facts, moments_from_events([
        ("issued", 50), ("called", 110), ("no_show", 200), ("no_show_undone", 210),
        ("serving_started", 215), ("finished", 300), ("finish_undone", 305),
    ]))
    assert undone is not None
    assert not undone.no_show
    assert undone.finished_at is None
    assert undone.wait_s == 10  # from the slot: the visitor checked in early
    assert visit_of(facts, moments_from_events([("called", 1)])) is None


CONTACTS = (
    ContactRecord("0777", "ETL", "telefoon", True, 0, 300, 360),
    ContactRecord("0777", "ETL", "telefoon", False, 0, 600, 720),
    ContactRecord("0777", "ETL", "telefoon", True, 0, 120, 120),
    ContactRecord("0777", "ETL", "balie", True, 0, 900, 1200),
    ContactRecord("0748", "BOZ", "e-mail", False, 0, 60, 90),
)


def test_contacts_by_hand() -> None:
    measures = measure_contacts(CONTACTS)
    assert measures.contacts == 5
    assert measures.first_time_right == pytest.approx(3 / 5)
    assert measures.phone_share == pytest.approx(3 / 5)
    phone = measures.channels["telefoon"]
    assert phone.first_time_right == pytest.approx(2 / 3)
    assert phone.talk_time == Spread(3, 340, 300, 600)
    assert phone.wrap_up == Spread(3, 60, 60, 120)
    assert measures.channels["balie"].first_time_right == 1.0
    assert measures.channels["e-mail"].first_time_right == 0.0
    assert list(measures.channels) == ["balie", "e-mail", "telefoon"]


CALLBACKS = (
    # Thursday: the deadline is the end of Monday (Friday and Monday are the two working days).
    CallbackRecord("0777", "ETL", "telefoon", local(2026, 11, 26, 10), local(2026, 11, 30, 16)),
    CallbackRecord("0777", "ETL", "telefoon", local(2026, 11, 26, 10), local(2026, 12, 1, 9)),
    # Christmas Eve: Christmas and the weekend do not count, Monday and Tuesday do.
    CallbackRecord("0777", "ETL", "telefoon", local(2026, 12, 24, 10), local(2026, 12, 29, 15)),
    # Open and not yet due; open and overdue.
    CallbackRecord("0777", "ETL", "telefoon", local(2027, 1, 4, 9)),
    CallbackRecord("0777", "ETL", "telefoon", local(2026, 11, 23, 10)),
)


def test_callbacks_by_hand() -> None:
    measures = measure_callbacks(CALLBACKS, as_of=local(2027, 1, 4, 12))
    assert (measures.requests, measures.done, measures.due) == (5, 3, 4)
    assert measures.on_time == 0.5


def test_callback_deadline_skips_weekends_and_holidays() -> None:
    assert callback_deadline(local(2026, 11, 26, 10)) == local(2026, 12, 1, 0)
    assert callback_deadline(local(2026, 12, 24, 10)) == local(2026, 12, 30, 0)
    # Easter Monday 2027 (29 March) does not count; Thursday 25 March: Friday, Tuesday.
    assert callback_deadline(local(2027, 3, 25, 16)) == local(2027, 3, 31, 0)


def test_deliveries_per_product_by_hand() -> None:
    start = local(2026, 11, 2, 10)
    deliveries = [
        DeliveryRecord("0777", "ETL", "Paspoort", "pickup", start, start + 5 * DAY),
        DeliveryRecord("0777", "ETL", "Paspoort", "pickup", start, start + 7 * DAY),
        DeliveryRecord("0777", "ETL", "Paspoort", "pickup", start, start + 6 * DAY),
        DeliveryRecord("0777", "ETL", "Paspoort", "pickup", start),  # not yet picked up
        DeliveryRecord("0777", "ETL", "Uittreksel BRP", "direct", start, start + 300),
    ]
    assert measure_deliveries(deliveries) == {
        ("Paspoort", "pickup"): Spread(3, 6 * DAY, 6 * DAY, 7 * DAY),
        ("Uittreksel BRP", "direct"): Spread(1, 300, 300, 300),
    }


MARKS = (
    MarkRecord("0777", "ETL", "A", "balie", at(20), 8, {"wachttijd": 6, "vriendelijkheid": 9}),
    MarkRecord("0777", "ETL", "E", "balie", at(60), 6),
    MarkRecord("0777", "ETL", "A", "balie", at(90), 9, {"wachttijd": 8, "deskundigheid": 10}),
)


def test_marks_by_hand() -> None:
    kto = measure_marks(MARKS)
    assert kto.marks == 3
    assert kto.mean == pytest.approx(23 / 3)
    assert kto.aspects == {"wachttijd": (2, 7.0), "vriendelijkheid": (1, 9.0),
                           "deskundigheid": (1, 10.0), "duidelijkheid": (0, None)}


RECORDS = Records(VISITS, CONTACTS, CALLBACKS, (), MARKS)


def test_scope_by_channel_service_place_and_period() -> None:
    phone = RECORDS.where(kanaal="telefoon")
    assert (len(phone.visits), len(phone.contacts), len(phone.marks)) == (0, 3, 0)
    assert len(phone.callbacks) == 5
    service_a = RECORDS.where(service="A")
    assert (len(service_a.visits), len(service_a.contacts), len(service_a.marks)) == (4, 0, 2)
    assert len(RECORDS.where(municipality="0748").contacts) == 1
    assert RECORDS.where(location="BOZ").visits == ()
    first_hour = RECORDS.where(start=at(0), end=at(60))
    assert len(first_hour.visits) == 6  # queued at 60 is the next hour's
    assert len(first_hour.marks) == 1  # given at 20; 60 and 90 fall after the hour


def test_norm_checks_of_the_fixture() -> None:
    checks = {c.name: c for c in norm_checks(measure(RECORDS, as_of=local(2027, 1, 4, 12)))}
    assert checks["within_wait_norm"].value == pytest.approx(2 / 6)
    assert checks["within_wait_norm"].status is NormStatus.MISSED
    assert checks["first_time_right"].value == pytest.approx(3 / 5)
    assert checks["kto_mark"].status is NormStatus.MET
    assert checks["callbacks_on_time"].value == 0.5
    empty = {c.name: c.status for c in norm_checks(measure(Records(), as_of=0))}
    assert set(empty.values()) == {NormStatus.NO_DATA}


def test_calendar_keys_are_local() -> None:
    assert hour_of_week(MONDAY_9) == (0, 9)
    assert week_of(MONDAY_9) == (2026, 45)
    # 23:30 UTC on Sunday 1 November is already Monday 00:30 in Amsterdam.
    assert hour_of_week(datetime.fromisoformat("2026-11-01T23:30:00+00:00").timestamp()) == (0, 0)


def test_periods_are_local_days() -> None:
    december = Period.month(2026, 12)
    assert (december.first, december.last) == (date(2026, 12, 1), date(2026, 12, 31))
    assert december.start == datetime.fromisoformat("2026-11-30T23:00:00+00:00").timestamp()
    assert december.end == datetime.fromisoformat("2026-12-31T23:00:00+00:00").timestamp()
    assert Period.year(2026).first == date(2026, 1, 1)

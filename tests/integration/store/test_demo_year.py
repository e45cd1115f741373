"""The generated year: deterministic by seed, seasonal, anonymous, and readable as a report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from workstation.app import open_site
from workstation.demo_year import YearGenerator, generate, load_factor
from workstation.domain.measures import Period, measure_visits
from workstation.store import models as m
from workstation.store.bulk_events import site_layout
from workstation.store.database import SiteDatabase
from workstation.store.report_reader import SqlReportReader


@pytest.fixture
def db(site_url: str) -> Iterator[SiteDatabase]:
    site = open_site(site_url, demo=True)
    yield site.database
    site.close()


def test_the_same_seed_gives_the_same_day(db: SiteDatabase) -> None:
    layouts = site_layout(db)
    monday = date(2026, 3, 2)
    first = YearGenerator(layouts, seed=5, scale=0.1).day(monday)
    again = YearGenerator(layouts, seed=5, scale=0.1).day(monday)
    other = YearGenerator(layouts, seed=6, scale=0.1).day(monday)
    assert first == again
    assert first.tickets != other.tickets
    assert first.tickets and first.contacts and first.events


def test_closed_on_weekends_and_holidays(db: SiteDatabase) -> None:
    generator = YearGenerator(site_layout(db), seed=5, scale=0.1)
    for closed in (date(2026, 3, 7), date(2026, 4, 27), date(2026, 12, 25)):
        assert generator.day(closed).tickets == []


def test_spring_rush_summer_dip_and_monday_mornings() -> None:
    assert load_factor(date(2026, 5, 4)) > load_factor(date(2026, 8, 3))  # Mondays both
    assert load_factor(date(2026, 5, 4)) > load_factor(date(2026, 5, 8))  # Monday, Friday


def test_generated_weeks_read_back_as_visits(db: SiteDatabase) -> None:
    made = generate(db, date(2026, 5, 4), date(2026, 5, 8), seed=1, scale=0.1)
    with db.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(m.Ticket)) == made.tickets
        assert connection.scalar(
            select(func.count()).select_from(m.QueueEvent)) == made.events
    records = SqlReportReader(db).records(Period(date(2026, 5, 4), date(2026, 5, 8)))
    visits = measure_visits(records.visits)
    assert visits.visitors == made.tickets
    assert 0 < visits.no_shows < visits.visitors * 0.1
    assert 0 < visits.appointments < visits.visitors
    assert visits.wait is not None and visits.wait.mean > 60
    assert len(records.contacts) == made.contacts
    assert {c.kanaal for c in records.contacts} == {"telefoon", "balie", "e-mail",
                                                    "contactformulier"}
    with pytest.raises(ValueError, match="already has"):
        generate(db, date(2026, 5, 8), date(2026, 5, 11), seed=2, scale=0.1)

"""Business days in Europe/Amsterdam: midnight, both DST switches of 2026, closing time."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from workstation.domain.counter_tickets import STALE_AFTER, is_live
from workstation.domain.queue import (
    business_day,
    closing_time,
    day_end,
    day_start,
    is_callable_on,
    local_moment,
)

SPRING = date(2026, 3, 29)  # 02:00 CET -> 03:00 CEST, a 23-hour day
AUTUMN = date(2026, 10, 25)  # 03:00 CEST -> 02:00 CET, a 25-hour day


@pytest.mark.parametrize(("moment", "day"), [
    (datetime(2026, 3, 2, 22, 59, 59, tzinfo=UTC), date(2026, 3, 2)),  # 23:59:59 CET
    (datetime(2026, 3, 2, 23, 0, tzinfo=UTC), date(2026, 3, 3)),  # 00:00 CET
    (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), date(2026, 3, 28)),
    (datetime(2026, 3, 28, 23, 0, tzinfo=UTC), SPRING),  # midnight before the spring switch
    (datetime(2026, 3, 29, 21, 59, tzinfo=UTC), SPRING),  # 23:59 CEST
    (datetime(2026, 3, 29, 22, 0, tzinfo=UTC), date(2026, 3, 30)),
    (datetime(2026, 10, 24, 21, 59, tzinfo=UTC), date(2026, 10, 24)),  # 23:59 CEST
    (datetime(2026, 10, 24, 22, 0, tzinfo=UTC), AUTUMN),
    (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), AUTUMN),  # 23:59 CET
    (datetime(2026, 10, 25, 23, 0, tzinfo=UTC), date(2026, 10, 26)),
])
def test_the_business_day_is_the_amsterdam_date(moment: datetime, day: date) -> None:
    assert business_day(moment) == day


def test_dst_days_are_23_and_25_hours_long() -> None:
    assert day_end(SPRING) - day_start(SPRING) == timedelta(hours=23)
    assert day_end(AUTUMN) - day_start(AUTUMN) == timedelta(hours=25)
    assert day_end(date(2026, 3, 2)) - day_start(date(2026, 3, 2)) == timedelta(hours=24)
    assert day_start(SPRING) == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert day_start(AUTUMN) == datetime(2026, 10, 24, 22, 0, tzinfo=UTC)


def test_closing_time_is_the_latest_close_of_the_weekday_in_local_time() -> None:
    hours = [(4, time(9, 0), time(12, 30)), (4, time(13, 30), time(17, 0)),  # Friday
             (6, time(10, 0), time(14, 0))]  # Sunday
    friday_before_spring = date(2026, 3, 27)
    assert closing_time(friday_before_spring, hours) == datetime(2026, 3, 27, 16, 0,
                                                                 tzinfo=UTC)  # CET
    assert closing_time(SPRING, hours) == datetime(2026, 3, 29, 12, 0, tzinfo=UTC)  # CEST
    assert closing_time(AUTUMN, hours) == datetime(2026, 10, 25, 13, 0, tzinfo=UTC)  # CET
    assert closing_time(date(2026, 3, 28), hours) is None  # Saturday: no opening hours


def test_a_wall_clock_time_on_a_dst_day_maps_to_its_offset() -> None:
    assert local_moment(SPRING, time(1, 30)) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert local_moment(SPRING, time(3, 30)) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert local_moment(AUTUMN, time(4, 0)) == datetime(2026, 10, 25, 3, 0, tzinfo=UTC)


def test_only_today_s_tickets_are_callable() -> None:
    assert is_callable_on(SPRING, SPRING)
    assert not is_callable_on(SPRING - timedelta(days=1), SPRING)


def test_a_workstation_is_live_while_its_heartbeat_is_recent() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert is_live(now - STALE_AFTER, now)
    assert not is_live(now - STALE_AFTER - timedelta(seconds=1), now)
    assert not is_live(None, now)

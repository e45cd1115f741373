"""The expected wait: floored and trimmed service times, checked against hand-computed
examples (docs/decisions/0010-tickets-printers-and-waits.md)."""

from datetime import timedelta

import pytest

from workstation.domain.queue import (
    WaitEstimateInput,
    expected_wait,
    typical_service_seconds,
    wait_minutes,
)


def test_service_times_under_a_minute_do_not_count() -> None:
    # 30 s and 5 s are no-show-like blips: left 300 and 420, mean 360 s.
    assert typical_service_seconds([30, 300, 5, 420], norm_minutes=10) == 360


def test_the_longest_and_shortest_tenth_are_trimmed() -> None:
    # Ten times: one from each end goes (ceil(10 * 0.1) = 1); 8 x 300 s remain.
    times = [60, *[300] * 8, 2700]
    assert typical_service_seconds(times, norm_minutes=10) == 300
    # Eleven times: ceil(1.1) = 2 from each end; 7 x 300 remain.
    assert typical_service_seconds([60, 61, *[300] * 7, 2000, 2700], norm_minutes=10) == 300


def test_one_long_case_among_three_does_not_set_the_promise() -> None:
    # Three times: one from each end goes, the middle one (the median) stays.
    assert typical_service_seconds([240, 2700, 300], norm_minutes=10) == 300
    # Two times: too few to trim, the mean.
    assert typical_service_seconds([240, 360], norm_minutes=10) == 300


def test_only_blips_falls_back_to_the_norm() -> None:
    assert typical_service_seconds([10, 20, 59], norm_minutes=7) == 420
    assert typical_service_seconds([], norm_minutes=7) == 420


def test_expected_wait_by_hand() -> None:
    # 4 ahead, 2 counters, times 30, 240, 300, 360, 3000. The floor drops 30; of the four left
    # ceil(0.4) = 1 goes at each end: 300 and 360, mean 330 s. 4 * 330 / 2 = 660 s = 11 min.
    # (The plain mean, 786 s, would have promised 27 minutes.)
    estimate = WaitEstimateInput(tickets_ahead=4, counters_serving=2,
                                 recent_service_seconds=[30, 240, 300, 360, 3000])
    assert expected_wait(estimate) == timedelta(minutes=11)
    # 1 ahead, 3 counters, 300 s: 100 s, rounded up to 2 minutes.
    assert expected_wait(WaitEstimateInput(1, [300], 3)) == timedelta(minutes=2)
    # Nobody ahead: 0 (your turn is next), whatever the history.
    assert expected_wait(WaitEstimateInput(0, [300], 1)) == timedelta(0)


def test_no_open_counter_promises_no_minutes() -> None:
    assert expected_wait(WaitEstimateInput(5, [300], counters_serving=0)) is None


@pytest.mark.parametrize(("wait", "minutes"), [
    (timedelta(0), 0), (timedelta(minutes=1), 1), (timedelta(minutes=12), 12),
    (timedelta(minutes=12, seconds=1), 13),
])
def test_wait_minutes_is_what_every_screen_shows(wait: timedelta, minutes: int) -> None:
    assert wait_minutes(wait) == minutes

from datetime import UTC, date, datetime, timedelta

import pytest

from workstation.domain.queue import (
    DailyNumbersExhausted,
    EventType,
    InvalidTransition,
    QueueCandidate,
    TicketState,
    WaitEstimateInput,
    business_day,
    expected_wait,
    format_ticket_number,
    next_state,
    order_for_calling,
    should_become_no_show,
    spoken_ticket_number,
    wait_norm_ratio,
    waits_from,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("state", "event", "expected"),
    [
        (TicketState.WAITING, EventType.CALLED, TicketState.CALLED),
        (TicketState.CALLED, EventType.RECALLED, TicketState.CALLED),
        (TicketState.CALLED, EventType.SERVING_STARTED, TicketState.SERVING),
        (TicketState.CALLED, EventType.NO_SHOW, TicketState.NO_SHOW),
        (TicketState.CALLED, EventType.TRANSFERRED, TicketState.WAITING),
        (TicketState.SERVING, EventType.TRANSFERRED, TicketState.WAITING),
        (TicketState.SERVING, EventType.FINISHED, TicketState.DONE),
        (TicketState.WAITING, EventType.CANCELLED, TicketState.CANCELLED),
        (TicketState.CALLED, EventType.CANCELLED, TicketState.CANCELLED),
        (TicketState.PARKED, EventType.CANCELLED, TicketState.CANCELLED),
        (TicketState.CALLED, EventType.PARKED, TicketState.PARKED),
        (TicketState.SERVING, EventType.PARKED, TicketState.PARKED),
        (TicketState.PARKED, EventType.UNPARKED, TicketState.SERVING),
        (TicketState.CALLED, EventType.REQUEUED, TicketState.WAITING),
        (TicketState.SERVING, EventType.REQUEUED, TicketState.WAITING),
        (TicketState.WAITING, EventType.DAY_CLOSED, TicketState.CLOSED),
        (TicketState.PARKED, EventType.DAY_CLOSED, TicketState.CLOSED),
    ],
)
def test_allowed_transitions(state: TicketState, event: EventType, expected: TicketState) -> None:
    assert next_state(state, event) is expected


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (TicketState.WAITING, EventType.FINISHED),
        (TicketState.WAITING, EventType.SERVING_STARTED),
        (TicketState.WAITING, EventType.RECALLED),
        (TicketState.SERVING, EventType.NO_SHOW),
        (TicketState.SERVING, EventType.CALLED),
        (TicketState.DONE, EventType.CALLED),
        (TicketState.NO_SHOW, EventType.SERVING_STARTED),
        (TicketState.CANCELLED, EventType.CALLED),
        (TicketState.SERVING, EventType.CANCELLED),
        (TicketState.WAITING, EventType.PARKED),
        (TicketState.PARKED, EventType.CALLED),
        (TicketState.SERVING, EventType.UNPARKED),
        (TicketState.CALLED, EventType.DAY_CLOSED),
        (TicketState.SERVING, EventType.DAY_CLOSED),
        (TicketState.CLOSED, EventType.CALLED),
        (TicketState.CLOSED, EventType.CANCELLED),
        (TicketState.WAITING, EventType.REQUEUED),
    ],
)
def test_forbidden_transitions_say_why_in_dutch(state: TicketState, event: EventType) -> None:
    with pytest.raises(InvalidTransition) as caught:
        next_state(state, event)
    assert caught.value.message.startswith("Dit kan niet")
    assert str(state) in caught.value.detail


def test_ticket_numbers_are_letter_and_three_digits() -> None:
    assert format_ticket_number("A", 1) == "A001"
    assert format_ticket_number("F", 42) == "F042"
    assert format_ticket_number("B", 999) == "B999"


def test_the_thousandth_ticket_of_a_day_is_refused_not_wrapped() -> None:
    with pytest.raises(DailyNumbersExhausted) as caught:
        format_ticket_number("A", 1000)
    assert "999" in caught.value.message
    assert caught.value.next_step


@pytest.mark.parametrize("letter", ["a", "AA", "", "É", "1"])
def test_service_letter_must_be_one_capital(letter: str) -> None:
    with pytest.raises(ValueError):
        format_ticket_number(letter, 1)


def test_business_day_switches_at_midnight_in_amsterdam_not_utc() -> None:
    # 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam (CET, UTC+1).
    assert business_day(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)) == date(2026, 3, 2)
    assert business_day(datetime(2026, 3, 1, 22, 59, tzinfo=UTC)) == date(2026, 3, 1)
    # Summer time: UTC+2.
    assert business_day(datetime(2026, 7, 1, 22, 0, tzinfo=UTC)) == date(2026, 7, 2)


def test_business_day_refuses_naive_times() -> None:
    with pytest.raises(ValueError):
        business_day(datetime(2026, 3, 1, 12, 0))


def test_spoken_number_drops_leading_zeros() -> None:
    assert spoken_ticket_number("A012") == "A 12"
    assert spoken_ticket_number("C100") == "C 100"


def _candidate(name: str, waited_min: float, norm: int, appointment_in_min: float | None = None,
               ) -> QueueCandidate:
    return QueueCandidate(
        ticket_id=name, queued_at=NOW - timedelta(minutes=waited_min), norm_minutes=norm,
        appointment_at=(NOW + timedelta(minutes=appointment_in_min)
                        if appointment_in_min is not None else None),
    )


def test_due_appointment_goes_before_everything() -> None:
    long_waiter = _candidate("walk-in", waited_min=30, norm=10)
    appointment = _candidate("appointment", waited_min=1, norm=5, appointment_in_min=-1)
    ordered = order_for_calling([long_waiter, appointment], NOW)
    assert [c.ticket_id for c in ordered] == ["appointment", "walk-in"]


def test_appointment_not_yet_due_waits_by_its_ratio() -> None:
    early = _candidate("early", waited_min=1, norm=5, appointment_in_min=20)
    walk_in = _candidate("walk-in", waited_min=4, norm=10)
    assert [c.ticket_id for c in order_for_calling([early, walk_in], NOW)] == [
        "walk-in", "early"]


def test_early_appointment_waits_from_its_slot_not_its_check_in() -> None:
    # The case, by hand: checked in 07:18 for a 09:00 slot (norm 5); at 08:00 a
    # walk-in has waited 6 of 10 minutes (ratio 0.6). Counted from check-in the appointment
    # would have ratio 42 / 5 = 8.4 and go first; counted from its slot it is -60 / 5 = -12:
    # it has not started waiting, so the walk-in goes first, and even a walk-in who arrived
    # this very minute (ratio 0.0) does.
    at_eight = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # 08:00 in Amsterdam
    early = QueueCandidate("early", at_eight - timedelta(minutes=42), 5,
                           appointment_at=at_eight + timedelta(minutes=60))
    walk_in = QueueCandidate("walk-in", at_eight - timedelta(minutes=6), 10)
    just_now = QueueCandidate("just-now", at_eight, 10)
    assert wait_norm_ratio(early, at_eight) == -12.0
    assert wait_norm_ratio(walk_in, at_eight) == pytest.approx(0.6)
    assert [c.ticket_id for c in order_for_calling([early, just_now, walk_in], at_eight)] == [
        "walk-in", "just-now", "early"]
    # 09:00, its slot: due, so before the walk-in who by now has waited 66 minutes.
    at_nine = at_eight + timedelta(minutes=60)
    assert [c.ticket_id for c in order_for_calling([walk_in, early], at_nine)] == [
        "early", "walk-in"]


def test_waits_from_is_the_later_of_check_in_and_slot() -> None:
    slot = NOW + timedelta(minutes=30)
    assert waits_from(NOW, slot) == slot  # early
    assert waits_from(slot, NOW) == slot  # late: from check-in
    assert waits_from(NOW, None) == NOW  # walk-in


def test_highest_wait_over_norm_ratio_goes_first() -> None:
    # 8 of 10 minutes (0.8) beats 12 of 30 minutes (0.4) although the latter waited longer.
    near_norm = _candidate("near", waited_min=8, norm=10)
    long_norm = _candidate("long", waited_min=12, norm=30)
    assert [c.ticket_id for c in order_for_calling([long_norm, near_norm], NOW)] == [
        "near", "long"]


def test_equal_ratio_oldest_first() -> None:
    newer = _candidate("newer", waited_min=5, norm=10)
    older = _candidate("older", waited_min=10, norm=20)  # same ratio 0.5, queued earlier
    assert [c.ticket_id for c in order_for_calling([newer, older], NOW)] == ["older", "newer"]


def test_no_show_rule_after_limit() -> None:
    assert not should_become_no_show(2)
    assert should_become_no_show(3)
    assert should_become_no_show(2, limit=2)


def test_expected_wait_uses_recent_service_times_and_counters() -> None:
    estimate = WaitEstimateInput(tickets_ahead=6, recent_service_seconds=[240, 360],
                                 counters_serving=2, norm_minutes=10)
    assert expected_wait(estimate) == timedelta(minutes=15)  # 6 x 5 min / 2 counters


def test_expected_wait_falls_back_to_norm_without_history() -> None:
    estimate = WaitEstimateInput(tickets_ahead=3, counters_serving=3, norm_minutes=10)
    assert expected_wait(estimate) == timedelta(minutes=10)


def test_expected_wait_unknown_without_counters() -> None:
    assert expected_wait(WaitEstimateInput(tickets_ahead=3, counters_serving=0)) is None


def test_nobody_ahead_means_no_wait() -> None:
    estimate = WaitEstimateInput(tickets_ahead=0, counters_serving=1)
    assert expected_wait(estimate) == timedelta(0)


def test_priority_ticket_goes_after_due_appointments_before_the_norm_order() -> None:
    from dataclasses import replace

    over_norm = _candidate("over-norm", waited_min=30, norm=10)
    priority = replace(_candidate("priority", waited_min=0, norm=10), priority=True)
    appointment = _candidate("appointment", waited_min=1, norm=5, appointment_in_min=-1)
    ordered = order_for_calling([over_norm, priority, appointment], NOW)
    assert [c.ticket_id for c in ordered] == ["appointment", "priority", "over-norm"]


def test_undo_events_take_back_finish_and_no_show() -> None:
    from workstation.domain.queue import EventType, TicketState, next_state

    assert next_state(TicketState.DONE, EventType.FINISH_UNDONE) is TicketState.SERVING
    assert next_state(TicketState.NO_SHOW, EventType.NO_SHOW_UNDONE) is TicketState.CALLED
    with pytest.raises(InvalidTransition):
        next_state(TicketState.CANCELLED, EventType.NO_SHOW_UNDONE)

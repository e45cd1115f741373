from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from workstation.domain.queue import EventType, InvalidTransition, TicketKind, TicketState
from workstation.domain.ticket import Ticket

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _ticket() -> Ticket:
    return Ticket(
        id="t1", location_id=1, issued_service_id=10, service_id=10,
        business_day=date(2026, 3, 2), sequence=7, number="A007", kind=TicketKind.WALK_IN,
        state=TicketState.WAITING, issued_at=T0, queued_at=T0,
    )


def test_call_then_recall_counts_calls_and_keeps_counter() -> None:
    called, first = _ticket().call(T0 + timedelta(minutes=3), counter_id=4, staff_id=2)
    assert (called.state, called.counter_id, called.calls_made) == (TicketState.CALLED, 4, 1)
    assert first.type is EventType.CALLED
    recalled, second = called.call(T0 + timedelta(minutes=4), counter_id=4, staff_id=2)
    assert recalled.calls_made == 2
    assert second.type is EventType.RECALLED
    assert second.counter_id == 4


def test_event_carries_ticket_location_service_time_counter_and_staff() -> None:
    _, event = _ticket().call(T0, counter_id=4, staff_id=2)
    assert (event.ticket_id, event.location_id, event.service_id, event.at,
            event.counter_id, event.staff_id) == ("t1", 1, 10, T0, 4, 2)


def test_serve_and_finish() -> None:
    called, _ = _ticket().call(T0, 4, 2)
    serving, started = called.step(EventType.SERVING_STARTED, T0, 2)
    done, finished = serving.step(EventType.FINISHED, T0, 2)
    assert done.state is TicketState.DONE
    assert [started.type, finished.type] == [EventType.SERVING_STARTED, EventType.FINISHED]
    assert finished.counter_id == 4


def test_transfer_to_service_keeps_number_and_place() -> None:
    called, _ = _ticket().call(T0 + timedelta(minutes=5), 4, 2)
    moved, event = called.transfer(T0 + timedelta(minutes=6), 2, to_service_id=11,
                                   note="wil ook rijbewijs")
    assert moved.state is TicketState.WAITING
    assert moved.number == "A007"
    assert moved.service_id == 11
    assert moved.issued_service_id == 10
    assert moved.queued_at == T0  # keeps its place
    assert moved.counter_id is None
    assert moved.calls_made == 0
    assert (event.type, event.to_service_id, event.note) == (
        EventType.TRANSFERRED, 11, "wil ook rijbewijs")
    assert event.service_id == 10


def test_transfer_to_a_counter_targets_it() -> None:
    called, _ = _ticket().call(T0, 4, 2)
    moved, event = called.transfer(T0, 2, to_counter_id=6)
    assert moved.target_counter_id == 6
    assert moved.service_id == 10
    assert event.to_counter_id == 6


def test_transfer_needs_exactly_one_target() -> None:
    called, _ = _ticket().call(T0, 4, 2)
    with pytest.raises(ValueError):
        called.transfer(T0, 2)
    with pytest.raises(ValueError):
        called.transfer(T0, 2, to_service_id=1, to_counter_id=2)


def test_waiting_ticket_cannot_be_transferred_or_finished() -> None:
    with pytest.raises(InvalidTransition):
        _ticket().transfer(T0, 2, to_service_id=11)
    with pytest.raises(InvalidTransition):
        _ticket().step(EventType.FINISHED, T0, 2)


def test_step_refuses_call_events() -> None:
    with pytest.raises(ValueError):
        _ticket().step(EventType.CALLED, T0, 2)


def test_calling_a_transferred_ticket_clears_the_target_counter() -> None:
    target = replace(_ticket(), target_counter_id=6)
    called, _ = target.call(T0, 6, 3)
    assert called.target_counter_id is None


def test_park_keeps_the_counter_and_requeue_leaves_it() -> None:
    called, _ = _ticket().call(T0, counter_id=4, staff_id=2)
    parked, event = called.step(EventType.PARKED, T0, 2)
    assert (parked.state, parked.counter_id, event.counter_id) == (TicketState.PARKED, 4, 4)
    back, _ = parked.step(EventType.UNPARKED, T0, 2)
    assert (back.state, back.counter_id) == (TicketState.SERVING, 4)
    requeued, event = back.requeue(T0 + timedelta(minutes=5), None)
    assert (requeued.state, requeued.counter_id, requeued.calls_made) == (
        TicketState.WAITING, None, 0)
    assert requeued.queued_at == T0  # keeps its place
    assert (event.type, event.counter_id) == (EventType.REQUEUED, 4)
    with pytest.raises(ValueError):
        back.step(EventType.REQUEUED, T0, None)

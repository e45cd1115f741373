from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from tests.unit.services.fake_queue_store import (
    ONE_MINUTE,
    STAFF,
    Appointment,
    MemoryQueueReader,
    MemoryQueueStore,
    events_of,
)
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import EventType, TicketKind, TicketState
from workstation.domain.staff import NotPermitted, NotSignedIn, Role
from workstation.services.queue_service import (
    CounterPost,
    NoCurrentTicket,
    QueueService,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store() -> MemoryQueueStore:
    return MemoryQueueStore()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def queue(store: MemoryQueueStore, clock: Clock) -> QueueService:
    return QueueService(store.unit_of_work, MemoryQueueReader(store), clock)


def test_issue_commits_ticket_event_and_notice(queue: QueueService, store: MemoryQueueStore,
                                               ) -> None:
    issued = queue.issue_ticket("BOZ", "A")
    assert issued.ticket.number == "A001"
    assert issued.ticket.state is TicketState.WAITING
    assert events_of(store, issued.ticket.id) == [EventType.ISSUED]
    assert store.announced == [1]
    assert store.commits == 1


def test_expected_wait_counts_the_tickets_ahead(queue: QueueService) -> None:
    for _ in range(4):
        queue.issue_ticket("BOZ", "A")
    issued = queue.issue_ticket("BOZ", "A")
    assert issued.tickets_ahead == 4
    assert issued.expected_wait is not None
    assert issued.expected_wait.total_seconds() == 4 * 300 / 2


def test_call_next_returns_the_current_ticket_instead_of_a_second(queue: QueueService) -> None:
    queue.issue_ticket("BOZ", "A")
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    first = queue.call_next(post)
    again = queue.call_next(post)
    assert first is not None and again is not None
    assert again.id == first.id


def test_nothing_waiting(queue: QueueService) -> None:
    assert queue.call_next(queue.counter_post("BOZ", 1, "mw01")) is None


def test_recall_becomes_no_show_after_three_calls(queue: QueueService,
                                                  store: MemoryQueueStore) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.recall(post)
    queue.recall(post)
    assert queue.recall(post).state is TicketState.NO_SHOW
    assert events_of(store, ticket.id)[-1] is EventType.NO_SHOW


def test_actions_without_a_ticket_say_what_to_do(queue: QueueService) -> None:
    post = queue.counter_post("BOZ", 1, "mw01")
    for action in (queue.recall, queue.start_serving, queue.finish, queue.mark_no_show):
        with pytest.raises(NoCurrentTicket) as caught:
            action(post)
        assert "Volgende" in caught.value.next_step


def test_failed_command_commits_nothing(queue: QueueService, store: MemoryQueueStore) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    commits = store.commits
    with pytest.raises(UserFacingError):
        queue.finish(post)  # called, not serving
    assert store.commits == commits


def test_check_in_links_the_appointment_once(queue: QueueService, store: MemoryQueueStore,
                                             clock: Clock) -> None:
    store.appointments["BOZ-1234"] = Appointment(12, NOW + 10 * ONE_MINUTE)
    issued = queue.check_in("BOZ", " boz-1234 ")
    assert issued.ticket.kind is TicketKind.APPOINTMENT
    assert issued.ticket.appointment_at == NOW + 10 * ONE_MINUTE
    assert store.appointments["BOZ-1234"].ticket_id == issued.ticket.id
    with pytest.raises(UserFacingError):
        queue.check_in("BOZ", "BOZ-1234")


def test_transfer_to_own_counter_is_refused(queue: QueueService) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    with pytest.raises(UserFacingError) as caught:
        queue.transfer(post, to_counter_number=1)
    assert "eigen balie" in caught.value.message


def test_transfer_then_other_counter_calls_it(queue: QueueService, clock: Clock,
                                             store: MemoryQueueStore) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post1 = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post1)
    queue.transfer(post1, to_counter_number=2, note="graag rijbewijs")
    assert [(n.ticket_id, n.text) for n in store.notes] == [(ticket.id, "graag rijbewijs")]
    assert all(e.note == "" for e in store.events)
    clock.now += ONE_MINUTE
    queue.issue_ticket("BOZ", "A")
    assert queue.call_next(post1) is not None
    post2 = queue.counter_post("BOZ", 2, "mw01")
    called = queue.call_next(post2)
    assert called is not None and called.id == ticket.id


def test_yesterday_s_ticket_is_not_called_and_closes_the_next_day(
        queue: QueueService, store: MemoryQueueStore, clock: Clock) -> None:
    yesterday = queue.issue_ticket("BOZ", "A").ticket
    clock.now = NOW + timedelta(days=1)
    post = queue.counter_post("BOZ", 1, "mw01")
    assert queue.call_next(post) is None
    closed = queue.close_day_if_due("BOZ")
    assert closed is not None and (closed.day, closed.closed) == (yesterday.business_day, 1)
    assert events_of(store, yesterday.id) == [EventType.ISSUED, EventType.DAY_CLOSED]
    assert queue.close_day_if_due("BOZ") is None


def test_today_closes_at_its_closing_time(queue: QueueService, store: MemoryQueueStore,
                                          clock: Clock) -> None:
    store.opening_periods.append((NOW.weekday(), time(9, 0), time(17, 0)))
    ticket = queue.issue_ticket("BOZ", "A").ticket  # 10:00 in Amsterdam
    clock.now = datetime(2026, 3, 2, 15, 59, tzinfo=UTC)  # 16:59
    assert queue.close_day_if_due("BOZ") is None
    clock.now = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # 17:00
    assert queue.close_day_if_due("BOZ") is not None
    assert store.tickets[ticket.id].state is TicketState.CLOSED


def test_an_app_opened_after_closing_time_leaves_today_open(
        queue: QueueService, store: MemoryQueueStore, clock: Clock) -> None:
    """An evening's work (or the demo tried at night): the window opened after closing time
    does not end the tickets issued since; the next day's first round closes the day."""
    store.opening_periods.append((NOW.weekday(), time(9, 0), time(17, 0)))
    clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # 19:00
    opened = clock.now
    ticket = queue.issue_ticket("BOZ", "A").ticket
    assert queue.close_day_if_due("BOZ", running_since=opened) is None
    assert store.tickets[ticket.id].state is TicketState.WAITING
    clock.now = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)  # the next morning
    assert queue.close_day_if_due("BOZ", running_since=opened) is not None
    assert store.tickets[ticket.id].state is TicketState.CLOSED


def test_park_then_unpark_at_the_same_counter(queue: QueueService, store: MemoryQueueStore,
                                              ) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    queue.park(post)
    assert queue.call_next(post) is None  # the counter is free again
    assert queue.unpark(post, ticket.id).state is TicketState.SERVING
    assert events_of(store, ticket.id)[-2:] == [EventType.PARKED, EventType.UNPARKED]


def test_heartbeat_refreshes_the_counter_session(queue: QueueService, store: MemoryQueueStore,
                                                 ) -> None:
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.heartbeat(post)
    assert store.heartbeats == [(post.counter.id, NOW)]


def test_only_a_stale_counter_s_ticket_may_be_requeued(queue: QueueService,
                                                       store: MemoryQueueStore) -> None:
    ticket = queue.issue_ticket("BOZ", "A").ticket
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    lead = queue.staff("tl01")
    with pytest.raises(UserFacingError, match="not stale"):
        queue.requeue_stale("BOZ", ticket.id, lead)
    store.dead_counters.add(post.counter.id)
    with pytest.raises(NotPermitted):  # a counter colleague may not; a team lead may
        queue.requeue_stale("BOZ", ticket.id, post.staff)
    assert queue.requeue_stale("BOZ", ticket.id, lead).state is TicketState.WAITING


def test_a_paused_counter_calls_nobody(queue: QueueService, store: MemoryQueueStore) -> None:
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    store.paused_counters.add(post.counter.id)
    for call in (lambda: queue.call_next(post),
                 lambda: queue.call_ticket(post, next(iter(store.tickets)))):
        with pytest.raises(UserFacingError) as refused:
            call()
        assert refused.value.message == "Balie 1 heeft pauze."
    store.paused_counters.clear()
    assert queue.call_next(post) is not None


def test_counter_work_needs_a_signed_in_person_with_the_counter_role(
        queue: QueueService, store: MemoryQueueStore) -> None:
    queue.issue_ticket("BOZ", "A")
    nobody = queue.counter_post("BOZ", 1)
    with pytest.raises(NotSignedIn):
        queue.call_next(nobody)
    with pytest.raises(NotPermitted):  # a receptionist cannot take a counter
        queue.counter_post("BOZ", 1, "ont1")
    post = queue.counter_post("BOZ", 1, "mw01")
    queue.call_next(post)
    receptionist = CounterPost(post.location, post.counter, STAFF["ont1"])
    for action in (queue.recall, queue.mark_no_show, queue.start_serving, queue.finish,
                   lambda p: queue.transfer(p, to_service_letter="B"), queue.call_next):
        with pytest.raises(NotPermitted):
            action(receptionist)
    assert [t.state for t in store.tickets.values()] == [TicketState.CALLED]


def test_reception_tickets_carry_the_signed_in_person(queue: QueueService,
                                                      store: MemoryQueueStore) -> None:
    issued = queue.issue_ticket("BOZ", "A", by=STAFF["ont1"])
    assert [e.staff_id for e in store.events if e.ticket_id == issued.ticket.id] == [8]
    kiosk = queue.issue_ticket("BOZ", "A")
    assert [e.staff_id for e in store.events if e.ticket_id == kiosk.ticket.id] == [None]
    phone = replace(STAFF["ont1"], roles=frozenset({Role.PHONE}))
    with pytest.raises(NotPermitted):
        queue.issue_ticket("BOZ", "A", by=phone)
    with pytest.raises(NotPermitted):
        queue.check_in("BOZ", "BOZ-0001", by=phone)

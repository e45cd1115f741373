"""Which calls the hall shows, and which it announces (pure logic, no Qt, no database)."""

from __future__ import annotations

from queue_display.calls import CallTracker, board
from tests.ui.display.samples import call, overview


def test_board_shows_each_ticket_once_current_calls_first() -> None:
    shown = board(overview(
        call(1, "A001", 1, current=False), call(2, "B001", 2), call(3, "A002", 3),
        call(4, "B001", 2, recall=True), call(5, "C001", 4, current=False),
    ), earlier_limit=5)
    assert [c.number for c in shown.current] == ["B001", "A002"]
    assert shown.current[0].recall is True
    assert [c.number for c in shown.earlier] == ["C001", "A001"]


def test_board_limits_the_earlier_calls() -> None:
    calls = [call(i, f"A{i:03d}", 1, current=False) for i in range(1, 10)]
    assert [c.number for c in board(overview(*calls), earlier_limit=3).earlier] == [
        "A009", "A008", "A007"]


def test_the_first_overview_is_the_baseline_and_announces_nothing() -> None:
    tracker = CallTracker()
    assert tracker.new_calls(overview(call(1, "A001", 1), call(2, "A002", 2))) == ()
    assert tracker.new_calls(overview(call(1, "A001", 1), call(2, "A002", 2))) == ()


def test_several_new_calls_come_oldest_first_none_skipped() -> None:
    tracker = CallTracker()
    tracker.new_calls(overview(call(1, "A001", 1)))
    fresh = tracker.new_calls(overview(
        call(1, "A001", 1), call(4, "C001", 3), call(2, "A002", 1), call(3, "B001", 2)))
    assert [c.number for c in fresh] == ["A002", "B001", "C001"]


def test_a_recall_is_a_new_call_of_the_same_ticket() -> None:
    tracker = CallTracker()
    tracker.new_calls(overview(call(1, "A001", 1, ticket="t1")))
    fresh = tracker.new_calls(overview(call(1, "A001", 1, ticket="t1"),
                                       call(2, "A001", 1, ticket="t1", recall=True)))
    assert [(c.number, c.recall) for c in fresh] == [("A001", True)]


def test_a_call_committed_after_a_later_one_is_still_announced() -> None:
    tracker = CallTracker()
    tracker.new_calls(overview(call(10, "A001", 1)))
    assert [c.number for c in tracker.new_calls(overview(call(10, "A001", 1),
                                                         call(12, "A003", 3)))] == ["A003"]
    later = tracker.new_calls(overview(call(10, "A001", 1), call(11, "A002", 2),
                                       call(12, "A003", 3)))
    assert [c.number for c in later] == ["A002"]


def test_a_call_answered_before_it_was_seen_is_not_announced() -> None:
    tracker = CallTracker()
    tracker.new_calls(overview())
    fresh = tracker.new_calls(overview(call(1, "A001", 1, current=False), call(2, "A002", 2)))
    assert [c.number for c in fresh] == ["A002"]

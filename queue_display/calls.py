"""What the hall shows and says, derived from one overview after another (no Qt, no I/O).

New calls and recalls are recognised by their event id. A plain high-water mark would miss a
call whose transaction committed after a later one (two counters pressing at once on
PostgreSQL, where sequence order is not commit order), so the tracker remembers which event ids
in the recent window it has already seen.
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.overview import CallView, LocationOverview


@dataclass(frozen=True, slots=True)
class Board:
    """The calls split the way the screen shows them, newest first."""

    current: tuple[CallView, ...]  # still waiting for the visitor: the big "now calling" rows
    earlier: tuple[CallView, ...]  # the "last calls" list


CURRENT_LIMIT = 8  # "now calling" rows on screen; more pending calls head the earlier list


def board(overview: LocationOverview, earlier_limit: int) -> Board:
    """One row per ticket: its newest call. Current calls first, then earlier ones.

    No pending call is ever left off: current calls beyond ``CURRENT_LIMIT`` (the oldest) lead
    the earlier list, which then holds them all even beyond ``earlier_limit``.
    """
    current: list[CallView] = []
    earlier: list[CallView] = []
    seen_tickets: set[str] = set()
    for call in overview.calls:
        if call.ticket_id in seen_tickets:
            continue
        seen_tickets.add(call.ticket_id)
        (current if call.is_current else earlier).append(call)
    overflow = current[CURRENT_LIMIT:]
    earlier_shown = overflow + earlier[:max(0, earlier_limit - len(overflow))]
    return Board(tuple(current[:CURRENT_LIMIT]), tuple(earlier_shown))


class CallTracker:
    """Finds the calls to announce in each new overview, oldest first.

    The first overview only sets the baseline: calls made before the display started are shown
    but not announced. After a reconnect the follower delivers a full overview again, and the
    calls made while the display was away are announced if the visitor is still being called.
    """

    def __init__(self) -> None:
        self._floor: int | None = None
        self._seen: set[int] = set()

    def new_calls(self, overview: LocationOverview) -> tuple[CallView, ...]:
        ids = {call.event_id for call in overview.calls}
        if self._floor is None:
            self._floor = max(ids, default=0)
            self._seen = ids
            return ()
        floor, seen = self._floor, self._seen
        fresh = sorted((c for c in overview.calls if c.event_id > floor and c.event_id not in seen),
                       key=lambda c: c.event_id)
        window_start = min(ids, default=self._floor)
        self._seen = {i for i in self._seen if i >= window_start} | ids
        return tuple(call for call in fresh if call.is_current)

"""QueueService.check_in keeps to the appointment's window and leaves no ticket behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.unit.services.fake_queue_store import Appointment, MemoryQueueStore
from workstation.domain.appointments import CheckInRefused
from workstation.services.queue_service import QueueService

APPOINTMENT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # 11:00 in Amsterdam


def service_at(store: MemoryQueueStore, now: datetime) -> QueueService:
    return QueueService(store.unit_of_work, None, lambda: now)  # type: ignore[arg-type]


@pytest.mark.parametrize(("minutes", "message"), [
    (-31, "Uw afspraak is om 11:00. U kunt zich vanaf 10:30 melden."),
    (16, "Uw afspraak was om 11:00. Aanmelden kon tot 11:15."),
    (24 * 60, "Uw afspraak is op maandag 2 maart om 11:00, niet vandaag."),
    (-24 * 60, "Uw afspraak is op maandag 2 maart om 11:00, niet vandaag."),
])
def test_outside_the_window_is_refused_and_issues_nothing(minutes: int, message: str) -> None:
    store = MemoryQueueStore()
    store.appointments["K7M2Q9XA"] = Appointment(12, APPOINTMENT)
    queue = service_at(store, APPOINTMENT + timedelta(minutes=minutes))
    with pytest.raises(CheckInRefused) as caught:
        queue.check_in("BOZ", "K7M2Q9XA")
    assert caught.value.message == message
    assert store.tickets == {} and store.commits == 0
    assert store.appointments["K7M2Q9XA"].ticket_id is None

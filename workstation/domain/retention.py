"""How long the site database keeps free text and names (DESIGN.md §7).

The immutable event log holds no free text; what does hold some lives in rows of its own that
a retention rule purges: transfer notes (default: the end of the business day they were
written) and the visitor names and booking codes of appointments (default: 30 days after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.domain.queue import business_day, day_end, day_start

PURGED_BOOKING_CODE_PREFIX = "PURGED-"


@dataclass(frozen=True, slots=True)
class Retention:
    transfer_note_days: int = 0
    appointment_days: int = 30


def transfer_note_purge_after(written_at: datetime, retention: Retention) -> datetime:
    """When a note written at ``written_at`` must be gone: the end of its business day plus
    ``transfer_note_days`` days (Amsterdam midnight, DST-correct)."""
    return day_end(business_day(written_at) + timedelta(days=retention.transfer_note_days))


def transfer_notes_written_before(now: datetime, retention: Retention) -> datetime:
    """Notes written before this moment are past retention, whatever purge_after says."""
    return day_start(business_day(now) - timedelta(days=retention.transfer_note_days))


def appointments_scheduled_before(now: datetime, retention: Retention) -> datetime:
    """Appointments scheduled before this moment lose their visitor name and booking code."""
    return now - timedelta(days=retention.appointment_days)

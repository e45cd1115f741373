"""Anonymous service events the site database measures (ADR 0022): codes, times, outcomes.

The workstation commits them with the person's write in one local transaction and the outbox
ships them to ``contact_event`` / ``callback_event``; the natural key is the ``event_id``,
minted from the klantcontact's or internetaak's referentienummer. Never a BSN, a name, a
phone number or free text (DESIGN.md §7).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ContactEventRecord:
    """One question of a desk contact. ``saved_at - ended_at`` is the wrap-up time."""

    event_id: str  # "kc:<referentienummer>"
    municipality_code: str
    location_code: str
    kanaal: str
    uitkomst: str
    first_time_right: bool
    started_at: datetime
    ended_at: datetime
    saved_at: datetime
    workstation: str
    ticket_id: str | None = None


@dataclass(frozen=True, slots=True)
class CallbackEventRecord:
    """A callback request made (``done_at`` None) or done. Sent twice for one ``event_id``:
    made, then done; whichever arrives first creates the row, the other completes it."""

    event_id: str  # "it:<referentienummer, or the internetaak's uuid as 32 hex digits>"
    municipality_code: str
    location_code: str
    kanaal: str
    created_at: datetime
    done_at: datetime | None = None


ServiceEvent = ContactEventRecord | CallbackEventRecord


EVENT_ID_MAX = 40  # contact_event.event_id, callback_event.event_id


def contact_event_id(referentienummer: str) -> str:
    return f"kc:{referentienummer}"


def callback_event_id(key: str) -> str:
    """For an internetaak: its referentienummer (Loket's), else its uuid (``-`` dropped)."""
    event_id = f"it:{key.replace('-', '')}"
    if len(event_id) > EVENT_ID_MAX:
        raise ValueError("callback event key too long")
    return event_id

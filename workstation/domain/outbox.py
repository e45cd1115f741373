"""The outbox: writes a person made that still have to reach a registry, with their keys.

The registries (ZGW Zaken, Klantinteracties) have no idempotency keys, so every item carries a
natural key minted here, offline, before the first attempt: a zaak ``identificatie``
(``<prefix>-<workstation>-<sequence>``) or a ``referentienummer`` (two-digit workstation number
and an eight-digit sequence: ten digits, what Open Klant allows). A retry sends the same body;
a duplicate-key answer means "already delivered" and the adapter adopts the existing object
(docs/decisions/0020-exactly-once-outbox.md).

Items of one ``stream`` (one customer, or the audit stream) are delivered strictly in order.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_WORKSTATION_NUMBER = 99
MAX_SEQUENCE = 99_999_999
AUDIT_STREAM = "audit"
EVENT_STREAM_PREFIX = "event:"  # one stream per service event (ADR 0022): none blocks another

# Back-off after the n-th failed attempt: 1 s, 2 s, 4 s ... capped at 5 minutes.
_BACKOFF_FIRST = timedelta(seconds=1)
_BACKOFF_CAP = timedelta(minutes=5)


class OutboxKind(enum.StrEnum):
    ZAAK = "zaak"
    KLANTCONTACT = "klantcontact"
    CALLBACK = "callback"
    AUDIT = "audit"
    DELIVERY_EVENT = "delivery_event"  # to the site database (ADR 0022)
    CONTACT_EVENT = "contact_event"
    CALLBACK_EVENT = "callback_event"


class ItemState(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    PARKED = "parked"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: OutboxKind
    stream: str
    natural_key: str
    payload: str  # JSON; the exact body of every attempt
    state: ItemState
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_error: str = ""
    result_url: str = ""
    delivered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one delivery attempt came to: DONE (with the URL), PARKED (with the reason), or
    PENDING (failed; ``at`` is when to try again, ``error`` why)."""

    item_id: int
    state: ItemState
    at: datetime
    url: str = ""
    error: str = ""


def referentienummer(workstation: int, sequence: int) -> str:
    """Ten digits: the workstation's number (01..99) and its own sequence (1..99,999,999)."""
    _check(workstation, sequence)
    return f"{workstation:02d}{sequence:08d}"


def zaak_identificatie(prefix: str, workstation: int, sequence: int) -> str:
    """``<prefix>-<ws>-<seq>``; at most 40 characters, as ZGW allows."""
    _check(workstation, sequence)
    key = f"{prefix}-{workstation:02d}-{sequence:08d}"
    if not prefix or len(key) > 40:
        raise ValueError("zaak identificatie prefix must be 1..28 characters")
    return key


def _check(workstation: int, sequence: int) -> None:
    if not 1 <= workstation <= MAX_WORKSTATION_NUMBER:
        raise ValueError("workstation number must be 1..99")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence exhausted")


def backoff(attempts: int) -> timedelta:
    """How long to wait after ``attempts`` failed attempts before the next one."""
    if attempts <= 0:
        return timedelta(0)
    factor: int = 2 ** min(attempts - 1, 20)
    return min(_BACKOFF_FIRST * factor, _BACKOFF_CAP)


def placeholder_url(kind: OutboxKind, natural_key: str) -> str:
    """Stands for the URL of an object still in the outbox (e.g. a contact about a zaak
    created offline); the relay replaces it with the delivered URL before sending."""
    return f"outbox:{kind.value}/{natural_key}"


def parse_placeholder(url: str) -> tuple[OutboxKind, str] | None:
    if not url.startswith("outbox:"):
        return None
    kind, _, key = url.removeprefix("outbox:").partition("/")
    return OutboxKind(kind), key

"""A person's history as one timeline: contacts on every channel, zaken, callback requests.

Plain data for the history view: each registry's summaries become rows of one shape, newest
first, so a counter visit and a phone call of the same person sit in one list.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import ContactSummary


class EntryKind(enum.StrEnum):
    CONTACT = "contact"
    ZAAK = "zaak"
    CALLBACK = "callback"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: EntryKind
    at: datetime
    kanaal: str  # the contact's channel; "" for zaken
    title: str
    status: str  # a zaak's status, a callback's "te_verwerken"/"verwerkt", a contact's outcome
    detail: str = ""
    done: bool = True  # callbacks: handled; zaken: closed
    unsent: bool = False  # recorded here, still in the outbox
    visit: str = ""  # the queue number of the counter visit the contact was recorded at


def timeline(zaken: Iterable[ZaakSummary],
             contacts: Iterable[ContactSummary]) -> tuple[TimelineEntry, ...]:
    """Newest first; what this workstation recorded and has not delivered is marked."""
    entries: list[TimelineEntry] = []
    for zaak in zaken:
        at = zaak.status_gezet_op or datetime.combine(zaak.startdatum, time(), UTC)
        entries.append(TimelineEntry(
            EntryKind.ZAAK, at, "", zaak.omschrijving or zaak.zaaktype_omschrijving,
            zaak.status_omschrijving, zaak.identificatie, done=zaak.einddatum is not None,
            unsent=zaak.pending))
    for contact in contacts:
        entries.append(TimelineEntry(
            EntryKind.CONTACT, contact.plaatsgevonden_op, contact.kanaal, contact.onderwerp,
            contact.metadata.get("uitkomst", ""), contact.inhoud,
            unsent=contact.pending,
            visit=contact.metadata.get("wachtnummer", "")))
        for callback in contact.callbacks:
            entries.append(TimelineEntry(
                EntryKind.CALLBACK, callback.afgehandeld_op or contact.plaatsgevonden_op,
                contact.kanaal, contact.onderwerp, callback.status, callback.toelichting,
                done=callback.status == "verwerkt",
                unsent=callback.pending))
    return tuple(sorted(entries, key=lambda entry: _aware(entry.at), reverse=True))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

"""The KCC desk's use cases for the counter and phone screens: identify a visitor or caller,
open their file, save what was asked and how it ended, and work the team's callbacks.

Roles are enforced here, not in the screens (docs/decisions/0023-desk-services.md):
searching the BRP and seeing a person's BRP data needs ``SEARCH_PERSONS`` (counter, phone;
not reception, not the supervisor alone); history and callbacks need ``VIEW_CONTACTS``;
saving needs ``RECORD_CONTACTS`` and, for a contact with a BSN, ``SEARCH_PERSONS`` too.

A save is ONE local transaction (ContactService.record_several): one klantcontact per
question, each callback request, and the anonymous contact_event / callback_event rows for
the site database; the screen is free at once and the outbox delivers the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import (
    Actor,
    ContactSummary,
    Kanaal,
    NewCallbackRequest,
    NewKlantcontact,
    TeamCallback,
)
from workstation.domain.customer import CustomerFile
from workstation.domain.desk import (
    DeskContact,
    Question,
    check_contact,
    compose_toelichting,
    contact_gelukt,
    contact_metadata,
    default_kanaal,
)
from workstation.domain.identify import DocumentIdentity, bsn_from_qr, document_query
from workstation.domain.person import ByBsn, LookupPurpose, Person, PersonQuery
from workstation.domain.service_events import (
    CallbackEventRecord,
    ContactEventRecord,
    ServiceEvent,
    callback_event_id,
    contact_event_id,
)
from workstation.domain.staff import HasRoles, Permission, require
from workstation.services.contact_service import ContactService, ContactToRecord, RecordedContact
from workstation.services.customer_service import CustomerService, PersonNotFound
from workstation.services.registry_ports import ContactRegistry

_KANAAL_COLUMN = 20  # contact_event.kanaal / callback_event.kanaal


@dataclass(frozen=True, slots=True)
class DeskConfig:
    """Where the desk stands (codes for the anonymous events) and why it looks people up."""

    municipality_code: str
    location_code: str
    workstation: str
    doelbinding: str
    verwerking: str
    # Who callbacks can go to (settings [klantinteracties] actoren): the dialog's choices,
    # and the team whose open callbacks the desk lists.
    actoren: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class Identification:
    """Who was found. ``file`` is filled when exactly one person matched: the desk opens
    their panel at once (KISS's navigate-on-single-result); otherwise the worker chooses."""

    persons: tuple[Person, ...]
    file: CustomerFile | None = None


@dataclass(frozen=True, slots=True)
class History:
    """A person's zaken and contacts, without BRP data (the supervisor's view)."""

    zaken: tuple[ZaakSummary, ...]
    contacts: tuple[ContactSummary, ...]


@dataclass(frozen=True, slots=True)
class SavedContact:
    referentienummers: tuple[str, ...]  # one per question, in order
    callback_referentienummers: tuple[str, ...]
    saved_at: datetime
    wrap_up: timedelta  # saved_at - ended_at: the time the worker needed after the contact


class DeskService:
    def __init__(
        self, customers: CustomerService, contacts: ContactService, registry: ContactRegistry,
        config: DeskConfig, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._customers = customers
        self._contacts = contacts
        self._registry = registry
        self._config = config
        self._clock = clock

    # -- small helpers for the screens ---------------------------------------------------

    def now(self) -> datetime:
        """Loket's time for a contact's start and end (never typed by the worker)."""
        return self._clock()

    @staticmethod
    def kanaal_for(by: HasRoles) -> Kanaal:
        """The channel a new question starts with for this worker (phone: telefoon)."""
        return default_kanaal(by.roles)

    # -- identify ------------------------------------------------------------------------

    def identify(self, by: HasRoles, query: PersonQuery) -> Identification:
        """Find the person; open their file when exactly one matches. A BSN opens the file
        directly: BRP, zaken and history in parallel, one round trip."""
        require(by, Permission.SEARCH_PERSONS)
        purpose = self._purpose(by)
        if isinstance(query, ByBsn):
            try:
                file = self._customers.open_customer(query.bsn, purpose)
            except PersonNotFound:
                return Identification(())
            return Identification((file.person,), file)
        persons = self._customers.search(query, purpose)
        if len(persons) != 1:
            return Identification(persons)
        return Identification(persons, self._customers.open_customer(persons[0].bsn, purpose))

    def identify_document(self, by: HasRoles, identity: DocumentIdentity) -> Identification:
        """The holder of the document the reader just read: by its BSN (Dutch documents
        before August 2021), else by surname and birth date."""
        require(by, Permission.SEARCH_PERSONS)
        return self.identify(by, document_query(identity))

    def identify_qr(self, by: HasRoles, payload: str) -> Identification:
        """The holder of a scanned BSN QR code (Dutch documents since August 2021)."""
        require(by, Permission.SEARCH_PERSONS)
        return self.identify(by, ByBsn(bsn_from_qr(payload)))

    def open_person(self, by: HasRoles, bsn: str) -> CustomerFile:
        """One person chosen from several matches: BRP data, zaken and history."""
        require(by, Permission.SEARCH_PERSONS)
        return self._customers.open_customer(bsn, self._purpose(by))

    def history(self, by: HasRoles, bsn: str) -> History:
        """Zaken and contacts only, no BRP data (audited like every lookup)."""
        require(by, Permission.VIEW_CONTACTS)
        zaken, contacts = self._customers.history(bsn, self._purpose(by))
        return History(zaken, contacts)

    # -- record --------------------------------------------------------------------------

    def save(self, by: HasRoles, contact: DeskContact) -> SavedContact:
        """Check everything, then commit all questions, callbacks and events at once."""
        require(by, Permission.RECORD_CONTACTS)
        if contact.bsn is not None:
            require(by, Permission.SEARCH_PERSONS)
        check_contact(contact)
        saved_at = self._clock()
        entries = [self._entry(contact, question) for question in contact.questions]

        def events(recorded: Sequence[RecordedContact]) -> list[ServiceEvent]:
            return self._events(contact, recorded, saved_at)

        recorded = self._contacts.record_several(entries, events)
        return SavedContact(
            referentienummers=tuple(r.referentienummer for r in recorded),
            callback_referentienummers=tuple(
                ref for r in recorded for ref in r.callback_referentienummers),
            saved_at=saved_at, wrap_up=max(saved_at - contact.ended_at, timedelta(0)),
        )

    def _entry(self, contact: DeskContact, question: Question) -> ContactToRecord:
        callbacks = () if question.callback is None else (NewCallbackRequest(
            referentienummer="", klantcontact_referentienummer="",
            actoren=question.callback.actoren,
            toelichting=compose_toelichting(question.callback.interne_toelichting,
                                            question.callback.antwoorden),
            telefoonnummers=question.callback.telefoonnummers,
            emailadres=question.callback.emailadres,
        ),)
        return ContactToRecord(NewKlantcontact(
            referentienummer="", kanaal=question.kanaal.value,
            onderwerp=question.onderwerp.strip(), inhoud=question.notitie.strip(),
            plaatsgevonden_op=contact.started_at,
            indicatie_contact_gelukt=contact_gelukt(question.uitkomst), bsn=contact.bsn,
            zaak_url=question.zaak_url, metadata=contact_metadata(contact, question),
        ), callbacks)

    def _events(self, contact: DeskContact, recorded: Sequence[RecordedContact],
                saved_at: datetime) -> list[ServiceEvent]:
        config = self._config
        events: list[ServiceEvent] = []
        for question, entry in zip(contact.questions, recorded, strict=True):
            kanaal = question.kanaal.value[:_KANAAL_COLUMN]
            events.append(ContactEventRecord(
                event_id=contact_event_id(entry.referentienummer),
                municipality_code=config.municipality_code,
                location_code=config.location_code, kanaal=kanaal,
                uitkomst=question.uitkomst.value, first_time_right=question.first_time_right,
                started_at=contact.started_at, ended_at=contact.ended_at, saved_at=saved_at,
                workstation=config.workstation, ticket_id=contact.ticket_id,
            ))
            events.extend(CallbackEventRecord(
                event_id=callback_event_id(ref), municipality_code=config.municipality_code,
                location_code=config.location_code, kanaal=kanaal, created_at=saved_at,
            ) for ref in entry.callback_referentienummers)
        return events

    # -- the team's callbacks ------------------------------------------------------------

    @property
    def actoren(self) -> tuple[Actor, ...]:
        """Who a callback request can go to, as configured."""
        return self._config.actoren

    def open_callbacks(self, by: HasRoles,
                       team: Sequence[Actor] | None = None) -> tuple[TeamCallback, ...]:
        """Callback requests still to do for the team's afdelingen, groepen and colleagues
        (default: every configured actor), oldest first; read from the contact registry, so
        it needs that to be reachable."""
        require(by, Permission.VIEW_CONTACTS)
        return self._registry.open_callbacks(self._config.actoren if team is None else team)

    def complete_callback(self, by: HasRoles, callback: TeamCallback) -> datetime:
        """Mark it done in the registry, then queue its callback_event "done"."""
        require(by, Permission.VIEW_CONTACTS)
        done_at = self._registry.complete_callback(callback.url)
        self._contacts.record_event(CallbackEventRecord(
            event_id=callback_event_id(callback.event_key),
            municipality_code=self._config.municipality_code,
            location_code=self._config.location_code,
            kanaal=callback.kanaal[:_KANAAL_COLUMN], created_at=callback.toegewezen_op,
            done_at=done_at,
        ))
        return done_at

    def _purpose(self, by: HasRoles) -> LookupPurpose:
        return LookupPurpose(self._config.doelbinding, self._config.verwerking, by.code)

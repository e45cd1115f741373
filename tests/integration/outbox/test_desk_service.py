"""The desk's use cases on a real workstation store, the embedded registries and the RvIG test
persons: identify, save a two-question contact with a callback in one transaction, roles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

import pytest
from sqlalchemy import select

from tests.integration.outbox.conftest import Clock
from tests.integration.outbox.samples import callback as sample_callback
from tests.integration.outbox.samples import contact as sample_contact
from workstation.domain.contacts import Actor, Kanaal
from workstation.domain.desk import (
    CallbackDraft,
    DeskContact,
    DeskInputError,
    Question,
    Uitkomst,
)
from workstation.domain.identify import DocumentIdentity, typed_address, typed_name
from workstation.domain.outbox import OutboxKind
from workstation.domain.person import ByBsn
from workstation.domain.service_events import (
    CallbackEventRecord,
    ContactEventRecord,
    ServiceEvent,
)
from workstation.domain.staff import NotPermitted, Role
from workstation.services.audit_trail import AuditConfig
from workstation.services.contact_service import (
    ContactService,
    ContactToRecord,
    KeyConfig,
    RecordedContact,
)
from workstation.services.customer_service import CustomerService
from workstation.services.desk_service import DeskConfig, DeskService
from workstation.store.database import SiteDatabase
from workstation.store.local.codec import load_payload
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore
from workstation.store.migrate import upgrade
from workstation.store.models import CallbackEvent, ContactEvent
from workstation.store.site_events import SiteEventLog
from workstation.sync.embedded_brp import EmbeddedPersonDirectory
from workstation.sync.relay import Relay

TICKET_ID = "3f2b8c1e-5d6a-4b7c-9e0f-1a2b3c4d5e6f"  # ticket ids are UUIDs

SUZANNE = "999993653"  # Suzanne Moulin, 1985-12-01, 3077AW 31
BURGERZAKEN = Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken")
CONFIG = DeskConfig(municipality_code="0748", location_code="BOZ", workstation="BOZ-07",
                    doelbinding="BRPACT-AlgemeneTaken", verwerking="Algemeen@KCC",
                    actoren=(BURGERZAKEN,))


@dataclass(frozen=True)
class Worker:
    code: str
    roles: frozenset[Role]


COUNTER = Worker("mw01", frozenset({Role.COUNTER}))
PHONE = Worker("mw02", frozenset({Role.PHONE}))
RECEPTION = Worker("mw03", frozenset({Role.RECEPTION}))
SUPERVISOR = Worker("tl01", frozenset({Role.SUPERVISOR}))


@pytest.fixture
def registry(store: WorkstationStore, clock: Clock) -> EmbeddedRegistry:
    return EmbeddedRegistry(store.database, clock=clock)


@pytest.fixture
def desk(store: WorkstationStore, registry: EmbeddedRegistry, clock: Clock) -> DeskService:
    key = (resources.files("resources.demo.audit") / "demo_privacy_officer_public.pem")
    audit = AuditConfig(key.read_text(encoding="utf-8"), "urn:loket:test", "BOZ-07")
    customers = CustomerService(EmbeddedPersonDirectory(), registry, registry, store, audit,
                                clock=clock)
    contacts = ContactService(store, KeyConfig(7, "LOK"), clock=clock)
    return DeskService(customers, contacts, registry, CONFIG, clock=clock)


def two_questions(desk: DeskService, bsn: str | None, clock: Clock) -> DeskContact:
    started = desk.now()
    clock.advance(240)
    ended = desk.now()
    clock.advance(35)  # wrap-up: the worker types the notes after the visitor left
    return DeskContact(questions=(
        Question("paspoort", Uitkomst.ZELFSTANDIG_AFGEHANDELD, notitie="Klaar op vrijdag."),
        Question("Verhuizing naar Roosendaal", Uitkomst.CONTACTVERZOEK_GEMAAKT,
                 kanaal=Kanaal.BALIE, callback=CallbackDraft(
                     actoren=(BURGERZAKEN,), interne_toelichting="Vraagt naar de datum.",
                     telefoonnummers=("0612345678",))),
    ), started_at=started, ended_at=ended, bsn=bsn, ticket_id=TICKET_ID)


def payloads(store: WorkstationStore, kind: OutboxKind) -> list[object]:
    return [load_payload(item.kind, item.payload) for item in store.outbox_items()
            if item.kind is kind]


def test_a_typed_bsn_opens_the_persons_file_at_once(desk: DeskService) -> None:
    found = desk.identify(COUNTER, ByBsn(SUZANNE))
    assert [p.bsn for p in found.persons] == [SUZANNE]
    assert found.file is not None and found.file.person.name.geslachtsnaam == "Moulin"


def test_a_single_match_by_name_or_address_opens_the_file_too(desk: DeskService) -> None:
    by_name = desk.identify(PHONE, typed_name("moulin", "1-12-1985"))
    by_address = desk.identify(PHONE, typed_address("3077 AW", "31"))
    assert by_name.file is not None and by_name.file.person.bsn == SUZANNE
    assert SUZANNE in [p.bsn for p in by_address.persons]


def test_a_document_without_bsn_finds_its_holder_by_name_and_birth_date(
        desk: DeskService) -> None:
    found = desk.identify_document(COUNTER, DocumentIdentity("NLD", "MOULIN",
                                                             date(1985, 12, 1)))
    assert found.file is not None and found.file.person.bsn == SUZANNE


def test_a_new_dutch_id_card_finds_its_holder_despite_the_voorvoegsel(
        desk: DeskService) -> None:
    # The simulated reader's "nl-id-kaart-specimen": DE<BRUIJN, 10 March 1965, no BSN.
    found = desk.identify_document(COUNTER, DocumentIdentity("NLD", "DE BRUIJN",
                                                             date(1965, 3, 10)))
    assert found.file is not None and found.file.person.bsn == "999999990"


def test_a_bsn_qr_code_opens_the_file(desk: DeskService) -> None:
    found = desk.identify_qr(COUNTER, f"BSN {SUZANNE}")
    assert found.file is not None and found.file.person.bsn == SUZANNE


def test_an_unknown_bsn_finds_nobody(desk: DeskService) -> None:
    assert desk.identify(COUNTER, ByBsn("123456782")).persons == ()


@pytest.mark.parametrize("worker", [RECEPTION, SUPERVISOR])
def test_reception_and_the_supervisor_may_not_search_the_brp(
        desk: DeskService, store: WorkstationStore, worker: Worker) -> None:
    for attempt in (lambda: desk.identify(worker, ByBsn(SUZANNE)),
                    lambda: desk.identify_qr(worker, SUZANNE),
                    lambda: desk.open_person(worker, SUZANNE)):
        with pytest.raises(NotPermitted) as refused:
            attempt()
        assert refused.value.message == "U mag dit niet met uw rol."
    assert store.outbox_items() == []  # nothing looked up, so nothing audited


def test_the_supervisor_sees_contacts_without_brp_data(
        desk: DeskService, clock: Clock) -> None:
    desk.save(COUNTER, two_questions(desk, SUZANNE, clock))
    with pytest.raises(NotPermitted):
        desk.history(RECEPTION, SUZANNE)
    history = desk.history(SUPERVISOR, SUZANNE)
    # Still in the outbox: the registry has none yet, the history shows them as not yet sent.
    assert len(history.contacts) == 2
    assert all(contact.pending for contact in history.contacts)
    assert not hasattr(history, "person")


def test_a_two_question_contact_with_a_callback_is_one_transaction(
        desk: DeskService, store: WorkstationStore, clock: Clock) -> None:
    contact = two_questions(desk, SUZANNE, clock)
    saved = desk.save(COUNTER, contact)

    assert saved.referentienummers == ("0700000001", "0700000002")
    assert saved.callback_referentienummers == ("0700000003",)
    assert saved.wrap_up == timedelta(seconds=35)
    klantcontacten = payloads(store, OutboxKind.KLANTCONTACT)
    assert [k.onderwerp for k in klantcontacten] == [  # type: ignore[attr-defined]
        "paspoort", "Verhuizing naar Roosendaal"]
    first = klantcontacten[0]
    assert first.bsn == SUZANNE and first.inhoud == "Klaar op vrijdag."  # type: ignore[attr-defined]
    assert first.metadata["uitkomst"] == "zelfstandig afgehandeld"  # type: ignore[attr-defined]
    assert first.metadata["eersteKeerGoed"] == "ja"  # type: ignore[attr-defined]
    [callback] = payloads(store, OutboxKind.CALLBACK)
    assert callback.klantcontact_referentienummer == "0700000002"  # type: ignore[attr-defined]
    assert callback.toelichting == "Vraagt naar de datum."  # type: ignore[attr-defined]
    events = payloads(store, OutboxKind.CONTACT_EVENT)
    assert events == [ContactEventRecord(
        event_id=f"kc:070000000{n}", municipality_code="0748", location_code="BOZ",
        kanaal="balie", uitkomst=uitkomst, first_time_right=ftr, started_at=contact.started_at,
        ended_at=contact.ended_at, saved_at=saved.saved_at, workstation="BOZ-07",
        ticket_id=TICKET_ID)
        for n, uitkomst, ftr in ((1, "zelfstandig afgehandeld", True),
                                 (2, "contactverzoek gemaakt", False))]
    assert payloads(store, OutboxKind.CALLBACK_EVENT) == [CallbackEventRecord(
        "it:0700000003", "0748", "BOZ", "balie", saved.saved_at)]


def test_the_anonymous_events_hold_nothing_personal(
        desk: DeskService, store: WorkstationStore, clock: Clock) -> None:
    desk.save(COUNTER, two_questions(desk, SUZANNE, clock))
    for item in store.outbox_items():
        if item.kind in (OutboxKind.CONTACT_EVENT, OutboxKind.CALLBACK_EVENT):
            for secret in (SUZANNE, "0612345678", "Roosendaal", "vrijdag", "Vraagt"):
                assert secret not in item.payload


def test_an_invalid_contact_writes_nothing(
        desk: DeskService, store: WorkstationStore, clock: Clock) -> None:
    contact = two_questions(desk, SUZANNE, clock)
    bad = DeskContact(questions=(contact.questions[0], Question(
        "x", Uitkomst.CONTACTVERZOEK_GEMAAKT, callback=CallbackDraft(
            (BURGERZAKEN,), "Bellen", telefoonnummers=("06-1234 5678",)))),
        started_at=contact.started_at, ended_at=contact.ended_at, bsn=SUZANNE)
    with pytest.raises(DeskInputError) as refused:
        desk.save(COUNTER, bad)
    assert refused.value.field == "telefoonnummers"
    assert store.outbox_items() == []


def test_an_anonymous_contact_is_first_class_even_at_reception(
        desk: DeskService, store: WorkstationStore, clock: Clock) -> None:
    saved = desk.save(RECEPTION, two_questions(desk, None, clock))
    assert len(saved.referentienummers) == 2
    assert {item.stream for item in store.outbox_items()
            if item.kind is OutboxKind.KLANTCONTACT} == {"anoniem-0700000001",
                                                        "anoniem-0700000002"}
    with pytest.raises(NotPermitted):  # a person's contact: only who may identify them
        desk.save(RECEPTION, two_questions(desk, SUZANNE, clock))


def test_the_channel_follows_the_role(desk: DeskService) -> None:
    assert desk.kanaal_for(PHONE) is Kanaal.TELEFOON
    assert desk.kanaal_for(COUNTER) is Kanaal.BALIE


def test_delivered_contacts_reach_the_registry_and_the_site_events_and_a_callback_is_done(
        desk: DeskService, store: WorkstationStore, registry: EmbeddedRegistry, clock: Clock,
        site_url: str) -> None:
    site = SiteDatabase(site_url)
    upgrade(site)
    try:
        saved = desk.save(PHONE, two_questions(desk, SUZANNE, clock))
        relay = Relay(store, registry, registry, SiteEventLog(site), clock=clock,
                      events=SiteEventLog(site))
        while relay.run_once():
            pass
        assert store.backlog().pending == 0

        [open_one] = desk.open_callbacks(PHONE)  # the configured team
        assert desk.actoren == (BURGERZAKEN,)
        assert open_one.onderwerp == "Verhuizing naar Roosendaal"
        with pytest.raises(NotPermitted):
            desk.open_callbacks(RECEPTION, [BURGERZAKEN])
        clock.advance(3600)
        done_at = desk.complete_callback(SUPERVISOR, open_one)
        assert desk.open_callbacks(PHONE, [BURGERZAKEN]) == ()
        while relay.run_once():
            pass

        with site.engine.connect() as connection:
            contacts = connection.execute(select(ContactEvent).order_by(
                ContactEvent.event_id)).mappings().all()
            [callback] = connection.execute(select(CallbackEvent)).mappings().all()
        assert [(c["uitkomst"], c["first_time_right"]) for c in contacts] == [
            ("zelfstandig afgehandeld", True), ("contactverzoek gemaakt", False)]
        assert contacts[0]["saved_at"] - contacts[0]["ended_at"] == timedelta(seconds=35)
        assert callback["event_id"] == f"it:{saved.callback_referentienummers[0]}"
        assert callback["done_at"] == done_at
        history = registry.history_for(SUZANNE)
        assert sorted(c.referentienummer for c in history) == list(saved.referentienummers)
        assert json.dumps([dict(c) for c in contacts], default=str).count(SUZANNE) == 0
    finally:
        site.dispose()


def test_a_failure_midway_through_a_save_leaves_nothing_not_even_a_used_number(
        contacts: ContactService, store: WorkstationStore) -> None:
    def events(recorded: Sequence[RecordedContact]) -> list[ServiceEvent]:
        assert [r.referentienummer for r in recorded] == ["0700000001", "0700000002"]
        raise OSError("disk full")

    entries = [ContactToRecord(sample_contact()), ContactToRecord(sample_contact(), (
        sample_callback(),))]
    with pytest.raises(OSError):
        contacts.record_several(entries, events)
    assert store.outbox_items() == []
    assert contacts.record(sample_contact()).referentienummer == "0700000001"

"""A person's history shows at once what this workstation recorded, marked as not yet sent,
and shows it once (not again) when the relay has delivered it."""

from __future__ import annotations

from importlib import resources

import pytest

from tests.integration.outbox.conftest import Clock
from tests.integration.outbox.fakes import FakeRegistries
from tests.integration.outbox.samples import BSN, OTHER_BSN, callback, contact, zaak
from workstation.domain.person import LookupPurpose
from workstation.services.audit_trail import AuditConfig
from workstation.services.contact_service import ContactService
from workstation.services.customer_service import CustomerService
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore
from workstation.sync.embedded_brp import EmbeddedPersonDirectory
from workstation.sync.relay import Relay

PURPOSE = LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "medewerker7")


@pytest.fixture
def registry(store: WorkstationStore) -> EmbeddedRegistry:
    embedded = EmbeddedRegistry(store.database)
    embedded.define_zaaktype("PASPOORT", "Paspoort aanvragen", ("Ontvangen", "Afgehandeld"))
    return embedded


@pytest.fixture
def customers(store: WorkstationStore, registry: EmbeddedRegistry,
              clock: Clock) -> CustomerService:
    public = (resources.files("resources.demo.audit") / "demo_privacy_officer_public.pem")
    config = AuditConfig(public.read_text(encoding="utf-8"), "urn:loket:test", "ws7")
    return CustomerService(EmbeddedPersonDirectory(), registry, registry, store, config,
                           clock=clock)


def _deliver(store: WorkstationStore, registry: EmbeddedRegistry, clock: Clock) -> None:
    relay = Relay(store, registry, registry, FakeRegistries(), clock=clock)
    while relay.run_once():
        pass
    relay.stop()


def test_a_contact_saved_a_moment_ago_is_in_the_history_as_not_yet_sent(
        customers: CustomerService, contacts: ContactService) -> None:
    recorded = contacts.record(contact(), [callback()], zaak())

    file = customers.open_customer(BSN, PURPOSE)

    [shown] = file.history
    assert shown.referentienummer == recorded.referentienummer
    assert shown.onderwerp == "Paspoort aanvragen"
    assert shown.pending
    [requested] = shown.callbacks
    assert requested.referentienummer == recorded.callback_referentienummers[0]
    assert requested.toegewezen_aan == ("Burgerzaken",)
    assert requested.pending
    [case] = file.zaken
    assert case.identificatie == recorded.zaak_identificatie
    assert case.pending
    assert shown.zaak_urls == (case.url,)
    assert customers.open_customer(OTHER_BSN, PURPOSE).history == ()


def test_once_delivered_it_shows_once_and_as_sent(
        customers: CustomerService, contacts: ContactService, store: WorkstationStore,
        registry: EmbeddedRegistry, clock: Clock) -> None:
    recorded = contacts.record(contact(), [callback()], zaak())
    _deliver(store, registry, clock)

    file = customers.open_customer(BSN, PURPOSE)

    [shown] = file.history
    assert shown.referentienummer == recorded.referentienummer
    assert not shown.pending
    assert [c.pending for c in shown.callbacks] == [False]
    assert [z.pending for z in file.zaken] == [False]


def test_delivered_after_the_lookup_was_cached_it_is_still_shown(
        customers: CustomerService, contacts: ContactService, store: WorkstationStore,
        registry: EmbeddedRegistry, clock: Clock) -> None:
    contacts.record(contact())
    assert customers.open_customer(BSN, PURPOSE).history[0].pending  # cached now
    clock.advance(5)
    _deliver(store, registry, clock)

    again = customers.open_customer(BSN, PURPOSE)

    assert again.from_cache
    [shown] = again.history
    assert not shown.pending
    assert shown.url.startswith("loket:")  # the registry's own reference, not the outbox's


def test_the_history_alone_shows_recorded_writes_too(
        customers: CustomerService, contacts: ContactService) -> None:
    contacts.record(contact(onderwerp="Eerste vraag"))
    contacts.record(contact(onderwerp="Tweede vraag"))

    zaken, history = customers.history(BSN, PURPOSE)

    assert zaken == ()
    assert [c.onderwerp for c in history if c.pending] == ["Eerste vraag", "Tweede vraag"]

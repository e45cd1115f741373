"""A desk contact through the outbox and the HTTP adapter into the reference Open Klant, its
events into the site database, and the team's callback list read back and marked done."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.outbox.conftest import Clock
from tests.integration.registries.conftest import klant_client
from tests.reference_servers.openklant_server import OpenKlantServer
from workstation.domain.contacts import Actor, Kanaal
from workstation.domain.desk import CallbackDraft, DeskContact, Question, Uitkomst
from workstation.domain.staff import Role
from workstation.services.audit_trail import AuditConfig
from workstation.services.contact_service import ContactService, KeyConfig
from workstation.services.customer_service import CustomerService
from workstation.services.desk_service import DeskConfig, DeskService
from workstation.store.database import SiteDatabase
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore
from workstation.store.migrate import upgrade
from workstation.store.models import CallbackEvent, ContactEvent
from workstation.store.site_events import SiteEventLog
from workstation.sync.embedded_brp import EmbeddedPersonDirectory
from workstation.sync.klantinteracties_client import KlantinteractiesClient
from workstation.sync.relay import Relay

TEAM = Actor("Team Burgerzaken", "organisatorische_eenheid", "burgerzaken", "afd")


class Agent:
    code = "mw02"
    roles = frozenset({Role.PHONE})


@pytest.fixture
def openklant() -> Iterator[OpenKlantServer]:
    server = OpenKlantServer().start()
    yield server
    server.stop()
    assert server.spec_violations == []


@pytest.fixture
def client(openklant: OpenKlantServer) -> Iterator[KlantinteractiesClient]:
    api = klant_client(openklant)
    yield api
    api.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[SiteDatabase]:
    database = SiteDatabase(f"sqlite:///{tmp_path / 'site.sqlite3'}")
    upgrade(database)
    yield database
    database.dispose()


def test_an_anonymous_call_with_a_callback_reaches_open_klant_and_is_done_later(
        store: WorkstationStore, clock: Clock, client: KlantinteractiesClient,
        openklant: OpenKlantServer, site: SiteDatabase) -> None:
    key = resources.files("resources.demo.audit") / "demo_privacy_officer_public.pem"
    embedded = EmbeddedRegistry(store.database)
    customers = CustomerService(EmbeddedPersonDirectory(), embedded, client, store, AuditConfig(
        key.read_text(encoding="utf-8"), "urn:loket:test", "BOZ-07"), clock=clock)
    desk = DeskService(customers, ContactService(store, KeyConfig(7, "LOK"), clock=clock),
                       client, DeskConfig("0748", "BOZ", "BOZ-07", "BRPACT", "Algemeen@KCC"),
                       clock=clock)
    started = desk.now()
    clock.advance(180)
    explanation = "Wil teruggebeld worden over de verhuizing. " * 20  # 860 characters
    saved = desk.save(Agent(), DeskContact(questions=(
        Question("Afvalpas", Uitkomst.VERBINDING_VERBROKEN, kanaal=Kanaal.TELEFOON),
        Question("verhuismelding", Uitkomst.CONTACTVERZOEK_GEMAAKT, kanaal=Kanaal.TELEFOON,
                 callback=CallbackDraft((TEAM,), explanation.strip(),
                                        telefoonnummers=("+31612345678",),
                                        emailadres="beller@example.nl"))),
        started_at=started, ended_at=desk.now()))
    relay = Relay(store, embedded, client, SiteEventLog(site), clock=clock,
                  events=SiteEventLog(site))
    while relay.run_once():
        pass
    assert (store.backlog().pending, store.backlog().parked) == (0, 0)

    state = openklant.klant
    by_ref = {k["referentienummer"]: k for k in state.klantcontacten.values()}
    broken, callback_contact = (by_ref[ref] for ref in saved.referentienummers)
    assert broken["indicatieContactGelukt"] is False and broken["kanaal"] == "telefoon"
    assert broken["metadata"]["uitkomst"] == "verbinding verbroken"
    assert callback_contact["hadBetrokkenen"] == []  # anonymous
    [taak] = state.internetaken.values()
    assert taak["toelichting"].startswith(
        "Telefoon: +31612345678\nE-mail: beller@example.nl\n\nWil teruggebeld")
    assert taak["toelichting"].endswith("verhuizing.")  # nothing cut off

    [open_one] = desk.open_callbacks(Agent(), [TEAM])
    assert (open_one.onderwerp, open_one.kanaal) == ("verhuismelding", "telefoon")
    clock.advance(3600)
    done_at = desk.complete_callback(Agent(), open_one)
    assert taak["status"] == "verwerkt"
    assert desk.open_callbacks(Agent(), [TEAM]) == ()
    while relay.run_once():
        pass

    with site.engine.connect() as connection:
        events = connection.execute(select(ContactEvent.kanaal, ContactEvent.uitkomst,
                                           ContactEvent.first_time_right)).all()
        [callback] = connection.execute(select(CallbackEvent)).mappings().all()
    assert sorted(events) == [("telefoon", "contactverzoek gemaakt", False),
                              ("telefoon", "verbinding verbroken", False)]
    assert callback["done_at"] == done_at
    assert callback["event_id"] == f"it:{saved.callback_referentienummers[0]}"

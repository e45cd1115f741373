"""The relay through the real HTTP adapters against the reference Open Zaak and Open Klant:
timeouts, 503s and connections dropped after the server committed still end in every object
exactly once, counted in the servers' own state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from tests.integration.outbox.conftest import Clock
from tests.integration.outbox.fakes import FakeRegistries
from tests.integration.outbox.samples import callback, contact
from tests.integration.registries.conftest import klant_client, zaken_client
from tests.reference_servers.openklant_server import OpenKlantServer
from tests.reference_servers.openzaak_server import OpenZaakServer
from tests.reference_servers.zgw_http import Fault
from workstation.domain.cases import NewZaak
from workstation.services.contact_service import ContactService
from workstation.store.local.outbox_store import WorkstationStore
from workstation.sync.relay import Relay

CUSTOMERS = ("999993653", "999993847", "999990408")


@pytest.fixture
def servers() -> Iterator[tuple[OpenKlantServer, OpenZaakServer]]:
    klant, zaken = OpenKlantServer(hang_s=5.0), OpenZaakServer(hang_s=5.0)
    klant.start()
    zaken.start()
    yield klant, zaken
    klant.stop()
    zaken.stop()
    assert klant.spec_violations == [] and zaken.spec_violations == []


def test_faults_on_both_servers_deliver_everything_exactly_once(
        store: WorkstationStore, contacts: ContactService, clock: Clock,
        servers: tuple[OpenKlantServer, OpenZaakServer]) -> None:
    klant, zaken = servers
    expected_contacts: set[str] = set()
    expected_callbacks: set[str] = set()
    expected_zaken: set[str] = set()
    for n in range(9):
        zaak = NewZaak("", "002220647", zaken.zaaktype_url, f"Zaak {n}", date(2026, 11, 30),
                       CUSTOMERS[n % 3], "Ontvangen", datetime.now(UTC)) if n % 2 == 0 else None
        recorded = contacts.record(contact(CUSTOMERS[n % 3], onderwerp=f"Vraag {n}"),
                                   [callback()] if n % 3 == 0 else [], zaak)
        expected_contacts.add(recorded.referentienummer)
        expected_callbacks.update(recorded.callback_referentienummers)
        if recorded.zaak_identificatie:
            expected_zaken.add(recorded.zaak_identificatie)
    kinds: tuple[Fault, ...] = ("drop", "5xx", "timeout", "drop")
    for kind in kinds:
        klant.inject(kind, method="POST")
        zaken.inject(kind, method="POST")
    klant_api, zaken_api = klant_client(klant, timeout_s=1.0), zaken_client(zaken, timeout_s=1.0)
    relay = Relay(store, zaken_api, klant_api, FakeRegistries(), clock=clock, workers=4)
    try:
        for _ in range(60):
            if relay.run_once() == 0:
                clock.advance(600)
                if store.backlog().pending == 0:
                    break
    finally:
        relay.stop()
        klant_api.close()
        zaken_api.close()

    assert klant.faults_injected + zaken.faults_injected == 8
    backlog = store.backlog()
    assert (backlog.pending, backlog.parked) == (0, 0), backlog
    state, cases = klant.klant, zaken.zaken
    stored = Counter(k["referentienummer"] for k in state.klantcontacten.values())
    assert set(stored) == expected_contacts and set(stored.values()) == {1}
    assert sorted(t["referentienummer"] for t in state.internetaken.values()) == sorted(
        expected_callbacks)
    partijen = Counter(i["partijIdentificator"]["objectId"] for p in state.partijen.values()
                       for i in p["partijIdentificatoren"])
    assert partijen == Counter(dict.fromkeys(CUSTOMERS, 1))
    assert Counter(b["hadKlantcontact"]["uuid"] for b in state.betrokkenen.values()) == \
        Counter(dict.fromkeys((k["uuid"] for k in state.klantcontacten.values()), 1))
    assert sorted(z["identificatie"] for z in cases.zaken.values()) == sorted(expected_zaken)
    assert Counter(r["zaak"] for r in cases.rollen.values()) == \
        Counter(dict.fromkeys((z["url"] for z in cases.zaken.values()), 1))
    assert Counter(s["zaak"] for s in cases.statussen.values()) == \
        Counter(dict.fromkeys((z["url"] for z in cases.zaken.values()), 1))
    assert len(state.actoren) == 1  # three customers' callbacks, one afdeling, one actor
    about_zaak = [k for k in state.klantcontacten.values() if k["gingOverOnderwerpobjecten"]]
    assert len(about_zaak) == len(expected_zaken)

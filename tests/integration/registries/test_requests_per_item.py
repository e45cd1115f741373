"""How many requests one outbox item costs: the adapters do not ask what they already know.

The relay delivers hundreds of items a minute at a busy office, so every look-up the adapter can
answer from what it learnt itself is one round trip less (issue 10: ``outbox_items_per_s``).
What it remembers must never cost exactly-once: a retry still looks before it posts, and a
remembered object the registry no longer has is looked up again.
"""

from __future__ import annotations

import pytest

from tests.contracts.case_registry_contract import new_zaak
from tests.contracts.contact_registry_contract import callback, contact
from tests.integration.registries.conftest import klant_client, zaken_client
from tests.reference_servers.openklant_server import OpenKlantServer
from tests.reference_servers.openzaak_server import OpenZaakServer
from workstation.domain.registry_errors import RegistryUnavailable


def _gets(server: OpenKlantServer | OpenZaakServer, path: str) -> int:
    return server.requests[("GET", path)]


def test_a_second_contact_of_a_person_does_not_look_up_the_partij_again(
        openklant: OpenKlantServer) -> None:
    client = klant_client(openklant)
    client.record_contact(contact(1))
    client.record_contact(contact(2))

    assert _gets(openklant, "/partijen") == 1
    assert len(openklant.klant.partijen) == 1
    client.close()


def test_a_partij_removed_from_the_registry_is_looked_up_and_made_again(
        openklant: OpenKlantServer) -> None:
    client = klant_client(openklant)
    client.record_contact(contact(1))
    with openklant.klant.lock:
        openklant.klant.partijen.clear()  # merged away by the back office

    client.record_contact(contact(2))

    [partij] = openklant.klant.partijen.values()
    assert [b["wasPartij"]["uuid"] for b in openklant.klant.betrokkenen.values()][-1] == (
        partij["uuid"])
    client.close()


def test_a_callback_after_its_contact_asks_nothing_it_knows(
        openklant: OpenKlantServer) -> None:
    client = klant_client(openklant)
    client.record_contact(contact(1))
    client.request_callback(callback(1, 1))
    assert _gets(openklant, "/digitaleadressen") == 0  # a betrokkene made just now has none

    client.request_callback(callback(2, 1))  # the same phone and e-mail: looked up, not doubled

    assert _gets(openklant, "/klantcontacten") == 0
    assert _gets(openklant, "/digitaleadressen") == 2
    assert _gets(openklant, "/actoren") == 1  # once per afdeling, not once per callback
    assert len(openklant.klant.internetaken) == 2
    assert sorted(d["adres"] for d in openklant.klant.digitaleadressen.values()) == [
        "0612345678", "suzanne@example.nl"]
    client.close()


def test_a_phone_number_given_twice_is_posted_once_without_looking(
        openklant: OpenKlantServer) -> None:
    client = klant_client(openklant)
    client.record_contact(contact(1))
    client.request_callback(callback(1, 1, telefoonnummers=("0612345678", "0612345678"),
                                     emailadres=""))

    assert [d["adres"] for d in openklant.klant.digitaleadressen.values()] == ["0612345678"]
    client.close()


def test_a_callback_of_a_contact_another_process_recorded_finds_it(
        openklant: OpenKlantServer) -> None:
    client_before_restart = klant_client(openklant)
    client_before_restart.record_contact(contact(1))
    client_before_restart.close()
    client = klant_client(openklant)

    client.request_callback(callback(1, 1))

    assert _gets(openklant, "/klantcontacten") == 1
    [taak] = openklant.klant.internetaken.values()
    assert taak["referentienummer"] == "0200000001"
    assert len(openklant.klant.digitaleadressen) == 2
    client.close()


def test_a_new_zaak_gets_its_rol_and_status_without_looking_first(
        openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak)
    client.create_zaak(new_zaak(openzaak.zaaktype_url, 1))

    assert _gets(openzaak, "/rollen") == 0
    assert _gets(openzaak, "/statussen") == 0
    assert len(openzaak.zaken.rollen) == 1
    assert len(openzaak.zaken.statussen) == 1
    client.close()


@pytest.mark.parametrize("path", ["/rollen", "/statussen"])
def test_an_adopted_zaak_looks_before_posting_its_rol_and_status(
        openzaak: OpenZaakServer, path: str) -> None:
    client = zaken_client(openzaak, timeout_s=0.5)
    openzaak.inject("drop", method="POST", path_prefix=path)
    zaak = new_zaak(openzaak.zaaktype_url, 1)
    with pytest.raises(RegistryUnavailable):
        client.create_zaak(zaak)

    client.create_zaak(zaak)

    assert _gets(openzaak, path) == 1
    assert len(openzaak.zaken.rollen) == 1
    assert len(openzaak.zaken.statussen) == 1
    client.close()


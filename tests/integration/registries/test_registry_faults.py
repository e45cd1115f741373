"""Faults between the adapters and the registries: a timeout, a 5xx, and a connection dropped
AFTER the server committed. Each write raises ``RegistryUnavailable``; the same call again
delivers exactly once (the server holds one object per natural key)."""

from __future__ import annotations

import httpx
import jwt
import pytest

from tests.contracts.case_registry_contract import BSN, new_zaak
from tests.contracts.contact_registry_contract import BACKOFFICE, BURGERZAKEN, callback, contact
from tests.integration.registries.conftest import klant_client, zaken_client
from tests.reference_servers import openklant_server, openzaak_server
from tests.reference_servers.openklant_server import OpenKlantServer
from tests.reference_servers.openzaak_server import OpenZaakServer
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable

FAULTS = ["timeout", "5xx", "drop"]


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("path", ["/zaken", "/rollen", "/statussen"])
def test_a_zaak_is_created_once_whatever_step_fails(openzaak: OpenZaakServer, fault: str,
                                                     path: str) -> None:
    client = zaken_client(openzaak, timeout_s=0.5)
    openzaak.inject(fault, method="POST", path_prefix=path)  # type: ignore[arg-type]
    zaak = new_zaak(openzaak.zaaktype_url, 1)

    with pytest.raises(RegistryUnavailable):
        client.create_zaak(zaak)
    ref = client.create_zaak(zaak)

    api = openzaak.zaken
    assert [z["identificatie"] for z in api.zaken.values()] == [zaak.identificatie]
    assert len(api.rollen) == 1
    assert len(api.statussen) == 1
    assert [z.url for z in client.zaken_for(BSN)] == [ref.url]
    assert openzaak.faults_injected == 1
    client.close()


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("path", ["/partijen", "/maak-klantcontact"])
def test_a_contact_is_recorded_once_whatever_step_fails(openklant: OpenKlantServer,
                                                        fault: str, path: str) -> None:
    client = klant_client(openklant, timeout_s=0.5)
    openklant.inject(fault, method="POST", path_prefix=path)  # type: ignore[arg-type]

    with pytest.raises(RegistryUnavailable):
        client.record_contact(contact(1))
    ref = client.record_contact(contact(1))

    api = openklant.klant
    assert len(api.partijen) == 1
    assert [k["url"] for k in api.klantcontacten.values()] == [ref.url]
    assert len(api.betrokkenen) == 1
    client.close()


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("path", ["/actoren", "/digitaleadressen", "/internetaken"])
def test_a_callback_is_requested_once_whatever_step_fails(openklant: OpenKlantServer,
                                                          fault: str, path: str) -> None:
    client = klant_client(openklant, timeout_s=0.5)
    client.record_contact(contact(1))
    openklant.inject(fault, method="POST", path_prefix=path)  # type: ignore[arg-type]

    with pytest.raises(RegistryUnavailable):
        client.request_callback(callback(1, 1))
    ref = client.request_callback(callback(1, 1))

    api = openklant.klant
    assert [t["url"] for t in api.internetaken.values()] == [ref.url]
    assert len(api.actoren) == 1
    assert sorted(d["adres"] for d in api.digitaleadressen.values()) == [
        "0612345678", "suzanne@example.nl"]
    client.close()


def test_a_partij_created_meanwhile_by_another_workstation_is_adopted(
        openklant: OpenKlantServer) -> None:
    first, second = klant_client(openklant), klant_client(openklant)
    first.record_contact(contact(1))
    # The second workstation looked before the first created the partij: its POST meets the
    # unique identificator and adopts the existing partij.
    openklant.inject("5xx", method="GET", path_prefix="/partijen")
    with pytest.raises(RegistryUnavailable):
        second.record_contact(contact(2, minute=5))
    second.record_contact(contact(2, minute=5))

    assert len(openklant.klant.partijen) == 1
    assert [c.referentienummer for c in second.history_for(BSN)] == ["0100000002",
                                                                      "0100000001"]
    first.close()
    second.close()


def test_history_is_one_request_per_page(openklant: OpenKlantServer) -> None:
    client = klant_client(openklant, page_size=2)
    for number in range(1, 6):
        client.record_contact(contact(number, minute=number))
        client.request_callback(callback(number, number))
    openklant.requests.clear()

    history = client.history_for(BSN)

    assert len(history) == 5
    assert all(c.callbacks[0].toegewezen_aan == ("Burgerzaken",) for c in history)
    assert openklant.requests[("GET", "/klantcontacten")] == 3  # 5 contacts, 2 a page
    assert sum(openklant.requests.values()) == 3  # the actor's name came from the cache
    client.close()


def test_zaken_for_a_person_is_one_request_per_page(openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak, page_size=2)
    for number in range(1, 6):
        client.create_zaak(new_zaak(openzaak.zaaktype_url, number))
    openzaak.requests.clear()

    assert len(client.zaken_for(BSN)) == 5
    assert sum(openzaak.requests.values()) == 3
    client.close()


def test_the_jwt_names_the_client_and_the_person(openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak, clock=lambda: 1_796_021_616.0)

    claims = jwt.decode(client.token(), openzaak_server.SECRET, algorithms=["HS256"],
                        options={"verify_iat": False})

    assert claims == {"iss": "kcc-loket", "client_id": "kcc-loket", "iat": 1_796_021_616,
                      "user_id": "mdw-0042", "user_representation": "KCC medewerker 42"}
    client.close()


def test_a_wrong_secret_is_retried_not_parked(openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak, secret="a-secret-the-server-does-not-know-0123456789")

    with pytest.raises(RegistryUnavailable) as caught:
        client.create_zaak(new_zaak(openzaak.zaaktype_url, 1))

    assert "invalid-jwt-signature" in caught.value.detail
    assert "weigert de toegang" in caught.value.message
    client.close()


def test_an_expired_token_is_refused_by_the_server(openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak, clock=lambda: 1_000_000_000.0)

    with pytest.raises(RegistryUnavailable) as caught:
        client.zaken_for(BSN)

    assert "jwt-expired" in caught.value.detail
    client.close()


def test_a_refusal_names_the_servers_reason(openzaak: OpenZaakServer) -> None:
    client = zaken_client(openzaak)
    zaak = new_zaak(openzaak.zaaktype_url, 1)

    with pytest.raises(RegistryRejected) as caught:
        client.create_zaak(type(zaak)(**{**{f: getattr(zaak, f) for f in
                                            zaak.__dataclass_fields__},
                                         "bronorganisatie": "123456789"}))

    assert "Onjuist RSIN nummer" in caught.value.detail
    client.close()


def test_an_anonymous_callback_keeps_its_phone_number_in_the_toelichting(
        openklant: OpenKlantServer) -> None:
    client = klant_client(openklant)
    client.record_contact(contact(1, bsn=None))

    client.request_callback(callback(1, 1))

    [taak] = openklant.klant.internetaken.values()
    assert taak["toelichting"].startswith("Telefoon: 0612345678\nE-mail: suzanne@example.nl\n")
    assert openklant.klant.digitaleadressen == {}
    client.close()


def test_under_random_faults_every_write_arrives_once(openzaak: OpenZaakServer,
                                                      openklant: OpenKlantServer) -> None:
    cases = zaken_client(openzaak, timeout_s=0.3)
    contacts = klant_client(openklant, timeout_s=0.3)
    openzaak.chaos(0.3, seed=1)
    openklant.chaos(0.3, seed=2)

    def until_delivered(write: object, item: object) -> None:
        for _ in range(50):  # the outbox's retry loop, without its back-off
            try:
                write(item)  # type: ignore[operator]
                return
            except RegistryUnavailable:
                continue
        raise AssertionError("not delivered in 50 attempts")

    for number in range(1, 9):
        until_delivered(cases.create_zaak, new_zaak(openzaak.zaaktype_url, number))
        until_delivered(contacts.record_contact, contact(number, minute=number))
        until_delivered(contacts.request_callback, callback(number, number))
    openzaak.chaos(0)
    openklant.chaos(0)

    assert openzaak.faults_injected + openklant.faults_injected >= 10
    assert openzaak.duplicates() == 0
    assert openklant.duplicates() == 0
    assert len(cases.zaken_for(BSN)) == 8
    history = contacts.history_for(BSN)
    assert [len(c.callbacks) for c in history] == [1] * 8
    cases.close()
    contacts.close()


def test_the_server_counts_a_real_duplicate(openklant: OpenKlantServer) -> None:
    actor = {"naam": "Burgerzaken", "soortActor": "organisatorische_eenheid",
             "indicatieActief": True,
             "actoridentificator": {"objectId": "burgerzaken", "codeObjecttype": "afd",
                                    "codeRegister": "obj", "codeSoortObjectId": "idf"}}
    headers = {"Authorization": f"Token {openklant_server.TOKEN}"}
    with httpx.Client() as http:
        for _ in range(2):  # Open Klant keeps actoren not unique: both are created
            assert http.post(f"{openklant.root_url}/actoren", json=actor,
                             headers=headers).status_code == 201

    assert openklant.duplicates() == 1


def test_a_cold_history_fetches_each_actor_name_once(openklant: OpenKlantServer) -> None:
    writer = klant_client(openklant)
    writer.record_contact(contact(1))
    writer.request_callback(callback(1, 1, actoren=(BURGERZAKEN, BACKOFFICE)))
    writer.record_contact(contact(2, minute=5))
    writer.request_callback(callback(2, 2, actoren=(BURGERZAKEN,)))
    reader = klant_client(openklant)  # another process: knows no actor names yet
    openklant.requests.clear()

    first = reader.history_for(BSN)
    again = reader.history_for(BSN)

    assert {n for c in first for cb in c.callbacks for n in cb.toegewezen_aan} == {
        "Burgerzaken", "Team Paspoorten"}
    assert again == first
    assert sum(n for (method, path), n in openklant.requests.items()
               if path.startswith("/actoren/")) == 2
    assert openklant.requests[("GET", "/klantcontacten")] == 2
    writer.close()
    reader.close()

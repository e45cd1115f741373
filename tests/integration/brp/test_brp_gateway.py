"""The HTTP adapter against the reference gateway: what it sends, how the gateway's rules
(fields, headers, credentials) answer, and how faults reach the caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import httpx
import pytest

from tests.contracts.person_directory_contract import PURPOSE
from tests.reference_servers.brp_server import BrpServerState, running_brp_server
from workstation.domain.person import ByBsn, ByNameAndBirthDate, ByPostcodeAndNumber, LookupPurpose
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable
from workstation.sync.brp_client import (
    ApiKey,
    BrpGateway,
    HttpPersonDirectory,
    OAuth2ClientCredentials,
)
from workstation.sync.brp_mapping import FIELDS_BY_BSN, FIELDS_SEARCH, request_body

OIN = "00000001001234567000"
HEADERS = {"X-API-KEY": "test-brp-key", "x-doelbinding": "BRPACT-AlgemeneTaken",
           "x-verwerking": "Algemeen@KCC", "x-gebruiker": "mw07",
           "Content-Type": "application/json; charset=utf-8"}


@pytest.fixture
def server() -> Iterator[tuple[str, BrpServerState]]:
    with running_brp_server() as running:
        yield running


@pytest.fixture
def adapter(server: tuple[str, BrpServerState]) -> Iterator[HttpPersonDirectory]:
    url, state = server
    directory = HttpPersonDirectory(BrpGateway(url, ApiKey(state.api_key), origin_oin=OIN,
                                               timeout_s=0.5))
    yield directory
    directory.close()


def post(url: str, body: dict[str, object], headers: dict[str, str] | None = None,
         ) -> httpx.Response:
    return httpx.post(f"{url}/personen", json=body, headers=HEADERS if headers is None else headers)


# What the adapter sends


def test_every_request_names_its_fields_and_carries_the_gateway_headers(
        server: tuple[str, BrpServerState], adapter: HttpPersonDirectory) -> None:
    _url, state = server
    adapter.find(ByBsn("999993653"), PURPOSE)
    adapter.find(ByNameAndBirthDate("Moulin", date(1985, 12, 1)), PURPOSE)
    first, second = state.requests
    assert first["body"]["fields"] == list(FIELDS_BY_BSN)
    assert second["body"]["fields"] == list(FIELDS_SEARCH)
    assert second["body"]["inclusiefOverledenPersonen"] is True
    for request in state.requests:
        headers = request["headers"]
        assert headers["x-doelbinding"] == "BRPACT-AlgemeneTaken"
        assert headers["x-verwerking"] == "Algemeen@KCC"
        assert headers["x-gebruiker"] == "medewerker-007"
        assert headers["x-origin-oin"] == OIN
        assert headers["x-api-key"] == state.api_key


def test_gateway_header_values_are_capped_at_242_characters(
        server: tuple[str, BrpServerState], adapter: HttpPersonDirectory) -> None:
    _url, state = server
    purpose = LookupPurpose("B" * 300, "Algemeen@KCC", "mw07")
    assert adapter.find(ByBsn("999993653"), purpose)
    assert state.requests[0]["headers"]["x-doelbinding"] == "B" * 242


def test_request_bodies_of_all_three_queries_are_valid_against_the_spec() -> None:
    from tests.reference_servers.brp_server import schema_errors

    for query in (ByBsn("999993653"), ByNameAndBirthDate("Mou*", date(1985, 12, 1), "van"),
                  ByPostcodeAndNumber("3077AW", 31, "a", "2")):
        body = request_body(query)
        assert schema_errors(body, body["type"]) == []


# The gateway's rules


@pytest.mark.parametrize(("fields", "reason"), [
    (["burgerservicenummer", "naam.bijnaam"], "Parameter bevat een niet bestaande veldnaam."),
    (["burgerservicenummer", "geheimhoudingPersoonsgegevens"],
     "Parameter bevat een niet toegestane veldnaam."),
    (["naam.inOnderzoek"], "Parameter bevat een niet toegestane veldnaam."),
    (["adressering.indicatieVastgesteldVerblijftNietOpAdres"],
     "Parameter bevat een niet toegestane veldnaam."),
])
def test_unknown_or_automatic_fields_are_a_400(server: tuple[str, BrpServerState],
                                                fields: list[str], reason: str) -> None:
    url, _state = server
    answer = post(url, {"type": "RaadpleegMetBurgerservicenummer", "fields": fields,
                        "burgerservicenummer": ["999993653"]})
    assert answer.status_code == 400
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.json()["invalidParams"] == [
        {"name": "fields", "code": "fields", "reason": reason}]


@pytest.mark.parametrize("count", [0, 131])
def test_fields_must_hold_1_to_130_paths(server: tuple[str, BrpServerState], count: int) -> None:
    url, _state = server
    answer = post(url, {"type": "RaadpleegMetBurgerservicenummer",
                        "fields": ["burgerservicenummer"] * count,
                        "burgerservicenummer": ["999993653"]})
    assert answer.status_code == 400
    assert answer.json()["code"] == "paramsValidation"


def test_a_part_of_a_table_value_or_date_brings_the_whole_group(
        server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    answer = post(url, {"type": "RaadpleegMetBurgerservicenummer",
                        "fields": ["geslacht.code", "geboorte.datum.jaar"],
                        "burgerservicenummer": ["999993653"]})
    assert answer.json()["personen"] == [{
        "geslacht": {"code": "V", "omschrijving": "vrouw"},
        "geboorte": {"datum": {"type": "Datum", "datum": "1985-12-01",
                               "langFormaat": "1 december 1985"}}}]


def test_a_search_may_not_ask_for_fields_outside_persoon_beperkt(
        server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    answer = post(url, {"type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                        "fields": ["burgerservicenummer", "overlijden.datum"],
                        "geslachtsnaam": "Moulin", "geboortedatum": "1985-12-01"})
    assert answer.status_code == 400


def test_a_search_without_inclusief_overleden_leaves_the_deceased_out(
        server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    body: dict[str, object] = {"type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                               "fields": ["burgerservicenummer"],
                               "geslachtsnaam": "Saasveld", "geboortedatum": "1998-12-01"}
    assert post(url, body).json()["personen"] == []
    body["inclusiefOverledenPersonen"] = True
    assert post(url, body).json()["personen"] == [{"burgerservicenummer": "999970239",
                                                   "opschortingBijhouding": {
                                                       "reden": {"code": "O",
                                                                 "omschrijving": "overlijden"},
                                                       "datum": {"type": "Datum",
                                                                 "datum": "2020-08-01",
                                                                 "langFormaat":
                                                                     "1 augustus 2020"}}}]


def test_a_body_against_the_spec_is_a_400(server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    answer = post(url, {"type": "RaadpleegMetBurgerservicenummer",
                        "fields": ["burgerservicenummer"], "burgerservicenummer": ["12345"]})
    assert answer.status_code == 400


def test_missing_gateway_headers_are_refused(server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    headers = {k: v for k, v in HEADERS.items() if k != "x-doelbinding"}
    answer = post(url, request_body(ByBsn("999993653")), headers)
    assert answer.status_code == 403


def test_the_spec_patterns_the_test_persons_break_are_reported(
        server: tuple[str, BrpServerState], adapter: HttpPersonDirectory) -> None:
    _url, state = server
    assert adapter.find(ByBsn("999991449"), PURPOSE)[0].name.geslachtsnaam == (
        "<Onbekend> & </Onbemind>")
    assert state.pattern_deviations and all(
        "does not match" in d for d in state.pattern_deviations)


def test_a_municipality_limited_to_its_own_inhabitants_sends_its_code(
        server: tuple[str, BrpServerState]) -> None:
    url, state = server
    for municipality, expected in (("0599", ["999993653"]), ("0518", [])):
        directory = HttpPersonDirectory(BrpGateway(url, ApiKey(state.api_key),
                                                   own_municipality=municipality))
        try:
            assert [p.bsn for p in directory.find(ByBsn("999993653"), PURPOSE)] == expected
        finally:
            directory.close()
    assert state.requests[-1]["body"]["gemeenteVanInschrijving"] == "0518"


# Credentials


def test_a_wrong_api_key_is_rejected_with_a_plain_message(
        server: tuple[str, BrpServerState]) -> None:
    url, _state = server
    directory = HttpPersonDirectory(BrpGateway(url, ApiKey("wrong")))
    with pytest.raises(RegistryRejected) as raised:
        directory.find(ByBsn("999993653"), PURPOSE)
    assert raised.value.message_template == "Loket mag het personenregister (BRP) niet raadplegen."
    assert "401" in raised.value.detail
    directory.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_oauth2_token_is_reused_until_it_expires(server: tuple[str, BrpServerState]) -> None:
    url, state = server
    clock = Clock()
    directory = HttpPersonDirectory(
        BrpGateway(url, OAuth2ClientCredentials(f"{url}/token", state.client_id,
                                                state.client_secret)), clock=clock)
    for _ in range(3):
        assert directory.find(ByBsn("999993653"), PURPOSE)
    assert state.token_requests == 1
    clock.now += state.token_lifetime_s
    assert directory.find(ByBsn("999993653"), PURPOSE)
    assert state.token_requests == 2
    directory.close()


def test_a_revoked_token_is_replaced_once(server: tuple[str, BrpServerState]) -> None:
    url, state = server
    directory = HttpPersonDirectory(
        BrpGateway(url, OAuth2ClientCredentials(f"{url}/token", state.client_id,
                                                state.client_secret)))
    assert directory.find(ByBsn("999993653"), PURPOSE)
    state.tokens.clear()
    assert directory.find(ByBsn("999993653"), PURPOSE)
    assert state.token_requests == 2
    directory.close()


def test_a_wrong_client_secret_is_rejected(server: tuple[str, BrpServerState]) -> None:
    url, state = server
    directory = HttpPersonDirectory(
        BrpGateway(url, OAuth2ClientCredentials(f"{url}/token", state.client_id, "wrong")))
    with pytest.raises(RegistryRejected):
        directory.find(ByBsn("999993653"), PURPOSE)
    directory.close()


# Faults


@pytest.mark.parametrize(("fault", "template"), [
    ("timeout", "Het personenregister (BRP) antwoordt niet op tijd."),
    ("500", "Het personenregister (BRP) heeft een storing."),
    ("503", "Het personenregister (BRP) heeft een storing."),
    ("drop", "Het personenregister (BRP) is niet bereikbaar."),
])
def test_faults_are_unavailable_and_the_next_lookup_works(
        server: tuple[str, BrpServerState], adapter: HttpPersonDirectory,
        fault: str, template: str) -> None:
    _url, state = server
    state.faults.append(fault)
    with pytest.raises(RegistryUnavailable) as raised:
        adapter.find(ByBsn("999993653"), PURPOSE)
    assert raised.value.message_template == template
    assert [p.bsn for p in adapter.find(ByBsn("999993653"), PURPOSE)] == ["999993653"]


def test_no_query_data_reaches_the_error_detail(server: tuple[str, BrpServerState],
                                                adapter: HttpPersonDirectory) -> None:
    _url, state = server
    state.faults.append("500")
    with pytest.raises(RegistryUnavailable) as raised:
        adapter.find(ByBsn("999993653"), PURPOSE)
    assert "999993653" not in raised.value.detail


def test_concurrent_lookups_through_one_adapter_each_get_their_own_answer(
        server: tuple[str, BrpServerState], adapter: HttpPersonDirectory) -> None:
    """As CustomerService runs them (in parallel threads), against a gateway 50 ms away."""
    from concurrent.futures import ThreadPoolExecutor

    _url, state = server
    state.latency_s = 0.05
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda bsn: adapter.find(ByBsn(bsn), PURPOSE),
                              ["999993653", "000009830", "999970239", "999990305"]))
    assert [persons[0].bsn for persons in found] == [
        "999993653", "000009830", "999970239", "999990305"]
    assert len(state.requests) == 4


def test_dates_are_checked_against_their_own_subtype() -> None:
    from tests.reference_servers.brp_server import schema_errors
    from workstation.sync.brp_testdata import datum

    for raw in ("19851201", "19950200", "19950000", "00000000"):
        answer = {"type": "RaadpleegMetBurgerservicenummer",
                  "personen": [{"geboorte": {"datum": datum(raw)}}]}
        assert schema_errors(answer, "RaadpleegMetBurgerservicenummerResponse") == []
    wrong = {"type": "RaadpleegMetBurgerservicenummer",
             "personen": [{"geboorte": {"datum": {"type": "JaarDatum", "langFormaat": "1995"}}}]}
    assert schema_errors(wrong, "RaadpleegMetBurgerservicenummerResponse")


@pytest.mark.parametrize(("kind", "fields"), [
    ("RaadpleegMetBurgerservicenummer", FIELDS_BY_BSN),
    ("ZoekMetPostcodeEnHuisnummer", FIELDS_SEARCH),
])
def test_every_test_person_maps_to_a_valid_answer(kind: str, fields: tuple[str, ...]) -> None:
    """All 1,176 RvIG persons, as both answer shapes (the name patterns aside, see ADR 0018)."""
    from tests.reference_servers.brp_server import schema_errors
    from workstation.sync.brp_testdata import mock_records, select_fields, to_persoon

    for record in mock_records():
        answer = {"type": kind, "personen": [select_fields(to_persoon(record), fields)]}
        assert schema_errors(answer, f"{kind}Response", patterns=False) == [], record[
            "burgerservicenummer"]

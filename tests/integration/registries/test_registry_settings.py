"""[zaken] and [klantinteracties] settings build the HTTP adapters, secrets from the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.contracts.case_registry_contract import BSN, new_zaak
from tests.contracts.contact_registry_contract import contact
from tests.reference_servers import openklant_server, openzaak_server
from tests.reference_servers.openklant_server import OpenKlantServer
from tests.reference_servers.openzaak_server import OpenZaakServer
from tests.unit.config.test_settings import MemoryKeyring
from workstation.registries import (
    KLANTINTERACTIES_TOKEN,
    ZAKEN_SECRET,
    RegistryNotConfigured,
    case_registry,
    contact_registry,
)
from workstation.settings import NoKeyringError, SettingsError, load_settings


@pytest.fixture
def secrets() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "loket.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_urls_means_the_embedded_registry(tmp_path: Path) -> None:
    settings = load_settings(settings_file(tmp_path, ""), environ={})

    assert case_registry(settings) is None
    assert contact_registry(settings) is None


def test_configured_registries_are_reached_with_the_keyring_secrets(
        tmp_path: Path, secrets: MemoryKeyring, openzaak: OpenZaakServer,
        openklant: OpenKlantServer) -> None:
    secrets.set_password("loket", ZAKEN_SECRET, openzaak_server.SECRET)
    secrets.set_password("loket", KLANTINTERACTIES_TOKEN, openklant_server.TOKEN)
    settings = load_settings(settings_file(tmp_path, f"""
[workstation]
staff = "mdw-0042"
[zaken]
url = "{openzaak.zaken_root}"
catalogi_url = "{openzaak.catalogi_root}"
client_id = "{openzaak_server.CLIENT_ID}"
bronorganisatie = "002220647"
zaaktype = "{openzaak.zaaktype_url}"
timeout_s = 5
[klantinteracties]
url = "{openklant.root_url}"
"""), environ={})

    cases, contacts = case_registry(settings), contact_registry(settings)
    assert cases is not None and contacts is not None
    cases.create_zaak(new_zaak(settings.zaken.zaaktype, 1))
    contacts.record_contact(contact(1))

    assert len(cases.zaken_for(BSN)) == 1
    assert len(contacts.history_for(BSN)) == 1
    cases.close()
    contacts.close()


def test_a_missing_secret_says_where_it_belongs(tmp_path: Path, secrets: MemoryKeyring) -> None:
    settings = load_settings(settings_file(tmp_path, """
[klantinteracties]
url = "https://openklant.example.nl/klantinteracties/api/v1"
"""), environ={})

    with pytest.raises(NoKeyringError):
        contact_registry(settings)


def test_a_half_configured_case_registry_names_what_is_missing(tmp_path: Path) -> None:
    settings = load_settings(settings_file(tmp_path, """
[zaken]
url = "https://openzaak.example.nl/zaken/api/v1"
client_id = "loket"
"""), environ={})

    with pytest.raises(RegistryNotConfigured) as caught:
        case_registry(settings)

    assert "catalogi_url, bronorganisatie, zaaktype" in caught.value.message


def test_a_bronorganisatie_is_an_rsin(tmp_path: Path) -> None:
    with pytest.raises(SettingsError):
        load_settings(settings_file(tmp_path, '[zaken]\nbronorganisatie = "12345"\n'),
                      environ={})

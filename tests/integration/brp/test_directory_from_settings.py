"""Which person directory the settings give: the gateway (secrets from the keyring), the
RvIG test persons in the demo, or none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.unit.config.test_settings import MemoryKeyring
from workstation.kcc import person_directory
from workstation.settings import load_settings
from workstation.sync.brp_client import HttpPersonDirectory
from workstation.sync.embedded_brp import EmbeddedPersonDirectory


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_demo_without_a_gateway_uses_the_rvig_test_persons() -> None:
    assert isinstance(person_directory(load_settings(None, {"LOKET_DEMO": "true"})),
                      EmbeddedPersonDirectory)


def test_outside_the_demo_without_a_gateway_there_is_no_directory() -> None:
    assert person_directory(load_settings(None, {})) is None


def test_a_configured_gateway_takes_its_key_from_the_keyring(
        memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("loket", "brp_api_key", "geheim")
    directory = person_directory(load_settings(None, {"LOKET_BRP__URL": "https://brp.test"}))
    assert isinstance(directory, HttpPersonDirectory)
    directory.close()


def test_a_configured_gateway_without_its_secret_says_how_to_store_it(
        memory_keyring: MemoryKeyring) -> None:
    from workstation.domain.errors import UserFacingError

    with pytest.raises(UserFacingError) as raised:
        person_directory(load_settings(None, {"LOKET_BRP__URL": "https://brp.test",
                                              "LOKET_BRP__AUTH": "oauth2"}))
    assert "brp_client_secret" in raised.value.screen_text


def test_closing_the_kcc_closes_the_gateway_connections(
        memory_keyring: MemoryKeyring) -> None:
    from workstation.kcc import open_kcc

    memory_keyring.set_password("loket", "brp_api_key", "geheim")
    kcc = open_kcc(load_settings(None, {"LOKET_BRP__URL": "https://brp.test",
                                        "LOKET_DEMO": "true"}))
    directory = kcc.directory
    assert isinstance(directory, HttpPersonDirectory)
    kcc.close()
    assert directory.closed

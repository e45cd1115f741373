"""The PersonDirectory contract, run against the embedded RvIG test persons and against the
HTTP adapter talking to the reference BRP gateway (API key and OAuth2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.contracts.person_directory_contract import PersonDirectoryContract
from tests.reference_servers.brp_server import BrpServerState, running_brp_server
from workstation.services.registry_ports import PersonDirectory
from workstation.sync.brp_client import (
    ApiKey,
    BrpGateway,
    HttpPersonDirectory,
    OAuth2ClientCredentials,
)
from workstation.sync.embedded_brp import EmbeddedPersonDirectory


class TestEmbeddedPersonDirectory(PersonDirectoryContract):
    TEST_DATA = True

    @pytest.fixture
    def directory(self) -> PersonDirectory:
        return EmbeddedPersonDirectory()


@pytest.fixture(scope="module")
def brp_server() -> Iterator[tuple[str, BrpServerState]]:
    with running_brp_server() as server:
        yield server


class TestHttpPersonDirectoryWithApiKey(PersonDirectoryContract):
    TEST_DATA = False

    @pytest.fixture
    def directory(self, brp_server: tuple[str, BrpServerState]) -> Iterator[PersonDirectory]:
        url, state = brp_server
        adapter = HttpPersonDirectory(BrpGateway(url, ApiKey(state.api_key),
                                                 origin_oin="00000001001234567000"))
        yield adapter
        adapter.close()


class TestHttpPersonDirectoryWithOAuth2(PersonDirectoryContract):
    TEST_DATA = False

    @pytest.fixture
    def directory(self, brp_server: tuple[str, BrpServerState]) -> Iterator[PersonDirectory]:
        url, state = brp_server
        adapter = HttpPersonDirectory(BrpGateway(url, OAuth2ClientCredentials(
            f"{url}/token", state.client_id, state.client_secret)))
        yield adapter
        adapter.close()

"""Reference Open Zaak / Open Klant servers on localhost and the HTTP adapters pointed at them.

Each server fixture fails the test when the server saw a request or gave a response that the
vendored spec does not allow.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reference_servers import openklant_server, openzaak_server
from tests.reference_servers.openklant_server import OpenKlantServer
from tests.reference_servers.openzaak_server import OpenZaakServer
from workstation.sync.klantinteracties_client import KlantinteractiesClient
from workstation.sync.zaken_client import ZakenClient


@pytest.fixture
def openzaak() -> Iterator[OpenZaakServer]:
    server = OpenZaakServer().start()
    yield server
    server.stop()
    assert server.spec_violations == []


@pytest.fixture
def openklant() -> Iterator[OpenKlantServer]:
    server = OpenKlantServer().start()
    yield server
    server.stop()
    assert server.spec_violations == []


def zaken_client(server: OpenZaakServer, **options: object) -> ZakenClient:
    settings: dict[str, object] = {
        "zaken_url": server.zaken_root, "catalogi_url": server.catalogi_root,
        "client_id": openzaak_server.CLIENT_ID, "secret": openzaak_server.SECRET,
        "user_id": "mdw-0042", "user_representation": "KCC medewerker 42", **options}
    return ZakenClient(**settings)  # type: ignore[arg-type]


def klant_client(server: OpenKlantServer, **options: object) -> KlantinteractiesClient:
    return KlantinteractiesClient(url=server.root_url, token=openklant_server.TOKEN,
                                  **options)  # type: ignore[arg-type]


@pytest.fixture
def case_registry(openzaak: OpenZaakServer) -> Iterator[ZakenClient]:
    client = zaken_client(openzaak, page_size=10)
    yield client
    client.close()


@pytest.fixture
def contact_registry(openklant: OpenKlantServer) -> Iterator[KlantinteractiesClient]:
    client = klant_client(openklant, page_size=10)
    yield client
    client.close()

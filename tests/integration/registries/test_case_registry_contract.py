"""The CaseRegistry contract, run through the HTTP adapter against the reference Open Zaak."""

from __future__ import annotations

import pytest

from tests.contracts.case_registry_contract import CaseRegistryContract
from tests.reference_servers.openzaak_server import OpenZaakServer


@pytest.fixture
def zaaktype(openzaak: OpenZaakServer) -> str:
    return openzaak.zaaktype_url


@pytest.fixture
def zaaktype_omschrijving() -> str:
    return "Vraag KCC"


class TestZakenClientAgainstReferenceOpenZaak(CaseRegistryContract):
    pass

"""The embedded registry passes the same contract classes as the HTTP adapters."""

from __future__ import annotations

import pytest

from tests.contracts.case_registry_contract import CaseRegistryContract
from tests.contracts.contact_registry_contract import ContactRegistryContract
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore

ZAAKTYPE = "PASPOORT"
ZAAKTYPE_OMSCHRIJVING = "Paspoort aanvragen"


@pytest.fixture
def embedded(store: WorkstationStore) -> EmbeddedRegistry:
    registry = EmbeddedRegistry(store.database)
    registry.define_zaaktype(ZAAKTYPE, ZAAKTYPE_OMSCHRIJVING, ("Ontvangen", "Afgehandeld"))
    return registry


class TestEmbeddedCaseRegistry(CaseRegistryContract):
    @pytest.fixture
    def case_registry(self, embedded: EmbeddedRegistry) -> EmbeddedRegistry:
        return embedded

    @pytest.fixture
    def zaaktype(self) -> str:
        return ZAAKTYPE

    @pytest.fixture
    def zaaktype_omschrijving(self) -> str:
        return ZAAKTYPE_OMSCHRIJVING


class TestEmbeddedContactRegistry(ContactRegistryContract):
    @pytest.fixture
    def contact_registry(self, embedded: EmbeddedRegistry) -> EmbeddedRegistry:
        return embedded

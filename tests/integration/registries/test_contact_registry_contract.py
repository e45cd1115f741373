"""The ContactRegistry contract, through the HTTP adapter against the reference Open Klant."""

from __future__ import annotations

from tests.contracts.contact_registry_contract import ContactRegistryContract


class TestKlantinteractiesClientAgainstReferenceOpenKlant(ContactRegistryContract):
    pass

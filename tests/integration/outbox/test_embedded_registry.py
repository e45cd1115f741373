"""The embedded registry keeps the ports' promises on the workstation store."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from tests.integration.outbox.samples import AT, BSN, OTHER_BSN, callback, contact, zaak
from workstation.domain.registry_errors import RegistryRejected
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.outbox_store import WorkstationStore


@pytest.fixture
def registry(store: WorkstationStore) -> EmbeddedRegistry:
    registry = EmbeddedRegistry(store.database)
    registry.define_zaaktype("PASPOORT", "Paspoort aanvragen", ("Ontvangen", "Afgehandeld"))
    return registry


def test_create_zaak_is_idempotent_by_identificatie(registry: EmbeddedRegistry) -> None:
    first = dataclasses.replace(zaak(), identificatie="LOK-07-00000001")
    again = dataclasses.replace(first, omschrijving="another body, same key")
    assert registry.create_zaak(first) == registry.create_zaak(again)
    [found] = registry.zaken_for(BSN)
    assert found.omschrijving == "Paspoort aanvragen" and found.status_omschrijving == "Ontvangen"


def test_zaken_newest_first_and_only_the_persons(registry: EmbeddedRegistry) -> None:
    for n, day in enumerate((date(2026, 1, 5), date(2026, 3, 1), date(2025, 12, 1)), 1):
        registry.create_zaak(dataclasses.replace(zaak(), identificatie=f"LOK-07-0000000{n}",
                                                 startdatum=day))
    registry.create_zaak(dataclasses.replace(zaak(OTHER_BSN), identificatie="LOK-07-00000009"))
    assert [z.startdatum for z in registry.zaken_for(BSN)] == [
        date(2026, 3, 1), date(2026, 1, 5), date(2025, 12, 1)]


def test_contacts_are_idempotent_and_come_back_newest_first_with_callbacks(
        registry: EmbeddedRegistry) -> None:
    older = dataclasses.replace(contact(), referentienummer="0700000001")
    newer = dataclasses.replace(contact(onderwerp="WOZ"), referentienummer="0700000002",
                                plaatsgevonden_op=AT + timedelta(hours=1),
                                metadata={"afdeling": "Belastingen"})
    for item in (older, newer, older):
        registry.record_contact(item)
    registry.request_callback(dataclasses.replace(
        callback(), referentienummer="0700000003", klantcontact_referentienummer="0700000002"))
    history = registry.history_for(BSN)
    assert [c.referentienummer for c in history] == ["0700000002", "0700000001"]
    assert history[0].metadata == {"afdeling": "Belastingen"}
    [request] = history[0].callbacks
    assert (request.referentienummer, request.status, request.toegewezen_aan) == (
        "0700000003", "te_verwerken", ("Burgerzaken",))
    assert registry.history_for(OTHER_BSN) == ()


def test_a_callback_for_an_unknown_contact_or_a_bad_key_is_rejected(
        registry: EmbeddedRegistry) -> None:
    with pytest.raises(RegistryRejected):
        registry.request_callback(dataclasses.replace(
            callback(), referentienummer="0700000003",
            klantcontact_referentienummer="0700000099"))
    with pytest.raises(RegistryRejected):
        registry.record_contact(dataclasses.replace(contact(), referentienummer="A1"))

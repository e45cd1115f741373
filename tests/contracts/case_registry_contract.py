"""What every CaseRegistry must do, whoever stores the zaken (issue 10: one contract test class
per port, run against the reference Open Zaak server through the HTTP adapter and against the
embedded registry).

Imported, not collected: a test module subclasses ``CaseRegistryContract`` and provides the
fixtures ``case_registry`` (the adapter under test, on an empty registry) and ``zaaktype`` (what
``NewZaak.zaaktype`` must hold for that registry: a zaaktype URL or the embedded identificatie)
and ``zaaktype_omschrijving`` (that zaaktype's omschrijving, as ``ZaakSummary`` shows it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from workstation.domain.cases import NewZaak
from workstation.services.registry_ports import CaseRegistry, RegistryRejected

BSN = "999993653"  # Suzanne Moulin, RvIG test person
OTHER_BSN = "999990639"  # the "no data" test person
RSIN = "002220647"


def new_zaak(zaaktype: str, number: int, *, bsn: str | None = BSN,
             status: str = "Ontvangen", day: int = 1) -> NewZaak:
    return NewZaak(
        identificatie=f"LOKET-01-{number:07d}",
        bronorganisatie=RSIN,
        zaaktype=zaaktype,
        omschrijving=f"Aanvraag {number}",
        startdatum=date(2026, 11, day),
        initiator_bsn=bsn,
        status_omschrijving=status,
        status_gezet_op=datetime(2026, 11, day, 9, 30, tzinfo=UTC) + timedelta(minutes=number),
        toelichting="Aan de balie",
    )


class CaseRegistryContract:
    """Subclass with fixtures ``case_registry``, ``zaaktype`` and ``zaaktype_omschrijving``."""

    def test_a_person_without_zaken_has_an_empty_list(
            self, case_registry: CaseRegistry) -> None:
        assert case_registry.zaken_for(OTHER_BSN) == ()

    def test_a_created_zaak_shows_with_its_zaaktype_and_status(
            self, case_registry: CaseRegistry, zaaktype: str, zaaktype_omschrijving: str) -> None:
        zaak = new_zaak(zaaktype, 1)
        ref = case_registry.create_zaak(zaak)

        assert ref.identificatie == zaak.identificatie
        assert ref.url
        [summary] = case_registry.zaken_for(BSN)
        assert summary.url == ref.url
        assert summary.identificatie == zaak.identificatie
        assert summary.bronorganisatie == RSIN
        assert summary.omschrijving == "Aanvraag 1"
        assert summary.zaaktype_omschrijving == zaaktype_omschrijving
        assert summary.startdatum == zaak.startdatum
        assert summary.status_omschrijving == "Ontvangen"
        assert summary.status_gezet_op == zaak.status_gezet_op

    def test_creating_the_same_zaak_again_adopts_the_first(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        first = case_registry.create_zaak(new_zaak(zaaktype, 2))
        again = case_registry.create_zaak(new_zaak(zaaktype, 2))

        assert again == first
        assert [z.identificatie for z in case_registry.zaken_for(BSN)] == ["LOKET-01-0000002"]

    def test_zaken_are_listed_newest_first_and_only_for_their_initiator(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        case_registry.create_zaak(new_zaak(zaaktype, 3, day=2))
        case_registry.create_zaak(new_zaak(zaaktype, 4, day=5))
        case_registry.create_zaak(new_zaak(zaaktype, 5, day=3))
        case_registry.create_zaak(new_zaak(zaaktype, 6, bsn=None))
        case_registry.create_zaak(new_zaak(zaaktype, 7, bsn="999991723"))

        listed = [z.identificatie for z in case_registry.zaken_for(BSN)]
        assert listed == ["LOKET-01-0000004", "LOKET-01-0000005", "LOKET-01-0000003"]
        assert case_registry.zaken_for(OTHER_BSN) == ()

    def test_a_closed_zaak_shows_its_final_status(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        case_registry.create_zaak(new_zaak(zaaktype, 8, status="Afgehandeld"))

        [summary] = case_registry.zaken_for(BSN)
        assert summary.status_omschrijving == "Afgehandeld"

    def test_more_zaken_than_one_page_are_all_listed(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        for number in range(10, 10 + 25):
            case_registry.create_zaak(new_zaak(zaaktype, number))

        assert len(case_registry.zaken_for(BSN)) == 25

    def test_a_bronorganisatie_failing_the_11_proef_is_rejected(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        zaak = new_zaak(zaaktype, 9)
        bad = NewZaak(**{**_fields(zaak), "bronorganisatie": "123456789"})

        with pytest.raises(RegistryRejected):
            case_registry.create_zaak(bad)
        assert case_registry.zaken_for(BSN) == ()

    def test_an_unknown_status_is_rejected_and_leaves_no_zaak(
            self, case_registry: CaseRegistry, zaaktype: str) -> None:
        with pytest.raises(RegistryRejected):
            case_registry.create_zaak(new_zaak(zaaktype, 40, status="Bestaat niet"))
        assert case_registry.zaken_for(BSN) == ()


def _fields(zaak: NewZaak) -> dict[str, object]:
    return {name: getattr(zaak, name) for name in NewZaak.__dataclass_fields__}

from __future__ import annotations

from datetime import date

from workstation.domain.order import IdentityCheck
from workstation.domain.order_identity import identity_check
from workstation.domain.person import Person, PersonName

BORN = date(1984, 3, 9)
DE_BRUIJN = Person("999993653", PersonName("Willeke Liselotte", "Bruijn", "de"), BORN)
MULLER = Person("999990019", PersonName("Jürgen", "Müller"), BORN)


def test_the_mrz_surname_with_or_without_voorvoegsel_matches() -> None:
    assert identity_check("DE BRUIJN", BORN, DE_BRUIJN) is IdentityCheck.MATCHED
    assert identity_check("DE<BRUIJN", BORN, DE_BRUIJN) is IdentityCheck.MATCHED
    assert identity_check("BRUIJN", BORN, DE_BRUIJN) is IdentityCheck.MATCHED
    assert identity_check("DE BRUIJN", BORN, DE_BRUIJN, bsn="999993653") is (
        IdentityCheck.MATCHED)


def test_both_icao_transliterations_match() -> None:
    assert identity_check("MUELLER", BORN, MULLER) is IdentityCheck.MATCHED
    assert identity_check("MULLER", BORN, MULLER) is IdentityCheck.MATCHED


def test_another_name_birth_date_or_bsn_is_a_mismatch() -> None:
    assert identity_check("DE BRUIN", BORN, DE_BRUIJN) is IdentityCheck.MISMATCH
    assert identity_check("DE BRUIJN", date(1984, 3, 10), DE_BRUIJN) is IdentityCheck.MISMATCH
    assert identity_check("DE BRUIJN", BORN, DE_BRUIJN, bsn="111222333") is (
        IdentityCheck.MISMATCH)


def test_an_unknown_birth_date_leaves_the_comparison_to_the_worker() -> None:
    assert identity_check("DE BRUIJN", None, DE_BRUIJN) is IdentityCheck.DOCUMENT_READ
    unknown = Person("999993653", DE_BRUIJN.name, None)
    assert identity_check("DE BRUIJN", BORN, unknown) is IdentityCheck.DOCUMENT_READ

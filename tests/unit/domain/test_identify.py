"""From an MRZ, a BSN QR code or typed input to one BRP query, validated as KISS does."""

from __future__ import annotations

from datetime import date

import pytest

from workstation.devices.idreader.mrz import check_digit, parse_mrz
from workstation.domain.desk import DeskInputError
from workstation.domain.identify import (
    DocumentIdentity,
    bsn_from_qr,
    document_query,
    parse_birth_date,
    split_voorvoegsel,
    typed_address,
    typed_bsn,
    typed_name,
)
from workstation.domain.person import ByBsn, ByNameAndBirthDate, ByPostcodeAndNumber

TODAY = date(2026, 11, 30)


def identity_of(lines: list[str]) -> DocumentIdentity:
    document = parse_mrz(lines, today=TODAY)
    return DocumentIdentity(document.issuing_state, document.surname, document.birth_date,
                            document.bsn)


def test_an_old_dutch_passport_is_looked_up_by_its_bsn() -> None:
    # ICAO 9303 style specimen with the BSN 999993653 in the personal number field.
    personal = "999993653<<<<<"
    line2 = "SPECI2014" + check_digit("SPECI2014") + "NLD" + "851201" + check_digit("851201")
    line2 += "F" + "310101" + check_digit("310101") + personal + check_digit(personal)
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    line2 += check_digit(composite)
    passport = ["P<NLDMOULIN<<SUZANNE".ljust(44, "<"), line2]

    assert document_query(identity_of(passport)) == ByBsn("999993653")


def test_a_document_without_bsn_is_looked_up_by_surname_and_birth_date() -> None:
    identity = DocumentIdentity("NLD", "DE JAGER", date(2009, 3, 14))
    assert document_query(identity) == ByNameAndBirthDate("JAGER*", date(2009, 3, 14), "de")
    foreign = DocumentIdentity("BEL", "MOULIN", date(1985, 12, 1), bsn=None)
    assert document_query(foreign) == ByNameAndBirthDate("MOULIN*", date(1985, 12, 1))


def test_a_document_without_a_full_birth_date_cannot_be_looked_up() -> None:
    with pytest.raises(DeskInputError) as refused:
        document_query(DocumentIdentity("NLD", "MOULIN", None))
    assert refused.value.field == "document"


@pytest.mark.parametrize("payload", [
    "999993653", "BSN: 999993653", "999 993 653", "bsn=999.993.653\n",
])
def test_the_bsn_qr_code_gives_its_bsn(payload: str) -> None:
    assert bsn_from_qr(payload) == "999993653"


@pytest.mark.parametrize("payload", [
    "", "999993654", "https://example.nl/", "999993653 999990639", "99999365",
])
def test_a_qr_code_without_exactly_one_valid_bsn_is_refused(payload: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        bsn_from_qr(payload)
    assert refused.value.field == "qr"
    assert payload not in refused.value.detail or not payload


def test_a_typed_bsn_is_nine_digits_passing_the_11_proef() -> None:
    assert typed_bsn(" 999 99 3653 ") == ByBsn("999993653")
    with pytest.raises(DeskInputError) as short:
        typed_bsn("99999365")
    assert short.value.message == "Een BSN heeft negen cijfers."
    with pytest.raises(DeskInputError) as wrong:
        typed_bsn("999993654")
    assert wrong.value.message == "Dit is geen geldig BSN."


def test_postcode_and_huisnummer_as_kiss_validates_them() -> None:
    assert typed_address("3077 aw", "31") == ByPostcodeAndNumber("3077AW", 31)
    assert typed_address("3077AW", "31", "a", "bis") == ByPostcodeAndNumber(
        "3077AW", 31, "A", "bis")


@pytest.mark.parametrize(("arguments", "field"), [
    (("0123AB", "1"), "postcode"), (("3077A", "1"), "postcode"),
    (("3077AW", "0"), "huisnummer"), (("3077AW", "123456"), "huisnummer"),
    (("3077AW", "31a"), "huisnummer"), (("3077AW", "31", "ab"), "huisletter"),
    (("3077AW", "31", "", "12345"), "toevoeging"),
])
def test_a_bad_address_names_its_field(arguments: tuple[str, ...], field: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        typed_address(*arguments)
    assert refused.value.field == field


@pytest.mark.parametrize(("text", "expected"), [
    ("01121985", date(1985, 12, 1)), ("1-12-1985", date(1985, 12, 1)),
    ("1/2/1985", date(1985, 2, 1)), (" 29-02-2024 ", date(2024, 2, 29)),
])
def test_birth_dates_as_kiss_accepts_them(text: str, expected: date) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize("text", ["1985-12-01", "1121985", "31-02-1985", "29-02-2023", ""])
def test_other_birth_dates_are_refused(text: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        parse_birth_date(text)
    assert refused.value.field == "geboortedatum"


def test_a_typed_name_gets_the_wildcard_and_its_voorvoegsel_split_off() -> None:
    assert typed_name("Moulin", "01-12-1985") == ByNameAndBirthDate(
        "Moulin*", date(1985, 12, 1))
    assert typed_name("van der  Berg", "01121985") == ByNameAndBirthDate(
        "Berg*", date(1985, 12, 1), "van der")
    assert typed_name("Mou*", "01121985").surname == "Mou*"


@pytest.mark.parametrize("surname", ["Mo", "Moulin2$", "van Be"])
def test_a_surname_kiss_would_refuse_is_refused(surname: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        typed_name(surname, "01121985")
    assert refused.value.field == "achternaam"


@pytest.mark.parametrize(("surname", "parts"), [
    ("de Vries", ("de", "Vries")), ("Van den Berg", ("van den", "Berg")),
    ("in 't Veld", ("in 't", "Veld")), ("d'Ancona", ("d'", "Ancona")),
    ("Vandenberg", ("", "Vandenberg")), ("de", ("", "de")),
])
def test_voorvoegsels_are_split_as_the_brp_keeps_them(surname: str,
                                                      parts: tuple[str, str]) -> None:
    assert split_voorvoegsel(surname) == parts

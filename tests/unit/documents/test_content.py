"""The signed text: what a document states, readable line by line, and read back exactly."""

from __future__ import annotations

import pytest

from tests.documents_helpers import gezag_of_a_parent, request
from workstation.documents.content import (
    ContentError,
    Fact,
    Heading,
    SignedContent,
    content_for,
    parse,
)
from workstation.domain.gezag import GezagPerson, GezagRelation, GezagSoort
from workstation.domain.person import PersonName
from workstation.domain.product_document import DocumentKind

NUMBER = "0748-20261130-K7Q2M9XD"
KEY_ID = "ab0556892766b820"


def _signed(content_request=None, specimen: bool = True) -> SignedContent:
    content = content_for(content_request or request(), NUMBER, specimen)
    return SignedContent(content, KEY_ID, bytes(range(64)))


def test_the_text_says_what_the_document_says_line_by_line() -> None:
    lines = _signed().text().split("\n")

    assert lines[:6] == ["Uittreksel Basisregistratie Personen", "Gemeente Bergen op Zoom",
                         f"Documentnummer: {NUMBER}", "Datum van afgifte: 30 november 2026",
                         "== Persoonsgegevens ==", "Burgerservicenummer: 999993653"]
    assert "Voornamen: Łucja Suzanne" in lines
    assert "Adres: Grote Markt 1" in lines
    assert "  4611 NT BERGEN OP ZOOM" in lines  # the second address line continues the first
    assert "Gemeente van inschrijving: Gemeente Bergen op Zoom (0748)" in lines
    assert lines[-3] == "SPECIMEN: testgegevens, geen geldig document"
    assert lines[-2] == f"Controle: loket/1 nl uittreksel-brp 0748 {KEY_ID}"
    assert lines[-1].startswith("Handtekening: ") and len(lines[-1]) == len("Handtekening: ") + 86


def test_the_signature_covers_every_line_but_its_own() -> None:
    signed = _signed()
    assert signed.text() == f"{signed.signed_text}\n{signed.text().split(chr(10))[-1]}"
    assert signed.signed_text.endswith(KEY_ID)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_parsing_gives_back_exactly_what_was_signed(language: str, kind: DocumentKind) -> None:
    signed = _signed(request(kind, language=language, gezag=gezag_of_a_parent(2)))
    assert parse(signed.text()) == signed


def test_a_real_document_is_no_specimen() -> None:
    signed = _signed(request(test_data=False), specimen=False)
    assert "SPECIMEN" not in signed.text()
    assert parse(signed.text()).content.specimen is False


def test_english_documents_translate_the_labels_and_known_values() -> None:
    text = _signed(request(language="en")).text()
    assert text.startswith("Extract from the Personal Records Database (BRP)\n")
    assert "Date of issue: 30 November 2026" in text
    assert "Sex: female" in text
    assert "SPECIMEN: test data, not a valid document" in text
    assert "\nCheck: loket/1 en uittreksel-brp 0748 " in text


def test_a_line_break_in_a_registry_value_cannot_forge_a_line() -> None:
    forged = request(name=PersonName("Jan\nBurgerservicenummer: 123456782", "Jansen"))
    lines = _signed(forged).text().split("\n")
    assert "Voornamen: Jan Burgerservicenummer: 123456782" in lines
    assert sum(line.startswith("Burgerservicenummer:") for line in lines) == 1


def test_gezag_lists_each_minor_with_the_kind_and_who_holds_it() -> None:
    relations = (
        GezagRelation(GezagSoort.EENHOOFDIG_OUDERLIJK, GezagPerson("999970021", "Maya Maasland"),
                      (GezagPerson("999999126", "Manon Maasland"),)),
        GezagRelation(GezagSoort.VOOGDIJ, GezagPerson("999970112"), ()),
    )
    content = content_for(request(DocumentKind.UITTREKSEL_BRP_GEZAG, gezag=relations), NUMBER,
                          True)
    gezag = content.entries[content.entries.index(Heading("Gezag")) + 1:]

    assert gezag == (Fact("Minderjarige", "Maya Maasland (BSN 999970021)"),
                     Fact("Soort gezag", "Eenhoofdig ouderlijk gezag"),
                     Fact("Gezag bij", "Manon Maasland (BSN 999999126)"),
                     Fact("Minderjarige", "BSN 999970112"),
                     Fact("Soort gezag", "Voogdij"))


def test_unknown_thirds_explanations_and_investigations_are_printed() -> None:
    relations = (
        GezagRelation(GezagSoort.GEZAMENLIJK, GezagPerson("999970161", "Peet van Paassen"),
                      (GezagPerson("999970124", "Petronella van Paassen"), GezagPerson())),
        GezagRelation(GezagSoort.NIET_TE_BEPALEN, GezagPerson("999970021"), (),
                      "de ouders zijn niet bekend", in_onderzoek=True),
    )
    content = content_for(request(DocumentKind.UITTREKSEL_BRP_GEZAG, language="en",
                                  gezag=relations), NUMBER, True)
    gezag = content.entries[content.entries.index(Heading("Parental authority")) + 1:]

    assert gezag == (Fact("Minor", "Peet van Paassen (BSN 999970161)"),
                     Fact("Type of authority", "Joint authority of a parent and a third party"),
                     Fact("Held by", "Petronella van Paassen (BSN 999970124)"),
                     Fact("", "unknown third party"),
                     Fact("Minor", "BSN 999970021"),
                     Fact("Type of authority", "Authority cannot be determined"),
                     Fact("Explanation", "de ouders zijn niet bekend"),
                     Fact("Under investigation", "yes"))


def test_a_person_without_gezag_relations_says_so() -> None:
    content = content_for(request(DocumentKind.UITTREKSEL_BRP_GEZAG), NUMBER, True)
    assert content.entries[-1] == Fact("Gezag", "geen gezagsrelaties geregistreerd")


def test_the_plain_extract_has_no_gezag_section() -> None:
    content = content_for(request(gezag=gezag_of_a_parent(1)), NUMBER, True)
    assert Heading("Gezag") not in content.entries


@pytest.mark.parametrize("damage", [
    lambda text: text.rsplit("\n", 1)[0],  # no signature line
    lambda text: text.replace("loket/1", "loket/9"),
    lambda text: text.replace("uittreksel-brp", "paspoort"),
    lambda text: text.replace("Documentnummer: ", "Nummer: "),
    lambda text: text.replace("Geslacht: vrouw", "Geslacht vrouw"),
    lambda text: "\n".join(text.split("\n")[-2:]),
])
def test_text_in_another_format_is_refused(damage) -> None:
    with pytest.raises(ContentError):
        parse(damage(_signed().text()))


def test_the_qr_text_is_the_whole_text_when_it_fits() -> None:
    signed = _signed()
    assert signed.qr_text(1250) == signed.text()


def test_a_text_too_long_for_a_qr_code_keeps_the_first_facts_and_the_signature() -> None:
    signed = _signed(request(DocumentKind.UITTREKSEL_BRP_GEZAG, gezag=gezag_of_a_parent(6)))
    whole = signed.text().split("\n")
    shortened = signed.qr_text(1250).split("\n")

    assert len(signed.text().encode()) > 1250 >= len("\n".join(shortened).encode())
    kept = len(shortened) - 3
    assert shortened[:kept] == whole[:kept]
    assert shortened[kept] == f"... en nog {len(whole) - 2 - kept} regels: zie het document"
    assert shortened[-2:] == whole[-2:]

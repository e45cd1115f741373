"""Whatever a reader sends, the codec answers with a document or an MrzError — nothing else."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.unit.devices.idreader.mrz_factory import (
    RVIG_TEST_PERSONS,
    TestPerson,
    dutch_bsn_field,
    td1,
    td3,
)
from tests.unit.devices.idreader.test_mrz import (
    ICAO_TD1,
    ICAO_TD1_LONG_NUMBER,
    ICAO_TD2,
    ICAO_TD3,
    NL_ID_CARD_2014_SPECIMEN,
    NL_PASSPORT_SPECIMEN,
)
from workstation.devices.idreader.mrz import MrzDocument, MrzError, parse_mrz

VALID_MRZS = [
    ICAO_TD1,
    ICAO_TD1_LONG_NUMBER,
    ICAO_TD2,
    ICAO_TD3,
    NL_ID_CARD_2014_SPECIMEN,
    NL_PASSPORT_SPECIMEN,
]
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
NOISE_CHARS = MRZ_CHARS + "abcoO0 \r\n\t\x00\x02\x03\xff«é€"
TODAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def parse_or_error(text: str | tuple[str, ...], today: date) -> MrzDocument | MrzError:
    """Only MrzError may escape parse_mrz; any other exception fails the test."""
    try:
        return parse_mrz(text, today=today)
    except MrzError as error:
        assert error.message == "Het document kon niet goed worden gelezen."
        assert error.detail
        return error


@given(text=st.text(max_size=200), today=TODAYS)
def test_random_text(text: str, today: date) -> None:
    parse_or_error(text, today)


@given(data=st.binary(max_size=200), today=TODAYS)
def test_random_bytes_decoded_as_latin_1(data: bytes, today: date) -> None:
    parse_or_error(data.decode("latin-1"), today)


@st.composite
def mrz_shaped(draw: st.DrawFn) -> tuple[str, ...]:
    """Lines of exactly the right shape from the MRZ alphabet: they reach every field parser."""
    count, length = draw(st.sampled_from([(3, 30), (2, 36), (2, 44)]))
    line = st.text(alphabet=MRZ_CHARS, min_size=length, max_size=length)
    return tuple(draw(line) for _ in range(count))


@given(lines=mrz_shaped(), today=TODAYS)
def test_random_mrz_shaped_lines(lines: tuple[str, ...], today: date) -> None:
    parse_or_error(lines, today)


@st.composite
def mutated_mrz(draw: st.DrawFn) -> str:
    lines = list(draw(st.sampled_from(VALID_MRZS)))
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(lines) - 1))
        text = lines[row]
        position = draw(st.integers(0, len(text)))
        char = draw(st.sampled_from(NOISE_CHARS))
        match draw(st.sampled_from(["replace", "insert", "delete", "truncate", "drop line"])):
            case "replace":
                lines[row] = text[:position] + char + text[position + 1 :]
            case "insert":
                lines[row] = text[:position] + char + text[position:]
            case "delete":
                lines[row] = text[:position] + text[position + 1 :]
            case "truncate":
                lines[row] = text[:position]
            case _ if len(lines) > 1:
                lines.pop(row)
            case _:
                lines[row] = ""
    return "\r\n".join(lines)


@settings(max_examples=500)
@given(text=mutated_mrz(), today=TODAYS)
@example(
    text="\r\n".join(NL_PASSPORT_SPECIMEN).replace("SPECI2021", "SPECI2O21"), today=date(2026, 1, 1)
)
def test_mutations_of_valid_mrzs(text: str, today: date) -> None:
    parse_or_error(text, today)


@given(
    person=st.sampled_from(RVIG_TEST_PERSONS),
    number=st.text(alphabet="ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789", min_size=9, max_size=9),
    expiry=st.dates(min_value=date(2000, 1, 1), max_value=date(2076, 12, 31)),
    id_card=st.booleans(),
)
def test_generated_dutch_documents_round_trip(
    person: TestPerson, number: str, expiry: date, id_card: bool
) -> None:
    p = person
    fields = {
        "number": number,
        "surname": p.surname,
        "given_names": p.given_names,
        "birth": p.birth_date,
        "sex": p.sex,
        "expiry": expiry.strftime("%y%m%d"),
    }
    if id_card:
        lines: tuple[str, ...] = td1(optional_1=dutch_bsn_field(p.bsn), **fields)
    else:
        lines = td3(personal_number=p.bsn, **fields)
    doc = parse_mrz(lines, today=date(2026, 11, 29))
    assert doc.bsn == p.bsn
    assert doc.document_number == number
    assert doc.expiry_date == expiry
    assert doc.surname == p.surname.replace("<", " ")

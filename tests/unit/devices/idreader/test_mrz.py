from __future__ import annotations

from datetime import date

import pytest

from tests.unit.devices.idreader.mrz_factory import (
    RVIG_TEST_PERSONS,
    TestPerson,
    dutch_bsn_field,
    other_digit,
    td1,
    td2,
    td3,
    with_char,
)
from workstation.devices.idreader.mrz import (
    CheckOutcome,
    CheckResult,
    MrzDocument,
    MrzError,
    MrzFormat,
    Sex,
    character_value,
    check_digit,
    parse_mrz,
)
from workstation.domain.errors import UserFacingError

TODAY = date(2026, 11, 29)

ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
ICAO_TD2 = (
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
)
ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
ICAO_TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
)
NL_PASSPORT_SPECIMEN = (
    "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
    "SPECI20212NLD6503101F3108022999999990<<<<<84",
)
NL_ID_CARD_2014_SPECIMEN = (
    "I<NLDSPECI20142999999990<<<<<8",
    "6503101F2403096NLD<<<<<<<<<<<8",
    "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
)
NL_ID_CARD_2021_SPECIMEN = (
    "I<NLDSPECI20212<<<<<<<<<<<<<<<",
    "6503101F3108022NLD<<<<<<<<<<<8",
    "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
)


def parse(lines: tuple[str, ...] | str) -> MrzDocument:
    return parse_mrz(lines, today=TODAY)


def parse_error(lines: tuple[str, ...] | str) -> MrzError:
    with pytest.raises(MrzError) as caught:
        parse(lines)
    return caught.value


# -- check digits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "value"), [("0", 0), ("9", 9), ("A", 10), ("L", 21), ("Z", 35), ("<", 0)]
)
def test_character_values(char: str, value: int) -> None:
    assert character_value(char) == value


def test_character_value_rejects_other_characters() -> None:
    with pytest.raises(ValueError):
        character_value("a")


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        ("L898902C3", "6"),  # ICAO 9303 part 3 worked example
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890734", "9"),  # long document number, part 5
        ("520727", "3"),  # part 3 example 1
        ("AB2134<<<", "5"),  # part 3 example 2
        ("999999990<<<<<", "8"),
    ],
)
def test_check_digit_vectors(data: str, digit: str) -> None:
    assert check_digit(data) == digit


# -- ICAO specimens --------------------------------------------------------------------------


def test_icao_td3_specimen() -> None:
    doc = parse(ICAO_TD3)
    assert doc.format is MrzFormat.TD3
    assert doc.document_code == "P"
    assert doc.issuing_state == "UTO"
    assert doc.surname == "ERIKSSON"
    assert doc.given_names == "ANNA MARIA"
    assert doc.document_number == "L898902C3"
    assert doc.nationality == "UTO"
    assert doc.birth_date == date(1974, 8, 12)
    assert doc.sex is Sex.FEMALE
    assert doc.expiry_date == date(2012, 4, 15)
    assert doc.personal_number == "ZE184226B"
    assert doc.optional_data == ""
    assert doc.bsn is None
    assert doc.raw_lines == ICAO_TD3
    fields = ("document number", "birth date", "expiry date", "personal number", "composite")
    assert doc.check_results == tuple(CheckResult(f, CheckOutcome.VALID) for f in fields)


def test_icao_td2_specimen() -> None:
    doc = parse(ICAO_TD2)
    assert doc.format is MrzFormat.TD2
    assert (doc.document_code, doc.issuing_state, doc.nationality) == ("I", "UTO", "UTO")
    assert (doc.surname, doc.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert doc.document_number == "D23145890"
    assert doc.birth_date == date(1974, 8, 12)
    assert doc.expiry_date == date(2012, 4, 15)
    assert doc.optional_data == ""
    assert doc.personal_number == ""
    assert [c.field for c in doc.check_results] == [
        "document number",
        "birth date",
        "expiry date",
        "composite",
    ]


def test_icao_td1_specimen() -> None:
    doc = parse(ICAO_TD1)
    assert doc.format is MrzFormat.TD1
    assert (doc.document_code, doc.issuing_state, doc.nationality) == ("I", "UTO", "UTO")
    assert (doc.surname, doc.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert doc.document_number == "D23145890"
    assert doc.birth_date == date(1974, 8, 12)
    assert doc.sex is Sex.FEMALE
    assert doc.expiry_date == date(2012, 4, 15)
    assert (doc.optional_data, doc.optional_data_2) == ("", "")


def test_icao_td1_long_document_number() -> None:
    doc = parse(ICAO_TD1_LONG_NUMBER)
    assert doc.document_number == "D23145890734"
    assert doc.optional_data == ""
    assert doc.sex is Sex.MALE
    assert doc.birth_date == date(1934, 7, 12)
    # a 1995 specimen: 2095 is further ahead than any document is valid
    assert doc.expiry_date == date(1995, 7, 12)


def test_td1_long_document_number_with_more_optional_data() -> None:
    lines = td1(state="UTO", nationality="UTO", number="AB1234567890", optional_1="XYZ")
    assert lines[0][14] == "<"
    doc = parse(lines)
    assert doc.document_number == "AB1234567890"
    assert doc.optional_data == "XYZ"


def test_td2_long_document_number() -> None:
    doc = parse(td2(number="D2314589073"))
    assert doc.document_number == "D2314589073"
    assert doc.optional_data == ""


def test_long_document_number_with_wrong_check_digit() -> None:
    lines = with_char(ICAO_TD1_LONG_NUMBER, 0, 18, "8")
    assert "long document number" in parse_error(lines).detail


def test_long_document_number_without_continuation() -> None:
    valid = td1(state="UTO", nationality="UTO", number="D23145890")
    lines = with_char(valid, 0, 14, "<")
    assert "no continuation" in parse_error(lines).detail


def test_td3_has_no_long_document_number() -> None:
    lines = with_char(ICAO_TD3, 1, 9, "<")
    assert "document number is a filler" in parse_error(lines).detail


# -- Dutch documents -------------------------------------------------------------------------


def test_dutch_specimen_passport() -> None:
    doc = parse(NL_PASSPORT_SPECIMEN)
    assert doc.format is MrzFormat.TD3
    assert (doc.issuing_state, doc.nationality) == ("NLD", "NLD")
    assert doc.surname == "DE BRUIJN"
    assert doc.given_names == "WILLEKE LISELOTTE"
    assert doc.document_number == "SPECI2021"
    assert doc.birth_date == date(1965, 3, 10)
    assert doc.expiry_date == date(2031, 8, 2)
    assert doc.sex is Sex.FEMALE
    assert doc.personal_number == "999999990"
    assert doc.bsn == "999999990"


def test_dutch_id_card_before_august_2021_carries_bsn_in_line_1() -> None:
    doc = parse(NL_ID_CARD_2014_SPECIMEN)
    assert doc.bsn == "999999990"
    assert doc.document_number == "SPECI2014"
    assert doc.expiry_date == date(2024, 3, 9)
    assert CheckResult("personal number", CheckOutcome.VALID) in doc.check_results


def test_dutch_id_card_before_2014_carries_bsn_without_check_digit() -> None:
    lines = td1(number="XI85935F8", optional_1="999999990<<<<<<", birth="720814",
                sex="F", expiry="110826", surname="VAN<DER<STEEN",
                given_names="MARIANNE<LOUISE")
    doc = parse(lines)
    assert doc.bsn == "999999990"
    assert doc.personal_number == "999999990"
    assert doc.document_number == "XI85935F8"
    assert doc.surname == "VAN DER STEEN"
    assert CheckResult("personal number", CheckOutcome.VALID) not in doc.check_results


def test_dutch_id_card_before_2014_bsn_must_pass_the_11_proef() -> None:
    error = parse_error(td1(optional_1="999999991<<<<<<"))
    assert "11-proef" in error.detail


def test_dutch_id_card_before_2014_is_still_covered_by_the_composite_check() -> None:
    valid = td1(optional_1="999993653<<<<<<")
    lines = with_char(valid, 0, 25, "B")  # a misread filler: only the composite check sees it
    assert "composite" in parse_error(lines).detail


def test_dutch_id_card_since_august_2021_has_no_bsn() -> None:
    doc = parse(NL_ID_CARD_2021_SPECIMEN)
    assert doc.bsn is None
    assert doc.personal_number == ""
    assert doc.optional_data == ""


def test_dutch_passport_without_bsn() -> None:
    doc = parse(td3())
    assert doc.bsn is None
    assert CheckResult("personal number", CheckOutcome.ABSENT) in doc.check_results


@pytest.mark.parametrize("person", RVIG_TEST_PERSONS, ids=lambda p: p.bsn)
def test_bsn_of_test_persons_in_passport(person: TestPerson) -> None:
    lines = td3(
        surname=person.surname,
        given_names=person.given_names,
        birth=person.birth_date,
        sex=person.sex,
        number="NX6P97571",
        personal_number=person.bsn,
    )
    doc = parse(lines)
    assert doc.bsn == person.bsn
    assert doc.surname == person.surname.replace("<", " ")
    assert doc.given_names == person.given_names.replace("<", " ")


@pytest.mark.parametrize("person", RVIG_TEST_PERSONS, ids=lambda p: p.bsn)
def test_bsn_of_test_persons_in_id_card(person: TestPerson) -> None:
    lines = td1(
        number="IXR123456",
        optional_1=dutch_bsn_field(person.bsn),
        surname=person.surname,
        given_names=person.given_names,
        birth=person.birth_date,
        sex=person.sex,
    )
    doc = parse(lines)
    assert doc.bsn == person.bsn
    assert doc.birth_date is not None
    assert doc.birth_date.strftime("%y%m%d") == person.birth_date


def test_bsn_failing_the_11_proef_is_rejected() -> None:
    error = parse_error(td3(personal_number="999999991"))
    assert "11-proef" in error.detail
    error = parse_error(td1(optional_1=dutch_bsn_field("999999991")))
    assert "11-proef" in error.detail


def test_wrong_check_digit_of_dutch_id_card_bsn() -> None:
    valid = td1(optional_1=dutch_bsn_field("999993653"))
    lines = with_char(valid, 0, 29, other_digit(valid[0][29]))
    assert "personal number" in parse_error(lines).detail


def test_personal_number_of_other_shape_is_not_a_bsn() -> None:
    doc = parse(td3(personal_number="AB12345"))
    assert doc.bsn is None
    assert doc.personal_number == "AB12345"


def test_bsn_only_read_from_dutch_documents() -> None:
    doc = parse(td3(state="BEL", nationality="BEL", personal_number="999993653"))
    assert doc.bsn is None
    assert doc.personal_number == "999993653"


def test_dutch_letter_o_is_corrected_when_the_check_digit_then_holds() -> None:
    true_lines = td3(number="XR0123450")
    misread = with_char(true_lines, 1, 2, "O")
    doc = parse(misread)
    assert doc.document_number == "XR0123450"
    assert doc.raw_lines == misread
    assert doc.lines == true_lines
    assert doc.check_results[0] == CheckResult("document number", CheckOutcome.CORRECTED)


def test_dutch_id_card_letter_o_corrected_and_composite_checked_over_corrected_number() -> None:
    misread = with_char(td1(number="SPEC10210"), 0, 13, "O")
    assert parse(misread).document_number == "SPEC10210"


def test_dutch_letter_o_rejected_when_correction_does_not_hold() -> None:
    # the check digit was computed over a number that really has an O: not a Dutch number
    error = parse_error(td3(number="XRO123450"))
    assert "letter O" in error.detail


def test_letter_o_allowed_in_other_countries() -> None:
    doc = parse(td3(state="UTO", nationality="UTO", number="XRO123450"))
    assert doc.document_number == "XRO123450"


@pytest.mark.parametrize("number", ["SPECI202", "SPECI20212"])
def test_dutch_document_number_must_have_nine_characters(number: str) -> None:
    assert "9 characters" in parse_error(td1(number=number)).detail


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yymmdd", "expected"),
    [
        ("271231", date(1927, 12, 31)),  # YY above this year's 26: previous century
        ("991231", date(1999, 12, 31)),
        ("261128", date(2026, 11, 28)),  # this year: this century
        ("000101", date(2000, 1, 1)),
    ],
)
def test_birth_date_century_rule(yymmdd: str, expected: date) -> None:
    assert parse(td3(birth=yymmdd)).birth_date == expected


def test_birth_century_follows_injected_today() -> None:
    lines = td3(birth="300101")
    assert parse_mrz(lines, today=date(2029, 6, 1)).birth_date == date(1930, 1, 1)
    assert parse_mrz(lines, today=date(2030, 6, 1)).birth_date == date(2030, 1, 1)


def test_a_99_year_old_born_later_in_the_year_is_not_born_in_the_future() -> None:
    # TODAY is 29 November 2026: born 30 November 1926 is 99 years old, not -1 day.
    assert parse(td3(birth="261130")).birth_date == date(1926, 11, 30)
    assert parse(td3(birth="261129")).birth_date == date(2026, 11, 29)


@pytest.mark.parametrize(
    ("yymmdd", "year"),
    [("000101", 2000), ("261129", 2026), ("500101", 2050), ("760101", 2076),
     ("770101", 1977), ("940623", 1994), ("991231", 1999)],
)  # fmt: skip
def test_expiry_is_20yy_unless_further_ahead_than_any_document_is_valid(
    yymmdd: str, year: int
) -> None:
    assert parse(td3(expiry=yymmdd)).expiry_date.year == year


@pytest.mark.parametrize("field", ["birth", "expiry"])
@pytest.mark.parametrize("yymmdd", ["651310", "650230", "650100"])
def test_impossible_dates_are_rejected(field: str, yymmdd: str) -> None:
    error = parse_error(td3(**{field: yymmdd}))
    assert "calendar date" in error.detail


@pytest.mark.parametrize(("yymmdd", "what"), [("6503<<", "day"), ("65<<<<", "month and day")])
def test_unknown_parts_of_birth_date(yymmdd: str, what: str) -> None:
    assert parse(td3(birth=yymmdd)).birth_date is None, what


@pytest.mark.parametrize("yymmdd", ["65<310", "6503<0"])
def test_fillers_inside_birth_date_are_rejected(yymmdd: str) -> None:
    assert "wrong place" in parse_error(td3(birth=yymmdd)).detail


def test_expiry_with_fillers_is_rejected() -> None:
    assert "expiry date" in parse_error(td3(expiry="3108<<")).detail


# -- names, sex, codes ------------------------------------------------------------------------


def test_name_without_given_names() -> None:
    doc = parse(td3(surname="MADONNA", given_names=""))
    assert (doc.surname, doc.given_names) == ("MADONNA", "")


def test_name_truncated_to_the_field() -> None:
    doc = parse(td2(surname="VAN<DER<MEULEN<TOT<BEUKENSTEIJN", given_names="JOHANNA"))
    assert doc.surname == "VAN DER MEULEN TOT BEUKENSTEIJN"
    assert doc.given_names == ""


def test_name_with_digit_is_an_ocr_error() -> None:
    lines = with_char(ICAO_TD3, 0, 7, "0")
    assert "name contains a digit" in parse_error(lines).detail


def test_name_without_primary_identifier() -> None:
    assert "primary identifier" in parse_error(td3(surname="", given_names="ANNA")).detail


@pytest.mark.parametrize(
    ("char", "sex"),
    [("M", Sex.MALE), ("F", Sex.FEMALE), ("<", Sex.UNSPECIFIED), ("X", Sex.UNSPECIFIED)],
)
def test_sex(char: str, sex: Sex) -> None:
    assert parse(td3(sex=char)).sex is sex


def test_invalid_sex() -> None:
    assert "sex" in parse_error(td3(sex="Q")).detail


def test_three_letter_codes_keep_fillers_out() -> None:
    doc = parse(td3(state="D", nationality="D"))
    assert (doc.issuing_state, doc.nationality) == ("D", "D")


@pytest.mark.parametrize("state", ["N1D", "<LD"])
def test_issuing_state_must_be_a_country_code(state: str) -> None:
    assert "issuing state" in parse_error(td3(state=state)).detail


def test_passport_code_must_start_with_p() -> None:
    assert "start with P" in parse_error(td3(code="I<")).detail


def test_visa_is_not_supported() -> None:
    assert "visa" in parse_error(td3(code="V<")).detail


def test_td1_code_must_be_a_c_or_i() -> None:
    assert "A, C or I" in parse_error(td1(code="P<")).detail


def test_document_code_with_digit() -> None:
    assert "document code" in parse_error(td1(code="I1")).detail


def test_two_letter_document_code() -> None:
    assert parse(td1(code="ID")).document_code == "ID"


# -- check digit failures --------------------------------------------------------------------

CHECK_POSITIONS = [
    ("TD3 document number", td3(), 1, 9, "document number"),
    ("TD3 birth date", td3(), 1, 19, "birth date"),
    ("TD3 expiry", td3(), 1, 27, "expiry date"),
    ("TD3 personal number", td3(personal_number="999999990"), 1, 42, "personal number"),
    ("TD3 composite", td3(), 1, 43, "composite"),
    ("TD2 document number", td2(), 1, 9, "document number"),
    ("TD2 birth date", td2(), 1, 19, "birth date"),
    ("TD2 expiry", td2(), 1, 27, "expiry date"),
    ("TD2 composite", td2(), 1, 35, "composite"),
    ("TD1 document number", td1(), 0, 14, "document number"),
    ("TD1 birth date", td1(), 1, 6, "birth date"),
    ("TD1 expiry", td1(), 1, 14, "expiry date"),
    ("TD1 composite", td1(), 1, 29, "composite"),
]


@pytest.mark.parametrize(
    ("lines", "line", "position", "field"),
    [case[1:] for case in CHECK_POSITIONS],
    ids=[case[0] for case in CHECK_POSITIONS],
)
def test_each_wrong_check_digit_is_reported(
    lines: tuple[str, ...], line: int, position: int, field: str
) -> None:
    wrong = with_char(lines, line, position, other_digit(lines[line][position]))
    error = parse_error(wrong)
    assert f"line {line + 1}, position {position + 1}" in error.detail
    assert f"check digit of {field} does not match" in error.detail or field == "composite"
    assert field in error.detail


@pytest.mark.parametrize(
    ("lines", "line", "position", "field"),
    [case[1:] for case in CHECK_POSITIONS],
    ids=[case[0] for case in CHECK_POSITIONS],
)
def test_a_letter_in_a_check_digit_is_reported(
    lines: tuple[str, ...], line: int, position: int, field: str
) -> None:
    assert field in parse_error(with_char(lines, line, position, "A")).detail


def test_composite_catches_errors_in_optional_data() -> None:
    lines = with_char(td1(), 1, 20, "B")
    assert "composite" in parse_error(lines).detail


def test_personal_number_check_digit_may_be_zero_when_empty() -> None:
    lines = td3()
    assert lines[1][42] == "<"
    zero = with_char(lines, 1, 42, "0")
    assert parse(zero).bsn is None


# -- shapes and characters -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        ICAO_TD3[0],
        ICAO_TD3[0] + "\n" + ICAO_TD3[1][:-1],
        "\n".join(ICAO_TD1[:2]),
        "\n".join((*ICAO_TD1, ICAO_TD1[2])),
        "\n".join((ICAO_TD3[0], ICAO_TD2[1])),
    ],
)
def test_wrong_shape(text: str) -> None:
    assert "expected 3 lines of 30" in parse_error(text).detail


def test_character_outside_the_alphabet() -> None:
    error = parse_error(with_char(ICAO_TD3, 1, 30, "!"))
    assert error.detail == "TD3 line 2, position 31: character outside the MRZ alphabet"


def test_lower_case_from_caps_lock_is_read() -> None:
    assert parse(tuple(line.lower() for line in ICAO_TD3)).surname == "ERIKSSON"


def test_whitespace_and_blank_lines_around_lines_are_ignored() -> None:
    text = "\r\n  " + ICAO_TD1[0] + "  \r\n\r\n" + ICAO_TD1[1] + "\t\n" + ICAO_TD1[2] + "\n\n"
    assert parse(text) == parse(ICAO_TD1)


def test_text_and_lines_give_the_same_document() -> None:
    assert parse("\n".join(ICAO_TD3)) == parse(ICAO_TD3)


# -- errors and privacy ----------------------------------------------------------------------


def test_error_texts() -> None:
    error = parse_error("garbage")
    assert isinstance(error, UserFacingError)
    assert error.message == "Het document kon niet goed worden gelezen."
    assert error.next_step == "Lees het document opnieuw in."
    assert error.screen_text == (
        "Het document kon niet goed worden gelezen. Lees het document opnieuw in."
    )


def test_repr_and_str_hide_personal_data() -> None:
    doc = parse(NL_PASSPORT_SPECIMEN)
    for text in (repr(doc), str(doc), f"{doc}", repr([doc])):
        for secret in ("999999990", "SPECI2021", "BRUIJN", "WILLEKE", "650310", "1965"):
            assert secret not in text
        assert "*****9990" in text
        assert "*****2021" in text


@pytest.mark.parametrize(
    "lines",
    [
        with_char(NL_PASSPORT_SPECIMEN, 1, 9, "7"),
        with_char(NL_PASSPORT_SPECIMEN, 1, 42, "7"),
        td3(personal_number="999999991"),
        with_char(NL_PASSPORT_SPECIMEN, 0, 10, "4"),
    ],
)
def test_error_detail_holds_no_personal_data(lines: tuple[str, ...]) -> None:
    error = parse_error(lines)
    for secret in ("99999999", "SPECI", "BRUIJN", "WILLEKE", "650310"):
        assert secret not in error.detail
        assert secret not in str(error)

"""Build valid MRZs for tests: every check digit computed, fields padded with fillers."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.devices.idreader.mrz import check_digit


@dataclass(frozen=True)
class TestPerson:
    """A fictional person of the RvIG BRP test set (shared/data/rvig-testpersons.csv)."""

    __test__ = False  # not a pytest test class

    bsn: str
    surname: str
    given_names: str
    birth_date: str  # YYMMDD
    sex: str


# A sample of shared/data/rvig-testpersons.csv (copied so the tests do not depend on the shared
# folder): the BSNs pass the 11-proef and belong to no real person.
RVIG_TEST_PERSONS = (
    TestPerson("999993653", "MOULIN", "SUZANNE", "851201", "F"),
    TestPerson("999990639", "DU<BURCK", "MATTHEUS", "220925", "M"),
    TestPerson("999993872", "VAN<DER<MEIJDEN", "PETER<JAN", "590417", "M"),
    TestPerson("999991723", "KLAMER", "LUKAS", "950515", "M"),
    TestPerson("999992740", "DE<JAGER", "JAEL", "000101", "F"),
    TestPerson("999999333", "BOEDDHOE", "NASIER", "500919", "M"),
)


def pad(value: str, length: int) -> str:
    assert len(value) <= length, (value, length)
    return value + "<" * (length - len(value))


def name_field(surname: str, given_names: str, length: int) -> str:
    name = f"{surname}<<{given_names}" if given_names else surname
    return pad(name[:length], length)


def td3(
    *,
    code: str = "P<",
    state: str = "NLD",
    surname: str = "DE<BRUIJN",
    given_names: str = "WILLEKE<LISELOTTE",
    number: str = "SPECI2021",
    nationality: str = "NLD",
    birth: str = "650310",
    sex: str = "F",
    expiry: str = "310802",
    personal_number: str = "",
) -> tuple[str, str]:
    line1 = code + pad(state, 3) + name_field(surname, given_names, 39)
    number_part = pad(number, 9) + check_digit(pad(number, 9))
    personal = pad(personal_number, 14)
    personal_check = "<" if not personal_number else check_digit(personal)
    birth_part = birth + check_digit(birth)
    expiry_part = expiry + check_digit(expiry)
    composite = check_digit(number_part + birth_part + expiry_part + personal + personal_check)
    line2 = (
        number_part
        + pad(nationality, 3)
        + birth_part
        + sex
        + expiry_part
        + personal
        + personal_check
        + composite
    )
    return line1, line2


def td2(
    *,
    code: str = "I<",
    state: str = "UTO",
    surname: str = "ERIKSSON",
    given_names: str = "ANNA<MARIA",
    number: str = "D23145890",
    nationality: str = "UTO",
    birth: str = "740812",
    sex: str = "F",
    expiry: str = "120415",
    optional: str = "",
) -> tuple[str, str]:
    line1 = code + pad(state, 3) + name_field(surname, given_names, 31)
    number_part, optional_part = _document_number(number, optional, 7)
    birth_part = birth + check_digit(birth)
    expiry_part = expiry + check_digit(expiry)
    composite = check_digit(number_part + birth_part + expiry_part + optional_part)
    line2 = number_part + pad(nationality, 3) + birth_part + sex + expiry_part + optional_part
    return line1, line2 + composite


def td1(
    *,
    code: str = "I<",
    state: str = "NLD",
    number: str = "SPECI2021",
    optional_1: str = "",
    birth: str = "650310",
    sex: str = "F",
    expiry: str = "310802",
    nationality: str = "NLD",
    optional_2: str = "",
    surname: str = "DE<BRUIJN",
    given_names: str = "WILLEKE<LISELOTTE",
) -> tuple[str, str, str]:
    number_part, optional_part = _document_number(number, optional_1, 15)
    line1 = code + pad(state, 3) + number_part + optional_part
    birth_part = birth + check_digit(birth)
    expiry_part = expiry + check_digit(expiry)
    optional_2_part = pad(optional_2, 11)
    composite = check_digit(line1[5:30] + birth_part + expiry_part + optional_2_part)
    line2 = birth_part + sex + expiry_part + pad(nationality, 3) + optional_2_part + composite
    return line1, line2, name_field(surname, given_names, 30)


def dutch_bsn_field(bsn: str) -> str:
    """Line 1 optional data of a Dutch ID card before August 2021: BSN, fillers, check digit."""
    field = pad(bsn, 14)
    return field + check_digit(field)


def _document_number(number: str, optional: str, optional_length: int) -> tuple[str, str]:
    """Document number field with check digit, and the optional data (long form if needed)."""
    if len(number) <= 9:
        field = pad(number, 9)
        return field + check_digit(field), pad(optional, optional_length)
    extension = number[9:] + check_digit(number) + "<"
    return number[:9] + "<", pad(extension + optional, optional_length)


def with_char(lines: tuple[str, ...], line: int, position: int, char: str) -> tuple[str, ...]:
    """``lines`` with the character at 0-based ``line``/``position`` replaced by ``char``."""
    changed = list(lines)
    text = changed[line]
    changed[line] = text[:position] + char + text[position + 1 :]
    return tuple(changed)


def other_digit(char: str) -> str:
    return "0" if char != "0" else "1"

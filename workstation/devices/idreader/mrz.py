"""Machine readable zone (MRZ) codec per ICAO Doc 9303 parts 3-6: TD1, TD2 and TD3.

Pure: no I/O, no clock (``today`` is a parameter). ``parse_mrz`` turns the text an ID document
reader delivers into an ``MrzDocument`` or raises ``MrzError`` — never any other exception, for
any input (the tests fuzz it).

Layouts (0-based positions):

* TD3 (passports, 2 x 44): line 1 document code 0-1, issuing state 2-4, name 5-43; line 2
  document number 0-8 + check 9, nationality 10-12, birth date 13-18 + check 19, sex 20, expiry
  21-26 + check 27, personal number 28-41 + check 42, composite 43 over 0-9, 13-19, 21-42.
* TD2 (2 x 36): line 1 like TD3 with a 31-character name; line 2 like TD3 up to the expiry,
  optional data 28-34, composite 35 over 0-9, 13-19, 21-34.
* TD1 (ID cards, 3 x 30): line 1 document code, issuing state, document number 5-13 + check 14,
  optional data 15-29; line 2 birth date 0-5 + check 6, sex 7, expiry 8-13 + check 14,
  nationality 15-17, optional data 18-28, composite 29 over line 1 5-29 and line 2 0-6, 8-14,
  18-28; line 3 the name.

Long document numbers (TD1, TD2): when the number has more than nine characters, the document
number field holds the first nine, its check digit position holds ``<``, and the optional data
starts with the remaining characters, the check digit over the whole number and a filler.

Century rules. The MRZ has two-digit years. A birth date is 20YY unless that day is still to
come, then 19YY: so it is never in the future, and someone of 99 born later in the year than
today reads right (a person of more than 100 years reads as a child, which the MRZ cannot tell
apart — the chip or the BRP can). An expiry date is 20YY unless that is more than 50 years
ahead, then 19YY: no document is valid that long, and a document that expired in 1994 reads as
expired in 1994, not as valid until 2094.

Dutch rules (issuing state NLD):

* The document number has exactly nine characters and never contains the letter O. A letter O
  there is an OCR confusion with the digit 0. We replace O by 0 only when the document number's
  check digit then holds (and the composite check, computed over the corrected number, holds
  too); otherwise the reading is rejected. A single O/0 swap always changes the 7-3-1 check digit
  (24 x 7, 24 x 3 and 24 x 1 are all non-zero mod 10), so the check digit decides reliably, and
  the corrected number is the one the chip's Basic Access Control key needs.
* Passports and ID cards issued before August 2021 carry the BSN in the MRZ: in a passport (TD3)
  the personal number field; in an ID card (TD1) line 1's optional data, in one of two layouts.
  Cards of the 2014 model put the BSN and fillers in its first 14 positions and a check digit
  in the 15th; older cards (2006-2014) have the nine digits followed by six fillers and no check
  digit (ICAO 9303 leaves TD1's optional data unchecked; the composite check still covers it).
  The BSN must pass the 11-proef. Newer documents carry no BSN (``bsn is None``), which is
  normal. A field of another shape is not a BSN and is left alone.

Privacy: ``repr(MrzDocument)`` shows no names or dates and masks the document number and BSN,
and ``MrzError.detail`` names lines, positions and fields, never their contents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum

from workstation.domain.bsn import is_valid_bsn, mask_bsn, mask_identifier
from workstation.domain.errors import UserFacingError

FILLER = "<"
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_WEIGHTS = (7, 3, 1)
_ASCII_LOWER_TO_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DUTCH_BSN_FIELD = re.compile(r"[0-9]{9}<{5}")
_DUTCH_BSN_FIELD_BEFORE_2014 = re.compile(r"[0-9]{9}<{6}")
_DUTCH_DOCUMENT_NUMBER_LENGTH = 9
_EXPIRY_HORIZON_YEARS = 50


class MrzError(UserFacingError):
    """The MRZ could not be read reliably; ``detail`` says which line, field or check failed."""

    MESSAGE = "Het document kon niet goed worden gelezen."
    NEXT_STEP = "Lees het document opnieuw in."

    def __init__(self, detail: str) -> None:
        super().__init__(self.MESSAGE, self.NEXT_STEP, detail=detail)


class MrzFormat(Enum):
    """ICAO 9303 size: number of lines and characters per line."""

    TD1 = (3, 30)
    TD2 = (2, 36)
    TD3 = (2, 44)

    @property
    def line_count(self) -> int:
        return self.value[0]

    @property
    def line_length(self) -> int:
        return self.value[1]


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"


class CheckOutcome(Enum):
    VALID = "valid"
    """The check digit matches."""
    CORRECTED = "corrected"
    """It matches after replacing the letter O by the digit 0 (Dutch document numbers only)."""
    ABSENT = "absent"
    """The field and its check digit are all fillers, as ICAO allows for optional fields."""


@dataclass(frozen=True)
class CheckResult:
    field: str
    outcome: CheckOutcome


@dataclass(frozen=True, repr=False)
class MrzDocument:
    """One parsed MRZ. Every check digit held; ``check_results`` lists them in MRZ order."""

    format: MrzFormat
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    """``None`` when the document marks (part of) the birth date as unknown with fillers."""
    sex: Sex
    expiry_date: date
    optional_data: str
    """TD1 line 1 or TD2 optional data, trailing fillers removed (after a long document number)."""
    optional_data_2: str
    """TD1 line 2 optional data; empty for TD2 and TD3."""
    personal_number: str
    """TD3 personal number field, or the BSN field of a Dutch ID card; fillers removed."""
    bsn: str | None
    raw_lines: tuple[str, ...]
    check_results: tuple[CheckResult, ...]
    lines: tuple[str, ...] = ()
    """The MRZ as the document really says it: ``raw_lines`` with the Dutch letter-O
    correction applied. Everything that uses the MRZ further (the chip's access key, the
    comparison with the chip's DG1) takes these, not ``raw_lines``."""

    def __repr__(self) -> str:
        bsn = mask_bsn(self.bsn) if self.bsn is not None else None
        checks = ", ".join(f"{c.field}={c.outcome.value}" for c in self.check_results)
        return (
            f"MrzDocument(format={self.format.name}, document_code={self.document_code!r}, "
            f"issuing_state={self.issuing_state!r}, "
            f"document_number={mask_identifier(self.document_number)!r}, bsn={bsn!r}, "
            f"checks=[{checks}])"
        )


def character_value(char: str) -> int:
    """ICAO 9303 part 3 value of an MRZ character: digits 0-9, A=10 .. Z=35, ``<`` = 0."""
    if char == FILLER:
        return 0
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    raise ValueError(f"not an MRZ character: {char!r}")


def check_digit(data: str) -> str:
    """The 7-3-1 check digit over ``data`` (ICAO 9303 part 3, 4.9)."""
    total = sum(character_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data))
    return str(total % 10)


def parse_mrz(text: str | Sequence[str], *, today: date | None = None) -> MrzDocument:
    """Parse the MRZ in ``text`` (a block of lines, or the lines themselves).

    Surrounding whitespace and empty lines are ignored and ASCII lower case is read as upper
    case (a keyboard-wedge reader types lower case when Caps Lock is on). ``today`` defaults to
    the current date and only feeds the birth-date century rule.
    """
    raw = text if isinstance(text, str) else "\n".join(text)
    lines = [
        line.strip().translate(_ASCII_LOWER_TO_UPPER) for line in raw.splitlines() if line.strip()
    ]
    fmt = _detect_format(lines)
    for number, line in enumerate(lines, start=1):
        for position, char in enumerate(line, start=1):
            if char not in _ALPHABET:
                raise MrzError(
                    f"{fmt.name} line {number}, position {position}: "
                    "character outside the MRZ alphabet"
                )
    parser = _Parser(fmt, tuple(lines), today or date.today())
    return parser.parse()


def _detect_format(lines: list[str]) -> MrzFormat:
    shape = (len(lines), {len(line) for line in lines})
    for fmt in MrzFormat:
        if shape == (fmt.line_count, {fmt.line_length}):
            return fmt
    lengths = ", ".join(str(len(line)) for line in lines[:5])
    more = ", ..." if len(lines) > 5 else ""
    raise MrzError(
        "expected 3 lines of 30, 2 lines of 36 or 2 lines of 44 characters; "
        f"got {len(lines)} line(s) of {lengths}{more} characters"
    )


class _Parser:
    """Parses one MRZ whose shape and alphabet are already known to be right."""

    def __init__(self, fmt: MrzFormat, lines: tuple[str, ...], today: date) -> None:
        self.fmt = fmt
        self.raw_lines = lines
        # Working copy: Dutch O->0 corrections of the document number go here, so the
        # composite check runs over what the document really says.
        self.lines = list(lines)
        self.today = today
        self.results: list[CheckResult] = []

    def fail(self, line: int, position: int, what: str) -> MrzError:
        """An error for a 1-based ``line`` and 0-based ``position``, without any content."""
        return MrzError(f"{self.fmt.name} line {line}, position {position + 1}: {what}")

    def parse(self) -> MrzDocument:
        if self.fmt is MrzFormat.TD1:
            return self._parse_td1()
        return self._parse_td2_td3()

    # -- layouts --------------------------------------------------------------------------

    def _parse_td2_td3(self) -> MrzDocument:
        fmt = self.fmt
        code, issuing_state = self._header()
        if fmt is MrzFormat.TD3 and code[0] != "P":
            raise self.fail(1, 0, "document code of a 2x44 MRZ must start with P")
        surname, given_names = self._name(1, 5)
        end = fmt.line_length - 1
        optional_field = self.lines[1][28:end] if fmt is MrzFormat.TD2 else ""
        document_number, optional_field = self._document_number(
            issuing_state, line=2, start=0, optional_field=optional_field, optional_start=28
        )
        nationality = self._state(2, 10, "nationality")
        birth_date = self._birth_date(2, 13)
        sex = self._sex(2, 20)
        expiry_date = self._expiry_date(2, 21)
        personal_field = self.lines[1][28:42] if fmt is MrzFormat.TD3 else ""
        if fmt is MrzFormat.TD3:
            self._verify(2, 28, 42, "personal number", absent_allowed=True)
        l2 = self.lines[1]
        self._verify_composite(2, l2[0:10] + l2[13:20] + l2[21:end], end)
        bsn = None
        if issuing_state == "NLD" and code[0] == "P" and fmt is MrzFormat.TD3:
            bsn = self._dutch_bsn(personal_field, 2, 28)
        return self._document(
            code=code,
            issuing_state=issuing_state,
            names=(surname, given_names),
            document_number=document_number,
            nationality=nationality,
            birth_date=birth_date,
            sex=sex,
            expiry_date=expiry_date,
            optional=(optional_field.rstrip(FILLER), ""),
            personal_number=personal_field.rstrip(FILLER),
            bsn=bsn,
        )

    def _parse_td1(self) -> MrzDocument:
        code, issuing_state = self._header()
        document_number, optional_1 = self._document_number(
            issuing_state, line=1, start=5, optional_field=self.lines[0][15:30], optional_start=15
        )
        bsn = None
        if issuing_state == "NLD" and code[0] == "I":
            bsn = self._dutch_id_card_bsn()
        birth_date = self._birth_date(2, 0)
        sex = self._sex(2, 7)
        expiry_date = self._expiry_date(2, 8)
        nationality = self._state(2, 15, "nationality")
        optional_2 = self.lines[1][18:29]
        l1, l2 = self.lines[0], self.lines[1]
        self._verify_composite(2, l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], 29)
        surname, given_names = self._name(3, 0)
        return self._document(
            code=code,
            issuing_state=issuing_state,
            names=(surname, given_names),
            document_number=document_number,
            nationality=nationality,
            birth_date=birth_date,
            sex=sex,
            expiry_date=expiry_date,
            optional=(optional_1.rstrip(FILLER), optional_2.rstrip(FILLER)),
            personal_number=bsn or "",
            bsn=bsn,
        )

    def _document(
        self,
        *,
        code: str,
        issuing_state: str,
        names: tuple[str, str],
        document_number: str,
        nationality: str,
        birth_date: date | None,
        sex: Sex,
        expiry_date: date,
        optional: tuple[str, str],
        personal_number: str,
        bsn: str | None,
    ) -> MrzDocument:
        return MrzDocument(
            format=self.fmt,
            document_code=code,
            issuing_state=issuing_state,
            surname=names[0],
            given_names=names[1],
            document_number=document_number,
            nationality=nationality,
            birth_date=birth_date,
            sex=sex,
            expiry_date=expiry_date,
            optional_data=optional[0],
            optional_data_2=optional[1],
            personal_number=personal_number,
            bsn=bsn,
            raw_lines=self.raw_lines,
            check_results=tuple(self.results),
            lines=tuple(self.lines),
        )

    # -- fields -------------------------------------------------------------------------

    def _header(self) -> tuple[str, str]:
        line = self.lines[0]
        if not ("A" <= line[0] <= "Z"):
            raise self.fail(1, 0, "document code must start with a letter")
        if line[0] == "V":
            raise self.fail(1, 0, "visa MRZs are not supported")
        if self.fmt is not MrzFormat.TD3 and line[0] not in "ACI":
            raise self.fail(1, 0, "document code of a TD1/TD2 MRZ must start with A, C or I")
        if line[1].isdigit():
            raise self.fail(1, 1, "document code contains a digit")
        return line[0:2].rstrip(FILLER), self._state(1, 2, "issuing state")

    def _state(self, line: int, start: int, what: str) -> str:
        value = self.lines[line - 1][start : start + 3]
        if any(c.isdigit() for c in value) or value[0] == FILLER:
            raise self.fail(line, start, f"{what} is not a country code")
        return value.rstrip(FILLER)

    def _name(self, line: int, start: int) -> tuple[str, str]:
        field = self.lines[line - 1][start:]
        if any(c.isdigit() for c in field):
            raise self.fail(line, start, "name contains a digit (OCR error)")
        primary, _, secondary = field.rstrip(FILLER).partition(FILLER * 2)
        surname = " ".join(primary.split(FILLER)).strip()
        given_names = " ".join(part for part in secondary.split(FILLER) if part)
        if not surname:
            raise self.fail(line, start, "name has no primary identifier")
        return surname, given_names

    def _document_number(
        self, issuing_state: str, *, line: int, start: int, optional_field: str, optional_start: int
    ) -> tuple[str, str]:
        """Returns the document number and what is left of the optional data field."""
        text = self.lines[line - 1]
        field = text[start : start + 9]
        check_position = start + 9
        if issuing_state == "NLD":
            if text[check_position] == FILLER or FILLER in field:
                raise self.fail(line, start, "Dutch document number is not 9 characters")
            if "O" in field:
                self._correct_dutch_letter_o(line, start)
                return self.lines[line - 1][start : start + 9], optional_field
        if text[check_position] != FILLER:
            self._verify(line, start, check_position, "document number")
            number = field.rstrip(FILLER)
            if not number:
                raise self.fail(line, start, "document number is empty")
            return number, optional_field
        if self.fmt is MrzFormat.TD3:
            raise self.fail(line, check_position, "check digit of document number is a filler")
        return self._long_document_number(line, field, optional_field, optional_start)

    def _long_document_number(
        self, line: int, field: str, optional_field: str, optional_start: int
    ) -> tuple[str, str]:
        end = optional_field.find(FILLER)
        segment = optional_field if end == -1 else optional_field[:end]
        if len(segment) < 2 or FILLER in field:
            raise self.fail(line, optional_start, "long document number has no continuation")
        number = field + segment[:-1]
        digit = segment[-1]
        if not digit.isdigit() or check_digit(number) != digit:
            raise self.fail(
                line,
                optional_start + len(segment) - 1,
                "check digit of long document number does not match",
            )
        self.results.append(CheckResult("document number", CheckOutcome.VALID))
        return number, optional_field[len(segment) + 1 :]

    def _correct_dutch_letter_o(self, line: int, start: int) -> None:
        text = self.lines[line - 1]
        corrected = text[start : start + 9].replace("O", "0")
        if check_digit(corrected) != text[start + 9]:
            raise self.fail(
                line,
                start,
                "Dutch document number contains the letter O and its check digit "
                "does not hold with 0 either",
            )
        self.lines[line - 1] = text[:start] + corrected + text[start + 9 :]
        self.results.append(CheckResult("document number", CheckOutcome.CORRECTED))

    def _birth_date(self, line: int, start: int) -> date | None:
        self._verify(line, start, start + 6, "birth date")
        text = self.lines[line - 1][start : start + 6]
        if FILLER in text:
            known = text.rstrip(FILLER)
            if (known and not known.isdigit()) or len(known) % 2:
                raise self.fail(line, start, "birth date has fillers in the wrong place")
            return None
        if not text.isdigit():
            raise self.fail(line, start, "birth date is not six digits")
        yy = int(text[0:2])
        born = self._date(line, start, 2000 + yy, text, "birth date")
        if born > self.today:
            born = self._date(line, start, 1900 + yy, text, "birth date")
        return born

    def _expiry_date(self, line: int, start: int) -> date:
        self._verify(line, start, start + 6, "expiry date")
        text = self.lines[line - 1][start : start + 6]
        if not text.isdigit():
            raise self.fail(line, start, "expiry date is not six digits")
        year = 2000 + int(text[0:2])
        if year > self.today.year + _EXPIRY_HORIZON_YEARS:
            year -= 100
        return self._date(line, start, year, text, "expiry date")

    def _date(self, line: int, start: int, year: int, text: str, what: str) -> date:
        if not text.isdigit():
            raise self.fail(line, start, f"{what} is not six digits")
        try:
            return date(year, int(text[2:4]), int(text[4:6]))
        except ValueError:
            raise self.fail(line, start, f"{what} is not a calendar date") from None

    def _sex(self, line: int, position: int) -> Sex:
        char = self.lines[line - 1][position]
        if char in (FILLER, "X"):
            return Sex.UNSPECIFIED
        if char in ("M", "F"):
            return Sex(char)
        raise self.fail(line, position, "sex is not M, F or <")

    def _dutch_id_card_bsn(self) -> str | None:
        """The BSN of a Dutch ID card issued before August 2021 (both layouts), else None."""
        optional = self.lines[0][15:30]
        if _DUTCH_BSN_FIELD_BEFORE_2014.fullmatch(optional):
            return self._dutch_bsn(optional[:14], 1, 15)  # 2006-2014: no check digit
        if _DUTCH_BSN_FIELD.fullmatch(optional[:14]):
            self._verify(1, 15, 29, "personal number")  # 2014 model: check digit at 29
            return self._dutch_bsn(optional[:14], 1, 15)
        return None

    def _dutch_bsn(self, field: str, line: int, start: int) -> str | None:
        if not _DUTCH_BSN_FIELD.fullmatch(field):
            return None
        bsn = field[:9]
        if not is_valid_bsn(bsn):
            raise self.fail(line, start, "BSN fails the 11-proef")
        return bsn

    # -- check digits ---------------------------------------------------------------------

    def _verify(
        self, line: int, start: int, check_position: int, what: str, *, absent_allowed: bool = False
    ) -> None:
        text = self.lines[line - 1]
        data = text[start:check_position]
        digit = text[check_position]
        if absent_allowed and digit == FILLER and set(data) == {FILLER}:
            self.results.append(CheckResult(what, CheckOutcome.ABSENT))
            return
        if not digit.isdigit():
            raise self.fail(line, check_position, f"check digit of {what} is not a digit")
        if check_digit(data) != digit:
            raise self.fail(line, check_position, f"check digit of {what} does not match")
        self.results.append(CheckResult(what, CheckOutcome.VALID))

    def _verify_composite(self, line: int, data: str, check_position: int) -> None:
        digit = self.lines[line - 1][check_position]
        if not digit.isdigit() or check_digit(data) != digit:
            raise self.fail(line, check_position, "composite check digit does not match")
        self.results.append(CheckResult("composite", CheckOutcome.VALID))

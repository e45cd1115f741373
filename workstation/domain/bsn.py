"""Dutch citizen service numbers (BSN) and legal-entity numbers (RSIN).

Both are nine digits that pass the same "11-proef": the first eight digits weighted 9..2, the
ninth digit weighted -1, and the sum divisible by 11. An eight-digit number is written with a
leading zero. The all-zero number passes the sum but is never issued, so it is rejected.

``mask_bsn`` is the only form in which a BSN may reach a log, a ticket or a screen that does not
need the full number (DESIGN.md §7).
"""

from __future__ import annotations

import re

_LENGTH = 9
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def passes_11_proef(number: str) -> bool:
    """True when ``number`` is nine ASCII digits that pass the BSN/RSIN 11-proef."""
    if len(number) != _LENGTH or not (number.isascii() and number.isdigit()):
        return False
    if number == "0" * _LENGTH:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number, _WEIGHTS, strict=True))
    return total % 11 == 0


def is_valid_bsn(number: str) -> bool:
    """True when ``number`` is a well-formed BSN (burgerservicenummer)."""
    return passes_11_proef(number)


def is_valid_rsin(number: str) -> bool:
    """True when ``number`` is a well-formed RSIN; it shares the BSN number space and check."""
    return passes_11_proef(number)


def mask_identifier(value: str, visible: int = 4) -> str:
    """Replace all but the last ``visible`` characters with ``*``.

    A value no longer than ``visible`` is masked completely, so a short value never shows whole.
    """
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


def mask_bsn(bsn: str) -> str:
    """The loggable form of a BSN: ``*****1234``."""
    return mask_identifier(bsn, visible=4)


# What may separate the groups of a written BSN: space, dot, dash, and the spaces a word
# processor or a copied web page puts in (no-break, figure, thin, narrow no-break).
_SEPARATOR = "[ .\\-\u00a0\u2007\u2009\u202f]"
# Nine digits in a row, or in groups as written on forms and letters: 999 999 990,
# 999.999.990, 9999.99.990, 9999 99 990, 99999999-0.
BSN_SHAPE = re.compile(
    rf"(?<!\d)(?<!\d\.)(?:\d{{3}}{_SEPARATOR}\d{{3}}{_SEPARATOR}\d{{3}}"
    rf"|\d{{4}}{_SEPARATOR}?\d{{2}}{_SEPARATOR}?\d{{3}}"
    rf"|\d{{8}}{_SEPARATOR}\d)(?!\.?\d)"
    r"|(?<!\d)\d{9}(?!\d)"
)
# A machine-readable zone line (ICAO 9303: capitals, digits and ``<`` fillers). A Dutch
# passport or ID card carries the BSN in its optional data, right after other digits (an
# expiry date and check digit), so there it hides in a longer run of digits.
_MRZ_LINE = re.compile(r"(?<![A-Z0-9<])[A-Z0-9<]*<[A-Z0-9<]*(?![A-Z0-9<])")
_LONG_DIGITS = re.compile(r"\d{9,}")
BSN_MASK = "*********"


def _mask_mrz(match: re.Match[str]) -> str:
    line = match.group(0)
    return _LONG_DIGITS.sub(BSN_MASK, line) if len(line) >= 30 else line


def mask_bsn_shapes(text: str) -> str:
    """Replace anything shaped like a BSN, valid or not: for logs and free text (DESIGN.md §7).

    The second line of defence: free text that may hold a BSN also has a retention rule
    (``privacy purge``), because no pattern catches every way of writing one.
    """
    return BSN_SHAPE.sub(BSN_MASK, _MRZ_LINE.sub(_mask_mrz, text))

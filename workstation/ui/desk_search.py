"""One search field for every way a worker identifies someone by typing (or a scanner types).

The worker types what the person says, in the order it is said: a BSN ("999999990"), a postcode
and house number ("1079VW 85", "1079 VW 85 A 2", "1079VW 85-2"), a surname and birth date
("de Bruijn 10-03-1965"), or a 2D scanner types the BSN QR code of a document (keyboard wedge)
followed by Enter. This module only tells the forms apart; the checks are the domain's
(``domain.identify``: KISS's rules), so their refusals name the field that is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.domain.desk import DeskInputError
from workstation.domain.identify import bsn_from_qr, typed_address, typed_bsn, typed_name
from workstation.domain.person import PersonQuery

_BSN_TYPED = re.compile(r"^[\d\s.\-]+$")
_ADDRESS = re.compile(
    r"^(?P<postcode>[1-9]\d{3}\s*[A-Za-z]{2})\s+(?P<number>\d+)"
    r"(?:\s*(?P<letter>[A-Za-z])(?![A-Za-z0-9]))?(?:[\s-]+(?P<extra>.+))?$")
_NAME_AND_DATE = re.compile(r"^(?P<name>.+?)\s+(?P<date>\d{1,2}[-/]\d{1,2}[-/]\d{4}|\d{8})$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{10,24}$")


@dataclass(frozen=True, slots=True)
class PhoneSearch:
    """A phone number: nobody is looked up in the BRP by it; the contact starts anonymous
    with the number ready for a callback request."""

    number: str


def parse_search(text: str) -> PersonQuery | PhoneSearch:
    value = " ".join(text.split())
    if not value:
        raise DeskInputError("search", "Typ wat u zoekt.",
                             "Een BSN, postcode en huisnummer, of achternaam en geboortedatum.",
                             detail="empty search")
    digits = re.sub(r"\D", "", value)
    if _BSN_TYPED.match(value) and len(digits) == 9:
        return typed_bsn(value)
    address = _ADDRESS.match(value)
    if address is not None:
        return typed_address(address["postcode"], address["number"], address["letter"] or "",
                             address["extra"] or "")
    named = _NAME_AND_DATE.match(value)
    if named is not None:
        return typed_name(named["name"], named["date"])
    if _PHONE.match(value):
        return PhoneSearch(re.sub(r"[\s\-()]", "", value))
    if re.search(r"\d{3}", value):  # a scanned QR code: the BSN somewhere in its text
        return typed_bsn(bsn_from_qr(value))
    raise DeskInputError(
        "search", "Loket herkent deze zoekopdracht niet.",
        "Typ een BSN, postcode en huisnummer (1079VW 85), of achternaam en geboortedatum "
        "(de Bruijn 10-03-1965).", detail="search text matches no known form")

"""GezagDirectory without a gateway: the gezag of the RvIG test persons, for the demo.

The mock's records hold ``gezag`` in the BRP API 2.x shape already (``type``, ``minderjarige``,
``ouder``/``ouders``/``derde``/``derden``, each with a BSN only); ``gezag_from_api`` maps that
shape for the gateway's answer too. The embedded set fills in names it knows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from workstation.domain.gezag import GezagPerson, GezagRelation, GezagSoort
from workstation.domain.person import LookupPurpose
from workstation.sync.brp_testdata import mock_records, to_persoon

_HOLDER_KEYS = ("ouders", "ouder", "derde", "derden")
_OLDER_NAMES = {"TweehoofdigOuderlijkGezag": GezagSoort.GEZAMENLIJK_OUDERLIJK}


def gezag_from_api(entries: Iterable[Mapping[str, Any]],
                   name_of: Callable[[str], str] = lambda _bsn: "") -> tuple[GezagRelation, ...]:
    """The API's ``gezag`` list as relations; unknown ``type`` values are skipped (a newer
    API version may add kinds: printing a wrong kind would be worse than leaving it off)."""
    relations = []
    for entry in entries:
        kind = str(entry.get("type", ""))
        try:
            soort = _OLDER_NAMES.get(kind) or GezagSoort(kind)
        except ValueError:
            continue
        minor = entry.get("minderjarige")
        holders: list[GezagPerson] = []
        for key in _HOLDER_KEYS:
            value = entry.get(key)
            for holder in value if isinstance(value, list) else [value] if value else []:
                holders.append(_person(holder, name_of))
        relations.append(GezagRelation(
            soort, _person(minor, name_of) if minor else None, tuple(holders),
            str(entry.get("toelichting", "")), bool(entry.get("inOnderzoek", False))))
    return tuple(relations)


def _person(raw: Mapping[str, Any], name_of: Callable[[str], str]) -> GezagPerson:
    """A GezagOuder, Minderjarige or BekendeDerde; an OnbekendeDerde has neither BSN nor name."""
    bsn = str(raw.get("burgerservicenummer", ""))
    naam = raw.get("naam", {}).get("volledigeNaam", "") or (name_of(bsn) if bsn else "")
    return GezagPerson(bsn, naam)


@cache
def _records_by_bsn() -> dict[str, Mapping[str, Any]]:
    return {record["burgerservicenummer"]: record for record in mock_records()}


def _test_person_name(bsn: str) -> str:
    record = _records_by_bsn().get(bsn)
    return str(to_persoon(record)["naam"].get("volledigeNaam", "")) if record else ""


class EmbeddedGezagDirectory:
    """The RvIG test set's gezag (no I/O beyond reading the vendored file)."""

    def gezag(self, bsn: str, purpose: LookupPurpose) -> tuple[GezagRelation, ...]:
        record = _records_by_bsn().get(bsn)
        if record is None:
            return ()
        return gezag_from_api(record.get("gezag") or (), _test_person_name)

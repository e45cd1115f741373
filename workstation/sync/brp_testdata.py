"""The RvIG test persons: the BRP mock's GBA-like records mapped to BRP Personen 2.x shapes.

The vendored file (resources/testdata/brp-personen-testdata.json, EUPL-1.2, © RvIG) is the
internal format of the Haal Centraal mock: dates as ``YYYYMMDD`` (``00`` for an unknown part),
an address as straat/huisnummer/postcode, investigations as GBA element codes. The API answers
with ``Persoon`` / ``PersoonBeperkt``: typed dates, ``adressering`` lines, ``inOnderzoek`` per
group, ``geheimhoudingPersoonsgegevens`` as a boolean. The embedded person directory and the
reference BRP server both use this mapping, so both answer as a real gateway would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

Json = dict[str, Any]

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
# Delivered whenever their group is asked for; naming them in ``fields`` is a 400.
AUTOMATIC_FIELDS = frozenset(
    {"inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie",
     "indicatieVastgesteldVerblijftNietOpAdres"})
ADRESREGEL_MAX = {"adresregel1": 40, "adresregel2": 50, "adresregel3": 35}


@cache
def mock_records() -> tuple[Json, ...]:
    text = (resources.files("resources.testdata") / "brp-personen-testdata.json").read_text(
        encoding="utf-8")
    return tuple(json.loads(text))


def datum(raw: str) -> Json | None:
    """A GBA date (``YYYYMMDD``, zeros where unknown) as the API's AbstractDatum subtype."""
    if not raw or len(raw) != 8 or not raw.isdigit():
        return None
    year, month, day = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    if year == 0:
        return {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}
    if month == 0:
        return {"type": "JaarDatum", "jaar": year, "langFormaat": str(year)}
    if day == 0:
        return {"type": "JaarMaandDatum", "jaar": year, "maand": month,
                "langFormaat": f"{MONTHS[month - 1]} {year}"}
    return {"type": "Datum", "datum": f"{year:04d}-{month:02d}-{day:02d}",
            "langFormaat": f"{day} {MONTHS[month - 1]} {year}"}


def to_persoon(record: Mapping[str, Any]) -> Json:
    """The full API ``Persoon`` of one mock record (only the groups Loket can ask for)."""
    person: Json = {"burgerservicenummer": record["burgerservicenummer"]}
    if "geslacht" in record:
        person["geslacht"] = dict(record["geslacht"])
    person["naam"] = _naam(record["naam"], record.get("persoonInOnderzoek"))
    if "geboorte" in record:
        person["geboorte"] = _geboorte(record["geboorte"], record.get("persoonInOnderzoek"))
    if "gemeenteVanInschrijving" in record:
        person["gemeenteVanInschrijving"] = dict(record["gemeenteVanInschrijving"])
    person["adressering"] = _adressering(record.get("verblijfplaats", {}),
                                         record.get("gemeenteVanInschrijving", {}))
    if "overlijden" in record:
        person["overlijden"] = _overlijden(record["overlijden"])
    if record.get("geheimhoudingPersoonsgegevens", "0") not in ("", "0"):
        person["geheimhoudingPersoonsgegevens"] = True
    if "opschortingBijhouding" in record:
        suspension = record["opschortingBijhouding"]
        person["opschortingBijhouding"] = _without_none(
            {"reden": suspension.get("reden"), "datum": datum(suspension.get("datum", ""))})
    if record.get("rni"):
        person["rni"] = [_without_none({"deelnemer": entry.get("deelnemer"),
                                        "categorie": entry.get("categorie")})
                         for entry in record["rni"]]
    return person


def select_fields(persoon: Mapping[str, Any], fields: Iterable[str]) -> Json:
    """Only the asked-for paths, plus the automatic fields of every group that is delivered
    (the API's ``fields`` rule: ``inOnderzoek`` comes with the group it is about)."""
    selected: Json = {}
    for path in fields:
        _copy_path(persoon, selected, path.split("."))
    for key in AUTOMATIC_FIELDS & persoon.keys():
        if key != "inOnderzoek":
            selected[key] = persoon[key]
    for group, value in selected.items():
        source = persoon.get(group)
        if isinstance(value, dict) and isinstance(source, dict) and "inOnderzoek" in source:
            value["inOnderzoek"] = source["inOnderzoek"]
    return selected


def _copy_path(source: Mapping[str, Any], target: Json, parts: list[str]) -> None:
    head, rest = parts[0], parts[1:]
    if head not in source:
        return
    if not rest or not isinstance(source[head], dict) or _is_whole(source[head]):
        target[head] = source[head]
        return
    _copy_path(source[head], target.setdefault(head, {}), rest)


def _is_whole(value: Mapping[str, Any]) -> bool:
    """A date or a table value (Waardetabel) comes whole even when one part is asked for."""
    return "langFormaat" in value or "code" in value or "omschrijving" in value


def _naam(naam: Mapping[str, Any], investigation: Mapping[str, Any] | None) -> Json:
    voornamen = " ".join(naam.get("voornamen", "").split())
    voorvoegsel = naam.get("voorvoegsel", "")
    geslachtsnaam = naam.get("geslachtsnaam", "")
    title = naam.get("adellijkeTitelPredicaat")
    parts = [voornamen]
    if title and title.get("soort") == "predicaat":
        parts.insert(0, title["omschrijving"].capitalize())
    elif title:
        parts.append(title["omschrijving"])
    parts += [voorvoegsel, geslachtsnaam]
    result: Json = _without_none({
        "voornamen": voornamen or None, "voorvoegsel": voorvoegsel or None,
        "geslachtsnaam": geslachtsnaam or None,
        "adellijkeTitelPredicaat": dict(title) if title else None,
        "volledigeNaam": " ".join(p for p in parts if p) or None,
    })
    element = _element(investigation)
    if element is not None and element[:4] in ("0100", "0102"):
        result["inOnderzoek"] = _without_none({
            "voornamen": True, "geslachtsnaam": True, "volledigeNaam": True,
            "datumIngangOnderzoek": datum(investigation.get("datumIngangOnderzoek", ""))
            if investigation else None,
        })
    return result


def _geboorte(geboorte: Mapping[str, Any], investigation: Mapping[str, Any] | None) -> Json:
    result: Json = _without_none({
        "datum": datum(geboorte.get("datum", "")), "plaats": geboorte.get("plaats"),
        "land": geboorte.get("land"),
    })
    element = _element(investigation)
    if element is not None and element[:4] in ("0100", "0103"):
        result["inOnderzoek"] = _without_none({
            "datum": True, "plaats": True, "land": True,
            "datumIngangOnderzoek": datum(investigation.get("datumIngangOnderzoek", ""))
            if investigation else None,
        })
    return result


def _overlijden(overlijden: Mapping[str, Any]) -> Json:
    result: Json = _without_none({
        "datum": datum(overlijden.get("datum", "")), "plaats": overlijden.get("plaats"),
        "land": overlijden.get("land"),
    })
    if "inOnderzoek" in overlijden:
        result["inOnderzoek"] = _without_none({
            "datum": True, "plaats": True, "land": True,
            "datumIngangOnderzoek": datum(overlijden["inOnderzoek"].get("datumIngangOnderzoek",
                                                                        "")),
        })
    return result


def _adressering(verblijfplaats: Mapping[str, Any], gemeente: Mapping[str, Any]) -> Json:
    if "land" in verblijfplaats:  # abroad: the lines as registered, then the country
        lines = [verblijfplaats.get(f"regel{n}", "") for n in (1, 2, 3)]
        result: Json = {"land": dict(verblijfplaats["land"])}
    else:
        number = " ".join(str(p) for p in (
            verblijfplaats.get("huisnummer", ""),
            verblijfplaats.get("huisletter", ""),
            verblijfplaats.get("huisnummertoevoeging", "")) if p)
        street = verblijfplaats.get("straat") or verblijfplaats.get("locatiebeschrijving", "")
        postcode = verblijfplaats.get("postcode", "")
        if len(postcode) == 6:
            postcode = f"{postcode[:4]} {postcode[4:]}"
        place = (verblijfplaats.get("woonplaats") or gemeente.get("omschrijving", "")).upper()
        lines = [f"{street} {number}".strip(), f"{postcode}  {place}".strip(), ""]
        result = {}
    for key, line in zip(("adresregel1", "adresregel2", "adresregel3"), lines, strict=True):
        if line:
            result[key] = line[:ADRESREGEL_MAX[key]]
    if "inOnderzoek" in verblijfplaats:
        result["inOnderzoek"] = _without_none({
            "adresregel1": True, "adresregel2": True,
            "datumIngangOnderzoekVerblijfplaats": datum(
                verblijfplaats["inOnderzoek"].get("datumIngangOnderzoek", "")),
        })
    return result


def _element(investigation: Mapping[str, Any] | None) -> str | None:
    if not investigation:
        return None
    code = str(investigation.get("aanduidingGegevensInOnderzoek", ""))
    return code if len(code) == 6 else None


def _without_none(values: Mapping[str, Any]) -> Json:
    return {key: value for key, value in values.items() if value is not None}

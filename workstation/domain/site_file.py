"""The site file: one TOML file, kept under version control by IT, that describes a whole site.

Municipalities, their locations, each location's services, counters (with the services they
serve) and opening hours, the staff, and each municipality's product catalogue.
``read_site_file`` checks the whole file and returns the site, or raises ``SiteFileInvalid``
with every problem found, each with its key path (``location[1].counter[3].services``, counted
from 1) and line. Nothing here touches a database: comparing with the current site and applying
it is ``services.site_admin``'s job.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from datetime import datetime as datetime_type
from enum import StrEnum
from typing import Any, TypeVar

from workstation.domain.catalogue import (
    DOCUMENT_KINDS,
    UPL_NAMESPACE,
    ChecklistItem,
    Condition,
    Delivery,
    FeeOption,
    Product,
    Tariff,
    parse_amount,
)
from workstation.domain.errors import UserFacingError
from workstation.domain.toml_lines import LineIndex, Path

SCHEMA_VERSION = 1
ROLES = ("reception", "counter", "phone", "supervisor", "admin")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_COUNTER_NUMBER = 999
MAX_NORM_MINUTES = 240
MAX_LATE_MINUTES = 240
MAX_WORKING_DAYS = 60
MAX_SUMMARY = 2000
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class MunicipalitySpec:
    code: str  # CBS gemeentecode, four digits
    name: str
    rsin: str
    primary_colour: str
    accent_colour: str
    logo: str | None = None


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    letter: str
    name_nl: str
    name_en: str
    norm_minutes: int
    appointment: bool = False


@dataclass(frozen=True, slots=True)
class CounterSpec:
    number: int
    services: tuple[str, ...]  # service letters, sorted


@dataclass(frozen=True, slots=True, order=True)
class OpeningPeriod:
    weekday: int  # 0 = Monday
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class LocationSpec:
    code: str
    municipality: str  # the municipality's code
    name: str
    address: str = ""
    ticker_text: str = ""
    ticker_text_en: str = ""  # empty: the English hall display shows the Dutch ticker
    no_show_after_calls: int = 3
    checkin_late_minutes: int = 15
    services: tuple[ServiceSpec, ...] = ()  # in the order the screens show them
    counters: tuple[CounterSpec, ...] = ()  # by number
    opening_hours: tuple[OpeningPeriod, ...] = ()  # sorted


@dataclass(frozen=True, slots=True)
class StaffSpec:
    code: str
    name: str
    roles: tuple[str, ...]  # in the order of ROLES


class Removal(StrEnum):
    """What became of a service, counter or staff member the site file no longer names."""

    DELETED = "deleted"
    RETIRED = "retired"  # it has history: kept, with active = false


@dataclass(frozen=True, slots=True)
class SiteFile:
    municipalities: tuple[MunicipalitySpec, ...] = ()  # by code
    locations: tuple[LocationSpec, ...] = ()  # by code
    staff: tuple[StaffSpec, ...] = ()  # by code
    products: tuple[Product, ...] = ()  # by municipality, then code


UplNames = Callable[[str], frozenset[str] | None]
"""The names the UPL list gives a URI; None when the list does not know the URI."""


class SiteFileProblem(UserFacingError):
    """One thing wrong in a site file, at a key path and line."""

    def __init__(self, path: str, line: int | None, message: str, **params: object) -> None:
        super().__init__(message, detail=f"site file {path} (line {line}): {message}",
                         **params)  # type: ignore[arg-type]
        self.path = path
        self.line = line

    @property
    def where(self) -> str:
        return f"regel {self.line}, {self.path}" if self.line is not None else self.path


class SiteFileInvalid(UserFacingError):
    """The site file has problems; nothing was changed."""

    def __init__(self, problems: Iterable[SiteFileProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "Het sitebestand bevat {count} fout(en); er is niets gewijzigd.",
            "Verbeter de fouten hieronder en voer de import opnieuw uit.",
            detail=f"site file invalid: {len(self.problems)} problem(s)",
            count=len(self.problems),
        )


def read_site_file(source: str, logo_exists: Callable[[str], bool] | None = None,
                   upl_names: UplNames | None = None) -> SiteFile:
    """The site described by ``source``; SiteFileInvalid with every problem otherwise.

    ``logo_exists`` tells whether a logo path names a file Loket can load (None: not checked);
    ``upl_names`` what the vendored UPL list calls a product URI (None: not checked).
    """
    try:
        document = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        reason = re.sub(r"\s*\(at line .*\)$", "", str(exc))
        raise SiteFileInvalid([SiteFileProblem(
            "(bestand)", int(match.group(1)) if match else None,
            "Dit is geen geldige TOML: {reason}.", reason=reason,
        )]) from exc
    checker = _Checker(LineIndex(source), logo_exists, upl_names)
    site = checker.site(document)
    if checker.problems:
        raise SiteFileInvalid(checker.problems)
    return site


def staff_roles(text: str) -> tuple[str, ...]:
    """Roles as stored (comma-separated) in the canonical order."""
    given = {part.strip() for part in text.split(",") if part.strip()}
    return tuple(role for role in ROLES if role in given)


def format_period(period: OpeningPeriod) -> str:
    return f"{period.opens:%H:%M}-{period.closes:%H:%M}"


# -- checking ------------------------------------------------------------------------------

_MUNICIPALITY_CODE = re.compile(r"^\d{4}$")
_RSIN = re.compile(r"^\d{9}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LOCATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")
_STAFF_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,19}$")
_LETTER = re.compile(r"^[A-Z]$")
_PERIOD = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_PRODUCT_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def _rsin_ok(rsin: str) -> bool:
    """The 11-proef of an RSIN (weights 9..2 and -1)."""
    digits = [int(d) for d in rsin]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0


def _show(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(bestand)"


@dataclass
class _Checker:
    lines: LineIndex
    logo_exists: Callable[[str], bool] | None = None
    upl_names: UplNames | None = None
    problems: list[SiteFileProblem] = field(default_factory=list)

    def problem(self, path: Path, message: str, **params: object) -> None:
        self.problems.append(SiteFileProblem(_show(path), self.lines.line_of(path), message,
                                             **params))

    # -- the file -------------------------------------------------------------------------

    def site(self, document: Mapping[str, Any]) -> SiteFile:
        self.known_keys(document, (), {"schema_version", "municipality", "location", "staff",
                                       "product"})
        version = document.get("schema_version")
        if version != SCHEMA_VERSION:
            self.problem(("schema_version",),
                         "schema_version moet {expected} zijn (deze versie van Loket).",
                         expected=SCHEMA_VERSION)
        municipalities = self.unique(
            self.tables(document, ("municipality",), self.municipality),
            lambda spec: spec.code, "municipality",
            "Gemeentecode {key} staat meer dan eens in het bestand.",
        )
        known = {spec.code for spec in municipalities}
        locations = self.unique(
            self.tables(document, ("location",), lambda t, p: self.location(t, p, known)),
            lambda spec: spec.code, "location",
            "Vestigingscode {key} staat meer dan eens in het bestand.",
        )
        staff = self.unique(
            self.tables(document, ("staff",), self.staff), lambda spec: spec.code, "staff",
            "Medewerkerscode {key} staat meer dan eens in het bestand.",
        )
        products = self.unique(
            self.tables(document, ("product",), lambda t, p: self.product(t, p, known)),
            lambda spec: f"{spec.municipality}/{spec.code}" if spec.code else "", "product",
            "Product {key} staat meer dan eens in het bestand.",
        )
        return SiteFile(
            tuple(sorted(municipalities, key=lambda s: s.code)),
            tuple(sorted(locations, key=lambda s: s.code)),
            tuple(sorted(staff, key=lambda s: s.code)),
            tuple(sorted(products, key=lambda s: (s.municipality, s.code))),
        )

    def municipality(self, table: Mapping[str, Any], path: Path) -> MunicipalitySpec:
        self.known_keys(table, path, {"code", "name", "rsin", "primary_colour",
                                      "accent_colour", "logo"})
        code = self.text(table, path, "code")
        if code and not _MUNICIPALITY_CODE.match(code):
            self.problem((*path, "code"),
                         "Een gemeentecode (CBS) is vier cijfers, zoals \"0748\".")
        rsin = self.text(table, path, "rsin")
        if rsin and not (_RSIN.match(rsin) and _rsin_ok(rsin)):
            self.problem((*path, "rsin"),
                         "Een RSIN is negen cijfers die voldoen aan de elfproef.")
        colours = []
        for key in ("primary_colour", "accent_colour"):
            colour = self.text(table, path, key)
            if colour and not _COLOUR.match(colour):
                self.problem((*path, key),
                             "Schrijf een kleur als #RRGGBB, zoals \"#B0182F\".")
            colours.append(colour.upper())
        logo = self.text(table, path, "logo", required=False) or None
        if logo and self.logo_exists is not None and not self.logo_exists(logo):
            self.problem((*path, "logo"), "Logo '{logo}' bestaat niet in de resources van "
                         "Loket.", logo=logo)
        return MunicipalitySpec(code, self.text(table, path, "name"), rsin, colours[0],
                                colours[1], logo)

    def location(self, table: Mapping[str, Any], path: Path, municipalities: set[str],
                 ) -> LocationSpec:
        self.known_keys(table, path, {
            "code", "municipality", "name", "address", "ticker_text", "ticker_text_en",
            "no_show_after_calls",
            "checkin_late_minutes", "opening_hours", "service", "counter",
        })
        code = self.text(table, path, "code")
        if code and not _LOCATION_CODE.match(code):
            self.problem((*path, "code"), "Een vestigingscode is 1 tot 20 hoofdletters, "
                         "cijfers of streepjes, zoals \"BOZ\".")
        municipality = self.text(table, path, "municipality")
        if municipality and municipality not in municipalities:
            self.problem((*path, "municipality"),
                         "Gemeente {code} staat niet in dit bestand.", code=municipality)
        services = self.unique(
            self.tables(table, (*path, "service"), self.service),
            lambda spec: spec.letter, (*path, "service"),
            "Dienst {key} staat meer dan eens bij deze vestiging.",
        )
        letters = {spec.letter for spec in services}
        counters = self.unique(
            self.tables(table, (*path, "counter"), lambda t, p: self.counter(t, p, letters)),
            lambda spec: spec.number, (*path, "counter"),
            "Balie {key} staat meer dan eens bij deze vestiging.",
        )
        return LocationSpec(
            code=code, municipality=municipality, name=self.text(table, path, "name"),
            address=self.text(table, path, "address", required=False, empty_ok=True),
            ticker_text=self.text(table, path, "ticker_text", required=False, empty_ok=True),
            ticker_text_en=self.text(table, path, "ticker_text_en", required=False,
                                     empty_ok=True),
            no_show_after_calls=self.number(table, path, "no_show_after_calls", 1, 10, 3),
            checkin_late_minutes=self.number(table, path, "checkin_late_minutes", 0,
                                             MAX_LATE_MINUTES, 15),
            services=tuple(services),
            counters=tuple(sorted(counters, key=lambda c: c.number)),
            opening_hours=self.opening_hours(table, (*path, "opening_hours")),
        )

    def service(self, table: Mapping[str, Any], path: Path) -> ServiceSpec:
        self.known_keys(table, path, {"letter", "name_nl", "name_en", "norm_minutes",
                                      "appointment"})
        letter = self.text(table, path, "letter")
        if letter and not _LETTER.match(letter):
            self.problem((*path, "letter"),
                         "Een dienstletter is één hoofdletter van A tot en met Z.")
        appointment = table.get("appointment", False)
        if not isinstance(appointment, bool):
            self.problem((*path, "appointment"), "Hier hoort true of false.")
            appointment = False
        return ServiceSpec(
            letter, self.text(table, path, "name_nl"), self.text(table, path, "name_en"),
            self.number(table, path, "norm_minutes", 1, MAX_NORM_MINUTES, None), appointment,
        )

    def counter(self, table: Mapping[str, Any], path: Path, letters: set[str]) -> CounterSpec:
        self.known_keys(table, path, {"number", "services"})
        number = self.number(table, path, "number", 1, MAX_COUNTER_NUMBER, None)
        services = table.get("services")
        if not isinstance(services, list) or not all(isinstance(s, str) for s in services):
            self.problem((*path, "services"),
                         "Hier hoort een lijst met dienstletters, zoals [\"A\", \"B\"].")
            return CounterSpec(number, ())
        for letter in services:
            if letter not in letters:
                self.problem((*path, "services"),
                             "Dienst {letter} bestaat niet bij deze vestiging.", letter=letter)
        return CounterSpec(number, tuple(sorted(set(services))))

    def opening_hours(self, location: Mapping[str, Any], path: Path,
                      ) -> tuple[OpeningPeriod, ...]:
        table = location.get("opening_hours", {})
        if not isinstance(table, dict):
            self.problem(path, "Schrijf openingstijden als een tabel per dag, zoals "
                         "mon = [\"08:30-17:00\"].")
            return ()
        periods: list[OpeningPeriod] = []
        for day, value in table.items():
            if day not in WEEKDAYS:
                self.problem((*path, day), "Onbekende dag '{day}'. Gebruik mon, tue, wed, thu, "
                             "fri, sat of sun.", day=day)
                continue
            texts = [value] if isinstance(value, str) else value
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                self.problem((*path, day), "Schrijf openingstijden als "
                             "[\"08:30-12:00\", \"13:00-17:00\"].")
                continue
            day_periods = sorted(
                period for text in texts
                if (period := self.period(text, WEEKDAYS.index(day), (*path, day))) is not None
            )
            for before, after in itertools.pairwise(day_periods):
                if after.opens < before.closes:
                    self.problem((*path, day), "De openingstijden {first} en {second} "
                                 "overlappen.", first=format_period(before),
                                 second=format_period(after))
            periods.extend(day_periods)
        return tuple(sorted(periods))

    def period(self, text: str, weekday: int, path: Path) -> OpeningPeriod | None:
        match = _PERIOD.match(text.strip())
        hours = [int(part) for part in match.groups()] if match else []
        if not hours or hours[0] > 23 or hours[2] > 23 or hours[1] > 59 or hours[3] > 59:
            self.problem(path, "'{text}' is geen openingstijd. Schrijf die als "
                         "\"08:30-17:00\".", text=text)
            return None
        opens, closes = time(hours[0], hours[1]), time(hours[2], hours[3])
        if closes <= opens:
            self.problem(path, "De sluitingstijd {closes} ligt niet na de openingstijd {opens}.",
                         opens=f"{opens:%H:%M}", closes=f"{closes:%H:%M}")
            return None
        return OpeningPeriod(weekday, opens, closes)

    def staff(self, table: Mapping[str, Any], path: Path) -> StaffSpec:
        self.known_keys(table, path, {"code", "name", "roles"})
        code = self.text(table, path, "code")
        if code and not _STAFF_CODE.match(code):
            self.problem((*path, "code"), "Een medewerkerscode is 1 tot 20 kleine letters, "
                         "cijfers, punten of streepjes, zoals \"mw01\".")
        roles = table.get("roles")
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            self.problem((*path, "roles"), "Hier hoort een lijst met rollen, zoals "
                         "[\"counter\", \"reception\"].")
            roles = []
        for role in roles:
            if role not in ROLES:
                self.problem((*path, "roles"), "Onbekende rol '{role}'. Kies uit reception, "
                             "counter, phone, supervisor en admin.", role=role)
        if isinstance(table.get("roles"), list) and not roles:
            self.problem((*path, "roles"), "Een medewerker heeft minstens één rol.")
        return StaffSpec(code, self.text(table, path, "name"),
                         tuple(role for role in ROLES if role in roles))

    # -- the catalogue ----------------------------------------------------------------------

    def product(self, table: Mapping[str, Any], path: Path, municipalities: set[str],
                ) -> Product:
        self.known_keys(table, path, {
            "municipality", "code", "upl_name", "upl_uri", "title_nl", "title_en",
            "summary_nl", "summary_en", "delivery", "working_days", "zaaktype", "document",
            "checklist", "fee",
        })
        municipality = self.text(table, path, "municipality")
        if municipality and municipality not in municipalities:
            self.problem((*path, "municipality"),
                         "Gemeente {code} staat niet in dit bestand.", code=municipality)
        code = self.text(table, path, "code")
        if code and not _PRODUCT_CODE.match(code):
            self.problem((*path, "code"), "Een productcode is 1 tot 40 kleine letters, cijfers "
                         "of streepjes, zoals \"paspoort\".")
        upl_name = self.text(table, path, "upl_name")
        upl_uri = self.text(table, path, "upl_uri", limit=300)
        self.check_upl(path, upl_name, upl_uri)
        delivery = self.choice(table, path, "delivery", [d.value for d in Delivery])
        working_days = 0
        if delivery == Delivery.PICKUP.value:
            working_days = self.number(table, path, "working_days", 1, MAX_WORKING_DAYS, None)
        elif "working_days" in table and delivery == Delivery.DIRECT.value:
            self.problem((*path, "working_days"), "Werkdagen horen alleen bij delivery = "
                         "\"pickup\"; een direct product is klaar terwijl u wacht.")
        document = self.text(table, path, "document", required=False, empty_ok=True)
        if document and document not in DOCUMENT_KINDS:
            self.problem((*path, "document"), "Onbekend document '{document}'. Kies uit: "
                         "{known}.", document=document, known=", ".join(DOCUMENT_KINDS))
        checklist = self.tables(table, (*path, "checklist"), self.checklist_item)
        tariffs = self.unique(
            self.tables(table, (*path, "fee"), self.tariff),
            lambda tariff: tariff.valid_from, (*path, "fee"),
            "Er staat al een tarief met valid_from {key} bij dit product.",
        )
        if isinstance(table.get("fee", []), list) and not table.get("fee"):
            self.problem(path, "Een product heeft minstens één tarief: [[product.fee]] met "
                         "valid_from en amount (amount = \"0.00\" als het gratis is).")
        return Product(
            municipality=municipality, code=code, upl_name=upl_name, upl_uri=upl_uri,
            title_nl=self.text(table, path, "title_nl"),
            title_en=self.text(table, path, "title_en", required=False, empty_ok=True),
            summary_nl=self.text(table, path, "summary_nl", limit=MAX_SUMMARY),
            summary_en=self.text(table, path, "summary_en", required=False, empty_ok=True,
                                 limit=MAX_SUMMARY),
            delivery=Delivery(delivery) if delivery else Delivery.DIRECT,
            working_days=working_days,
            zaaktype=self.text(table, path, "zaaktype", limit=1000),
            checklist=tuple(checklist),
            tariffs=tuple(sorted(tariffs, key=lambda tariff: tariff.valid_from)),
            document=document,
        )

    def check_upl(self, path: Path, name: str, uri: str) -> None:
        if uri and not uri.startswith(UPL_NAMESPACE):
            self.problem((*path, "upl_uri"), "Een UPL-URI begint met {prefix}.",
                         prefix=UPL_NAMESPACE)
            return
        known = self.upl_names(uri) if self.upl_names is not None and uri else None
        if name and known is not None and name not in known:
            self.problem((*path, "upl_name"), "Volgens de UPL heet {uri} '{known}', niet "
                         "'{name}'.", uri=uri, known=" / ".join(sorted(known)), name=name)

    def checklist_item(self, table: Mapping[str, Any], path: Path) -> ChecklistItem:
        self.known_keys(table, path, {"text_nl", "text_en", "when"})
        when = self.text(table, path, "when", required=False) or "always"
        try:
            condition = Condition.parse(when)
        except ValueError:
            self.problem((*path, "when"), "Onbekende voorwaarde '{when}'. Kies always, "
                         "under_18, lost_document of first_application, eventueel met "
                         "\"not \" ervoor.", when=when)
            condition = Condition()
        return ChecklistItem(self.text(table, path, "text_nl", limit=300),
                             self.text(table, path, "text_en", required=False, empty_ok=True,
                                       limit=300), condition)

    def tariff(self, table: Mapping[str, Any], path: Path) -> Tariff:
        self.known_keys(table, path, {"valid_from", "amount", "under_18", "option"})
        valid_from = table.get("valid_from")
        if not isinstance(valid_from, date) or isinstance(valid_from, datetime_type):
            if "valid_from" in table:
                self.problem((*path, "valid_from"), "Schrijf de datum zonder aanhalingstekens, "
                             "zoals valid_from = 2027-01-01.")
            else:
                self.problem(path, "Sleutel '{key}' ontbreekt.", key="valid_from")
            valid_from = date.min
        options = self.unique(
            self.tables(table, (*path, "option"), self.fee_option),
            lambda option: option.code, (*path, "option"),
            "Optie {key} staat meer dan eens bij dit tarief.",
        )
        under_18 = self.amount(table, path, "under_18", required=False)
        return Tariff(valid_from, self.amount(table, path, "amount") or 0,
                      under_18, tuple(options))

    def fee_option(self, table: Mapping[str, Any], path: Path) -> FeeOption:
        self.known_keys(table, path, {"code", "name_nl", "name_en", "amount", "working_days"})
        code = self.text(table, path, "code")
        if code and not _PRODUCT_CODE.match(code):
            self.problem((*path, "code"), "Een optiecode is 1 tot 40 kleine letters, cijfers "
                         "of streepjes, zoals \"spoed\".")
        working_days = (self.number(table, path, "working_days", 1, MAX_WORKING_DAYS, None)
                        if "working_days" in table else None)
        return FeeOption(code, self.text(table, path, "name_nl"),
                         self.text(table, path, "name_en", required=False, empty_ok=True),
                         self.amount(table, path, "amount") or 0, working_days)

    def amount(self, table: Mapping[str, Any], path: Path, key: str, *,
               required: bool = True) -> int | None:
        if key not in table:
            if required:
                self.problem(path, "Sleutel '{key}' ontbreekt.", key=key)
            return None
        value = table[key]
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return parse_amount(value)
        except ValueError:
            self.problem((*path, key), "Schrijf een bedrag in euro als tekst met twee "
                         "decimalen, zoals \"84.70\".")
            return None

    def choice(self, table: Mapping[str, Any], path: Path, key: str, allowed: list[str],
               ) -> str:
        value = self.text(table, path, key)
        if value and value not in allowed:
            self.problem((*path, key), "Kies uit: {allowed}.", allowed=", ".join(allowed))
            return ""
        return value

    # -- building blocks ------------------------------------------------------------------

    def known_keys(self, table: Mapping[str, Any], path: Path, known: set[str]) -> None:
        for key in table:
            if key not in known:
                self.problem((*path, key), "Onbekende sleutel '{key}'. Bedoelt u een van: "
                             "{known}?", key=key, known=", ".join(sorted(known)))

    def tables(self, document: Mapping[str, Any], path: Path,
                  read: Callable[[Mapping[str, Any], Path], _T]) -> list[_T]:
        name = path[-1]
        assert isinstance(name, str)
        entries = document.get(name, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.problem(path, "Schrijf dit als een lijst van tabellen: [[{name}]].",
                         name=_table_name(path))
            return []
        return [read(entry, (*path, index)) for index, entry in enumerate(entries)]

    def unique(self, specs: list[_T], key: Callable[[_T], object], path: Path | str,
               message: str) -> list[_T]:
        base: Path = (path,) if isinstance(path, str) else path
        seen: set[object] = set()
        kept = []
        for index, spec in enumerate(specs):
            value = key(spec)
            if value in ("", None):
                continue
            if value in seen:
                self.problem((*base, index), message, key=value)
                continue
            seen.add(value)
            kept.append(spec)
        return kept

    def text(self, table: Mapping[str, Any], path: Path, key: str, *, required: bool = True,
             empty_ok: bool = False, limit: int = 200) -> str:
        if key not in table:
            if required:
                self.problem(path, "Sleutel '{key}' ontbreekt.", key=key)
            return ""
        value = table[key]
        if not isinstance(value, str):
            self.problem((*path, key), "Hier hoort tekst tussen aanhalingstekens.")
            return ""
        if not value.strip() and not empty_ok:
            self.problem((*path, key), "Deze tekst mag niet leeg zijn.")
        if len(value) > limit:
            self.problem((*path, key), "Deze tekst is langer dan {limit} tekens.", limit=limit)
        return value.strip()

    def number(self, table: Mapping[str, Any], path: Path, key: str, low: int, high: int,
               default: int | None) -> int:
        if key not in table:
            if default is None:
                self.problem(path, "Sleutel '{key}' ontbreekt.", key=key)
                return low
            return default
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem((*path, key), "Hier hoort een geheel getal van {low} tot en met "
                         "{high}.", low=low, high=high)
            return low
        return value


def _table_name(path: Path) -> str:
    return ".".join(part for part in path if isinstance(part, str))

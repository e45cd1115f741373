"""The product catalogue: what a municipality offers at the counter, one source for every channel.

A product is one municipality's version of a UPL product (Uniforme Productnamenlijst: its name
and URI are the same everywhere): a plain-Dutch summary, a checklist of what the visitor must
bring (items may apply only to a minor, a lost document or a first application), its fees
(leges) by the date they take effect, so next year's prices can be entered before New Year,
how it is delivered (ready while you wait, or for pickup after N working days), the zaaktype it
is registered under, and English text where the municipality writes it.

Money is integer cents throughout; nothing here uses floats.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from workstation.domain.errors import UserFacingError
from workstation.domain.working_days import add_working_days

UPL_NAMESPACE = "http://standaarden.overheid.nl/owms/terms/"
DOCUMENT_KINDS = ("uittreksel-brp", "uittreksel-brp-gezag")
"""The documents Loket produces itself (workstation/documents); other products are made
elsewhere (passports by RvIG's supplier) and only ordered here."""
_AMOUNT = re.compile(r"^(\d{1,6})(?:[.,](\d{2}))?$")


class Delivery(enum.StrEnum):
    DIRECT = "direct"  # klaar terwijl u wacht
    PICKUP = "pickup"  # afhalen na N werkdagen


class Fact(enum.StrEnum):
    """What a checklist condition can ask about the visitor's situation."""

    UNDER_18 = "under_18"
    LOST_DOCUMENT = "lost_document"
    FIRST_APPLICATION = "first_application"


@dataclass(frozen=True, slots=True)
class Condition:
    """When a checklist item applies: always (``fact`` None), or when ``fact`` holds (or,
    ``negated``, when it does not). Written in the site file as ``"always"``, ``"under_18"``
    or ``"not first_application"``."""

    fact: Fact | None = None
    negated: bool = False

    @classmethod
    def parse(cls, text: str) -> Condition:
        """ValueError for anything but the written forms above."""
        words = text.strip().split()
        if words == ["always"]:
            return cls()
        negated = len(words) == 2 and words[0] == "not"
        if len(words) != (2 if negated else 1):
            raise ValueError(text)
        return cls(Fact(words[-1]), negated)

    def text(self) -> str:
        if self.fact is None:
            return "always"
        return f"not {self.fact.value}" if self.negated else self.fact.value

    def holds(self, situation: Situation) -> bool:
        if self.fact is None:
            return True
        return situation.has(self.fact) != self.negated


@dataclass(frozen=True, slots=True)
class Situation:
    """The visitor's answers that the checklist and fee depend on."""

    under_18: bool = False
    lost_document: bool = False
    first_application: bool = False

    @classmethod
    def of(cls, birth_date: date | None, on: date, *, lost_document: bool = False,
           first_application: bool = False) -> Situation:
        """The situation of someone born on ``birth_date`` (unknown: adult) on the day ``on``."""
        return cls(birth_date is not None and age_on(birth_date, on) < 18, lost_document,
                   first_application)

    def has(self, fact: Fact) -> bool:
        return bool(getattr(self, fact.value))


def age_on(birth_date: date, on: date) -> int:
    """Completed years; someone born on 29 February has their birthday on 1 March."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    text_nl: str
    text_en: str = ""
    when: Condition = Condition()

    def text(self, language: str) -> str:
        return self.text_en if language == "en" and self.text_en else self.text_nl


@dataclass(frozen=True, slots=True)
class FeeOption:
    """A surcharge the visitor may choose, e.g. ``spoed`` (express delivery), which may make a
    pickup ready sooner (``working_days``)."""

    code: str
    name_nl: str
    name_en: str
    amount_cents: int
    working_days: int | None = None

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_nl


@dataclass(frozen=True, slots=True)
class Tariff:
    """The fee from ``valid_from`` until the next tariff of the product takes effect."""

    valid_from: date
    amount_cents: int
    under_18_cents: int | None = None  # None: minors pay the same
    options: tuple[FeeOption, ...] = ()

    def option(self, code: str) -> FeeOption | None:
        return next((option for option in self.options if option.code == code), None)


@dataclass(frozen=True, slots=True)
class FeeLine:
    description_nl: str
    description_en: str
    amount_cents: int

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_nl


@dataclass(frozen=True, slots=True)
class FeeQuote:
    """What a product costs on one day, line by line (leges, then each chosen option)."""

    valid_from: date
    lines: tuple[FeeLine, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)


@dataclass(frozen=True, slots=True)
class Product:
    municipality: str  # CBS code
    code: str  # unique within the municipality: "paspoort", "uittreksel-brp"
    upl_name: str
    upl_uri: str
    title_nl: str
    summary_nl: str
    delivery: Delivery
    zaaktype: str  # the zaaktype's URL, or its identificatie/omschrijving (embedded registry)
    title_en: str = ""
    summary_en: str = ""
    working_days: int = 0  # pickup: ready on the N-th working day after the order
    checklist: tuple[ChecklistItem, ...] = ()
    tariffs: tuple[Tariff, ...] = ()  # by valid_from
    document: str = ""  # the document Loket produces for it ("uittreksel-brp"), if any

    @property
    def offers_english(self) -> bool:
        return bool(self.title_en and self.summary_en)

    def title(self, language: str) -> str:
        return self.title_en if language == "en" and self.title_en else self.title_nl

    def summary(self, language: str) -> str:
        return self.summary_en if language == "en" and self.summary_en else self.summary_nl

    def checklist_for(self, situation: Situation) -> tuple[ChecklistItem, ...]:
        """The items that apply to this visitor, in the order written."""
        return tuple(item for item in self.checklist if item.when.holds(situation))

    def tariff_on(self, day: date) -> Tariff:
        """The tariff in force on ``day``; NoTariff when none has taken effect yet."""
        current = [tariff for tariff in self.tariffs if tariff.valid_from <= day]
        if not current:
            raise NoTariff(self, day)
        return max(current, key=lambda tariff: tariff.valid_from)

    def fee_on(self, day: date, situation: Situation, options: Iterable[str] = ()) -> FeeQuote:
        """The fee for this visitor on ``day`` with the chosen ``options`` (codes)."""
        tariff = self.tariff_on(day)
        minor = situation.under_18 and tariff.under_18_cents is not None
        base = FeeLine(
            f"Leges {self.title_nl}" + (" (jonger dan 18)" if minor else ""),
            f"Fee {self.title('en')}" + (" (under 18)" if minor else ""),
            tariff.under_18_cents if minor and tariff.under_18_cents is not None
            else tariff.amount_cents,
        )
        lines = [base]
        for code in dict.fromkeys(options):
            option = tariff.option(code)
            if option is None:
                raise UnknownOption(self, code)
            lines.append(FeeLine(option.name_nl, option.name("en"), option.amount_cents))
        return FeeQuote(tariff.valid_from, tuple(lines))

    def ready_on(self, ordered_on: date, options: Iterable[str] = ()) -> date:
        """When the visitor can have it: the same day when direct; a chosen option with its
        own working days (spoed) makes a pickup ready sooner."""
        if self.delivery is Delivery.DIRECT:
            return ordered_on
        chosen = set(options)
        sooner = [option.working_days for option in self.tariff_on(ordered_on).options
                  if option.code in chosen and option.working_days is not None] \
            if chosen else []
        return add_working_days(ordered_on, min([self.working_days, *sooner]))


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every product of the site, by municipality and code."""

    products: tuple[Product, ...] = ()

    def for_municipality(self, municipality: str) -> tuple[Product, ...]:
        return tuple(p for p in self.products if p.municipality == municipality)

    def product(self, municipality: str, code: str) -> Product:
        for product in self.products:
            if product.municipality == municipality and product.code == code:
                return product
        raise UnknownProduct(municipality, code)

    def search(self, municipality: str, text: str, language: str = "nl") -> tuple[Product, ...]:
        """Products whose title, UPL name or code contains every word of ``text``."""
        words = text.casefold().split()
        return tuple(
            p for p in self.for_municipality(municipality)
            if all(word in f"{p.title(language)} {p.title_nl} {p.upl_name} {p.code}".casefold()
                   for word in words)
        )


class NoTariff(UserFacingError):
    def __init__(self, product: Product, day: date) -> None:
        super().__init__(
            "Voor {product} is op {day} geen tarief vastgesteld.",
            "Vraag de beheerder de leges in het sitebestand aan te vullen.",
            detail=f"no tariff for {product.municipality}/{product.code} on {day}",
            product=product.title_nl, day=f"{day:%d-%m-%Y}",
        )


class UnknownOption(UserFacingError):
    def __init__(self, product: Product, code: str) -> None:
        super().__init__(
            "{product} kent de optie '{option}' niet.", "Kies een optie uit de lijst.",
            detail=f"option {code!r} unknown for {product.municipality}/{product.code}",
            product=product.title_nl, option=code,
        )


class UnknownProduct(UserFacingError):
    def __init__(self, municipality: str, code: str) -> None:
        super().__init__(
            "Product '{code}' staat niet in de catalogus van deze gemeente.",
            "Kies een product uit de lijst.",
            detail=f"product {code!r} unknown for municipality {municipality}",
            code=code,
        )


def parse_amount(text: str) -> int:
    """Cents from ``"84.70"``, ``"84,70"`` or ``"84"``; ValueError otherwise."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError(text)
    return int(match.group(1)) * 100 + int(match.group(2) or 0)


def format_amount(cents: int) -> str:
    """The site file's form: ``"84.70"``."""
    return f"{cents // 100}.{cents % 100:02d}"


def euro(cents: int) -> str:
    """Dutch notation for screens and paper: ``€ 1.234,56``."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"€ {sign}{whole:,}".replace(",", ".") + f",{rest:02d}"

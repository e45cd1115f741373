"""The product catalogue as every channel sees it: counter, phone and kiosk read the same
products, checklists and fees from the site database through this one service, so the answer
is the same wherever the visitor asks (docs/decisions/0025-catalogue-and-orders.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Protocol

from workstation.domain.catalogue import (
    Catalogue,
    ChecklistItem,
    FeeQuote,
    Product,
    Situation,
)
from workstation.domain.queue import business_day
from workstation.domain.site import MunicipalityInfo


class CatalogueReader(Protocol):
    def catalogue(self) -> Catalogue:
        """Every product of the site (the site database's current catalogue)."""
        ...

    def municipality(self, code: str) -> MunicipalityInfo:
        """NotFound when the site has no municipality with this code."""
        ...


class CatalogueService:
    def __init__(self, reader: CatalogueReader,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._reader = reader
        self._clock = clock

    def today(self) -> date:
        """The site's calendar day (Amsterdam), the day fees are computed for."""
        return business_day(self._clock())

    def all_products(self) -> tuple[Product, ...]:
        """Every municipality's products, by municipality and code."""
        return self._reader.catalogue().products

    def products(self, municipality: str) -> tuple[Product, ...]:
        return self._reader.catalogue().for_municipality(municipality)

    def product(self, municipality: str, code: str) -> Product:
        """UnknownProduct when the municipality does not offer ``code``."""
        return self._reader.catalogue().product(municipality, code)

    def search(self, municipality: str, text: str, language: str = "nl",
               ) -> tuple[Product, ...]:
        return self._reader.catalogue().search(municipality, text, language)

    def municipality(self, code: str) -> MunicipalityInfo:
        return self._reader.municipality(code)

    def checklist(self, product: Product, situation: Situation) -> tuple[ChecklistItem, ...]:
        return product.checklist_for(situation)

    def fee_today(self, product: Product, situation: Situation,
                  options: Iterable[str] = ()) -> FeeQuote:
        """The fee on today's date (NoTariff when none is in force)."""
        return product.fee_on(self.today(), situation, options)

    def ready_on(self, product: Product, options: Iterable[str] = ()) -> date:
        """When a product ordered today with ``options`` can be picked up (today, when
        direct)."""
        return product.ready_on(self.today(), options)

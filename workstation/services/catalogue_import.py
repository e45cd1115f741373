"""Import one municipality's catalogue from a product source (an Open Product server).

The imported products replace that municipality's products and go through exactly the path
of a site file: the wanted site is written as a site file and imported, so the same checks
apply, only the differences are written, in one transaction, and running it twice changes
nothing (docs/decisions/0025-catalogue-and-orders.md).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Protocol

from workstation.domain.catalogue import Product
from workstation.domain.errors import NotFound
from workstation.domain.site_file_writer import write_site_file
from workstation.services.site_admin import SiteAdmin, SiteChanges

log = logging.getLogger("loket.db")


class ProductSource(Protocol):
    def products(self, municipality: str) -> tuple[Product, ...]:
        """The municipality's products; a UserFacingError naming what could not be taken."""
        ...


class CatalogueImport:
    def __init__(self, source: ProductSource, admin: SiteAdmin) -> None:
        self._source = source
        self._admin = admin

    def run(self, municipality: str, *, dry_run: bool = False) -> SiteChanges:
        current = self._admin.current_site()
        if municipality not in {m.code for m in current.municipalities}:
            raise NotFound("Gemeente {code} staat niet in de site.",
                           "Importeer eerst het sitebestand met deze gemeente.",
                           detail=f"catalogue import for unknown municipality {municipality}",
                           code=municipality)
        imported = self._source.products(municipality)
        others = tuple(p for p in current.products if p.municipality != municipality)
        wanted = replace(current, products=tuple(sorted(
            others + imported, key=lambda p: (p.municipality, p.code))))
        changes = self._admin.import_text(write_site_file(wanted), dry_run=dry_run)
        log.info("catalogue import for %s: %d product(s) from the source; %s", municipality,
                 len(imported), changes.summary())
        return changes

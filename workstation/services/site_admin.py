"""Site administration: import the site file into the site database, export it back.

An import checks the whole file first (``read_site_file``), compares it with the current site
and applies only the differences, in one unit of work: running it twice changes nothing. What
the file no longer names is removed, except that a service, counter or staff member with
history (tickets, events, sessions) is retired instead (``active = false``), so statistics
keep their references; naming it again brings it back. Products have no history in the site
database (orders live on the workstations), so a product the file drops is deleted.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Protocol, Self, TypeVar

from workstation.domain.catalogue import Product
from workstation.domain.site_file import (
    CounterSpec,
    LocationSpec,
    MunicipalitySpec,
    OpeningPeriod,
    Removal,
    ServiceSpec,
    SiteFile,
    StaffSpec,
    UplNames,
    read_site_file,
)
from workstation.domain.site_file_writer import write_site_file

log = logging.getLogger("loket.db")

_K = TypeVar("_K")
_V = TypeVar("_V")


class SiteUnitOfWork(Protocol):
    """One transaction on the site tables; rolled back unless committed."""

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    def commit(self) -> None: ...

    def current_site(self) -> SiteFile:
        """The site as it is now: what is active, in site-file form."""
        ...

    def put_municipality(self, spec: MunicipalitySpec) -> None: ...

    def put_location(self, spec: LocationSpec) -> None:
        """Add or update the location's own fields (not its services, counters or hours)."""
        ...

    def put_service(self, location: str, spec: ServiceSpec, position: int) -> None:
        """Add, update or bring back a retired service."""
        ...

    def put_counter(self, location: str, spec: CounterSpec) -> None:
        """Add, update or bring back a retired counter, with exactly these services."""
        ...

    def set_opening_hours(self, location: str, periods: tuple[OpeningPeriod, ...]) -> None: ...

    def put_staff(self, spec: StaffSpec) -> None: ...

    def remove_counter(self, location: str, number: int) -> Removal: ...

    def remove_service(self, location: str, letter: str) -> Removal: ...

    def remove_location(self, code: str) -> None:
        """Delete a location without history; UserFacingError when it has some."""
        ...

    def remove_municipality(self, code: str) -> None: ...

    def remove_staff(self, code: str) -> Removal: ...

    def put_product(self, spec: Product) -> None:
        """Add or replace a product with its checklist and tariffs."""
        ...

    def remove_product(self, municipality: str, code: str) -> None: ...


_NOUNS = {
    "municipality": ("gemeente", "gemeenten"),
    "location": ("vestiging", "vestigingen"),
    "service": ("dienst", "diensten"),
    "counter": ("balie", "balies"),
    "staff": ("medewerker", "medewerkers"),
    "product": ("product", "producten"),
}
_VERBS = {"added": "toegevoegd", "changed": "gewijzigd", "deleted": "verwijderd",
          "retired": "buiten gebruik gesteld"}


@dataclass
class SiteChanges:
    """What an import changed, counted per kind and action."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def note(self, kind: str, action: str) -> None:
        self.counts[(kind, action)] += 1

    @property
    def changed_anything(self) -> bool:
        return bool(self.counts)

    def summary(self) -> str:
        """Plain Dutch: "3 diensten toegevoegd, 1 balie buiten gebruik gesteld"."""
        if not self.counts:
            return "Niets gewijzigd: de site is al zoals het bestand beschrijft."
        parts = []
        for kind, (one, many) in _NOUNS.items():
            for action, verb in _VERBS.items():
                count = self.counts.get((kind, action), 0)
                if count:
                    parts.append(f"{count} {one if count == 1 else many} {verb}")
        return ", ".join(parts) + "."


class SiteAdmin:
    def __init__(self, unit_of_work: Callable[[], SiteUnitOfWork],
                 logo_exists: Callable[[str], bool] | None = None,
                 upl_names: UplNames | None = None) -> None:
        self._uow = unit_of_work
        self._logo_exists = logo_exists
        self._upl_names = upl_names

    def import_text(self, source: str, *, dry_run: bool = False) -> SiteChanges:
        """Check ``source`` as a whole (SiteFileInvalid lists every problem), then apply it."""
        return self.apply(read_site_file(source, self._logo_exists, self._upl_names),
                          dry_run=dry_run)

    def apply(self, wanted: SiteFile, *, dry_run: bool = False) -> SiteChanges:
        changes = SiteChanges()
        with self._uow() as uow:
            current = uow.current_site()
            _apply(uow, current, wanted, changes)
            if not dry_run and changes.changed_anything:
                uow.commit()
        log.info("site import%s: %s", " (dry run)" if dry_run else "", changes.summary())
        return changes

    def current_site(self) -> SiteFile:
        with self._uow() as uow:
            return uow.current_site()

    def export_text(self) -> str:
        with self._uow() as uow:
            return write_site_file(uow.current_site())


def _apply(uow: SiteUnitOfWork, current: SiteFile, wanted: SiteFile,
           changes: SiteChanges) -> None:
    now_municipalities = _by(current.municipalities, lambda s: s.code)
    for municipality in wanted.municipalities:
        _put("municipality", now_municipalities.get(municipality.code), municipality,
             uow.put_municipality, changes)

    now_locations = _by(current.locations, lambda s: s.code)
    for location in wanted.locations:
        _put_location(uow, now_locations.get(location.code), location, changes)
    for code, before in now_locations.items():
        if code not in {location.code for location in wanted.locations}:
            _put_location(uow, before, None, changes)
            uow.remove_location(code)
            changes.note("location", "deleted")

    # Products before municipalities: a municipality the file drops takes its products along.
    now_products = _by(current.products, lambda p: (p.municipality, p.code))
    wanted_products = _by(wanted.products, lambda p: (p.municipality, p.code))
    for key, product in wanted_products.items():
        _put("product", now_products.get(key), product, uow.put_product, changes)
    for owner, code in sorted(now_products.keys() - wanted_products.keys()):
        uow.remove_product(owner, code)
        changes.note("product", "deleted")

    for code in now_municipalities:
        if code not in {municipality.code for municipality in wanted.municipalities}:
            uow.remove_municipality(code)
            changes.note("municipality", "deleted")

    now_staff = _by(current.staff, lambda s: s.code)
    for member in wanted.staff:
        _put("staff", now_staff.get(member.code), member, uow.put_staff, changes)
    for code in now_staff:
        if code not in {member.code for member in wanted.staff}:
            changes.note("staff", uow.remove_staff(code).value)


def _put_location(uow: SiteUnitOfWork, before: LocationSpec | None,
                  wanted: LocationSpec | None, changes: SiteChanges) -> None:
    """A location's own fields, then its services, counters and opening hours.

    With ``wanted`` None, its counters and services are removed (before the location itself).
    """
    if wanted is not None:
        own_before = _own_fields(before) if before else None
        if own_before != _own_fields(wanted):
            uow.put_location(wanted)
            changes.note("location", "changed" if before else "added")
        elif before is not None and before.opening_hours != wanted.opening_hours:
            changes.note("location", "changed")
        if before is None or before.opening_hours != wanted.opening_hours:
            uow.set_opening_hours(wanted.code, wanted.opening_hours)
    located = wanted or before
    assert located is not None
    code = located.code
    services_before = {s.letter: (i, s) for i, s in enumerate(before.services)} if before else {}
    services_wanted = {s.letter: (i, s) for i, s in enumerate(wanted.services)} if wanted else {}
    for letter, (position, service) in services_wanted.items():
        if services_before.get(letter) != (position, service):
            uow.put_service(code, service, position)
            changes.note("service", "changed" if letter in services_before else "added")
    counters_before = _by(before.counters, lambda c: c.number) if before else {}
    counters_wanted = _by(wanted.counters, lambda c: c.number) if wanted else {}
    for number, counter in counters_wanted.items():
        if counters_before.get(number) != counter:
            uow.put_counter(code, counter)
            changes.note("counter", "changed" if number in counters_before else "added")
    for number in sorted(counters_before.keys() - counters_wanted.keys()):
        changes.note("counter", uow.remove_counter(code, number).value)
    for letter in sorted(services_before.keys() - services_wanted.keys()):
        changes.note("service", uow.remove_service(code, letter).value)


def _own_fields(spec: LocationSpec) -> LocationSpec:
    return replace(spec, services=(), counters=(), opening_hours=())


def _put(kind: str, before: _V | None, wanted: _V, put: Callable[[_V], None],
         changes: SiteChanges) -> None:
    if before != wanted:
        put(wanted)
        changes.note(kind, "changed" if before is not None else "added")


def _by(items: tuple[_V, ...], key: Callable[[_V], _K]) -> Mapping[_K, _V]:
    return {key(item): item for item in items}

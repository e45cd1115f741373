"""Registries in memory that behave like the real ones where the relay cares: they commit,
they can fail before or AFTER committing (the dropped connection), and they adopt by key."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field

from workstation.domain.audit import ProcessingRecord
from workstation.domain.cases import NewZaak, ZaakRef
from workstation.domain.contacts import (
    CallbackRef,
    KlantcontactRef,
    NewCallbackRequest,
    NewKlantcontact,
)
from workstation.domain.registry_errors import RegistryRejected, RegistryUnavailable


@dataclass
class FakeRegistries:
    """Faults are queued per call: "before" (nothing stored), "after" (stored, then the
    answer is lost), "reject" (a 400 that is not a duplicate)."""

    faults: list[str] = field(default_factory=list)
    created: Counter[str] = field(default_factory=Counter)  # natural key -> creations
    bodies: dict[str, list[object]] = field(default_factory=dict)  # key -> bodies received
    order: list[str] = field(default_factory=list)  # keys in the order first stored
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _call(self, key: str, body: object) -> None:
        with self._lock:
            fault = self.faults.pop(0) if self.faults else ""
            self.bodies.setdefault(key, []).append(body)
            if fault == "before":
                raise RegistryUnavailable("De registratie is niet bereikbaar.", detail="timeout")
            if fault == "reject":
                raise RegistryRejected("De registratie weigert dit: {why}.", why="ongeldig",
                                       detail="400")
            if key not in self.created:  # adopt by natural key
                self.created[key] += 1
                self.order.append(key)
            if fault == "after":
                raise RegistryUnavailable("De verbinding viel weg.", detail="dropped")

    def create_zaak(self, zaak: NewZaak) -> ZaakRef:
        self._call(f"zaak:{zaak.identificatie}", zaak)
        return ZaakRef(url=f"http://zaken/{zaak.identificatie}", identificatie=zaak.identificatie)

    def record_contact(self, contact: NewKlantcontact) -> KlantcontactRef:
        self._call(f"klantcontact:{contact.referentienummer}", contact)
        return KlantcontactRef(url=f"http://ok/kc/{contact.referentienummer}",
                               referentienummer=contact.referentienummer)

    def request_callback(self, callback: NewCallbackRequest) -> CallbackRef:
        self._call(f"internetaak:{callback.referentienummer}", callback)
        return CallbackRef(url=f"http://ok/it/{callback.referentienummer}",
                           referentienummer=callback.referentienummer)

    def append(self, record: ProcessingRecord) -> str:
        self._call(f"audit:{record.record_id}", record)
        return f"audit:{record.record_id}"

"""Composition root of the KCC half: Settings -> workstation store, registries (HTTP adapters
when configured, the embedded registry otherwise), audit trail, services, sync relay.

Like app.py, the only place that knows the concrete adapters (DESIGN.md §3).
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Protocol, runtime_checkable

from workstation.app import Site, open_site_from
from workstation.domain.desk import parse_actor
from workstation.domain.errors import UserFacingError
from workstation.domain.order import DocumentRequest
from workstation.domain.person import LookupPurpose, Person, PersonQuery
from workstation.registries import case_registry, contact_registry
from workstation.services.audit_trail import AuditConfig, LocalAuditTrail
from workstation.services.catalogue_service import CatalogueService
from workstation.services.contact_service import ContactService, KeyConfig
from workstation.services.customer_service import CustomerService, forget_lookups
from workstation.services.desk_service import DeskConfig, DeskService
from workstation.services.device_ports import DeviceBoard
from workstation.services.order_service import (
    DocumentProducer,
    OrderService,
    ProducedDocument,
    ReceiptPrinter,
)
from workstation.services.registry_ports import CaseRegistry, ContactRegistry, PersonDirectory
from workstation.services.supervisor_heartbeat import BacklogHeartbeat
from workstation.settings import Settings, read_secret
from workstation.store.catalogue_events import SiteDeliveryEvents
from workstation.store.local.database import FILE_NAME, WorkstationDatabase
from workstation.store.local.embedded_registry import EmbeddedRegistry
from workstation.store.local.order_store import OrderStore
from workstation.store.local.outbox_store import WorkstationStore
from workstation.store.local.relay_lock import RelayBusy, RelayLock
from workstation.store.site_audit import SiteAuditLog
from workstation.store.site_events import SiteEventLog
from workstation.sync.embedded_brp import EmbeddedPersonDirectory
from workstation.sync.relay import Relay

log = logging.getLogger("loket.sync")

DEMO_PUBLIC_KEY = "demo_privacy_officer_public.pem"
DEMO_ACTOREN = ("afd:burgerzaken=Burgerzaken", "grp:paspoorten=Team Paspoorten",
                "afd:belastingen=Belastingen", "afd:wmo=Wmo-loket")
_STATUSTYPEN = ("Ontvangen", "In behandeling", "Afgehandeld")
DEMO_ZAAKTYPEN = (
    ("PASPOORT", "Paspoort aanvragen", _STATUSTYPEN),
    ("RIJBEWIJS", "Rijbewijs aanvragen", _STATUSTYPEN),
    ("MELDING-OR", "Melding openbare ruimte", _STATUSTYPEN),
    ("VERHUIZING", "Verhuizing doorgeven", _STATUSTYPEN),
    # The demo catalogue's other zaaktypen (resources/demo/regional_kcc.toml [[product]]).
    ("ID-KAART", "Identiteitskaart aanvragen", _STATUSTYPEN),
    ("UITTREKSEL-BRP", "Uittreksel BRP verstrekken", _STATUSTYPEN),
    ("GEHEIMHOUDING", "Geheimhouding persoonsgegevens", _STATUSTYPEN),
    ("VOG", "Verklaring Omtrent het Gedrag aanvragen", _STATUSTYPEN),
    ("LEGALISATIE", "Legalisatie handtekening", _STATUSTYPEN),
    ("PARKEERVERGUNNING", "Parkeervergunning", _STATUSTYPEN),
)


class AuditNotConfigured(UserFacingError):
    """No public key of the privacy officer: lookups cannot be recorded, so none are made."""


@dataclass
class Kcc:
    settings: Settings
    database: WorkstationDatabase
    store: WorkstationStore
    cases: CaseRegistry
    contacts: ContactRegistry
    directory: PersonDirectory | None
    keys: KeyConfig

    @cached_property
    def audit(self) -> AuditConfig:
        return audit_config(self.settings)

    @cached_property
    def site(self) -> Site:
        """The site database, where audit records go (at this build's schema)."""
        return open_site_from(self.settings)

    def customer_service(self) -> CustomerService:
        return CustomerService(self.directory or _NoDirectory(), self.cases, self.contacts,
                               self.store, self.audit)

    def contact_service(self, relay: Relay | None = None) -> ContactService:
        return ContactService(self.store, self.keys,
                              notify=relay.wake if relay else lambda: None)

    def desk_service(self, municipality_code: str, relay: Relay | None = None) -> DeskService:
        """The desk's use cases; ``municipality_code`` (CBS, 4 digits) of the location's
        municipality, for the anonymous service events."""
        actoren = self.settings.klantinteracties.actoren or (
            list(DEMO_ACTOREN) if self.settings.demo else [])
        config = DeskConfig(
            municipality_code=municipality_code, location_code=self.settings.workstation.location,
            workstation=self.audit.workstation, doelbinding=self.settings.brp.doelbinding,
            verwerking=self.settings.brp.verwerking,
            actoren=tuple(parse_actor(text) for text in actoren))
        return DeskService(self.customer_service(), self.contact_service(relay), self.contacts,
                           config)

    def audit_trail(self, relay: Relay | None = None) -> LocalAuditTrail:
        return LocalAuditTrail(self.store, self.audit,
                               notify=relay.wake if relay else lambda: None)

    def relay(self) -> Relay:
        return Relay(self.store, self.cases, self.contacts, SiteAuditLog(self.site.database),
                     deliveries=SiteDeliveryEvents(self.site.database),
                     events=SiteEventLog(self.site.database))

    def backlog_heartbeat(self) -> BacklogHeartbeat:
        """Tells the supervisor's view what this workstation's outbox still holds."""
        where = self.settings.workstation
        return self.site.backlog_heartbeat(workstation_name(self.settings), where.location,
                                           where.role)

    def catalogue_service(self) -> CatalogueService:
        """The one catalogue every channel reads (the site database's products)."""
        return self.site.catalogue

    def order_documents(self) -> DocumentProducer:
        """The uittreksels of the orders, signed by the documents module (ADR 0026); made
        ready at the first order that needs one, not with the window (reportlab, pypdf and
        the signing key are a third of a second)."""
        settings, purpose = self.settings, self.purpose()

        def build() -> DocumentProducer:
            from workstation.wiring.documents import document_maker_from, gezag_directory_from
            from workstation.wiring.order_documents import OrderDocuments

            return OrderDocuments(document_maker_from(settings), gezag_directory_from(settings),
                                  purpose)

        return DocumentsOnFirstUse(build)

    def receipt_printer(self, board: Callable[[], DeviceBoard | None]) -> ReceiptPrinter:
        """The ESC/POS printer of the workstation's devices, once ``board`` gives them."""
        from workstation.wiring.receipt_printer import StartingReceiptPrinter

        return StartingReceiptPrinter(board)

    def order_service(self, printer: ReceiptPrinter, documents: DocumentProducer,
                      relay: Relay | None = None) -> OrderService:
        return OrderService(OrderStore(self.database), self.catalogue_service(), self.keys,
                            printer, documents, notify=relay.wake if relay else lambda: None)

    def purpose(self, doelbinding: str = "", verwerking: str = "",
                gebruiker: str = "") -> LookupPurpose:
        return LookupPurpose(
            doelbinding or self.settings.brp.doelbinding,
            verwerking or self.settings.brp.verwerking,
            gebruiker or self.settings.workstation.staff or getpass.getuser(),
        )

    def close(self) -> None:
        self.database.dispose()
        if "site" in self.__dict__:
            self.site.close()
        for client in (self.directory, self.cases, self.contacts):
            if isinstance(client, _HttpClient):
                client.close()  # its connection pool


@runtime_checkable
class _HttpClient(Protocol):
    """A registry reached over HTTP (the BRP gateway, Open Zaak, Open Klant): its
    connection pool is closed with the KCC half."""

    def close(self) -> None: ...


class BackgroundSync:
    """The relay of a desk workstation's GUI, in the background while the program runs
    (ADR 0020): not started when another process (``sync run``, a second Loket) already
    delivers this store; stopped, and its lock released, at exit."""

    def __init__(self, kcc: Kcc) -> None:
        self._kcc = kcc
        self._lock: RelayLock | None = None
        self.relay: Relay | None = None

    def start(self) -> bool:
        """Whether this process now delivers the outbox."""
        lock = RelayLock(self._kcc.database.path)
        try:
            lock.__enter__()
        except RelayBusy as exc:
            log.info("sync relay not started here: %s", exc.detail)
            return False
        self._lock = lock
        self.relay = self._kcc.relay()
        self.relay.start()
        return True

    def stop(self) -> None:
        relay, lock = self.relay, self._lock
        self.relay = self._lock = None
        if relay is not None:
            relay.stop()
        if lock is not None:
            lock.__exit__(None, None, None)


class _NoDirectory:
    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        raise UserFacingError(
            "Er is geen personenregister (BRP) ingericht.",
            "Vraag IT de sectie [brp] in te vullen.",
            detail="no PersonDirectory configured",
        )


def open_kcc(settings: Settings) -> Kcc:
    database = WorkstationDatabase.in_directory(settings.data_path)
    embedded = EmbeddedRegistry(database)
    if settings.demo:
        for identificatie, omschrijving, statustypen in DEMO_ZAAKTYPEN:
            embedded.define_zaaktype(identificatie, omschrijving, statustypen)
    # Each registry independently: the HTTP adapter when configured, else the embedded one.
    cases: CaseRegistry = case_registry(settings) or embedded
    contacts: ContactRegistry = contact_registry(settings) or embedded
    return Kcc(
        settings=settings, database=database, store=WorkstationStore(database),
        cases=cases, contacts=contacts, directory=person_directory(settings),
        keys=KeyConfig(settings.sync.workstation_number, settings.sync.zaak_prefix),
    )


def forget_lookups_here(settings: Settings) -> int:
    """Day close on this machine: forget the persons its workstation store has cached today
    (none when it has no store: a machine that never looked anyone up)."""
    if not (settings.data_path / FILE_NAME).exists():
        return 0
    database = WorkstationDatabase.in_directory(settings.data_path)
    try:
        return forget_lookups(WorkstationStore(database))
    finally:
        database.dispose()


def person_directory(settings: Settings) -> PersonDirectory | None:
    """The BRP gateway when [brp] url is set; the RvIG test persons in the demo; else none
    (lookups then say that IT must configure [brp])."""
    brp = settings.brp
    if brp.url:
        from workstation.sync.brp_client import (  # httpx: only where a gateway is set
            ApiKey,
            BrpGateway,
            HttpPersonDirectory,
            OAuth2ClientCredentials,
        )

        auth: ApiKey | OAuth2ClientCredentials = (
            OAuth2ClientCredentials(brp.token_url, brp.client_id,
                                    read_secret("brp_client_secret"), brp.scope)
            if brp.auth == "oauth2" else ApiKey(read_secret("brp_api_key"), brp.api_key_header))
        cert = (brp.client_cert_file, brp.client_key_file) if brp.client_cert_file else None
        return HttpPersonDirectory(BrpGateway(brp.url, auth, brp.origin_oin, cert, brp.timeout_s,
                                              brp.ca_file, brp.own_municipality))
    if settings.demo:
        return EmbeddedPersonDirectory()
    return None


def audit_config(settings: Settings) -> AuditConfig:
    configured = settings.audit.public_key_file
    if configured:
        try:
            pem = Path(configured).read_text(encoding="utf-8")
        except OSError as exc:
            raise AuditNotConfigured(
                "De sleutel voor de protocollering ({file}) kan niet worden gelezen.",
                "Vraag IT het bestand met de publieke sleutel van de privacyfunctionaris "
                "terug te zetten.", detail=f"{configured}: {exc}", file=configured,
            ) from exc
    elif settings.demo:
        pem = (resources.files("resources.demo.audit") / DEMO_PUBLIC_KEY).read_text(
            encoding="utf-8")
    else:
        raise AuditNotConfigured(
            "De protocollering is niet ingericht, dus Loket zoekt geen personen op.",
            "Vraag IT [audit] public_key_file in te stellen op de publieke sleutel van de "
            "privacyfunctionaris.", detail="[audit] public_key_file is empty",
        )
    return AuditConfig(pem, settings.audit.processing_activity, workstation_name(settings))


class DocumentsOnFirstUse:
    """A document producer built when the first document is asked for (on a worker thread;
    the lock keeps two first orders from building it twice)."""

    def __init__(self, build: Callable[[], DocumentProducer]) -> None:
        self._build = build
        self._producer: DocumentProducer | None = None
        self._lock = threading.Lock()

    def produce(self, request: DocumentRequest) -> ProducedDocument:
        with self._lock:
            if self._producer is None:
                self._producer = self._build()
            producer = self._producer
        return producer.produce(request)


def workstation_name(settings: Settings) -> str:
    """This workstation in the audit trail and the supervisor's view: location and number."""
    return f"{settings.workstation.location}-{settings.sync.workstation_number:02d}"

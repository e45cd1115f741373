"""The outbox against the reference Open Zaak and Open Klant servers, and the customer lookup
against those and the reference BRP gateway.

Phases (``--quick`` makes each small):
1. ``outbox_items_per_s``: zaken, contacts (a quarter about a new zaak) and callback requests
   queued for many customers, then delivered by the relay through the HTTP adapters; no faults,
   no added latency. The reference servers run in a process of their own, as registries do:
   in the relay's process they would take its interpreter lock for their spec validation.
   ``embedded_items_per_s``: the same into the embedded registry.
2. Faults and SIGKILL: a sync worker process (the relay with the HTTP adapters, 3 s
   time-out) delivers while the servers inject timeouts, 503s and connections dropped after
   the commit; the worker is killed with SIGKILL three times and restarted. ``lost`` and
   ``duplicates`` are counted in the servers' own state: every zaak, rol, status, partij,
   klantcontact, betrokkene, actor, internetaak and digitaal adres once, none missing.
3. ``history_cold_p99_ms``: identification by BSN -> BRP data, zaken and contact history in
   memory (fetched in parallel, audited, cached), every server answer 50 ms late;
   ``history_warm_p99_ms``: the same person again the same day, from the cache (audited).

Run: ``python benchmarks/sync.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks._common import percentile  # noqa: E402
from tests.reference_servers import openklant_server, openzaak_server  # noqa: E402
from tests.reference_servers.brp_server import BrpServerState, running_brp_server  # noqa: E402
from workstation.app import open_site  # noqa: E402
from workstation.domain.bsn import passes_11_proef  # noqa: E402
from workstation.domain.cases import NewZaak  # noqa: E402
from workstation.domain.contacts import Actor, NewCallbackRequest, NewKlantcontact  # noqa: E402
from workstation.domain.person import LookupPurpose  # noqa: E402
from workstation.kcc import DEMO_ZAAKTYPEN  # noqa: E402
from workstation.services.audit_trail import AuditConfig  # noqa: E402
from workstation.services.contact_service import ContactService, KeyConfig  # noqa: E402
from workstation.services.customer_service import CustomerService  # noqa: E402
from workstation.store.local.database import WorkstationDatabase  # noqa: E402
from workstation.store.local.embedded_registry import EmbeddedRegistry  # noqa: E402
from workstation.store.local.outbox_store import WorkstationStore  # noqa: E402
from workstation.store.local.relay_lock import RelayLock  # noqa: E402
from workstation.store.site_audit import SiteAuditLog  # noqa: E402
from workstation.sync.brp_client import ApiKey, BrpGateway, HttpPersonDirectory  # noqa: E402
from workstation.sync.klantinteracties_client import KlantinteractiesClient  # noqa: E402
from workstation.sync.relay import Relay  # noqa: E402
from workstation.sync.zaken_client import ZakenClient  # noqa: E402

# Child processes run this module as a module from the root: run as a script with
# PYTHONPATH set, ``benchmarks/`` would come first and its workstation.py hide the package.
_THIS = (sys.executable, "-m", "benchmarks.sync")
RSIN = "002220647"
KILLS = 3
LATENCY_S = 0.050
WORKER_TIMEOUT_S = 3.0
# RvIG test persons in the vendored BRP test data (the reference gateway knows them).
BRP_PERSONS = ("999993653", "999993847", "999990408", "999992077", "999990639")
FAULT_KINDS = ("timeout", "5xx", "drop")
CALM_TAIL = 40  # items: near the end, a fault only after another item was delivered
ACTOR = Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken")


def customers(count: int) -> list[str]:
    found: list[str] = []
    number = 999_980_000
    while len(found) < count:
        number += 1
        if passes_11_proef(str(number)):
            found.append(str(number))
    return found


@dataclasses.dataclass
class Expected:
    zaken: set[str] = dataclasses.field(default_factory=set)
    contacts: set[str] = dataclasses.field(default_factory=set)
    callbacks: set[str] = dataclasses.field(default_factory=set)

    @property
    def items(self) -> int:
        return len(self.zaken) + len(self.contacts) + len(self.callbacks)


def queue_work(store: WorkstationStore, count: int, bsns: list[str], zaaktype: str) -> Expected:
    """``count`` contacts: every fourth about a new zaak, every third with a callback."""
    service = ContactService(store, KeyConfig(workstation_number=7, zaak_prefix="BENCH"))
    expected = Expected()
    now = datetime.now(UTC)
    for n in range(count):
        bsn = bsns[n % len(bsns)]
        contact = NewKlantcontact(
            referentienummer="", kanaal="balie", onderwerp=f"Vraag {n}", inhoud="Antwoord",
            plaatsgevonden_op=now, bsn=bsn, metadata={"afhandeling": "beantwoord"})
        callbacks = [NewCallbackRequest(
            referentienummer="", klantcontact_referentienummer="", actoren=(ACTOR,),
            toelichting="Graag terugbellen", telefoonnummers=("0612345678",))] if n % 3 == 0 else []
        zaak = NewZaak(
            identificatie="", bronorganisatie=RSIN, zaaktype=zaaktype, omschrijving=f"Zaak {n}",
            startdatum=date.today(), initiator_bsn=bsn, status_omschrijving="Ontvangen",
            status_gezet_op=now) if n % 4 == 0 else None
        recorded = service.record(contact, callbacks, zaak)
        expected.contacts.add(recorded.referentienummer)
        expected.callbacks.update(recorded.callback_referentienummers)
        if recorded.zaak_identificatie:
            expected.zaken.add(recorded.zaak_identificatie)
    return expected


@contextmanager
def registries(latency_s: float = 0.0) -> Iterator[tuple[Any, Any]]:
    klant = openklant_server.OpenKlantServer(latency_s=latency_s).start()
    zaken = openzaak_server.OpenZaakServer(latency_s=latency_s).start()
    try:
        yield klant, zaken
    finally:
        klant.stop()
        zaken.stop()


def clients(klant_root: str, zaken_root: str, catalogi_root: str,
            timeout_s: float = 10.0) -> tuple[KlantinteractiesClient, ZakenClient]:
    return (
        KlantinteractiesClient(url=klant_root, token=openklant_server.TOKEN, timeout_s=timeout_s),
        ZakenClient(zaken_url=zaken_root, catalogi_url=catalogi_root,
                    client_id=openzaak_server.CLIENT_ID, secret=openzaak_server.SECRET,
                    user_id="bench", user_representation="Benchmark", timeout_s=timeout_s),
    )


def open_store(folder: Path) -> WorkstationStore:
    return WorkstationStore(WorkstationDatabase.in_directory(folder))


def audit_target(folder: Path) -> SiteAuditLog:
    return SiteAuditLog(open_site(f"sqlite:///{folder / 'site.sqlite3'}", migrate=True).database)


def drain(relay: Relay) -> None:
    while relay.run_once():
        pass


# -- phase 1 ------------------------------------------------------------------------------------

def serve() -> None:
    """The reference servers in this process until stdin closes; their URLs on stdout."""
    with registries() as (klant, zaken):
        print(json.dumps({"klant": klant.root_url, "zaken": zaken.zaken_root,
                          "catalogi": zaken.catalogi_root, "zaaktype": zaken.zaaktype_url}),
              flush=True)
        sys.stdin.read()


@contextmanager
def registries_apart() -> Iterator[dict[str, str]]:
    """``serve`` in a child process: the root URLs of its servers."""
    process = subprocess.Popen([*_THIS, "--serve"], cwd=_ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield json.loads(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(30)


def rate(folder: Path, contacts: int) -> dict[str, float]:
    with registries_apart() as urls:
        store = open_store(folder / "http")
        expected = queue_work(store, contacts, customers(60), urls["zaaktype"])
        contacts_client, cases_client = clients(urls["klant"], urls["zaken"], urls["catalogi"])
        relay = Relay(store, cases_client, contacts_client, audit_target(folder), workers=8)
        start = time.perf_counter()
        drain(relay)
        http_rate = expected.items / (time.perf_counter() - start)
        relay.stop()
        assert store.backlog().pending == 0, store.backlog()
    store = open_store(folder / "embedded")
    embedded = EmbeddedRegistry(store.database)
    embedded.define_zaaktype("PASPOORT", "Paspoort aanvragen", DEMO_ZAAKTYPEN[0][2])
    expected = queue_work(store, contacts, customers(60), "PASPOORT")
    relay = Relay(store, embedded, embedded, audit_target(folder), workers=8)
    start = time.perf_counter()
    drain(relay)
    embedded_rate = expected.items / (time.perf_counter() - start)
    relay.stop()
    return {"outbox_items_per_s": round(http_rate, 1),
            "embedded_items_per_s": round(embedded_rate, 1)}


# -- phase 2 ------------------------------------------------------------------------------------

def worker(folder: Path, klant_root: str, zaken_root: str, catalogi_root: str) -> None:
    """The sync worker process: the relay with the HTTP adapters until it is killed."""
    store = open_store(folder)
    contacts_client, cases_client = clients(klant_root, zaken_root, catalogi_root,
                                            timeout_s=WORKER_TIMEOUT_S)
    with RelayLock(store.database.path):
        relay = Relay(store, cases_client, contacts_client, audit_target(folder), workers=8)
        relay.start()
        threading.Event().wait()


def _delivered(path: Path) -> int:
    connection = sqlite3.connect(path, timeout=30)
    try:
        return int(connection.execute(
            "SELECT count(*) FROM outbox_item WHERE state = 'done'").fetchone()[0])
    finally:
        connection.close()


def _injector(servers: tuple[Any, Any], faults: int, stop: threading.Event, store: Path,
              items: int) -> None:
    """Inject ``faults`` faults, one at a time per server, each armed once the last one
    struck. In the last ``CALM_TAIL`` items the next fault also waits for one more delivery:
    with little traffic left, faults would otherwise strike the same retried item again and
    again until its back-off outlasted the run (real faults do not single out one item)."""
    n = 0
    struck_at: dict[int, int | None] = {id(server): None for server in servers}
    while not stop.is_set() and sum(s.faults_injected for s in servers) < faults:
        delivered = _delivered(store)
        for server in servers:
            if server.faults_injected < server.injected_by_bench:
                continue  # armed, not struck yet
            if struck_at[id(server)] is None:
                struck_at[id(server)] = delivered
            if items - delivered > CALM_TAIL or delivered > (struck_at[id(server)] or 0):
                server.inject(FAULT_KINDS[n % 3], method="POST" if n % 5 else None)
                server.injected_by_bench += 1
                struck_at[id(server)] = None
                n += 1
        stop.wait(0.05)


def faults_and_kills(folder: Path, contacts: int, faults: int) -> dict[str, int]:
    with registries() as (klant, zaken):
        store = open_store(folder)
        expected = queue_work(store, contacts, customers(40), zaken.zaaktype_url)
        path = store.database.path
        store.database.dispose()
        command = [*_THIS, "--worker", str(folder), klant.root_url, zaken.zaken_root,
                   zaken.catalogi_root]
        stop = threading.Event()
        klant.injected_by_bench = zaken.injected_by_bench = 0
        injector = threading.Thread(target=_injector,
                                    args=((klant, zaken), faults, stop, path, expected.items))
        injector.start()
        kills = 0
        try:
            for kill in range(1, KILLS + 1):
                process = subprocess.Popen(command, cwd=_ROOT, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)
                target = expected.items * kill // (KILLS + 1)
                deadline = time.monotonic() + 300
                while _delivered(path) < target and time.monotonic() < deadline:
                    time.sleep(0.02)
                process.send_signal(signal.SIGKILL)
                process.wait(30)
                kills += 1
            # The last faults land while the final worker delivers: they strike only requests,
            # so waiting for them with no worker running would wait for ever.
            process = subprocess.Popen(command, cwd=_ROOT, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 600
            while ((_delivered(path) < expected.items or injector.is_alive())
                   and time.monotonic() < deadline):
                if _delivered(path) >= expected.items:
                    stop.set()  # all delivered: no request is left for a fault to strike
                time.sleep(0.05)
            process.send_signal(signal.SIGKILL)
            process.wait(30)
        finally:
            stop.set()
            injector.join()
        lost, doubled = server_count(klant, zaken, expected)
        return {"faults_injected": klant.faults_injected + zaken.faults_injected,
                "kills": kills, "lost": lost, "duplicates": sum(doubled.values()),
                **{f"duplicates_{kind}": count for kind, count in doubled.items()}}


def server_count(klant: Any, zaken: Any, expected: Expected) -> tuple[int, dict[str, int]]:
    """Missing objects, and doubled ones by kind, from the servers' own state."""
    api, zgw = klant.klant, zaken.zaken
    contacts = Counter(k["referentienummer"] for k in api.klantcontacten.values())
    tasks = Counter(t["referentienummer"] for t in api.internetaken.values())
    cases = Counter(z["identificatie"] for z in zgw.zaken.values())
    lost = (len(expected.contacts - set(contacts)) + len(expected.callbacks - set(tasks))
            + len(expected.zaken - set(cases)))
    partijen = Counter(i["partijIdentificator"]["objectId"] for p in api.partijen.values()
                       for i in p["partijIdentificatoren"])
    betrokkenen = Counter(b["hadKlantcontact"]["uuid"] for b in api.betrokkenen.values())
    onderwerpen = Counter(o["klantcontact"]["uuid"] for o in api.onderwerpobjecten.values())
    actoren = Counter(json.dumps(a["actoridentificator"], sort_keys=True)
                      for a in api.actoren.values())
    adressen = Counter((json.dumps(d.get("verstrektDoorBetrokkene"), sort_keys=True),
                        d["adres"]) for d in api.digitaleadressen.values())
    rollen = Counter(r["zaak"] for r in zgw.rollen.values())
    statussen = Counter(s["zaak"] for s in zgw.statussen.values())
    counters = {"klantcontact": contacts, "internetaak": tasks, "zaak": cases,
                "partij": partijen, "betrokkene": betrokkenen, "onderwerpobject": onderwerpen,
                "actor": actoren, "digitaal_adres": adressen, "rol": rollen, "status": statussen}
    doubled = {kind: sum(count - 1 for count in counter.values())
               for kind, counter in counters.items()}
    return lost, {kind: count for kind, count in doubled.items() if count}


# -- phase 3 ------------------------------------------------------------------------------------

def history(folder: Path, rounds: int, repeats: int) -> dict[str, float]:
    state = BrpServerState()
    with registries() as (klant, zaken), running_brp_server(state) as (brp_url, _state):
        store = open_store(folder)
        contacts_client, cases_client = clients(klant.root_url, zaken.zaken_root,
                                                zaken.catalogi_root)
        for n, bsn in enumerate(BRP_PERSONS):  # a history worth fetching, before the latency
            for m in range(3):
                cases_client.create_zaak(NewZaak(
                    f"HIST-{n}-{m}", RSIN, zaken.zaaktype_url, f"Zaak {m}", date.today(), bsn,
                    "Ontvangen", datetime.now(UTC)))
                contacts_client.record_contact(NewKlantcontact(
                    f"09{n:04d}{m:04d}", "telefoon", f"Vraag {m}", "Antwoord",
                    datetime.now(UTC), bsn=bsn))
        klant.latency_s = zaken.latency_s = state.latency_s = LATENCY_S
        directory = HttpPersonDirectory(BrpGateway(brp_url, ApiKey(state.api_key), "1" * 20))
        public_key = (Path(_ROOT) / "resources" / "demo" / "audit"
                      / "demo_privacy_officer_public.pem").read_text(encoding="utf-8")
        service = CustomerService(directory, cases_client, contacts_client, store,
                                  AuditConfig(public_key, "urn:bench", "bench"))
        purpose = LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "bench")
        # A running workstation has its connections open: one lookup (not measured) opens them.
        service.open_customer(BRP_PERSONS[4], purpose)
        cold: list[float] = []
        warm: list[float] = []
        for _ in range(rounds):
            service.forget_today()
            for bsn in BRP_PERSONS[:4]:
                cold.append(_timed(service.open_customer, bsn, purpose))
                warm.extend(_timed(service.open_customer, bsn, purpose) for _ in range(repeats))
        return {"history_cold_p99_ms": round(percentile(cold, 99) * 1000, 1),
                "history_cold_p50_ms": round(percentile(cold, 50) * 1000, 1),
                "history_warm_p99_ms": round(percentile(warm, 99) * 1000, 1),
                "history_warm_p50_ms": round(percentile(warm, 50) * 1000, 1)}


def _timed(call: Callable[[str, LookupPurpose], object], bsn: str,
           purpose: LookupPurpose) -> float:
    start = time.perf_counter()
    call(bsn, purpose)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--worker", nargs=4, metavar=("DIR", "KLANT", "ZAKEN", "CATALOGI"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.worker:
        folder, *urls = args.worker
        worker(Path(folder), *urls)
        return
    result: dict[str, Any] = {"benchmark": "sync", "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="loket-sync-") as folder:
        root = Path(folder)
        result.update(rate(root / "rate", 200 if args.quick else 2000))
        result.update(faults_and_kills(root / "faults", 300 if args.quick else 1500,
                                       105 if args.quick else 400))
        result.update(history(root / "history", 10 if args.quick else 50, 5))
    result["load_average_1m"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""The KCC desk on screen (offscreen Qt): a document on the reader to the person and their
history on screen, and Opslaan to a free screen.

1. ``identify_to_panel_p99_ms``: the simulated ID reader reads the Dutch specimen passport
   (its MRZ lines arrive as from a serial reader) -> the desk identifies the holder by the BSN
   in the MRZ -> the BRP data, zaken and contact history are fetched from the reference BRP
   gateway, Open Zaak and Open Klant, each answer 50 ms late -> the person panel and the
   history are on screen. Cold every time: today's lookup cache is emptied first, so every
   identification asks all three registries. Target <= 300 ms.
2. ``save_contact_p99_ms``: Opslaan with a two-question contact (one with a callback request)
   -> checked, handed to the save worker, the form empty again and usable (the screen is
   free). Target <= 50 ms. ``save_committed_p99_ms``: Opslaan -> the local commit (contact,
   callback, outbox items and service events in one transaction) is confirmed on screen.

Run: ``python -m benchmarks.desk [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks._common import percentile  # noqa: E402
from benchmarks.sync import LATENCY_S, RSIN, clients, open_store, registries  # noqa: E402
from tests.reference_servers.brp_server import BrpServerState, running_brp_server  # noqa: E402
from workstation.devices.idreader.sim_backend import SimulatedIdReader  # noqa: E402
from workstation.devices.manager import DeviceManager  # noqa: E402
from workstation.domain.cases import NewZaak  # noqa: E402
from workstation.domain.contacts import Actor, Kanaal, NewKlantcontact  # noqa: E402
from workstation.domain.desk import CallbackDraft, Uitkomst  # noqa: E402
from workstation.domain.site import StaffInfo  # noqa: E402
from workstation.domain.staff import Role  # noqa: E402
from workstation.services.audit_trail import AuditConfig  # noqa: E402
from workstation.services.contact_service import ContactService, KeyConfig  # noqa: E402
from workstation.services.customer_service import CustomerService  # noqa: E402
from workstation.services.desk_service import DeskConfig, DeskService  # noqa: E402
from workstation.sync.brp_client import ApiKey, BrpGateway, HttpPersonDirectory  # noqa: E402
from workstation.ui.desk_panel import DeskPanel, DeskSetup  # noqa: E402
from workstation.wiring.device_board import ManagedDeviceBoard  # noqa: E402

SPECIMEN_BSN = "999999990"  # the holder of the simulated reader's Dutch specimen passport
TEAM = (Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken", "afd"),)
WAIT_S = 10.0


def wait_for(signal: Any, action: Callable[[], object]) -> float:
    """Seconds from ``action()`` until ``signal`` is emitted (the Qt event loop runs)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(WAIT_S * 1000), loop.quit)
    start = time.perf_counter()
    action()
    loop.exec()
    elapsed = time.perf_counter() - start
    signal.disconnect(loop.quit)
    if elapsed >= WAIT_S:
        raise RuntimeError("the desk did not answer within 10 s")
    return elapsed


def seed(klant: Any, zaken: Any) -> None:
    """A history worth showing for the specimen passport's holder."""
    contacts_client, cases_client = clients(klant.root_url, zaken.zaken_root,
                                            zaken.catalogi_root)
    for n in range(3):
        cases_client.create_zaak(NewZaak(
            f"DESK-{n}", RSIN, zaken.zaaktype_url, f"Zaak {n}", date.today(), SPECIMEN_BSN,
            "Ontvangen", datetime.now(UTC)))
        contacts_client.record_contact(NewKlantcontact(
            f"0800000{n:03d}", "telefoon", f"Vraag {n}", "Antwoord", datetime.now(UTC),
            bsn=SPECIMEN_BSN))
    contacts_client.close()
    cases_client.close()


def run(folder: Path, rounds: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    state = BrpServerState()
    executor = ThreadPoolExecutor(6, thread_name_prefix="loket-lookup")
    board = ManagedDeviceBoard(DeviceManager(None, SimulatedIdReader(latency_s=0), None))
    with registries() as (klant, zaken), running_brp_server(state) as (brp_url, _state):
        seed(klant, zaken)
        klant.latency_s = zaken.latency_s = state.latency_s = LATENCY_S
        contacts_client, cases_client = clients(klant.root_url, zaken.zaken_root,
                                                zaken.catalogi_root)
        directory = HttpPersonDirectory(BrpGateway(brp_url, ApiKey(state.api_key), "1" * 20))
        public_key = (Path(_ROOT) / "resources" / "demo" / "audit"
                      / "demo_privacy_officer_public.pem").read_text(encoding="utf-8")
        store = open_store(folder)
        customers = CustomerService(directory, cases_client, contacts_client, store,
                                    AuditConfig(public_key, "urn:bench", "bench"),
                                    executor=executor)
        service = DeskService(customers, ContactService(store, KeyConfig(1, "LOKET")),
                              contacts_client, DeskConfig("0363", "BOZ", "bench",
                                                          "BRPACT-AlgemeneTaken",
                                                          "Algemeen@KCC", TEAM))
        staff = StaffInfo(1, "bench", "Benchmark", frozenset({Role.COUNTER}))
        desk = DeskPanel(DeskSetup(service, 600), staff, Kanaal.BALIE)
        desk.resize(900, 800)
        desk.show()
        desk.watch_identities(board)
        try:
            # A running workstation has its connections open: one lookup (not measured).
            wait_for(desk.person_shown,
                     lambda: board.manager.present_simulated_document("nl-paspoort-specimen"))
            identify: list[float] = []
            save: list[float] = []
            committed: list[float] = []
            free_at = 0.0

            def form_free() -> None:  # Opslaan's handler has returned: the form is usable
                nonlocal free_at
                free_at = time.perf_counter()

            desk.form.save.clicked.connect(form_free)
            for _ in range(rounds):
                desk.wipe()
                customers.forget_today()
                identify.append(wait_for(desk.person_shown, lambda: board.manager
                                         .present_simulated_document("nl-paspoort-specimen")))
                fill_contact(desk)
                start = time.perf_counter()
                committed.append(wait_for(desk.saved, desk.form.save.click))
                save.append(free_at - start)
                if desk.person is None or len(desk.form.editors) != 1:
                    raise RuntimeError("the desk did not show the person or keep the form free")
        finally:
            desk.shutdown()
            desk.deleteLater()
            board.close()
            executor.shutdown(wait=True)
            directory.close()
            contacts_client.close()
            cases_client.close()
    return {"identify_to_panel_p99_ms": round(percentile(identify, 99) * 1000, 1),
            "identify_to_panel_p50_ms": round(percentile(identify, 50) * 1000, 1),
            "save_contact_p99_ms": round(percentile(save, 99) * 1000, 1),
            "save_contact_p50_ms": round(percentile(save, 50) * 1000, 1),
            "save_committed_p99_ms": round(percentile(committed, 99) * 1000, 1),
            "rounds": rounds}


def fill_contact(desk: DeskPanel) -> None:
    form = desk.form
    form.editors[0].onderwerp.setText("paspoort")
    form.add_question.click()
    second = form.editors[1]
    second.onderwerp.setText("afvalpas kwijt")
    second.set_callback(CallbackDraft(TEAM, "Nieuwe pas sturen?", ("0612345678",)))
    if second.question().uitkomst is not Uitkomst.CONTACTVERZOEK_GEMAAKT:
        raise RuntimeError("a callback request did not set its uitkomst")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    result: dict[str, Any] = {"benchmark": "desk", "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="loket-desk-") as folder:
        result.update(run(Path(folder), 20 if args.quick else 200))
    result["load_average_1m"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

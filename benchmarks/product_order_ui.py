"""Afrekenen to receipt: from the click on Afrekenen in a real order panel (offscreen Qt) until
a network printer (a TCP sink on 127.0.0.1 that answers status requests) has received the
receipt's final cut command.

On the way: the payment record is checked, the order, its zaak and its delivery event are
committed in one transaction of a real workstation store (SQLite), and the receipt goes through
the device manager's ESC/POS printer. Each order is an uittreksel BRP paid by pin, prepared on
the panel the way a worker leaves it before clicking (product added, checklist ticked,
terminal reference typed).

Run: ``python -m benchmarks.product_order_ui [--quick]``; the last line is flat JSON.
Target: ``order_to_receipt_p99_ms`` <= 150 (issue 12).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks._common import percentile  # noqa: E402
from tests.catalogue_samples import MUNICIPALITY, FakeCatalogueReader  # noqa: E402
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink  # noqa: E402
from tests.integration.orders.conftest import RecordingDocuments  # noqa: E402
from workstation.devices.manager import DeviceManager  # noqa: E402
from workstation.devices.printer import PrinterConfig, build_printer  # noqa: E402
from workstation.domain.order import IdentityCheck  # noqa: E402
from workstation.domain.overview import CurrentTicketView  # noqa: E402
from workstation.domain.person import Person, PersonName  # noqa: E402
from workstation.domain.queue import TicketKind, TicketState  # noqa: E402
from workstation.domain.site import LocationInfo  # noqa: E402
from workstation.services.catalogue_service import CatalogueService  # noqa: E402
from workstation.services.contact_service import KeyConfig  # noqa: E402
from workstation.services.order_service import OrderService  # noqa: E402
from workstation.store.local.database import WorkstationDatabase  # noqa: E402
from workstation.store.local.order_store import OrderStore  # noqa: E402
from workstation.ui.i18n import LanguageSwitcher  # noqa: E402
from workstation.ui.order_panel import CounterVisit, OrderPanel  # noqa: E402
from workstation.wiring.receipt_printer import DeviceReceiptPrinter  # noqa: E402

STEP_TIMEOUT_S = 10.0
LOCATION = LocationInfo(1, "BOZ", "Stadskantoor Bergen op Zoom", MUNICIPALITY)
VISITOR = Person("999993653", PersonName("Willeke Liselotte", "Bruijn", "de",
                                         volledige_naam="Willeke Liselotte de Bruijn"),
                 date(1965, 3, 10), test_data=True)


def _wait(app: QApplication, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the order panel did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        # Idle like a real event loop: a busy poll would hold the GIL the worker needs.
        time.sleep(0.0005)


def _visit(number: int) -> CounterVisit:
    now = datetime.now(UTC)
    ticket = CurrentTicketView(f"t-{number}", f"A{number % 1000:03d}", 1, "Burgerzaken",
                               "Civil affairs", TicketState.SERVING, TicketKind.WALK_IN, now,
                               now - now, 1)
    return CounterVisit(ticket, VISITOR, IdentityCheck.MATCHED, now)


def _receipts_in(sink: TcpPrinterSink, count: int) -> Callable[[], bool]:
    return lambda: len(sink.cut_times) >= count


def _prepare(app: QApplication, panel: OrderPanel, number: int) -> None:
    """A new visitor with an uittreksel BRP on the order, ticked, pin reference typed."""
    panel.set_visit(_visit(number))
    panel.browser.picker.search.setText("uittreksel")
    panel.add_button.click()
    for box in panel.checklist.boxes:
        box.setChecked(True)
    panel.payment.reference.setText(f"STAN {number:06d}")
    _wait(app, panel.checkout_button.isEnabled)


def measure(quick: bool) -> dict[str, float | int]:
    """``order_to_receipt_p99_ms`` and friends over 30 orders (quick) or 150."""
    count = 30 if quick else 150
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    language = LanguageSwitcher()
    language.set_language("nl")
    samples_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="loket-bench-") as folder, TcpPrinterSink() as sink:
        database = WorkstationDatabase.in_directory(Path(folder))
        printer = build_printer(PrinterConfig(backend="network", host=sink.host, port=sink.port))
        manager = DeviceManager(printer)
        catalogue = CatalogueService(FakeCatalogueReader())
        orders = OrderService(OrderStore(database), catalogue, KeyConfig(1, "LOK"),
                              DeviceReceiptPrinter(manager), RecordingDocuments())
        panel = OrderPanel(orders, catalogue, LOCATION, 3, language, lambda _doc: "")
        try:
            panel.resize(1100, 800)
            panel.show()
            panel.load()
            _wait(app, lambda: panel.browser.picker.list.count() > 0)
            for number in range(count + 1):  # the first one warms up (imports, connect)
                _prepare(app, panel, number)
                started = time.perf_counter()
                panel.checkout_button.click()
                _wait(app, _receipts_in(sink, number + 1))
                if number:
                    samples_ms.append((sink.cut_times[number] - started) * 1000)
                _wait(app, lambda: not panel.runner.busy)
        finally:
            panel.shutdown()
            panel.deleteLater()
            manager.close()
            database.dispose()
    return {
        "order_to_receipt_n": count,
        "order_to_receipt_p50_ms": round(statistics.median(samples_ms), 3),
        "order_to_receipt_p99_ms": round(percentile(samples_ms, 99), 3),
        "order_to_receipt_max_ms": round(max(samples_ms), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="30 orders instead of 150")
    print(json.dumps(measure(parser.parse_args().quick)))


if __name__ == "__main__":
    main()

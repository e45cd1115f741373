"""The product desk: checkout and receipt, measured end to end below the screens.

- ``checkout_p99_ms``: ``OrderService.checkout`` of an uittreksel BRP paid by pin: the order,
  its zaak and its delivery event committed in one transaction of a real workstation store
  (SQLite, ``synchronous=FULL``).
- ``receipt_to_printer_p99_ms``: from ``OrderService.print_receipt`` until a network printer
  (a TCP sink on 127.0.0.1 that answers status requests, as port 9100 does) has received the
  receipt's final cut command: the receipt text, the ESC/POS encoding, the device manager's
  printer thread and the socket. Target <= 50 ms (issue 12).
- ``document_pdf_p99_ms`` and the other ``document_*`` figures: ``benchmarks.product_documents``
  (a signed uittreksel PDF made; target <= 300 ms).
- ``order_to_receipt_p99_ms`` and the other ``order_to_receipt_*`` figures:
  ``benchmarks.product_order_ui`` (Afrekenen in the offscreen order panel until the receipt's
  bytes are sent; target <= 150 ms).

Run: ``python -m benchmarks.product_desk [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks._common import percentile  # noqa: E402
from tests.catalogue_samples import UITTREKSEL, FakeCatalogueReader  # noqa: E402
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink  # noqa: E402
from tests.integration.orders.conftest import RecordingDocuments  # noqa: E402
from workstation.devices.manager import build_device_manager  # noqa: E402
from workstation.devices.printer import PrinterConfig  # noqa: E402
from workstation.domain.order import IdentityCheck, Payment, PaymentMethod, Visit  # noqa: E402
from workstation.services.catalogue_service import CatalogueService  # noqa: E402
from workstation.services.contact_service import KeyConfig  # noqa: E402
from workstation.services.order_service import OrderService  # noqa: E402
from workstation.settings import DeviceSettings  # noqa: E402
from workstation.store.local.database import WorkstationDatabase  # noqa: E402
from workstation.store.local.order_store import OrderStore  # noqa: E402
from workstation.wiring.receipt_printer import DeviceReceiptPrinter  # noqa: E402

WAIT_S = 10.0


def measure(quick: bool) -> dict[str, float | int]:
    count = 50 if quick else 300
    checkout_ms: list[float] = []
    receipt_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="loket-bench-desk-") as folder, \
            TcpPrinterSink() as sink:
        database = WorkstationDatabase.in_directory(Path(folder))
        printer = PrinterConfig(backend="network", host=sink.host, port=sink.port)
        devices = build_device_manager(DeviceSettings(printer=printer), demo=False,
                                       frozen=True)
        try:
            orders = OrderService(
                OrderStore(database), CatalogueService(FakeCatalogueReader()),
                KeyConfig(1, "BENCH"), DeviceReceiptPrinter(devices, timeout_s=WAIT_S),
                RecordingDocuments())
            visit = Visit("0748", "BOZ", 1, datetime.now(UTC), bsn="999993653")
            for n in range(count + 1):  # the first round warms up (imports, connection)
                draft = (orders.start(visit).add(UITTREKSEL, on=orders.today())
                         .tick(0, 0).with_identity(IdentityCheck.MATCHED))
                payment = Payment(PaymentMethod.PIN, draft.total_cents(orders.today()),
                                  f"STAN {n:06d}")
                started = time.perf_counter()
                order = orders.checkout(draft, payment)
                committed = time.perf_counter()
                orders.print_receipt(order)
                if not sink.wait_for_cuts(n + 1, WAIT_S):
                    raise RuntimeError(f"receipt {n} never reached the printer")
                if n:
                    checkout_ms.append((committed - started) * 1000)
                    receipt_ms.append((sink.cut_times[n] - committed) * 1000)
        finally:
            devices.close()
            database.dispose()
    return {
        "orders": count,
        "checkout_p50_ms": round(percentile(checkout_ms, 50), 3),
        "checkout_p99_ms": round(percentile(checkout_ms, 99), 3),
        "receipt_to_printer_p50_ms": round(percentile(receipt_ms, 50), 3),
        "receipt_to_printer_p99_ms": round(percentile(receipt_ms, 99), 3),
    }


def main() -> None:
    """All three targets of issue 12 on the last line: below the screens, the documents, and
    Afrekenen on screen."""
    from benchmarks import product_documents, product_order_ui

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds (50 orders, 20 documents, 30 orders on screen)")
    quick = parser.parse_args().quick
    figures = measure(quick)
    figures.update(product_documents.measure(quick))
    figures.update(product_order_ui.measure(quick))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

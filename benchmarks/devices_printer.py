"""Ticket to printer: from ``print_ticket`` on the network backend until the printer (a TCP
sink on 127.0.0.1 that answers status requests) has received the ticket's final cut command.

Run: ``python benchmarks/devices_printer.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

# The TCP sink lives with the integration tests; make the repository importable as a script.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.integration.devices.printer.tcp_sink import TcpPrinterSink  # noqa: E402
from workstation.devices.printer import PrinterConfig, TicketPrint, build_printer  # noqa: E402
from workstation.devices.printer.escpos_codec import AMSTERDAM  # noqa: E402


def _ticket(n: int) -> TicketPrint:
    return TicketPrint(
        municipality="Gemeente Súdwest-Fryslân",
        location="Stadskantoor Sneek",
        heading="Uw wachtnummer",
        number=f"A{n % 1000:03d}",
        service="Paspoort en identiteitskaart",
        issued_at=datetime.now(AMSTERDAM),
        qr_payload=f"3f2a9c1e-0b4d-4c8e-9a57-{n:012d}",
        lines=("Er wachten 6 mensen voor u.", "Verwachte wachttijd: ongeveer 12 minuten."),
        footer="Bewaar dit briefje – u wordt zo geholpen.",
    )


def run(quick: bool) -> dict[str, float | int]:
    count = 50 if quick else 200
    samples_ms: list[float] = []
    with TcpPrinterSink() as sink:
        printer = build_printer(PrinterConfig(backend="network", host=sink.host, port=sink.port))
        assert printer is not None
        try:
            printer.print_ticket(_ticket(0))  # warm-up: imports, thread start, first connect
            sink.wait_for_cuts(1)
            for n in range(1, count + 1):
                started = time.perf_counter()
                printer.print_ticket(_ticket(n))
                if not sink.wait_for_cuts(n + 1):
                    raise RuntimeError(f"ticket {n} never reached the printer")
                samples_ms.append((sink.cut_times[n] - started) * 1000)
        finally:
            printer.close()
    ordered = sorted(samples_ms)
    return {
        "ticket_to_printer_n": count,
        "ticket_to_printer_p50_ms": round(statistics.median(ordered), 3),
        "ticket_to_printer_p99_ms": round(ordered[int((len(ordered) - 1) * 0.99)], 3),
        "ticket_to_printer_max_ms": round(ordered[-1], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="50 tickets instead of 200")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()

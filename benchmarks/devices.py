"""All device figures in one flat JSON line (issue 3).

``ticket_to_printer_*``: from ``QueueService.issue_ticket`` on a fresh SQLite demo site, through
``ticket_print_for`` and ``DeviceManager.print_ticket``, until the TCP printer sink on 127.0.0.1
has received the ticket's final cut command — what a visitor waits for at the kiosk.
``printer_only_*``: the network printer backend alone (``benchmarks/devices_printer.py``).
``chip_*``: BAC + EF.COM + DG1 + SOD over pcscd + vpcd (``benchmarks/devices_chip.py``).
``pace_read_ms`` (target <= 500) and ``pace_read_apdus``: PACE + EF.COM + DG1 + SOD over the same
path; ``passive_auth_ok``: the emulator's SOD verifies up to its test CSCA.

Run: ``python benchmarks/devices.py [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks import devices_printer  # noqa: E402
from benchmarks._common import WALK_IN_LETTERS, percentile  # noqa: E402
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink  # noqa: E402
from workstation.app import open_site  # noqa: E402
from workstation.devices.manager import build_device_manager  # noqa: E402
from workstation.devices.printer import PrinterConfig  # noqa: E402
from workstation.settings import DeviceSettings  # noqa: E402
from workstation.wiring.ticket_layout import ticket_print_for  # noqa: E402

LOCATION = "ETL"

Figures = dict[str, float | int | str | bool]


def ticket_to_printer(quick: bool) -> Figures:
    count = 50 if quick else 200
    samples_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="loket-bench-") as folder, TcpPrinterSink() as sink:
        site = open_site(f"sqlite:///{Path(folder) / 'site.sqlite3'}", demo=True)
        printer = PrinterConfig(backend="network", host=sink.host, port=sink.port)
        devices = build_device_manager(DeviceSettings(printer=printer), demo=False, frozen=True)
        try:
            devices.refresh()
            for n in range(count + 1):  # ticket 0 warms up imports, threads, first connect
                letter = WALK_IN_LETTERS[n % len(WALK_IN_LETTERS)]
                started = time.perf_counter()
                issued = site.queue.issue_ticket(LOCATION, letter)
                devices.print_ticket(ticket_print_for(issued, "nl")).result(timeout=10)
                if not sink.wait_for_cuts(n + 1):
                    raise RuntimeError(f"ticket {issued.ticket.number} never reached the printer")
                if n:
                    samples_ms.append((sink.cut_times[n] - started) * 1000)
        finally:
            devices.close()
            site.close()
    return {
        "ticket_to_printer_n": count,
        "ticket_to_printer_p50_ms": round(statistics.median(samples_ms), 3),
        "ticket_to_printer_p99_ms": round(percentile(samples_ms, 99), 3),
        "ticket_to_printer_max_ms": round(max(samples_ms), 3),
    }


def printer_only(quick: bool) -> Figures:
    figures = devices_printer.run(quick)
    return {key.replace("ticket_to_printer", "printer_only", 1): value
            for key, value in figures.items()}


def chip(quick: bool) -> Figures:
    try:
        devices_chip = importlib.import_module("benchmarks.devices_chip")
    except ImportError as exc:
        return {"chip_read_skipped": f"benchmarks/devices_chip.py not importable: {exc}"}
    figures: Figures = devices_chip.run(quick)
    return figures


def run(quick: bool) -> Figures:
    return {**ticket_to_printer(quick), **printer_only(quick), **chip(quick)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer tickets and chip reads")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()

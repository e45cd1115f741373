"""USB receipt printers: pyusb is a dependency, so a USB printer is built and only waits for its
cable; where pyusb is missing it is not offered (OFFLINE with the reason, nothing else breaks)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from workstation.devices.printer import PrinterConfig, PrinterStatus, build_printer
from workstation.devices.printer.escpos_backend import EscposPrinter

ROOT = Path(__file__).resolve().parents[3]
ABSENT_USB_PRINTER = PrinterConfig(backend="usb", usb_vendor_id=0xFFFF, usb_product_id=0xFFFE)


def test_a_usb_printer_is_built_and_offline_until_plugged_in() -> None:
    printer = build_printer(ABSENT_USB_PRINTER)
    assert isinstance(printer, EscposPrinter)
    try:
        assert printer.status() is PrinterStatus.OFFLINE
    finally:
        printer.close()


def test_without_pyusb_a_usb_printer_is_not_offered_and_the_rest_works() -> None:
    """In a fresh interpreter where ``import usb`` fails, as on a machine without pyusb."""
    script = textwrap.dedent('''
        import sys
        sys.modules["usb"] = None  # import usb raises ImportError from here on
        from tests.unit.devices.printer.samples import ticket
        from workstation.devices.cardreader import CardReaderConfig
        from workstation.devices.manager import build_device_manager
        from workstation.devices.printer import PrinterConfig
        from workstation.domain.errors import UserFacingError
        from workstation.settings import DeviceSettings

        settings = DeviceSettings(
            printer=PrinterConfig(backend="usb", usb_vendor_id=0xFFFF, usb_product_id=0xFFFE),
            cardreader=CardReaderConfig(backend="simulated", sim_apdu_latency_ms=0),
        )
        with build_device_manager(settings, demo=False, frozen=False) as devices:
            printer, chip = devices.refresh(5)
            print(printer.status.value, printer.message, sep="|")
            print(chip.status.value)
            try:
                devices.print_ticket(ticket()).result(5)
            except UserFacingError as error:
                print(error.detail)
    ''')
    result = subprocess.run([sys.executable, "-c", script], check=False, cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    state, chip, detail = result.stdout.splitlines()
    assert state == "offline|Bonprinter kan op deze computer niet worden gebruikt."
    assert chip == "simulated"
    assert "pyusb" in detail

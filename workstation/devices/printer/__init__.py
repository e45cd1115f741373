"""Ticket and receipt printer: ESC/POS over network, USB, serial, a system queue or a device
file, and a simulated printer (DESIGN.md §6).

``build_printer`` is the only way the rest of Loket gets a printer; the simulated one is built
only when the settings ask for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.devices.printer._protocol import TicketPrinter
from workstation.devices.printer.config import PrinterConfig
from workstation.devices.printer.model import (
    PrinterStatus,
    ReceiptLine,
    ReceiptPrint,
    TicketPrint,
)

if TYPE_CHECKING:
    from workstation.devices.printer.escpos_backend import EscposTransport

__all__ = [
    "PrinterConfig",
    "PrinterStatus",
    "ReceiptLine",
    "ReceiptPrint",
    "TicketPrint",
    "TicketPrinter",
    "build_printer",
]


def build_printer(config: PrinterConfig) -> TicketPrinter | None:
    """The configured printer, or ``None`` for ``backend = "none"``.

    Raises ``UserFacingError`` when the configured kind cannot work on this machine at all
    (no USB library, no print queue system); an unreachable printer is not an error here.
    """
    if config.backend == "none":
        return None
    # Backends (and the codec, with Pillow) are imported when built: python-escpos and Pillow
    # are slow to import, and a workstation loads its settings (which describe printers) long
    # before it prints.
    from workstation.devices.printer.escpos_codec import PaperLayout

    layout = PaperLayout.for_width(config.paper_width_mm, config.columns)
    if config.backend == "simulated":
        from workstation.devices.printer.sim_backend import SimulatedPrinter

        return SimulatedPrinter(
            config.name,
            layout,
            condition=config.simulated.status,
            latency_s=config.simulated.latency_ms / 1000,
        )
    from workstation.devices.printer import escpos_backend

    return escpos_backend.EscposPrinter(
        config.name,
        _transport(config),
        layout,
        status_timeout_s=config.status_timeout_s,
        check_status_before_print=config.check_status_before_print,
        job_timeout_s=config.timeout_s * 4 + config.status_timeout_s,
    )


def _transport(config: PrinterConfig) -> EscposTransport:
    from workstation.devices.printer import escpos_backend

    if config.backend == "network":
        return escpos_backend.NetworkTransport(config.host, config.port, config.timeout_s)
    if config.backend == "serial":
        return escpos_backend.SerialTransport(
            config.serial_device, config.serial_baudrate, config.timeout_s,
            config.serial_flow_control,
        )
    if config.backend == "usb":
        escpos_backend.require_usb(config.name)
        assert config.usb_vendor_id is not None and config.usb_product_id is not None
        return escpos_backend.UsbTransport(
            config.usb_vendor_id, config.usb_product_id, config.timeout_s
        )
    if config.backend == "file":
        assert config.file_path is not None
        return escpos_backend.FileTransport(config.file_path)
    return escpos_backend.QueueTransport(
        config.queue_name, escpos_backend.queue_device_class(config.name)
    )

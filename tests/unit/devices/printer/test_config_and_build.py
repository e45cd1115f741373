"""Printer settings and ``build_printer``."""

from __future__ import annotations

import pytest
from escpos import printer as escpos_printer
from pydantic import ValidationError

from workstation.devices.printer import PrinterConfig, build_printer
from workstation.devices.printer.escpos_backend import EscposPrinter
from workstation.devices.printer.model import PrinterStatus
from workstation.devices.printer.sim_backend import SimulatedPrinter
from workstation.domain.errors import UserFacingError


def test_default_is_no_printer() -> None:
    assert build_printer(PrinterConfig()) is None


def test_simulated_printer_starts_in_the_configured_condition() -> None:
    config = PrinterConfig.model_validate(
        {"backend": "simulated", "paper_width_mm": 58, "simulated": {"condition": "paper_low"}}
    )
    printer = build_printer(config)
    assert isinstance(printer, SimulatedPrinter)
    try:
        assert printer.simulated
        assert printer.status() is PrinterStatus.PAPER_LOW
    finally:
        printer.close()


def test_network_printer_is_real() -> None:
    printer = build_printer(PrinterConfig(backend="network", host="printer.balie3.local"))
    assert isinstance(printer, EscposPrinter)
    try:
        assert not printer.simulated
        assert printer.name == "Bonprinter"
    finally:
        printer.close()


@pytest.mark.parametrize("backend", ["network", "usb", "serial", "file"])
def test_backend_without_its_address_is_refused(backend: str) -> None:
    with pytest.raises(ValidationError, match="needs its address"):
        PrinterConfig.model_validate({"backend": backend})


def test_usb_ids_may_be_written_in_hex() -> None:
    config = PrinterConfig.model_validate(
        {"backend": "usb", "usb_vendor_id": "04b8", "usb_product_id": "0x0202"}
    )
    assert (config.usb_vendor_id, config.usb_product_id) == (0x04B8, 0x0202)


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        PrinterConfig.model_validate({"backend": "none", "baud": 9600})
    with pytest.raises(ValidationError):
        PrinterConfig.model_validate({"paper_width_mm": 76})


def test_usb_printer_needs_pyusb_which_is_checked_at_build_time() -> None:
    config = PrinterConfig(backend="usb", usb_vendor_id=0x04B8, usb_product_id=0x0202)
    if escpos_printer.Usb.is_usable():
        printer = build_printer(config)
        assert isinstance(printer, EscposPrinter)
        printer.close()
        return
    with pytest.raises(UserFacingError) as failure:
        build_printer(config)
    assert failure.value.next_step == "Neem contact op met de IT-afdeling."
    assert "pyusb" in failure.value.detail

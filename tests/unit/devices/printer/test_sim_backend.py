"""The simulated printer: the contract, plus its preview and its knobs."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.unit.devices.printer import samples
from tests.unit.devices.printer.printer_contract import PrinterContract
from workstation.devices.printer.escpos_codec import PaperLayout
from workstation.devices.printer.model import PrinterStatus
from workstation.devices.printer.sim_backend import SimulatedPrinter


class SimRig:
    def __init__(self, printer: SimulatedPrinter) -> None:
        self.printer = printer

    def set_condition(self, condition: PrinterStatus) -> None:
        self.printer.set_condition(condition)

    def wait_jobs(self, count: int) -> list[bytes]:
        jobs = self.printer.jobs
        assert len(jobs) >= count
        return jobs


@pytest.fixture
def printer() -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter()
    yield printer
    printer.close()


class TestSimulatedPrinter(PrinterContract):
    expected_simulated = True

    @pytest.fixture
    def rig(self, printer: SimulatedPrinter) -> SimRig:
        return SimRig(printer)


def test_text_preview_shows_the_ticket(printer: SimulatedPrinter) -> None:
    printer.print_ticket(samples.ticket())
    preview = printer.preview_text()
    assert "A   0   1   2" in preview
    assert "Gemeente Súdwest-Fryslân" in preview
    assert f"[QR: {samples.TICKET_ID}]" in preview
    assert preview.rstrip().endswith("-" * 48)


def test_png_preview_is_paper_wide_and_shows_the_qr_code(printer: SimulatedPrinter) -> None:
    printer.print_ticket(samples.ticket())
    with Image.open(io.BytesIO(printer.preview_png())) as image:
        assert image.format == "PNG"
        assert image.width == 576
        assert image.height > 400
        assert image.convert("L").getextrema() == (0, 255)


def test_58mm_printer_previews_at_58mm() -> None:
    printer = SimulatedPrinter(layout=PaperLayout.for_width(58))
    try:
        printer.print_receipt(samples.receipt())
        assert max(len(row) for row in printer.preview_text().splitlines()) == 32
        with Image.open(io.BytesIO(printer.preview_png())) as image:
            assert image.width == 384
    finally:
        printer.close()


def test_ticket_may_ask_for_another_paper_width(printer: SimulatedPrinter) -> None:
    printer.print_ticket(samples.ticket(paper_width_mm=58))
    assert b"\x1d!\x22A012" in printer.jobs[-1]  # 58 mm magnification


def test_logo_path_is_loaded_and_missing_logo_is_left_out(
    printer: SimulatedPrinter, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("L", (64, 16), 0).save(logo)
    printer.print_ticket(samples.ticket(logo=logo))
    printer.print_ticket(samples.ticket(logo=tmp_path / "missing.png"))
    assert "[logo 64x16]" in printer.preview_text(0)
    assert "[logo" not in printer.preview_text(1)


def test_slow_printer_takes_its_latency() -> None:
    printer = SimulatedPrinter(latency_s=0.05)
    try:
        started = time.perf_counter()
        printer.print_ticket(samples.ticket())
        assert time.perf_counter() - started >= 0.05
    finally:
        printer.close()


def test_unknown_condition_is_refused(printer: SimulatedPrinter) -> None:
    with pytest.raises(ValueError):
        printer.set_condition(PrinterStatus.UNKNOWN)
    with pytest.raises(ValueError):
        printer.set_latency(-1)

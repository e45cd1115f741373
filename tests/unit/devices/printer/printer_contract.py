"""The TicketPrinter contract, run against every backend (subclass ``PrinterContract``).

A subclass provides a ``rig`` fixture: a printer plus a way to put the device in a condition and
to see the jobs that reached it.
"""

from __future__ import annotations

import threading
from typing import Protocol

import pytest

from tests.escpos_decoder import decode
from tests.unit.devices.printer import samples
from workstation.devices.printer import TicketPrinter
from workstation.devices.printer.model import PrinterStatus
from workstation.domain.errors import UserFacingError


class Rig(Protocol):
    printer: TicketPrinter

    def set_condition(self, condition: PrinterStatus) -> None: ...

    def wait_jobs(self, count: int) -> list[bytes]:
        """The print jobs the device received, once there are at least ``count``."""
        ...


class PrinterContract:
    expected_simulated: bool

    def test_is_a_ticket_printer(self, rig: Rig) -> None:
        assert isinstance(rig.printer, TicketPrinter)
        assert rig.printer.simulated is self.expected_simulated
        assert rig.printer.name

    def test_ready_printer_reports_ready(self, rig: Rig) -> None:
        assert rig.printer.status() is PrinterStatus.READY

    def test_ticket_arrives_complete_with_dutch_text(self, rig: Rig) -> None:
        rig.printer.print_ticket(samples.ticket())

        (job,) = rig.wait_jobs(1)
        decoded = decode(job)
        text = " ".join(decoded.texts)
        assert decoded.code_pages == [19] and decoded.ends_with_cut
        assert "A012" in decoded.texts
        assert "Súdwest-Fryslân" in text and "één ijsje kost € 2,50" in text
        assert decoded.qr_payloads == [samples.TICKET_ID]

    def test_receipt_arrives_with_euro_amounts(self, rig: Rig) -> None:
        rig.printer.print_receipt(samples.receipt())

        (job,) = rig.wait_jobs(1)
        assert any(t.endswith("€ 1.141,25") for t in decode(job).texts)

    def test_paper_low_reports_and_still_prints(self, rig: Rig) -> None:
        rig.set_condition(PrinterStatus.PAPER_LOW)
        assert rig.printer.status() is PrinterStatus.PAPER_LOW
        rig.printer.print_ticket(samples.ticket())
        assert len(rig.wait_jobs(1)) == 1

    @pytest.mark.parametrize(
        ("condition", "message", "next_step"),
        [
            (
                PrinterStatus.PAPER_OUT,
                "{printer} heeft geen papier.",
                "Vul papier bij en kies Opnieuw afdrukken.",
            ),
            (
                PrinterStatus.COVER_OPEN,
                "De klep van {printer} staat open.",
                "Sluit de klep en kies Opnieuw afdrukken.",
            ),
            (
                PrinterStatus.OFFLINE,
                "{printer} reageert niet.",
                "Controleer kabel en stroom en kies Opnieuw afdrukken.",
            ),
        ],
    )
    def test_failed_print_says_what_to_do_and_retry_works(
        self, rig: Rig, condition: PrinterStatus, message: str, next_step: str
    ) -> None:
        rig.set_condition(condition)
        assert rig.printer.status() is condition

        with pytest.raises(UserFacingError) as failure:
            rig.printer.print_ticket(samples.ticket("B001"))
        # The printer is called by its one name, the one the status bar shows.
        assert failure.value.message == message.format(printer=rig.printer.name)
        assert failure.value.next_step == next_step

        rig.set_condition(PrinterStatus.READY)
        rig.printer.print_ticket(samples.ticket("B002"))
        (job,) = rig.wait_jobs(1)  # only the retry reached the paper
        assert "B002" in decode(job).texts

    def test_jobs_from_many_threads_arrive_whole(self, rig: Rig) -> None:
        numbers = [f"C{n:03d}" for n in range(8)]
        errors: list[BaseException] = []

        def print_one(number: str) -> None:
            try:
                rig.printer.print_ticket(samples.ticket(number))
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=print_one, args=(n,)) for n in numbers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        jobs = rig.wait_jobs(len(numbers))
        printed = sorted(next(t for t in decode(job).texts if t.startswith("C")) for job in jobs)
        assert printed == numbers

    def test_close_is_idempotent(self, rig: Rig) -> None:
        rig.printer.close()
        rig.printer.close()

"""The plain-Dutch errors a failed print shows at the counter (DESIGN.md §7)."""

from __future__ import annotations

from workstation.devices.printer.model import PrinterStatus
from workstation.domain.errors import UserFacingError


def offline_error(detail: str) -> UserFacingError:
    return UserFacingError(
        "De printer reageert niet.",
        "Controleer kabel en stroom en kies Opnieuw afdrukken.",
        detail=detail,
    )


def not_printable_error(status: PrinterStatus, detail: str) -> UserFacingError:
    """The error for a status in which the printer cannot print."""
    if status is PrinterStatus.PAPER_OUT:
        return UserFacingError(
            "Printer heeft geen papier.",
            "Vul papier bij en kies Opnieuw afdrukken.",
            detail=detail,
        )
    if status is PrinterStatus.COVER_OPEN:
        return UserFacingError(
            "De klep van de printer staat open.",
            "Sluit de klep en kies Opnieuw afdrukken.",
            detail=detail,
        )
    return offline_error(detail)


def unavailable_error(detail: str) -> UserFacingError:
    """The configured kind of printer cannot be used on this workstation at all."""
    return UserFacingError(
        "De printer kan op deze computer niet worden gebruikt.",
        "Neem contact op met de IT-afdeling.",
        detail=detail,
    )

"""The plain-Dutch errors a failed print shows at the counter (DESIGN.md §7).

Every message names the printer by the name staff know it by (``printer.name``, from the
settings), the same name the status bar shows.
"""

from __future__ import annotations

from workstation.devices.printer.model import PrinterStatus
from workstation.domain.errors import UserFacingError


def offline_error(printer: str, detail: str) -> UserFacingError:
    return UserFacingError(
        "{printer} reageert niet.",
        "Controleer kabel en stroom en kies Opnieuw afdrukken.",
        detail=detail,
        printer=printer,
    )


def not_printable_error(status: PrinterStatus, printer: str, detail: str) -> UserFacingError:
    """The error for a status in which the printer cannot print."""
    if status is PrinterStatus.PAPER_OUT:
        return UserFacingError(
            "{printer} heeft geen papier.",
            "Vul papier bij en kies Opnieuw afdrukken.",
            detail=detail,
            printer=printer,
        )
    if status is PrinterStatus.COVER_OPEN:
        return UserFacingError(
            "De klep van {printer} staat open.",
            "Sluit de klep en kies Opnieuw afdrukken.",
            detail=detail,
            printer=printer,
        )
    return offline_error(printer, detail)


def unavailable_error(printer: str, detail: str) -> UserFacingError:
    """The configured kind of printer cannot be used on this workstation at all."""
    return UserFacingError(
        "{printer} kan op deze computer niet worden gebruikt.",
        "Neem contact op met de IT-afdeling.",
        detail=detail,
        printer=printer,
    )


class PrintOutcomeUnknown(UserFacingError):
    """The job's bytes went out, but the printer did not confirm it took them.

    The paper may still come out (a printer that was only busy), or never. Whoever prints the
    same ticket again marks it as a duplicate, so two papers for one number are told apart.
    """

    def __init__(self, printer: str, detail: str) -> None:
        super().__init__(
            "{printer} heeft de bon niet bevestigd.",
            "Kijk of de bon toch nog uitkomt; kies anders Opnieuw afdrukken.",
            detail=detail,
            printer=printer,
        )

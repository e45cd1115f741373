"""What goes on a queue ticket: an issued ticket turned into the printer's ``TicketPrint``.

The printer codec decides how it looks on paper; this module decides what is on it: the
municipality and the location, and every sentence in the visitor's language from
:mod:`ticket_texts`, the same sentences the ticket screen shows. The QR code carries the
ticket's id (a random UUID, no personal data) so a kiosk or counter can scan it.

Logos: the printer rasterises image files with Pillow (PNG, BMP, GIF, JPEG). A municipality's
logo in another format — the demo municipalities have SVG logos — is left off the ticket rather
than pulling an SVG renderer into the print path; give such a municipality a PNG to print it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Literal

from workstation.devices.printer.model import TicketPrint
from workstation.services import ticket_texts
from workstation.services.queue_service import IssuedTicket

log = logging.getLogger("loket.devices")

RASTER_LOGO_SUFFIXES = (".png", ".bmp", ".gif", ".jpg", ".jpeg")
"""Image formats the printer's logo rasteriser reads."""



def ticket_print_for(
    issued: IssuedTicket, language: str, paper_width: Literal[80, 58] | None = None,
    *, duplicate: bool = False,
) -> TicketPrint:
    """The ticket as printed, in ``language`` ("nl" or "en"; Dutch for anything else).

    ``duplicate``: an earlier paper of this ticket may have come out; this one says so.
    """
    ticket = issued.ticket
    municipality = issued.location.municipality
    return TicketPrint(
        municipality=municipality.name,
        location=issued.location.name,
        heading=ticket_texts.heading(language),
        number=ticket.number,
        service=issued.service.name(language),
        issued_at=_aware(ticket.issued_at),
        qr_payload=ticket.id,
        lines=ticket_texts.visitor_lines(issued, language),
        footer=ticket_texts.footer(language),
        duplicate_label=ticket_texts.duplicate_label(language) if duplicate else "",
        logo=logo_bytes(municipality.logo_resource),
        paper_width_mm=paper_width,
    )


@lru_cache(maxsize=16)
def logo_bytes(resource: str | None) -> bytes | None:
    """The logo file from the ``resources`` package when the printer can print it, else None.

    Read once per resource: tickets are printed all day with the same logo.
    """
    if not resource or not resource.lower().endswith(RASTER_LOGO_SUFFIXES):
        return None
    try:
        return (resources.files("resources") / resource).read_bytes()
    except OSError as exc:
        log.warning("ticket logo %s not readable, printing without it: %s", resource, exc)
        return None


def _aware(moment: datetime) -> datetime:
    """The store gives UTC; a naive value from a database driver is UTC too."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

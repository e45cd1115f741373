"""Turn queue facts into short screen texts (translated) and norm colour bands."""

from __future__ import annotations

import enum
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from workstation.domain.queue import TicketState

# Colour bands of a waiting time against its service norm (wait / norm).
AMBER_FROM = 0.75
RED_FROM = 1.0


class NormBand(enum.Enum):
    ON_TIME = "ok"
    NEAR_NORM = "near"
    OVER_NORM = "over"


def norm_band(ratio: float) -> NormBand:
    if ratio >= RED_FROM:
        return NormBand.OVER_NORM
    if ratio >= AMBER_FROM:
        return NormBand.NEAR_NORM
    return NormBand.ON_TIME


def norm_band_text(band: NormBand) -> str:
    """Text next to the colour, so the band never depends on colour alone."""
    texts = {
        NormBand.ON_TIME: QCoreApplication.translate("Formatting", "op tijd"),
        NormBand.NEAR_NORM: QCoreApplication.translate("Formatting", "bijna te lang"),
        NormBand.OVER_NORM: QCoreApplication.translate("Formatting", "te lang"),
    }
    return texts[band]


def minutes_text(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("Formatting", "minder dan 1 minuut")
    if minutes == 1:
        return QCoreApplication.translate("Formatting", "1 minuut")
    return QCoreApplication.translate("Formatting", "%n minuten", "", minutes)


def expected_wait_text(span: timedelta | None) -> str:
    if span is None:
        return QCoreApplication.translate("Formatting", "onbekend")
    if span < timedelta(minutes=1):
        return QCoreApplication.translate("Formatting", "u bent zo aan de beurt")
    return QCoreApplication.translate("Formatting", "ongeveer %1").replace("%1", minutes_text(span))


def state_text(state: TicketState) -> str:
    texts = {
        TicketState.WAITING: QCoreApplication.translate("Formatting", "wacht"),
        TicketState.CALLED: QCoreApplication.translate("Formatting", "opgeroepen"),
        TicketState.SERVING: QCoreApplication.translate("Formatting", "in gesprek"),
        TicketState.DONE: QCoreApplication.translate("Formatting", "afgerond"),
        TicketState.NO_SHOW: QCoreApplication.translate("Formatting", "niet verschenen"),
        TicketState.CANCELLED: QCoreApplication.translate("Formatting", "geannuleerd"),
        TicketState.PARKED: QCoreApplication.translate("Formatting", "geparkeerd"),
        TicketState.CLOSED: QCoreApplication.translate("Formatting",
                                                       "niet geholpen (dag gesloten)"),
    }
    return texts[state]

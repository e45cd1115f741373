"""Loading a ticket's logo: the one bit of file I/O a ticket needs, done on the device thread."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("loket.devices")


def load_logo(logo: bytes | Path | None) -> bytes | None:
    """The logo's image file contents. An unreadable logo file is logged and left out: a ticket
    without a logo is better than no ticket."""
    if logo is None or isinstance(logo, bytes):
        return logo
    try:
        return logo.read_bytes()
    except OSError as exc:
        log.warning("printer logo %s not readable, printing without it: %s", logo, exc)
        return None

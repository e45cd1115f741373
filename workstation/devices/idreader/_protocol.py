"""What every ID document reader offers, whatever the transport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from workstation.devices.idreader.mrz import MrzDocument
from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError

DocumentHandler = Callable[[MrzDocument], None]
ErrorHandler = Callable[[UserFacingError], None]
CodeHandler = Callable[[str], None]
"""Called with a scanned code (``BOZ-1234``): a booking code held under the reader."""


class IdReaderUnavailableError(UserFacingError):
    """The reader itself cannot be reached (unplugged, port missing); it keeps retrying."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "De documentlezer is niet bereikbaar.",
            "Controleer of de documentlezer is aangesloten. Loket probeert het vanzelf opnieuw.",
            detail=detail,
        )


class IdDocumentReader(Protocol):
    """An MRZ reader that delivers each document it reads, or a reason it could not.

    ``start`` begins listening; both callbacks are called **from the device's own thread**
    (never the caller's, never the GUI thread), one at a time, in the order things happened.
    A UI handler must hand the result over to its own thread (a queued Qt signal). A callback
    must not call ``stop`` on its own reader (that would wait for itself).

    ``on_error`` receives an ``MrzError`` for an unreadable document (the reader keeps
    listening) and other ``UserFacingError``s for the reader itself (unplugged, port missing).
    ``stop`` ends listening and releases the transport; it is idempotent, and ``start`` may be
    called again afterwards.
    """

    @property
    def name(self) -> str: ...

    @property
    def simulated(self) -> bool: ...

    def start(self, on_document: DocumentHandler, on_error: ErrorHandler,
              on_code: CodeHandler | None = None) -> None: ...

    def stop(self) -> None: ...

    def status(self) -> DeviceStatus: ...

"""What the screens need from the hardware, as a port the device manager implements.

The UI never touches a device: it asks this board to print, listens for documents and reads
statuses. Every call returns at once; the work runs on the device's own thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

from workstation.domain.device_state import (
    DeviceKind,
    DeviceState,
    DeviceStateHandler,
    DeviceStatus,
)
from workstation.services.queue_service import IssuedTicket

__all__ = ["DeviceBoard", "DeviceKind", "DeviceState", "DeviceStateHandler", "DeviceStatus"]


class DeviceBoard(Protocol):
    def states(self) -> list[DeviceState]: ...

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        """``on_state`` is called from a device thread whenever a status changes."""
        ...

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        """Print a queue ticket in ``language``; the future fails with a UserFacingError (the
        ticket stays). Succeeds only when the printer took the job. A ticket printed again after
        a paper of it may have come out is marked as a duplicate."""
        ...

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        """``on_code`` is called from a device thread with each code scanned on the ID reader
        (a booking code: ``BOZ-1234``)."""
        ...

    def close(self) -> None: ...

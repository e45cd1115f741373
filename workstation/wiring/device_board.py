"""The ``DeviceBoard`` port on top of the device manager."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from typing import Literal

from workstation.devices.manager import DeviceManager, DeviceSettingsLike, build_device_manager
from workstation.devices.printer.errors import PrintOutcomeUnknown
from workstation.devices.status import DeviceState, DeviceStateHandler
from workstation.services.queue_service import IssuedTicket
from workstation.wiring.ticket_layout import ticket_print_for


class ManagedDeviceBoard:
    """What the screens use: statuses and ticket printing, never a device itself.

    ``manager`` belongs to the board from now on: ``close`` stops it.

    Duplicates: a ticket printed again after a paper of it may have come out (it printed, its
    print was not confirmed, or it is still on its way) is marked DUPLICAAT, so two papers
    with one number are told apart. Kept for the life of the process.
    """

    def __init__(
        self, manager: DeviceManager, paper_width: Literal[80, 58] | None = None
    ) -> None:
        self.manager = manager
        self._paper_width = paper_width
        self._lock = threading.Lock()
        self._in_flight: Counter[str] = Counter()
        self._maybe_printed: set[str] = set()

    def states(self) -> list[DeviceState]:
        return self.manager.states()

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        self.manager.subscribe(on_state)

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        ticket_id = issued.ticket.id
        with self._lock:
            duplicate = ticket_id in self._maybe_printed or self._in_flight[ticket_id] > 0
            self._in_flight[ticket_id] += 1
        ticket = ticket_print_for(issued, language, self._paper_width, duplicate=duplicate)
        future = self.manager.print_ticket(ticket)
        future.add_done_callback(lambda done: self._finished(ticket_id, done))
        return future

    def _finished(self, ticket_id: str, done: Future[None]) -> None:
        error = None if done.cancelled() else done.exception()
        paper_may_exist = not done.cancelled() and (
            error is None or isinstance(error, PrintOutcomeUnknown)
        )
        with self._lock:
            self._in_flight[ticket_id] -= 1
            if self._in_flight[ticket_id] <= 0:
                del self._in_flight[ticket_id]
            if paper_may_exist:
                self._maybe_printed.add(ticket_id)

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        self.manager.on_code(on_code)

    def close(self) -> None:
        self.manager.close()


def device_board_from(devices: DeviceSettingsLike, *, demo: bool) -> ManagedDeviceBoard:
    """The board for ``settings.devices``; see ``build_device_manager`` for what it refuses."""
    return ManagedDeviceBoard(build_device_manager(devices, demo=demo))

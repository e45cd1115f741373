"""The ``DeviceBoard`` port on top of the device manager."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Literal

from workstation.devices.manager import DeviceManager, DeviceSettingsLike, build_device_manager
from workstation.devices.status import DeviceState, DeviceStateHandler
from workstation.services.queue_service import IssuedTicket
from workstation.services.ticket_layout import ticket_print_for


class ManagedDeviceBoard:
    """What the screens use: statuses and ticket printing, never a device itself.

    ``manager`` belongs to the board from now on: ``close`` stops it.
    """

    def __init__(
        self, manager: DeviceManager, paper_width: Literal[80, 58] | None = None
    ) -> None:
        self.manager = manager
        self._paper_width = paper_width

    def states(self) -> list[DeviceState]:
        return self.manager.states()

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        self.manager.subscribe(on_state)

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        return self.manager.print_ticket(ticket_print_for(issued, language, self._paper_width))

    def on_scanned_code(self, on_code: Callable[[str], None]) -> None:
        self.manager.on_code(on_code)

    def close(self) -> None:
        self.manager.close()


def device_board_from(devices: DeviceSettingsLike, *, demo: bool) -> ManagedDeviceBoard:
    """The board for ``settings.devices``; see ``build_device_manager`` for what it refuses."""
    return ManagedDeviceBoard(build_device_manager(devices, demo=demo))

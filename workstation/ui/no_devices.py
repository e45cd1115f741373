"""A device board without devices, for workstations (or builds) that have none configured.

Temporary seam: ``run_gui`` uses it while ``workstation.app.build_devices`` does not exist yet.
"""

from __future__ import annotations

from concurrent.futures import Future

from workstation.domain.errors import UserFacingError
from workstation.services.device_ports import DeviceState, DeviceStateHandler
from workstation.services.queue_service import IssuedTicket


class NoDevices:
    """Reports no devices; printing fails with a plain message (the ticket stays issued)."""

    def states(self) -> list[DeviceState]:
        return []

    def subscribe(self, on_state: DeviceStateHandler) -> None:
        """Nothing will ever change."""

    def print_ticket(self, issued: IssuedTicket, language: str) -> Future[None]:
        future: Future[None] = Future()
        future.set_exception(UserFacingError(
            "Deze werkplek heeft geen bonprinter.",
            "Noem de bezoeker het wachtnummer op het scherm.",
            detail="no printer configured",
        ))
        return future

    def close(self) -> None:
        """Nothing to release."""

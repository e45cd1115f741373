"""The status every device reports (DESIGN.md §6): the device manager shows it per device.

Plain values, so that the services' device port and the devices share them (ADR 0012).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class DeviceStatus(Enum):
    """Health of one device as the UI shows it."""

    READY = "ready"
    """Connected and working."""
    DEGRADED = "degraded"
    """Working with a warning the staff should act on (paper low, ...)."""
    OFFLINE = "offline"
    """Not reachable, not started, or stopped."""
    SIMULATED = "simulated"
    """A simulated backend is in use; the UI shows a visible badge."""


class DeviceKind(Enum):
    PRINTER = "printer"
    ID_READER = "idreader"
    CARD_READER = "cardreader"


DEVICE_NAMES = {
    DeviceKind.PRINTER: "Bonprinter",
    DeviceKind.ID_READER: "Documentlezer",
    DeviceKind.CARD_READER: "Chiplezer",
}
"""The name staff know each device by, unless the settings name the printer otherwise: the
status bar, every error about the device, the logs and ``devices list`` use this one name."""


@dataclass(frozen=True, slots=True)
class DeviceState:
    """One device as the status bar and ``devices list`` show it."""

    kind: DeviceKind
    name: str
    status: DeviceStatus
    simulated: bool
    message: str = ""
    """Plain Dutch, for the status bar tooltip ("Papier bijna op"); never names the device
    otherwise than ``name`` does (it is shown next to it)."""


DeviceStateHandler = Callable[[DeviceState], None]

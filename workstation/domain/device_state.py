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


@dataclass(frozen=True, slots=True)
class DeviceState:
    """One device as the status bar and ``devices list`` show it."""

    kind: DeviceKind
    name: str
    status: DeviceStatus
    simulated: bool
    message: str = ""  # plain Dutch, for the status bar tooltip ("Papier bijna op")


DeviceStateHandler = Callable[[DeviceState], None]

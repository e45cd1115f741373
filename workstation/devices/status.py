"""The status every device reports (DESIGN.md §6); the types live in the domain so that the
services' device port owns them without importing devices (ADR 0012)."""

from workstation.domain.device_state import (
    DEVICE_NAMES,
    DeviceKind,
    DeviceState,
    DeviceStateHandler,
    DeviceStatus,
)

__all__ = ["DEVICE_NAMES", "DeviceKind", "DeviceState", "DeviceStateHandler", "DeviceStatus"]

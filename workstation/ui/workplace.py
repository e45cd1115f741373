"""What every screen of one window gets: the queue service, where it stands, devices, language,
worker. Services only; the composition root's ``Site`` stays with the entry point (ADR 0012)."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.site import LocationInfo, StaffInfo
from workstation.services.device_ports import DeviceBoard
from workstation.services.queue_service import QueueService
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class Workplace:
    queue: QueueService
    location: LocationInfo
    devices: DeviceBoard
    language: LanguageSwitcher
    runner: TaskRunner
    staff: StaffInfo | None = None  # who is signed in (None: a kiosk, or nobody yet)

"""What every screen of one window gets: the site, where it stands, devices, language, worker."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.app import Site
from workstation.domain.site import LocationInfo, StaffInfo
from workstation.services.device_ports import DeviceBoard
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class Workplace:
    site: Site
    location: LocationInfo
    devices: DeviceBoard
    language: LanguageSwitcher
    runner: TaskRunner
    staff: StaffInfo | None = None  # who is signed in (None: a kiosk, or nobody yet)

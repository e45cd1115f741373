"""Real workstation windows on a real site database (a fresh one per test)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.ui.workstation.fakes import FakeDevices, RecordingAlarmSound
from workstation.app import Site, open_site
from workstation.services.device_ports import DeviceBoard
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.main_window import MainWindow, Role

LOCATION = "BOZ"
ALARM_PHONE = "020 555 0199"

WindowFactory = Callable[..., MainWindow]


def _our_threads() -> list[str]:
    return [t.name for t in threading.enumerate()
            if t.name.startswith(("loket-", "fake-device"))]


@pytest.fixture(autouse=True)
def _no_threads_left() -> Iterator[None]:
    """Fail a test that leaves a change feed or worker thread running."""
    yield
    assert _our_threads() == []


@pytest.fixture
def site(sqlite_url: str) -> Iterator[Site]:
    opened = open_site(sqlite_url, demo=True)
    yield opened
    opened.close()


@pytest.fixture
def devices() -> Iterator[FakeDevices]:
    board = FakeDevices()
    yield board
    board.close()


@pytest.fixture
def open_window(qtbot: QtBot, language: LanguageSwitcher, devices: FakeDevices,
                ) -> Iterator[WindowFactory]:
    """Open a started, shown window; waits for its first live snapshot."""
    windows: list[MainWindow] = []

    def factory(site: Site, role: Role = "counter", counter: int = 1, staff: str = "mw01",
                board: DeviceBoard | None = None, idle_seconds: float = 45,
                demo: bool = False) -> MainWindow:
        location = site.queue.location(LOCATION)
        post = site.queue.counter_post(LOCATION, counter, staff) if role == "counter" else None
        window = MainWindow(site.queue, site.followers, location, board or devices, language,
                            role, post, check_staff=kiosk_exit_check(site.staff),
                            kiosk_idle_seconds=idle_seconds, alarms=site.alarms,
                            health=site.health, alarm_phone=ALARM_PHONE,
                            alarm_sound=RecordingAlarmSound(), demo=demo,
                            staff_service=site.staff)
        windows.append(window)
        window.start()
        if role == "kiosk":
            window.showFullScreen()
        else:
            window.show()
        qtbot.waitUntil(lambda: window.snapshot is not None)
        if window.intake is not None:
            intake = window.intake
            qtbot.waitUntil(lambda: bool(intake.start.buttons))
        return window

    yield factory
    for window in windows:
        if window.kiosk is not None:
            window.kiosk.locked = False
        window.close()
        window.shutdown()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

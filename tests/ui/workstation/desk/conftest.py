"""The KCC desk in real windows: a demo KCC (embedded BRP test persons, embedded
registries) and a factory for counter and phone windows that host the desk."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.ui.workstation.conftest import ALARM_PHONE, LOCATION
from tests.ui.workstation.fakes import FakeDevices, RecordingAlarmSound
from workstation.app import Site
from workstation.desk_demo import DEMO_PERSON_BSN, deliver, seed_desk_history
from workstation.domain.desk import parse_actor
from workstation.domain.person import LookupPurpose, Person, PersonQuery
from workstation.domain.site import StaffInfo
from workstation.kcc import DEMO_ACTOREN, Kcc, open_kcc
from workstation.services.customer_service import CustomerService
from workstation.services.desk_service import DeskConfig, DeskService
from workstation.services.device_ports import DeviceBoard
from workstation.services.registry_ports import PersonDirectory
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import Settings
from workstation.ui.desk_panel import DeskPanel, DeskSetup
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.main_window import MainWindow, Role

DEMO_BSN = DEMO_PERSON_BSN
WAIT_MS = 10_000

DeskWindowFactory = Callable[..., MainWindow]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The onderwerp's completer pops up its list as it is typed in, and the offscreen
    platform cannot give a popup the keyboard: that warning is not the desk's."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(
                "This plugin does not support grabbing the keyboard"))


class SlowDirectory:
    """The person directory, answering ``delay_s`` late (a slow BRP gateway)."""

    def __init__(self, directory: PersonDirectory) -> None:
        self._directory = directory
        self.delay_s = 0.0

    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        time.sleep(self.delay_s)
        return self._directory.find(query, purpose)


class DemoKcc:
    """The desk's services over the demo KCC; the lookup threads are stopped at the end."""

    def __init__(self, data_dir: Path) -> None:
        self.kcc: Kcc = open_kcc(Settings(demo=True, data_dir=str(data_dir)))
        self.executor = ThreadPoolExecutor(6, thread_name_prefix="loket-lookup")
        kcc = self.kcc
        assert kcc.directory is not None
        self.directory = SlowDirectory(kcc.directory)
        customers = CustomerService(self.directory, kcc.cases, kcc.contacts, kcc.store,
                                    kcc.audit, executor=self.executor)
        config = DeskConfig("0363", LOCATION, kcc.audit.workstation,
                            kcc.settings.brp.doelbinding, kcc.settings.brp.verwerking,
                            tuple(parse_actor(text) for text in DEMO_ACTOREN))
        self.service = DeskService(customers, kcc.contact_service(), kcc.contacts, config)

    def setup(self, idle_seconds: float = 300) -> DeskSetup:
        return DeskSetup(self.service, idle_seconds)

    def seed_history(self, bsn: str, *, callback_done: bool = True) -> None:
        seed_desk_history(self.kcc, self.service, bsn, callback_done=callback_done)

    def deliver(self) -> None:
        deliver(self.kcc)

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self.kcc.close()


@pytest.fixture
def demo_kcc(tmp_path: Path) -> Iterator[DemoKcc]:
    kcc = DemoKcc(tmp_path / "kcc")
    yield kcc
    kcc.close()


@pytest.fixture
def open_desk_window(qtbot: QtBot, language: LanguageSwitcher, devices: FakeDevices,
                     demo_kcc: DemoKcc) -> Iterator[DeskWindowFactory]:
    """A started, shown counter or phone window with the desk; waits for its first snapshot."""
    windows: list[MainWindow] = []

    def factory(site: Site, role: Role = "counter", staff: str = "mw01", counter: int = 1,
                board: DeviceBoard | None = None, idle_seconds: float = 300,
                as_staff: StaffInfo | None = None) -> MainWindow:
        """``as_staff``: a phone window signed in as this (made-up) colleague."""
        location = site.queue.location(LOCATION)
        post = site.queue.counter_post(LOCATION, counter, staff) if role == "counter" else None
        signed_in = post.staff if post is not None else (
            as_staff or site.staff.sign_in(staff, DEMO_PIN))
        window = MainWindow(site.queue, site.followers, location, board or devices, language,
                            role, post, check_staff=kiosk_exit_check(site.staff),
                            alarms=site.alarms, health=site.health, alarm_phone=ALARM_PHONE,
                            alarm_sound=RecordingAlarmSound(), staff=signed_in,
                            staff_service=site.staff, desk=demo_kcc.setup(idle_seconds))
        windows.append(window)
        window.start()
        window.show()
        qtbot.waitUntil(lambda: window.snapshot is not None)
        return window

    yield factory
    for window in windows:
        window.close()
        window.shutdown()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def desk_of(window: MainWindow) -> DeskPanel:
    assert window.desk is not None
    return window.desk


def wait_desk_idle(qtbot: QtBot, desk: DeskPanel) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)

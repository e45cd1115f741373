"""The KCC desk in real windows: a demo KCC (embedded BRP test persons, embedded
registries) and a factory for counter and phone windows that host the desk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.ui.workstation.conftest import ALARM_PHONE, LOCATION
from tests.ui.workstation.fakes import FakeDevices, RecordingAlarmSound
from workstation.app import Site
from workstation.domain.cases import NewZaak
from workstation.domain.contacts import Kanaal
from workstation.domain.desk import CallbackDraft, DeskContact, Question, Uitkomst
from workstation.domain.site import StaffInfo
from workstation.domain.staff import Role as StaffRole
from workstation.kcc import Kcc, open_kcc
from workstation.services.customer_service import CustomerService
from workstation.services.desk_service import DeskConfig, DeskService
from workstation.services.device_ports import DeviceBoard
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import DeskSettings, Settings
from workstation.ui.desk_panel import DeskPanel, DeskSetup
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kiosk import kiosk_exit_check
from workstation.ui.main import desk_actoren
from workstation.ui.main_window import MainWindow, Role

DEMO_BSN = "999999990"  # Willeke Liselotte de Bruijn, the Dutch specimen passport's holder
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


class DemoKcc:
    """The desk's services over the demo KCC; the lookup threads are stopped at the end."""

    def __init__(self, data_dir: Path) -> None:
        self.kcc: Kcc = open_kcc(Settings(demo=True, data_dir=str(data_dir)))
        self.executor = ThreadPoolExecutor(6, thread_name_prefix="loket-lookup")
        kcc = self.kcc
        assert kcc.directory is not None
        customers = CustomerService(kcc.directory, kcc.cases, kcc.contacts, kcc.store,
                                    kcc.audit, executor=self.executor)
        config = DeskConfig("0363", LOCATION, kcc.audit.workstation,
                            kcc.settings.brp.doelbinding, kcc.settings.brp.verwerking)
        self.service = DeskService(customers, kcc.contact_service(), kcc.contacts, config)

    def setup(self, idle_seconds: float = 300) -> DeskSetup:
        actoren = desk_actoren(DeskSettings())
        team = tuple(a for a in actoren if a.naam in DeskSettings().team)
        return DeskSetup(self.service, actoren, team, idle_seconds)

    def seed_history(self, bsn: str, *, callback_done: bool = True) -> None:
        """A history of two channels and a zaak: a phone call last week with a callback
        (done since, unless not ``callback_done``), a counter visit yesterday, and a
        passport zaak in progress."""
        now = datetime.now(UTC)
        self.kcc.cases.create_zaak(NewZaak(
            "LOKET-01-900001", "001710011", "PASPOORT", "Paspoort aanvragen",
            (now - timedelta(days=20)).date(), bsn, "In behandeling", now - timedelta(days=2)))
        call = DeskContact(
            (Question("afvalpas", Uitkomst.CONTACTVERZOEK_GEMAAKT, Kanaal.TELEFOON,
                      "Pas kwijt", callback=CallbackDraft(
                          self.setup().actoren[:1], "Nieuwe pas sturen?",
                          ("0612345678",))),),
            now - timedelta(days=7, minutes=6), now - timedelta(days=7), bsn)
        visit = DeskContact(
            (Question("verhuizing", Uitkomst.ZELFSTANDIG_AFGEHANDELD, Kanaal.BALIE,
                      "Verhuizing per 1 december doorgegeven"),),
            now - timedelta(days=1, minutes=9), now - timedelta(days=1), bsn,
            extra_metadata={"wachtnummer": "A014"})
        staff = StaffInfo(0, "mw03", "Chantal", frozenset({StaffRole.COUNTER, StaffRole.PHONE}))
        for contact in (call, visit):
            self.service.save(staff, contact)
        self.deliver()
        for callback in self.kcc.contacts.open_callbacks(self.setup().team):
            if not callback_done:
                break
            self.kcc.contacts.complete_callback(callback.url)

    def deliver(self) -> None:
        """Empty the outbox: what was saved reaches the (embedded) registries."""
        relay = self.kcc.relay()
        while relay.run_once():
            pass

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
                board: DeviceBoard | None = None, idle_seconds: float = 300) -> MainWindow:
        location = site.queue.location(LOCATION)
        post = site.queue.counter_post(LOCATION, counter, staff) if role == "counter" else None
        signed_in = post.staff if post is not None else site.staff.sign_in(staff, DEMO_PIN)
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

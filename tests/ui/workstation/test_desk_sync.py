"""A desk workstation delivers its outbox in the background while its windows run: the status
bar shows what waits and why, sign-out forgets the day's person lookups, and at exit the relay
stops and lets go of the store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.cases import NewZaak
from workstation.domain.contacts import NewKlantcontact
from workstation.domain.customer import Backlog
from workstation.kcc import open_kcc
from workstation.services.staff_service import DEMO_PIN
from workstation.settings import Settings, load_settings
from workstation.store import models as m
from workstation.store.local.database import WorkstationDatabase
from workstation.store.local.models import LookupCacheRow
from workstation.store.local.relay_lock import RelayLock
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kcc_upkeep import KccUpkeep
from workstation.ui.main import DeskSync, sign_in_flow
from workstation.ui.main_window import MainWindow
from workstation.ui.sign_in_window import SignInFlow

BSN = "999993653"  # an RvIG test person the demo directory knows


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(environ={
        "LOKET_DEMO": "true", "LOKET_DATA_DIR": str(tmp_path),
        "LOKET_WORKSTATION__ROLE": "counter", "LOKET_WORKSTATION__COUNTER": "2",
    })


@pytest.fixture
def flow(qtbot: QtBot, site: Site, devices: FakeDevices, language: LanguageSwitcher,
         settings: Settings) -> Iterator[SignInFlow]:
    opened = sign_in_flow(site, devices, language, settings)
    yield opened
    window = opened.window
    opened.shutdown()
    if window is not None:
        window.close()
        window.deleteLater()
    opened.sign_in.close()
    opened.sign_in.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def seed(settings: Settings) -> None:
    """A contact about a zaak the embedded registry refuses (an unknown zaaktype: parked, so
    the contact waits behind it), and a person looked up today (in the cache)."""
    kcc = open_kcc(settings)
    try:
        now = datetime.now(UTC)
        kcc.contact_service().record(
            NewKlantcontact("", "balie", "Paspoort", "Vraag", now, bsn=BSN),
            zaak=NewZaak("", "002220647", "BESTAAT-NIET", "Paspoort", date.today(), BSN,
                         "Ontvangen", now))
        kcc.customer_service().open_customer(BSN, kcc.purpose())
    finally:
        kcc.close()


def cached(settings: Settings) -> int:
    database = WorkstationDatabase.in_directory(settings.data_path)
    try:
        with database.session() as session:
            return int(session.scalar(select(func.count()).select_from(LookupCacheRow)) or 0)
    finally:
        database.dispose()


def _relay_running() -> bool:
    return any(t.name == "loket-relay" for t in threading.enumerate())


def _sign_in(qtbot: QtBot, flow: SignInFlow) -> MainWindow:
    page = flow.sign_in.page
    qtbot.keyClicks(page.code, "mw01")
    qtbot.keyClicks(page.pin, DEMO_PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.window is not None and flow.window.snapshot is not None,
                    timeout=10_000)
    assert flow.window is not None
    return flow.window


def reported_backlogs(settings: Settings) -> list[tuple[str, str, int, int]]:
    """What the supervisor's view reads of the workstations' outboxes (workstation_status)."""
    kcc = open_kcc(settings)
    try:
        with kcc.site.database.engine.connect() as connection:
            return [(row.workstation, row.role, row.pending, row.parked)
                    for row in connection.execute(select(m.WorkstationStatus))]
    finally:
        kcc.close()


def test_the_desk_delivers_in_the_background_shows_the_backlog_and_forgets_at_sign_out(
        qtbot: QtBot, flow: SignInFlow, settings: Settings) -> None:
    seed(settings)
    assert cached(settings) == 1
    desk = DeskSync(settings, flow)
    flow.start()
    qtbot.waitExposed(flow.sign_in)
    desk.start()
    try:
        assert _relay_running()
        window = _sign_in(qtbot, flow)

        # The relay tried the zaak (parked: the registry refuses its zaaktype) and the bar
        # says so in plain Dutch, with the contact still waiting behind it.
        qtbot.waitUntil(lambda: window.status.sync.text().startswith(
            "Verzenden: 1 wachten, 1 geparkeerd — "), timeout=15_000)
        assert "zaaktype" in window.status.sync.toolTip()
        # The supervisor's view hears the same backlog from the site database.
        qtbot.waitUntil(lambda: reported_backlogs(settings) == [("BOZ-01", "counter", 1, 1)],
                        timeout=15_000)

        assert window.staff_bar is not None
        click_when_enabled(qtbot, window.staff_bar.sign_out)
        qtbot.waitUntil(lambda: flow.window is None and flow.sign_in.isVisible())
        qtbot.waitUntil(lambda: cached(settings) == 0, timeout=10_000)
    finally:
        desk.stop()
    assert not _relay_running()
    with RelayLock(settings.data_path / "workstation.sqlite3"):  # let go at exit
        pass


def test_a_second_program_on_the_same_store_does_not_start_a_second_relay(
        qtbot: QtBot, flow: SignInFlow, settings: Settings) -> None:
    with RelayLock(settings.data_path / "workstation.sqlite3"):  # ``sync run`` delivers
        desk = DeskSync(settings, flow)
        flow.start()
        qtbot.waitExposed(flow.sign_in)
        desk.start()
        try:
            assert not _relay_running()
            window = _sign_in(qtbot, flow)
            qtbot.waitUntil(lambda: window.status.sync.text() == "Alles verzonden")
        finally:
            desk.stop()


class _Customers:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def forget_today(self) -> int:
        self.calls.append("today")
        return 0

    def forget_earlier_days(self) -> int:
        self.calls.append("earlier")
        return 0


class _Contacts:
    def backlog(self) -> Backlog:
        return Backlog(pending=0, parked=0)


def test_lookups_are_forgotten_when_the_business_day_changes_and_at_exit(
        qtbot: QtBot) -> None:
    now = [datetime(2026, 11, 30, 16, 50, tzinfo=UTC)]
    customers = _Customers()
    upkeep = KccUpkeep(_Contacts(), customers, clock=lambda: now[0])  # type: ignore[arg-type]
    upkeep.start()
    qtbot.waitUntil(lambda: customers.calls == ["earlier"])  # what an earlier day left
    upkeep.poll()
    now[0] = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # the next business day
    upkeep.poll()
    qtbot.waitUntil(lambda: customers.calls == ["earlier", "today"])
    upkeep.stop()
    assert customers.calls == ["earlier", "today", "today"]


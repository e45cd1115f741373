"""Never freeze, never crash: a failing site database is a banner and a recovery, a bug in a
thread reaches the log and a dialog, and the kiosk never leaves its visitor at the desktop."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from tests.failing_databases import (
    garbage_over,
    postgres_refusing,
    sqlite_path,
    sqlite_write_lock,
)
from tests.ui.workstation.actions import click_when_enabled
from tests.ui.workstation.conftest import ALARM_PHONE, LOCATION, WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site, open_site
from workstation.services.staff_service import DEMO_PIN
from workstation.ui.crash import CrashHandler
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _banner_shown(window: MainWindow) -> bool:
    return window.connection_banner.isVisible() and window.connected is False


def test_garbage_over_the_database_file_is_a_banner_not_a_crash_and_it_recovers(
        qtbot: QtBot, site: Site, sqlite_url: str, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    view = window.counter
    assert view is not None
    with qtbot.captureExceptions() as bugs, garbage_over(sqlite_path(sqlite_url)):
        click_when_enabled(qtbot, view.next)
        qtbot.waitUntil(lambda: _banner_shown(window))
        assert "beschadigd" in window.connection_banner.text.text()
        assert "beschadigd" in view.message.text()  # the action itself reports too
        assert not view.next.isEnabled()
        assert view.alarm.isEnabled()  # the alarm button is never disabled
    assert bugs == []
    qtbot.waitUntil(lambda: window.connected is True, timeout=10_000)  # the probe finds it back
    assert not window.connection_banner.isVisible()
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(lambda: view.current is not None and view.current.number == "A001")


def test_a_write_lock_held_by_another_process_shows_a_banner_within_seconds(
        qtbot: QtBot, site: Site, sqlite_url: str, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    view = window.counter
    assert view is not None
    with sqlite_write_lock(sqlite_path(sqlite_url)):
        click_when_enabled(qtbot, view.next)
        # Well within the old 30 s busy timeout: pytest-qt's default wait is 5 s.
        qtbot.waitUntil(lambda: _banner_shown(window))
        assert "bezet" in window.connection_banner.text.text()
        assert "bezet" in view.message.text()
    qtbot.waitUntil(lambda: window.connected is True, timeout=15_000)
    click_when_enabled(qtbot, view.next)
    qtbot.waitUntil(lambda: view.current is not None)


@pytest.mark.postgres
def test_postgres_connections_killed_show_the_banner_and_recover(
        qtbot: QtBot, pg_url: str, open_window: WindowFactory) -> None:
    site = open_site(pg_url, demo=True)
    try:
        site.queue.issue_ticket(LOCATION, "A")
        window = open_window(site, counter=1)
        view = window.counter
        assert view is not None
        with postgres_refusing(pg_url):
            qtbot.waitUntil(lambda: _banner_shown(window), timeout=10_000)
            assert not view.next.isEnabled()
            view.alarm.click()  # still pressable, and honest about the result
            assert window.alarm_desk is not None
            failure = window.alarm_desk.panel.failure
            qtbot.waitUntil(failure.isVisible, timeout=10_000)
            assert failure.text() == f"Alarm is NIET verzonden. Bel {ALARM_PHONE}."
        qtbot.waitUntil(lambda: window.connected is True, timeout=15_000)
        assert not window.connection_banner.isVisible()
        click_when_enabled(qtbot, view.next)
        qtbot.waitUntil(lambda: view.current is not None)
        window.shutdown()
    finally:
        site.close()


def test_an_alarm_that_cannot_be_delivered_says_so_and_which_number_to_call(
        qtbot: QtBot, site: Site, sqlite_url: str, open_window: WindowFactory) -> None:
    window = open_window(site, counter=2, staff="mw02")
    assert window.counter is not None and window.alarm_desk is not None
    panel = window.alarm_desk.panel
    with garbage_over(sqlite_path(sqlite_url)):
        window.counter.alarm.click()
        qtbot.waitUntil(panel.failure.isVisible)
        assert panel.failure.text() == f"Alarm is NIET verzonden. Bel {ALARM_PHONE}."
        qtbot.waitUntil(lambda: _banner_shown(window))
        assert window.counter.alarm.isEnabled()
        assert window.counter.alarm.text() == "ALARM opnieuw versturen"
    qtbot.waitUntil(lambda: window.connected is True, timeout=10_000)
    window.counter.alarm.click()  # pressed again once the database is back: delivered
    qtbot.waitUntil(lambda: not panel.failure.isVisible() and bool(panel.alarm_ids))


def _crash_handler(shown: list[str], codes: list[int]) -> CrashHandler:
    return CrashHandler(shown.append, codes.append)


def test_an_exception_in_a_worker_thread_reaches_the_log_and_the_crash_dialog(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    codes: list[int] = []

    def broken() -> None:
        raise ZeroDivisionError("a bug in a thread")

    with caplog.at_level(logging.CRITICAL, logger="loket.ui"), \
            _crash_handler(shown, codes).installed():
        thread = threading.Thread(target=broken, name="loket-test-worker")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(lambda: len(shown) == 1)  # shown on the GUI thread
    assert codes == [70]
    [record] = [r for r in caplog.records if r.exc_info]
    assert "loket-test-worker" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


class _BrokenQThread(QThread):
    def run(self) -> None:
        raise KeyError("a bug in a QThread")


def test_an_exception_in_a_qthread_reaches_the_log_and_the_crash_dialog(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    codes: list[int] = []
    # pytest-qt's own hook is replaced by ours inside its capture block.
    with caplog.at_level(logging.CRITICAL, logger="loket.ui"), qtbot.captureExceptions(), \
            _crash_handler(shown, codes).installed():
        thread = _BrokenQThread()
        thread.start()
        thread.wait(5000)
        qtbot.waitUntil(lambda: len(shown) == 1)
    assert codes == [70]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_a_kiosk_shows_its_error_page_when_the_database_fails_and_comes_back_by_itself(
        qtbot: QtBot, site: Site, sqlite_url: str, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    assert window.kiosk_pages is not None and window.intake is not None
    with garbage_over(sqlite_path(sqlite_url)):
        window.intake.start.buttons["A"].click()
        qtbot.waitUntil(lambda: window.kiosk_pages.currentWidget() is window.kiosk_pages.error_page)
        assert window.kiosk_pages.error_page.text.text() == \
            "Deze zuil werkt even niet. Meld u bij de balie."
        assert window.isVisible() and window.isFullScreen()
    qtbot.waitUntil(lambda: window.kiosk_pages.currentWidget() is window.intake,
                    timeout=10_000)
    assert window.intake.pages.currentWidget() is window.intake.start


def test_a_bug_on_the_kiosk_restarts_its_view_instead_of_leaving_for_the_desktop(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "kiosk")
    assert window.kiosk_pages is not None and window.intake is not None
    window.kiosk_pages.restart_timer.setInterval(200)
    shown: list[str] = []
    codes: list[int] = []
    handler = CrashHandler(shown.append, codes.append, restart_view=window.restart_after_crash)
    window.intake.start.buttons["A"].click()
    qtbot.waitUntil(lambda: window.intake.pages.currentWidget() is window.intake.ticket)

    def broken() -> None:
        raise RuntimeError("a bug behind the kiosk")

    with qtbot.captureExceptions(), handler.installed():
        window.runner.run(broken, lambda _none: None)
        qtbot.waitUntil(lambda: window.kiosk_pages.currentWidget() is window.kiosk_pages.error_page)
    qtbot.waitUntil(lambda: window.kiosk_pages.currentWidget() is window.intake)
    assert window.intake.pages.currentWidget() is window.intake.start  # a fresh start
    assert shown == [] and codes == [] and window.isVisible()


def test_the_kiosk_staff_screen_checks_the_printer_reprints_and_restarts_the_kiosk(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    window = open_window(site, "kiosk")
    assert window.kiosk is not None and window.intake is not None
    window.intake.start.buttons["A"].click()
    qtbot.waitUntil(lambda: devices.printed == ["A001"])
    window.kiosk.ask_staff_code()
    qtbot.waitUntil(lambda: window.kiosk.dialog is not None)
    dialog = window.kiosk.dialog
    assert dialog is not None
    dialog.code.setText("mw01")
    dialog.pin.setText(DEMO_PIN)
    dialog.buttons.accepted.emit()
    staff = window.kiosk_pages.staff_screen
    qtbot.waitUntil(lambda: window.kiosk_pages is not None
                    and window.kiosk_pages.currentWidget() is staff)
    assert [i.status.text() for i in staff.indicators] == ["Bonprinter: gereed"]
    assert "A001" in staff.reprint_button.text()
    staff.reprint_button.click()
    qtbot.waitUntil(lambda: devices.printed == ["A001", "A001"])
    qtbot.waitUntil(lambda: staff.message.text() == "Bon is afgedrukt.")
    staff.restart_button.click()
    qtbot.waitUntil(lambda: window.kiosk_pages is not None
                    and window.kiosk_pages.currentWidget() is window.intake)
    assert window.kiosk.locked and window.isVisible()
    assert window.intake.pages.currentWidget() is window.intake.start


def test_the_running_kiosk_app_restarts_its_view_on_a_bug_and_does_not_exit(
        qapp: object, tmp_path: Path) -> None:
    """``run_gui`` as ``python -m workstation`` runs it: a bug in a slot is no exit for a kiosk."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workstation.settings import load_settings
    from workstation.ui.main import run_gui

    settings = load_settings(environ={
        "LOKET_DEMO": "true", "LOKET_DATA_DIR": str(tmp_path),
        "LOKET_WORKSTATION__ROLE": "kiosk", "LOKET_CONFIG": str(tmp_path / "none.toml")})
    seen: list[object] = []

    def kiosk() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def bug() -> None:
        raise RuntimeError("a bug in a slot of the kiosk")

    def look_and_leave() -> None:
        window = kiosk()
        assert window.kiosk_pages is not None and window.kiosk is not None
        seen.append(window.kiosk_pages.currentWidget() is window.kiosk_pages.error_page)
        window.kiosk.locked = False
        QApplication.exit(0)

    QTimer.singleShot(1000, bug)
    QTimer.singleShot(2000, look_and_leave)
    code = run_gui(argparse.Namespace(self_test=False), settings)
    assert code == 0 and seen == [True]

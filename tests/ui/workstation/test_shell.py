"""Around the views: status bar, connection banner, language switch, crash handling."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.workstation.conftest import LOCATION, WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.devices.status import DeviceStatus
from workstation.domain.errors import UserFacingError
from workstation.services.device_ports import DeviceKind, DeviceState
from workstation.ui.crash import EXIT_CRASH, CrashHandler
from workstation.ui.formatting import NormBand, norm_band
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.tasks import TaskRunner


def test_status_bar_shows_devices_with_a_simulated_badge_and_follows_changes(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices) -> None:
    window = open_window(site, counter=2, staff="mw02")
    indicator = window.status.device_indicator(DeviceKind.PRINTER, "Bonprinter")
    assert indicator is not None
    assert indicator.status.text() == "Bonprinter: gereed"
    assert indicator.badge.isVisible() and indicator.badge.text() == "GESIMULEERD"
    assert window.status.who.text() == "Medewerker: Bram · Balie 2"
    assert window.status.connection.text() == "Wachtrij: verbonden"
    devices.change_state(DeviceState(DeviceKind.PRINTER, "Bonprinter", DeviceStatus.DEGRADED,
                                     False, "Papier bijna op"))
    qtbot.waitUntil(lambda: indicator.status.text() == "Bonprinter: let op")
    assert not indicator.badge.isVisible()
    assert "Papier bijna op" in indicator.toolTip()


def test_lost_connection_shows_a_banner_and_disables_actions(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    site.queue.issue_ticket(LOCATION, "A")
    window = open_window(site, counter=1)
    view = window.counter
    assert view is not None
    qtbot.waitUntil(view.next.isEnabled)
    window.live.connection.emit(False)  # what the change feed reports when the database goes
    qtbot.waitUntil(window.connection_banner.isVisible)
    assert "Verbinding met de wachtrij verbroken — we proberen opnieuw" in \
        window.connection_banner.text.text()
    assert not view.next.isEnabled()
    assert window.status.connection.text() == "Wachtrij: verbinding verbroken"
    window.live.connection.emit(True)
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible())
    assert view.next.isEnabled()


def test_lost_connection_disables_intake(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, "reception")
    assert window.intake is not None
    window.live.connection.emit(False)
    qtbot.waitUntil(lambda: not window.intake.start.buttons["A"].isEnabled())


def test_language_switch_retranslates_live(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    site.queue.issue_ticket(LOCATION, "B")
    window = open_window(site, counter=1)
    view = window.counter
    assert view is not None
    assert view.next.text() == "Volgende (F5)"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: view.next.text() == "Next (F5)")
    assert language.language == "en"
    assert window.language_menu.title() == "&Language"
    assert window.status.connection.text() == "Queue: connected"
    group = view.waiting.topLevelItem(1)
    assert group is not None and "Driving licence" in group.text(0)
    assert "1 waiting" in group.text(0)
    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: view.next.text() == "Volgende (F5)")
    assert window.language_actions["nl"].isChecked()


def test_user_facing_errors_are_shown_in_the_screen_language(
        qtbot: QtBot, site: Site, open_window: WindowFactory,
        language: LanguageSwitcher) -> None:
    window = open_window(site, "reception")
    assert window.intake is not None
    language.set_language("en")
    qtbot.waitUntil(lambda: window.intake.start.question.text() == "New ticket: choose a service")
    window.intake.start.check_in_button.click()
    assert "booking code" in window.intake.start.message.text()


def test_norm_bands_have_their_thresholds() -> None:
    assert norm_band(0.74) is NormBand.ON_TIME
    assert norm_band(0.75) is NormBand.NEAR_NORM
    assert norm_band(0.99) is NormBand.NEAR_NORM
    assert norm_band(1.0) is NormBand.OVER_NORM


def test_crash_handler_logs_shows_a_dialog_and_exits_non_zero(
        caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    codes: list[int] = []
    handler = CrashHandler(shown.append, codes.append)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL, logger="loket.ui"):
            handler(type(exc), exc, exc.__traceback__)
            handler(type(exc), exc, exc.__traceback__)
    assert codes == [EXIT_CRASH]
    assert len(shown) == 1 and "Start Loket opnieuw" in shown[0]
    record = caplog.records[0]
    assert record.name == "loket.ui" and record.exc_info is not None


def test_task_runner_delivers_results_and_errors_on_the_gui_thread(qtbot: QtBot) -> None:
    import threading

    errors: list[UserFacingError] = []
    runner = TaskRunner("test", errors.append)
    results: list[tuple[int, bool]] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(lambda: 41 + 1,
               lambda value: results.append((value, threading.current_thread()
                                             is threading.main_thread())))

    def refuse() -> None:
        raise UserFacingError("Dat kan niet.", "Probeer iets anders.")

    runner.run(refuse, lambda _none: None)
    qtbot.waitUntil(lambda: len(errors) == 1 and not runner.busy)
    runner.close()
    assert results == [(42, True)]
    assert errors[0].message == "Dat kan niet."
    assert busy == [True, False]


def test_task_runner_hands_bugs_to_the_crash_handler(qtbot: QtBot) -> None:
    runner = TaskRunner("bug", lambda _error: None)

    def broken() -> None:
        raise ZeroDivisionError("bug")

    with qtbot.captureExceptions() as exceptions:
        runner.run(broken, lambda _none: None)
        qtbot.waitUntil(lambda: not runner.busy)
    runner.close()
    assert [type(e[1]) for e in exceptions] == [ZeroDivisionError]


def test_device_status_reason_follows_the_screen_language(
        qtbot: QtBot, site: Site, open_window: WindowFactory, devices: FakeDevices,
        language: LanguageSwitcher) -> None:
    window = open_window(site, counter=2, staff="mw02")
    language.set_language("en")
    indicator = window.status.device_indicator(DeviceKind.PRINTER, "Bonprinter")
    assert indicator is not None
    devices.change_state(DeviceState(DeviceKind.PRINTER, "Bonprinter", DeviceStatus.OFFLINE,
                                     False, "Geen papier"))
    qtbot.waitUntil(lambda: "Out of paper" in indicator.toolTip())

"""An alarm that cannot be missed: a colleague's window comes forward with a repeating sound
until someone answers, alerts again without an answer, a silent hotkey raises it, it never
waits behind the window's other database work, and only its raiser or a team lead closes it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.ui.workstation.conftest import WindowFactory
from tests.ui.workstation.fakes import RecordingAlarmSound
from workstation.app import Site
from workstation.store import models as m
from workstation.ui.alarm_alert import AlarmAlert, QtAlarmSound
from workstation.ui.alarm_desk import AlarmDesk
from workstation.ui.main_window import MainWindow

# The offscreen platform cannot bring a window to the front; it says so. QtMultimedia reports
# which audio backends this machine lacks.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support", r"Couldn't (load|resolve) .*", r"PulseAudioService: .*",
    r".*FFmpeg.*")
LOADED_MS = 15_000


def _desk(window: MainWindow) -> AlarmDesk:
    assert window.alarm_desk is not None
    return window.alarm_desk


def _sound(window: MainWindow) -> RecordingAlarmSound:
    sound = _desk(window).alert._sound
    assert isinstance(sound, RecordingAlarmSound)
    return sound


def _responders(window: MainWindow, alarm_id: int) -> str:
    """Who answered, as the window shows it; empty while its feed has not brought the alarm."""
    panel = _desk(window).panel
    return panel.row_for(alarm_id).responders.text() if alarm_id in panel.alarm_ids else ""


def test_a_colleagues_window_comes_forward_and_sounds_until_someone_answers(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    raising = open_window(site, counter=3, staff="mw03")
    other = open_window(site, counter=1, staff="mw01")
    third = open_window(site, counter=2, staff="mw02")
    assert raising.counter is not None
    raising.counter.alarm.click()
    # Three windows follow one database: under load the change can take a while to arrive.
    qtbot.waitUntil(lambda: _desk(other).alert.alerts == 1 and _desk(third).alert.alerts == 1,
                    timeout=LOADED_MS)
    assert _sound(other).playing and _sound(third).playing
    assert not _sound(raising).playing and _desk(raising).alert.alerts == 0
    (alarm_id,) = _desk(other).panel.alarm_ids
    _desk(third).panel.row_for(alarm_id).silence.click()  # "Geluid uit" here only
    assert not _sound(third).playing and _sound(other).playing
    _desk(other).panel.row_for(alarm_id).respond.click()  # "Ik kom"
    qtbot.waitUntil(lambda: "Anouk (balie 1)" in _responders(raising, alarm_id),
                    timeout=LOADED_MS)
    qtbot.waitUntil(lambda: not _sound(other).playing and not _sound(third).playing,
                    timeout=LOADED_MS)
    qtbot.waitUntil(lambda: not _desk(other).panel.row_for(alarm_id).respond.isVisible(),
                    timeout=LOADED_MS)
    assert _desk(third).panel.alarm_ids == [alarm_id]  # still shown until it is closed


def test_without_an_answer_the_alarm_alerts_again(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    raising = open_window(site, counter=3, staff="mw03")
    other = open_window(site, counter=1, staff="mw01")
    _desk(other).alert.realert_ms = 300  # REALERT_SECONDS in the field
    assert raising.counter is not None
    raising.counter.alarm.click()
    qtbot.waitUntil(lambda: bool(_desk(other).panel.alarm_ids))
    (alarm_id,) = _desk(other).panel.alarm_ids
    _desk(other).panel.row_for(alarm_id).silence.click()
    assert not _sound(other).playing
    qtbot.waitUntil(lambda: _desk(other).alert.alerts == 2)
    assert _sound(other).playing and _sound(other).starts == 2


def test_the_silent_hotkey_raises_the_alarm_with_only_a_small_confirmation(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    raising = open_window(site, counter=3, staff="mw03")
    other = open_window(site, counter=1, staff="mw01")
    raising.activateWindow()
    qtbot.waitUntil(raising.isActiveWindow)
    qtbot.keyClick(raising, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(_desk(raising).panel.alarm_ids))
    (alarm_id,) = _desk(raising).panel.alarm_ids
    own = _desk(raising).panel.row_for(alarm_id)
    assert own.property("role") == "alarm-silent"
    assert own.text.text().startswith("Stil alarm verzonden")
    assert raising.status.currentMessage() == "Stil alarm verzonden."
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: _desk(other).alert.alerts == 1)  # loud everywhere else
    assert other.alarm_desk is not None and other.alarm_desk.panel.row_for(
        alarm_id).property("role") == "banner-alarm"


def test_the_alarm_does_not_wait_behind_the_windows_other_database_work(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    window = open_window(site, counter=3, staff="mw03")
    assert window.counter is not None
    release = threading.Event()
    window.runner.run(lambda: release.wait(30), lambda _done: None)  # a slow queue action
    qtbot.waitUntil(lambda: window.runner.busy)
    try:
        window.counter.alarm.click()
        location = site.queue.location("BOZ")
        qtbot.waitUntil(lambda: bool(site.alarms.open_alarms(location.id)))
        assert window.runner.busy  # delivered while the queue action still runs
    finally:
        release.set()


def test_only_the_raiser_or_a_team_lead_closes_an_alarm(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    raising = open_window(site, counter=3, staff="mw03")
    other = open_window(site, counter=1, staff="mw01")
    assert raising.counter is not None and other.counter is not None
    raising.counter.alarm.click()
    qtbot.waitUntil(lambda: bool(_desk(other).panel.alarm_ids))
    (alarm_id,) = _desk(other).panel.alarm_ids
    _desk(other).panel.row_for(alarm_id).close_button.click()
    qtbot.waitUntil(lambda: "teamleider" in other.counter.message.text())  # type: ignore
    assert _desk(raising).panel.alarm_ids == [alarm_id]
    with site.database.engine.begin() as connection:  # Anouk becomes a team lead
        connection.execute(update(m.StaffMember).where(m.StaffMember.code == "mw01")
                           .values(roles="counter,supervisor"))
    _desk(other).panel.row_for(alarm_id).close_button.click()
    qtbot.waitUntil(lambda: not _desk(raising).panel.isVisible())


def test_the_alarm_sound_never_fails_without_an_audio_device(qtbot: QtBot) -> None:
    sound = QtAlarmSound()
    sound.start()
    sound.start()
    sound.stop()
    sound.close()


def test_an_alert_on_a_window_without_a_tray_still_flashes_and_sounds(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notes: list[tuple[str, str]] = []
    sound = RecordingAlarmSound()
    alert = AlarmAlert(window, own_counter_id=None, sound=sound,
                       notify=lambda title, text: notes.append((title, text)))
    from datetime import UTC, datetime

    from workstation.domain.alarm import OpenAlarm

    alert.show_alarms((OpenAlarm(7, 30, 3, datetime.now(UTC), None, ""),))
    assert alert.alerts == 1 and sound.playing
    assert notes[0][0] == "ALARM bij balie 3"
    alert.show_alarms(())
    assert not sound.playing
    alert.close()


def test_a_workstation_that_answered_before_a_restart_is_not_asked_again(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    raiser = site.queue.counter_post("BOZ", 3, "mw03")
    helper = site.queue.counter_post("BOZ", 1, "mw01")
    alarm_id = site.alarms.raise_alarm(raiser.location, raiser.counter, raiser.staff)
    site.alarms.respond(helper.location, alarm_id, helper.staff, helper.counter)
    window = open_window(site, counter=1, staff="mw01")  # counter 1 starts again
    qtbot.waitUntil(lambda: _desk(window).panel.alarm_ids == [alarm_id])
    assert not _desk(window).panel.row_for(alarm_id).respond.isVisible()
    assert not _sound(window).playing  # answered: no sound


def test_the_silent_hotkey_works_while_a_dialog_of_the_window_is_open(
        qtbot: QtBot, site: Site, open_window: WindowFactory) -> None:
    from tests.ui.workstation.actions import click_when_enabled

    site.queue.issue_ticket("BOZ", "A")
    window = open_window(site, counter=3, staff="mw03")
    view = window.counter
    assert view is not None
    click_when_enabled(qtbot, view.next)
    click_when_enabled(qtbot, view.transfer)
    qtbot.waitUntil(lambda: view.transfer_dialog is not None)
    dialog = view.transfer_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    location = site.queue.location("BOZ")
    qtbot.waitUntil(lambda: bool(site.alarms.open_alarms(location.id)))
    assert dialog.isVisible()  # nothing on screen changed for whoever stands in front of it
    dialog.reject()

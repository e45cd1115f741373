"""An alarm that cannot be missed on a colleague's workstation.

When another counter raises an alarm, this window comes to the front and flashes
(``QApplication.alert``), the operating system shows a notification (a tray message where a
tray exists) and a loud sound repeats. The sound stops when someone answers "Ik kom" or when
this person silences it; while nobody has answered, every ``REALERT_SECONDS`` the whole alert
comes back, silenced or not. The raiser's own window never sounds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from importlib.resources import as_file, files
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from workstation.domain.alarm import REALERT_SECONDS, OpenAlarm

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger("loket.ui")

ALARM_SOUND = ("sounds", "alarm.wav")


class AlarmSound(Protocol):
    """A loud sound that repeats until stopped; silent (never failing) without audio."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


Notify = Callable[[str, str], None]


class QtAlarmSound(QObject):
    """``resources/sounds/alarm.wav`` in a loop on QtMultimedia's ``QSoundEffect``.

    QtMultimedia is loaded on the first alarm only (it probes audio backends when loaded).
    Without an audio output, or when the device refuses the sound, it logs once and stays
    silent: the window still comes to the front, flashes and notifies.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = ExitStack()
        self._effect: QSoundEffect | None = None
        self._off_logged = False

    def start(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if not QMediaDevices.audioOutputs():
            self._off("no audio output device")
            return
        if self._effect is None:
            path = self._files.enter_context(as_file(files("resources").joinpath(*ALARM_SOUND)))
            effect = QSoundEffect(self)
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setVolume(1.0)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effect = effect
        if self._effect.status() == QSoundEffect.Status.Error:
            self._off("the alarm sound cannot be played on this audio device")
            return
        if not self._effect.isPlaying():
            self._effect.play()

    def stop(self) -> None:
        if self._effect is not None:
            self._effect.stop()

    def close(self) -> None:
        self.stop()
        self._files.close()

    def _off(self, reason: str) -> None:
        if not self._off_logged:
            log.warning("alarm sound is off: %s; the window still flashes and notifies", reason)
            self._off_logged = True


class TrayNotifier(QObject):
    """The OS notification, through a system tray icon where the desktop has a tray."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None

    def __call__(self, title: str, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(QIcon(icon), self)
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Critical, 0)


class AlarmAlert(QObject):
    """Draws attention to the alarms of other counters; call ``show_alarms`` per snapshot."""

    def __init__(self, window: QWidget, own_counter_id: int | None, sound: AlarmSound,
                 notify: Notify, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._own_counter_id = own_counter_id
        self._sound = sound
        self._notify = notify
        self._seen: set[int] = set()
        self._silenced: set[int] = set()
        self._unanswered: list[OpenAlarm] = []
        self.alerts = 0  # how often this window was brought forward for an alarm
        self.sounding = False
        self._realert = QTimer(self)
        self._realert.setSingleShot(True)
        self._realert.setInterval(REALERT_SECONDS * 1000)
        self._realert.timeout.connect(self._alert_again)

    @property
    def realert_ms(self) -> int:
        return self._realert.interval()

    @realert_ms.setter
    def realert_ms(self, value: int) -> None:
        self._realert.setInterval(value)

    def show_alarms(self, alarms: tuple[OpenAlarm, ...]) -> None:
        foreign = [a for a in alarms if a.counter_id != self._own_counter_id]
        self._unanswered = [a for a in foreign if not a.has_response()]
        new = [a for a in foreign if a.alarm_id not in self._seen]
        self._seen = {a.alarm_id for a in foreign}
        self._silenced &= self._seen
        if new:
            self._alert(new[-1])
        self._update_sound()
        if not self._unanswered:
            self._realert.stop()

    def silence(self, alarm_id: int) -> None:
        """This person heard it (or is on the way): stop the sound here."""
        self._silenced.add(alarm_id)
        self._update_sound()

    def close(self) -> None:
        self._realert.stop()
        self._sound.stop()
        self._sound.close()

    def _alert_again(self) -> None:
        if not self._unanswered:
            return
        log.warning("alarm at counter %d unanswered; alerting again",
                    self._unanswered[0].counter_number)
        self._silenced.clear()
        self._alert(self._unanswered[0])
        self._update_sound()

    def _alert(self, alarm: OpenAlarm) -> None:
        self.alerts += 1
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window, 0)  # flashes the task bar entry until the window is used
        title = QCoreApplication.translate("AlarmAlert", "ALARM bij balie %1")
        text = QCoreApplication.translate(
            "AlarmAlert", "Een collega heeft hulp nodig. Kies 'Ik kom' als u erheen gaat.")
        self._notify(title.replace("%1", str(alarm.counter_number)), text)
        if self._unanswered:
            self._realert.start()

    def _update_sound(self) -> None:
        sounding = any(a.alarm_id not in self._silenced for a in self._unanswered)
        if sounding:
            self._sound.start()
        elif self.sounding:
            self._sound.stop()
        self.sounding = sounding

"""Everything alarm in one staff window: raise (button or silent hotkey), answer, close, alert.

Alarm calls run on a worker thread of their own (``TaskRunner("alarm")``), never queued behind
the window's queue actions, and the alarm service writes on a connection of its own
(docs/decisions/0016-alarm-delivery.md). The alarm button is never disabled, also not while
the site database is unreachable: pressing it then says plainly that the alarm was NOT
delivered and which number to call. ``Ctrl+Alt+A`` raises the alarm silently: no dialog, no
red screen, only a small line and a note in the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from workstation.domain.alarm import OpenAlarm
from workstation.domain.errors import UserFacingError
from workstation.domain.site import LocationInfo
from workstation.services.alarm_service import AlarmService
from workstation.services.queue_service import CounterPost
from workstation.ui.alarm_alert import AlarmAlert, AlarmSound, Notify, TrayNotifier
from workstation.ui.alarm_panel import AlarmPanel
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

SILENT_ALARM_KEYS = "Ctrl+Alt+A"


class AlarmNotDelivered(UserFacingError):
    """Raising the alarm failed in a way nobody expected; it was not delivered."""


class AlarmDesk(QObject):
    notice = Signal(str)  # a small confirmation for the status bar

    def __init__(self, window: QWidget, alarms: AlarmService, location: LocationInfo,
                 post: CounterPost | None, fallback_phone: str, sound: AlarmSound,
                 show_error: Callable[[UserFacingError], None],
                 notify: Notify | None = None) -> None:
        super().__init__(window)
        self._alarms = alarms
        self._location = location
        self._post = post
        self._phone = fallback_phone
        own_counter = post.counter.id if post is not None else None
        self.runner = TaskRunner("alarm", show_error, self)
        self.panel = AlarmPanel(own_counter, post.counter.number if post is not None else None,
                                window)
        self.alert = AlarmAlert(window, own_counter, sound, notify or TrayNotifier(window), self)
        self.button: QPushButton | None = None
        self._state = "idle"  # idle, sending, raised, failed
        self.panel.respond.connect(self._respond)
        self.panel.silence.connect(self.alert.silence)
        self.panel.close_alarm.connect(self._close)
        self._window = window
        self._hotkey = QKeySequence(SILENT_ALARM_KEYS)[0]  # type: ignore[index]
        app = QCoreApplication.instance()
        self._app = app if post is not None else None
        if self._app is not None:
            # Not a QShortcut: the hotkey must also work while one of this window's dialogs
            # has the focus, and only for this window when a process has several.
            self._app.installEventFilter(self)

    def attach_button(self, button: QPushButton) -> None:
        """The counter view's alarm button: always enabled, its text follows the state."""
        self.button = button
        button.clicked.connect(lambda: self.raise_alarm(silent=False))
        self.retranslate()

    def raise_alarm(self, silent: bool) -> None:
        post = self._post
        if post is None or self._state in ("sending", "raised"):
            return
        log.warning("alarm %s at counter %d", "hotkey" if silent else "button pressed",
                    post.counter.number)
        self._set_state("sending")
        alarms, location = self._alarms, self._location

        def send() -> int:
            try:
                return alarms.raise_alarm(location, post.counter, post.staff)
            except UserFacingError:
                raise
            except Exception as exc:  # whatever it is, the person must hear it failed
                log.exception("raising the alarm failed unexpectedly")
                raise AlarmNotDelivered("Het alarm is niet verzonden.",
                                        detail=f"{type(exc).__name__}: {exc}") from exc

        self.runner.run(send, lambda alarm_id: self._raised(alarm_id, silent),
                        self._not_delivered)

    def show_alarms(self, alarms: tuple[OpenAlarm, ...]) -> None:
        self.panel.show_alarms(alarms)
        self.alert.show_alarms(alarms)
        own_counter = self._post.counter.id if self._post is not None else None
        own_open = any(a.counter_id == own_counter for a in alarms)
        if own_open and self._state != "raised":
            self._set_state("raised")  # also after a restart of this workstation
        elif not own_open and self._state == "raised":
            self._set_state("idle")  # closed, here or by a team lead

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.keyCombination() == self._hotkey and self._in_this_window()):
            self.raise_alarm(silent=True)
            return True
        return False

    def _in_this_window(self) -> bool:
        widget: QWidget | None = QApplication.activeWindow()
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def close(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        self.runner.close()
        self.alert.close()

    def retranslate(self) -> None:
        if self.button is None:
            return
        texts = {
            "idle": self.tr("ALARM (agressie)"),
            "sending": self.tr("Alarm wordt verzonden…"),
            "raised": self.tr("Alarm is verstuurd — collega's zijn gewaarschuwd"),
            "failed": self.tr("ALARM opnieuw versturen"),
        }
        self.button.setText(texts[self._state])

    # -- outcomes ----------------------------------------------------------------------

    def _raised(self, alarm_id: int, silent: bool) -> None:
        if silent:
            self.panel.mark_silent(alarm_id)
            self.notice.emit(self.tr("Stil alarm verzonden."))
        self.panel.clear_not_delivered()
        self._set_state("raised")

    def _not_delivered(self, error: UserFacingError) -> None:
        log.error("ALARM NOT DELIVERED: %s", error.detail)
        self._set_state("failed")
        self.panel.show_not_delivered(self._phone)
        self.notice.emit(self.tr("Alarm is NIET verzonden. Bel %1.").replace("%1", self._phone))

    def _respond(self, alarm_id: int) -> None:
        self.alert.silence(alarm_id)
        alarms, location = self._alarms, self._location
        staff = self._post.staff if self._post is not None else None
        counter = self._post.counter if self._post is not None else None
        self.runner.run(lambda: alarms.respond(location, alarm_id, staff, counter),
                        lambda _none: self.panel.mark_responded(alarm_id))

    def _close(self, alarm_id: int) -> None:
        alarms, location = self._alarms, self._location
        staff = self._post.staff if self._post is not None else None
        counter = self._post.counter if self._post is not None else None
        self.runner.run(lambda: alarms.close(location, alarm_id, staff, counter),
                        lambda _none: None)

    def _set_state(self, state: str) -> None:
        self._state = state
        if self.button is not None:
            set_role(self.button, "alarm-raised" if state in ("raised", "sending")
                     else "alarm")
        self.retranslate()

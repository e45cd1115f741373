"""The alarm rows across the top of a staff window (replaces the old alarm banner).

Another counter's alarm: who raised it and since when, who is on the way, and the buttons
"Ik kom", "Geluid uit" and "Sluiten" (a team lead). This counter's own alarm: that it was sent,
who is coming, and "Alarm sluiten"; raised with the silent hotkey it is a small line only.
An alarm that could not be delivered says so plainly, with the number to call instead.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.alarm import AlarmResponder, OpenAlarm
from workstation.domain.queue import SITE_TIMEZONE
from workstation.ui.style import set_role


def _at(alarm: OpenAlarm) -> str:
    return alarm.raised_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")


class AlarmRow(QFrame):
    """One open alarm, seen from this window."""

    def __init__(self, alarm: OpenAlarm, own: bool, silent: bool, responded: bool,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.alarm = alarm
        self.own = own
        self.silent = silent
        self.responded = responded
        set_role(self, "alarm-silent" if own and silent else "banner-alarm")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.responders = QLabel(self)
        self.responders.setWordWrap(True)
        self.respond = QPushButton(self)
        self.silence = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.respond, self.silence, self.close_button):
            set_role(button, "on-banner")
        self.respond.setVisible(not own and not responded)
        self.silence.setVisible(not own)
        texts = QVBoxLayout()
        texts.addWidget(self.text)
        texts.addWidget(self.responders)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8 if silent and own else 12, 16, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.respond)
        layout.addWidget(self.silence)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        alarm = self.alarm
        if self.own:
            text = (self.tr("Stil alarm verzonden (%1).") if self.silent
                    else self.tr("Uw alarm is verzonden (%1). Collega's zijn gewaarschuwd."))
            self.text.setText(text.replace("%1", _at(alarm)))
            self.close_button.setText(self.tr("Alarm &sluiten"))
        else:
            who = alarm.raised_by or self.tr("een collega")
            text = self.tr("ALARM bij balie %1 (%2, sinds %3). Ga erheen of bel de beveiliging.")
            self.text.setText(text.replace("%1", str(alarm.counter_number))
                              .replace("%2", who).replace("%3", _at(alarm)))
            self.close_button.setText(self.tr("Sluiten (teamleider)"))
        self.respond.setText(self.tr("&Ik kom"))
        self.silence.setText(self.tr("&Geluid uit"))
        self.responders.setText(self._responders_text())

    def _responders_text(self) -> str:
        if not self.alarm.responders:
            return self.tr("Nog niemand heeft gereageerd.")
        names = ", ".join(self._responder(r) for r in self.alarm.responders)
        return self.tr("Onderweg: %1").replace("%1", names)

    def _responder(self, responder: AlarmResponder) -> str:
        name = responder.name or self.tr("een collega")
        if responder.counter_number is None:
            return self.tr("%1 (ontvangst)").replace("%1", name)
        return self.tr("%1 (balie %2)").replace("%1", name).replace(
            "%2", str(responder.counter_number))


class AlarmPanel(QFrame):
    """All open alarms of the location, plus a line when this counter's alarm failed."""

    respond = Signal(int)
    silence = Signal(int)
    close_alarm = Signal(int)

    def __init__(self, own_counter_id: int | None, own_counter_number: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_counter_id = own_counter_id
        self._own_counter_number = own_counter_number
        self._rows: list[AlarmRow] = []
        self._silent: set[int] = set()
        self._responded: set[int] = set()
        self.failure = QLabel(self)
        self.failure.setWordWrap(True)
        set_role(self.failure, "alarm-failed")
        self.failure.hide()
        self._failure_phone: str | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.failure)
        self.hide()

    def reserved_height(self, width: int) -> int:
        """The height of one colleague's alarm with a responder at ``width``: the room the
        window keeps for it, so an alarm never pushes the buttons below it down."""
        now = datetime.now(UTC)
        sample = OpenAlarm(0, 0, 88, now, None, "Medewerker",
                           (AlarmResponder("Medewerker", 88, now),))
        # A throwaway row outside this panel: a child of the panel would make it lay out again.
        holder = QWidget()
        holder.setStyleSheet(self.window().styleSheet())
        row = AlarmRow(sample, own=False, silent=False, responded=False, parent=holder)
        try:
            if row.hasHeightForWidth() and width > 0:
                return max(row.heightForWidth(width), row.minimumSizeHint().height())
            return row.sizeHint().height()
        finally:
            holder.deleteLater()

    @property
    def alarm_ids(self) -> list[int]:
        return [row.alarm.alarm_id for row in self._rows]

    def row_for(self, alarm_id: int) -> AlarmRow:
        return next(row for row in self._rows if row.alarm.alarm_id == alarm_id)

    def mark_silent(self, alarm_id: int) -> None:
        """This counter's alarm was raised with the silent hotkey: keep its line small."""
        self._silent.add(alarm_id)

    def mark_responded(self, alarm_id: int) -> None:
        self._responded.add(alarm_id)
        if alarm_id in self.alarm_ids:
            self.row_for(alarm_id).respond.hide()

    def show_alarms(self, alarms: tuple[OpenAlarm, ...]) -> None:
        shown = [(row.alarm, row.responded) for row in self._rows]
        wanted = [(a, self._answered_here(a)) for a in alarms]
        if shown == wanted:
            return
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for alarm in alarms:
            own = alarm.counter_id == self._own_counter_id
            row = AlarmRow(alarm, own, alarm.alarm_id in self._silent,
                           self._answered_here(alarm), self)
            alarm_id = alarm.alarm_id
            row.respond.clicked.connect(lambda _c=False, i=alarm_id: self.respond.emit(i))
            row.silence.clicked.connect(lambda _c=False, i=alarm_id: self.silence.emit(i))
            row.close_button.clicked.connect(
                lambda _c=False, i=alarm_id: self.close_alarm.emit(i))
            self._layout.addWidget(row)
            self._rows.append(row)
        self._update_visibility()

    def _answered_here(self, alarm: OpenAlarm) -> bool:
        """This workstation said "Ik kom" (also before a restart: its counter is listed)."""
        return alarm.alarm_id in self._responded or (
            self._own_counter_number is not None
            and any(r.counter_number == self._own_counter_number for r in alarm.responders))

    def show_not_delivered(self, phone: str) -> None:
        """The alarm could not be written to the site database: nobody was warned."""
        self._failure_phone = phone
        self._retranslate_failure()
        self.failure.show()
        self._update_visibility()

    def clear_not_delivered(self) -> None:
        self._failure_phone = None
        self.failure.hide()
        self._update_visibility()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for row in self._rows:
                row.retranslate()
            self._retranslate_failure()
        super().changeEvent(event)

    def _retranslate_failure(self) -> None:
        if self._failure_phone is not None:
            self.failure.setText(self.tr("Alarm is NIET verzonden. Bel %1.")
                                 .replace("%1", self._failure_phone))

    def _update_visibility(self) -> None:
        self.setVisible(bool(self._rows) or not self.failure.isHidden())

"""Banners across the top of the window: lost queue connection, and open alarms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.overview import AlarmView
from workstation.domain.queue import SITE_TIMEZONE
from workstation.ui.style import set_role


class ConnectionBanner(QFrame):
    """Shown while the site database is unreachable; the window disables its actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "banner-offline")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.text)
        self._retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.text.setText(self.tr(
            "Verbinding met de wachtrij verbroken — we proberen opnieuw. "
            "Knoppen werken weer zodra de verbinding terug is."
        ))


class _AlarmRow(QWidget):
    def __init__(self, alarm: AlarmView, can_acknowledge: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.alarm = alarm
        self.text = QLabel(self)
        self.acknowledge = QPushButton(self)
        set_role(self.acknowledge, "on-banner")
        self.acknowledge.setVisible(can_acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.acknowledge)
        self.retranslate()

    def retranslate(self) -> None:
        at = self.alarm.raised_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
        text = self.tr("ALARM bij balie %1 (sinds %2). Ga erheen of bel de beveiliging.")
        self.text.setText(text.replace("%1", str(self.alarm.counter_number)).replace("%2", at))
        self.acknowledge.setText(self.tr("&Gezien, ik ga erheen"))


class AlarmBanner(QFrame):
    """One red row per open alarm of the location, until someone acknowledges it."""

    acknowledge = Signal(int)

    def __init__(self, can_acknowledge: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "banner-alarm")
        self._can_acknowledge = can_acknowledge
        self._rows: list[_AlarmRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self.hide()

    @property
    def alarm_ids(self) -> list[int]:
        return [row.alarm.alarm_id for row in self._rows]

    def row_for(self, alarm_id: int) -> _AlarmRow:
        return next(row for row in self._rows if row.alarm.alarm_id == alarm_id)

    def show_alarms(self, alarms: tuple[AlarmView, ...]) -> None:
        if [a.alarm_id for a in alarms] == self.alarm_ids:
            return
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for alarm in alarms:
            row = _AlarmRow(alarm, self._can_acknowledge, self)
            row.acknowledge.clicked.connect(
                lambda _checked=False, alarm_id=alarm.alarm_id: self.acknowledge.emit(alarm_id)
            )
            self._layout.addWidget(row)
            self._rows.append(row)
        self.setVisible(bool(self._rows))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for row in self._rows:
                row.retranslate()
        super().changeEvent(event)

"""One card per location on the supervisor's board: its queues against their norms, its
counters (staffed, paused, empty) and what needs attention (alarms, the longest wait,
callbacks waiting). Cards update in place, so a scroll position survives every change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.queue import SITE_TIMEZONE
from workstation.domain.supervision import CounterBoardView, CounterState, LocationBoard
from workstation.ui.formatting import NormBand, minutes_text, norm_band_text
from workstation.ui.style import set_role
from workstation.ui.supervisor_tables import compact_table, fit_rows, paint

NUMBER_ROLE = Qt.ItemDataRole.UserRole
_STATE_BAND = {CounterState.STAFFED: "ok", CounterState.PAUSED: "near", CounterState.EMPTY: ""}


class LocationCard(QFrame):
    """``counter_chosen(location code, counter number)``, ``ticker_chosen(location code)``."""

    counter_chosen = Signal(str, int)
    ticker_chosen = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.setObjectName(f"location-{code}")
        self.code = code
        self.language = "nl"  # of the service names, which come from the site database
        self.board: LocationBoard | None = None
        self.title = QLabel(self)
        set_role(self.title, "heading")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.alarm = QLabel(self)
        set_role(self.alarm, "alarm-failed")
        self.alarm.hide()
        self.ticker = QPushButton(self)
        self.ticker.clicked.connect(lambda: self.ticker_chosen.emit(self.code))
        self.services = compact_table(self, 4)
        self.counters = compact_table(self, 4, stretch=1)
        self.counters.itemActivated.connect(self._counter_activated)
        self.counters.itemClicked.connect(self._counter_activated)
        self.counters_hint = QLabel(self)
        set_role(self.counters_hint, "muted")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.ticker)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self.services)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.counters)
        right.addWidget(self.counters_hint)
        right.addStretch(1)
        tables.addLayout(left, 5)
        tables.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.alarm)
        layout.addWidget(self.summary)
        layout.addLayout(tables)
        self._retranslate()

    def show_board(self, board: LocationBoard) -> None:
        self.board = board
        self._show()

    def _show(self) -> None:
        board = self.board
        if board is None:
            return
        self.title.setText(f"{board.name} — {board.municipality_name}")
        self.summary.setText(self._summary(board))
        alarms = board.alarms
        self.alarm.setVisible(bool(alarms))
        if alarms:
            self.alarm.setText(self.tr("ALARM bij balie %1 (sinds %2)")
                               .replace("%1", ", ".join(str(a.counter_number) for a in alarms))
                               .replace("%2", alarms[0].raised_at.astimezone(SITE_TIMEZONE)
                                        .strftime("%H:%M")))
        language = self.language
        for row, service in zip(fit_rows(self.services, len(board.services)), board.services,
                                strict=True):
            row.setText(0, f"{service.letter}  {service.name(language)}")
            row.setToolTip(0, row.text(0))  # the name gives way first on a narrow screen
            row.setText(1, str(service.waiting))
            waited = ("—" if service.longest_wait is None
                      else str(int(service.longest_wait.total_seconds() // 60)))
            row.setText(2, self.tr("%1 / %2 min").replace("%1", waited)
                        .replace("%2", str(service.norm_minutes)))
            band = NormBand(service.status.value)
            row.setText(3, norm_band_text(band))
            paint(row, 3, band.value)
            paint(row, 2, band.value if service.longest_wait is not None else "")
        for row, counter in zip(fit_rows(self.counters, len(board.counters)), board.counters,
                                strict=True):
            row.setData(0, NUMBER_ROLE, counter.number)
            row.setText(0, str(counter.number))
            row.setText(1, self._counter_state(counter))
            paint(row, 1, _STATE_BAND[counter.state])
            row.setText(2, " ".join(counter.service_letters) or "—")
            row.setText(3, counter.serving or "")

    def _summary(self, board: LocationBoard) -> str:
        parts = [self.tr("%n wachtend", "", board.waiting)]
        longest = board.longest_wait
        if longest is not None and longest.longest_wait is not None:
            parts.append(self.tr("langste wachttijd %1 (%2)")
                         .replace("%1", minutes_text(longest.longest_wait))
                         .replace("%2", longest.letter))
        staffed = sum(c.state is CounterState.STAFFED for c in board.counters)
        paused = sum(c.state is CounterState.PAUSED for c in board.counters)
        parts.append(self.tr("%1 van %2 balies bemand").replace("%1", str(staffed))
                     .replace("%2", str(len(board.counters))))
        if paused:
            parts.append(self.tr("%n met pauze", "", paused))
        parts.append(self.tr("open terugbelverzoeken: %1").replace(
            "%1", str(board.callbacks_waiting)))
        return " · ".join(parts)

    def _counter_state(self, counter: CounterBoardView) -> str:
        if counter.state is CounterState.EMPTY:
            return self.tr("leeg")
        if counter.state is CounterState.PAUSED:
            return self.tr("%1 (pauze)").replace("%1", counter.staff_name)
        return counter.staff_name

    def _counter_activated(self, item: QTreeWidgetItem) -> None:
        number = item.data(0, NUMBER_ROLE)
        if isinstance(number, int):
            self.counter_chosen.emit(self.code, number)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.services.setHeaderLabels([self.tr("Dienst"), self.tr("Wachtend"),
                                       self.tr("Langste / norm"), self.tr("Status")])
        self.counters.setHeaderLabels([self.tr("Balie"), self.tr("Bezetting"),
                                       self.tr("Diensten"), self.tr("Nu")])
        self.counters_hint.setText(self.tr("Kies een balie om diensten te openen of sluiten."))
        self.ticker.setText(self.tr("Tickerbericht…"))
        self._show()

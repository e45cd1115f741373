"""The counter: the current visitor, the actions on it, the waiting list and the alarm."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.overview import CurrentTicketView, LocationOverview
from workstation.domain.queue import TRANSITIONS, EventType
from workstation.services.queue_service import CounterPost, QueueService
from workstation.ui.formatting import minutes_text, state_text
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role
from workstation.ui.transfer_dialog import TransferDialog
from workstation.ui.waiting_list import WaitingList
from workstation.ui.workplace import Workplace

log = logging.getLogger("loket.ui")


@dataclass(frozen=True, slots=True)
class _ActionResult:
    outcome: Any
    current: CurrentTicketView | None
    read_at: float  # time.monotonic() before ``current`` was read


class CurrentTicketCard(QFrame):
    """Number, service, state, time waited and calls made of the counter's visitor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.number = QLabel(self)
        self.service = QLabel(self)
        set_role(self.service, "title")
        self.details = QLabel(self)
        set_role(self.details, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.number)
        layout.addWidget(self.service)
        layout.addWidget(self.details)
        self.current: CurrentTicketView | None = None
        self._language = "nl"
        self.retranslate()

    def show_current(self, current: CurrentTicketView | None, language: str) -> None:
        self.current = current
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Huidige bezoeker"))
        current = self.current
        if current is None:
            self.number.setText(self.tr("Geen bezoeker"))
            set_role(self.number, "ticket-none")
            self.service.setText("")
            self.details.setText(
                self.tr("Kies Volgende (F5) om de volgende bezoeker op te roepen.")
            )
            return
        set_role(self.number, "ticket-number")
        self.number.setText(current.number)
        name = current.service_name_en if self._language == "en" else current.service_name_nl
        self.service.setText(name)
        waited = self.tr("Gewacht: %1").replace("%1", minutes_text(current.waited))
        calls = self.tr("%n keer opgeroepen", "", current.calls_made)
        self.details.setText(f"{state_text(current.state)} · {waited} · {calls}")


class CounterView(QWidget):
    """Counter actions; every one is a service call on the worker thread."""

    alarm_raised = Signal(int)
    current_changed = Signal(object)  # CurrentTicketView | None

    def __init__(self, workplace: Workplace, post: CounterPost,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workplace = workplace
        self._post = post
        self._overview: LocationOverview | None = None
        self._enabled = True
        self._paused = False
        self._own_alarm: int | None = None
        self._current_read_at = -math.inf
        self.transfer_dialog: TransferDialog | None = None
        self.card = CurrentTicketCard(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.next = QPushButton(self)
        self.recall = QPushButton(self)
        self.no_show = QPushButton(self)
        self.start = QPushButton(self)
        self.transfer = QPushButton(self)
        self.finish = QPushButton(self)
        self.alarm = QPushButton(self)
        self.call_selected = QPushButton(self)
        set_role(self.next, "primary")
        set_role(self.alarm, "alarm")
        self.waiting = WaitingList(self)
        self.waiting_heading = QLabel(self)
        set_role(self.waiting_heading, "heading")
        queue = workplace.queue
        self.next.clicked.connect(lambda: self._act(queue.call_next, self._called))
        self.recall.clicked.connect(lambda: self._act(queue.recall))
        self.no_show.clicked.connect(lambda: self._act(queue.mark_no_show))
        self.start.clicked.connect(lambda: self._act(queue.start_serving))
        self.finish.clicked.connect(lambda: self._act(queue.finish))
        self.transfer.clicked.connect(self._ask_transfer)
        self.alarm.clicked.connect(self._raise_alarm)
        self.call_selected.clicked.connect(self._call_selected)
        self.waiting.call_requested.connect(self._call_ticket)
        self.waiting.currentItemChanged.connect(lambda *_: self._update_buttons())
        workplace.runner.busy_changed.connect(lambda _busy: self._update_buttons())
        for key, button in (("F5", self.next), ("F6", self.recall), ("F7", self.start),
                            ("F8", self.finish), ("F9", self.no_show)):
            QShortcut(QKeySequence(key), self, button.click)
        self._layout()
        self.retranslate()
        self._update_buttons()

    def _layout(self) -> None:
        actions = QGridLayout()
        actions.setSpacing(10)
        actions.addWidget(self.next, 0, 0, 1, 2)
        actions.addWidget(self.recall, 1, 0)
        actions.addWidget(self.no_show, 1, 1)
        actions.addWidget(self.start, 2, 0)
        actions.addWidget(self.finish, 2, 1)
        actions.addWidget(self.transfer, 3, 0, 1, 2)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(self.card)
        column.addWidget(self.message)
        column.addLayout(actions)
        column.addStretch(1)
        column.addWidget(self.alarm)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.waiting_heading, 1)
        heading.addWidget(self.call_selected)
        side.addLayout(heading)
        side.addWidget(self.waiting, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(splitter)
        for earlier, later in ((self.next, self.recall), (self.recall, self.no_show),
                               (self.no_show, self.start), (self.start, self.finish),
                               (self.finish, self.transfer), (self.transfer, self.waiting),
                               (self.waiting, self.call_selected),
                               (self.call_selected, self.alarm)):
            QWidget.setTabOrder(earlier, later)

    # -- state from outside -------------------------------------------------------------

    @property
    def current(self) -> CurrentTicketView | None:
        return self.card.current

    def load(self) -> None:
        """Get this counter's ticket back (also after a restart)."""
        queue, post = self._workplace.queue, self._post

        def read() -> tuple[CurrentTicketView | None, float]:
            read_at = time.monotonic()
            return queue.current_ticket(post), read_at

        self._workplace.runner.run(read, lambda result: self.show_current(*result))

    def show_current(self, current: CurrentTicketView | None, read_at: float) -> None:
        """Show the counter's ticket unless a newer reading is already on screen (a change
        notice read before this counter's own last action may arrive after its result)."""
        if read_at < self._current_read_at:
            return
        self._current_read_at = read_at
        self.card.show_current(current, self._workplace.language.language)
        self._update_buttons()
        self.current_changed.emit(current)

    def show_overview(self, overview: LocationOverview) -> None:
        self._overview = overview
        self.waiting.show_overview(overview, self._workplace.language.language)
        self._update_buttons()

    def show_alarms(self, open_alarm_counters: set[int]) -> None:
        """Keep the alarm button red while this counter's alarm is open."""
        raised = self._post.counter.number in open_alarm_counters
        set_role(self.alarm, "alarm-raised" if raised else "alarm")
        if not raised:
            self._own_alarm = None
        self._retranslate_alarm()

    def set_actions_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._update_buttons()

    def set_paused(self, paused: bool) -> None:
        """While the counter pauses, nobody is called to it (the service refuses too)."""
        self._paused = paused
        self._update_buttons()

    def set_language(self, language: str) -> None:
        self.card.show_current(self.card.current, language)
        self.waiting.set_language(language)

    # -- actions ---------------------------------------------------------------------------

    def _act(self, action: Callable[[CounterPost], Any],
             then: Callable[[Any], None] | None = None) -> None:
        queue, post = self._workplace.queue, self._post

        def work() -> _ActionResult:
            outcome = action(post)
            read_at = time.monotonic()
            return _ActionResult(outcome, queue.current_ticket(post), read_at)

        def done(result: _ActionResult) -> None:
            self.show_message("")
            self.show_current(result.current, result.read_at)
            if then is not None:
                then(result.outcome)

        self._update_buttons(busy=True)
        self._workplace.runner.run(work, done, self._refused)

    def _called(self, ticket: object) -> None:
        if ticket is None:
            self.show_message(
                self.tr("Er wacht niemand voor uw balie. Kies straks opnieuw Volgende.")
            )

    def _call_selected(self) -> None:
        ticket_id = self.waiting.selected_ticket()
        if ticket_id is not None:
            self._call_ticket(ticket_id)

    def _call_ticket(self, ticket_id: str) -> None:
        if self.current is not None or not self._enabled:
            return
        self._act(lambda post: self._queue.call_ticket(post, ticket_id))

    @property
    def _queue(self) -> QueueService:
        return self._workplace.queue

    def _ask_transfer(self) -> None:
        current = self.current
        if current is None or self._overview is None:
            return
        dialog = TransferDialog(current.number, self._overview.services,
                                self._post.counter.number, self._workplace.language.language,
                                self)
        dialog.accepted.connect(lambda: self._transfer(dialog))
        dialog.finished.connect(self._transfer_dialog_closed)
        self.transfer_dialog = dialog
        dialog.open()

    def _transfer(self, dialog: TransferDialog) -> None:
        choice = dialog.choice()
        self._act(lambda post: self._queue.transfer(
            post, to_service_letter=choice.service_letter,
            to_counter_number=choice.counter_number, note=choice.note,
        ))

    def _transfer_dialog_closed(self) -> None:
        if self.transfer_dialog is not None:
            self.transfer_dialog.deleteLater()
        self.transfer_dialog = None

    def _raise_alarm(self) -> None:
        if self._own_alarm is not None:
            return
        post = self._post
        log.warning("alarm button pressed at counter %d", post.counter.number)
        self._workplace.runner.run(lambda: self._queue.raise_alarm(post), self._alarm_raised,
                                   self._refused)

    def _alarm_raised(self, alarm_id: int) -> None:
        self._own_alarm = alarm_id
        set_role(self.alarm, "alarm-raised")
        self._retranslate_alarm()
        self.alarm_raised.emit(alarm_id)

    def _refused(self, error: UserFacingError) -> None:
        self.show_message(error_text(error))
        self._update_buttons()
        self.load()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "message-error")
        self.message.setVisible(bool(text))

    # -- buttons ---------------------------------------------------------------------------

    def _update_buttons(self, busy: bool = False) -> None:
        usable = self._enabled and not busy and not self._workplace.runner.busy
        state = self.current.state if self.current is not None else None

        def allowed(event: EventType) -> bool:
            return usable and state is not None and state in TRANSITIONS[event][0]

        self.next.setEnabled(usable and state is None and not self._paused)
        self.recall.setEnabled(allowed(EventType.RECALLED))
        self.no_show.setEnabled(allowed(EventType.NO_SHOW))
        self.start.setEnabled(allowed(EventType.SERVING_STARTED))
        self.transfer.setEnabled(allowed(EventType.TRANSFERRED))
        self.finish.setEnabled(allowed(EventType.FINISHED))
        self.call_selected.setEnabled(
            usable and state is None and not self._paused
            and self.waiting.selected_ticket() is not None
        )
        self.alarm.setEnabled(self._enabled)

    def retranslate(self) -> None:
        self.next.setText(self.tr("&Volgende (F5)"))
        self.recall.setText(self.tr("&Opnieuw oproepen (F6)"))
        self.start.setText(self.tr("&Start (F7)"))
        self.finish.setText(self.tr("&Afronden (F8)"))
        self.no_show.setText(self.tr("&Niet verschenen (F9)"))
        self.transfer.setText(self.tr("&Doorsturen…"))
        self.call_selected.setText(self.tr("Dit nummer op&roepen"))
        self.waiting_heading.setText(self.tr("Wachtrij"))
        self.card.retranslate()
        self._retranslate_alarm()

    def _retranslate_alarm(self) -> None:
        if self.alarm.property("role") == "alarm-raised":
            self.alarm.setText(self.tr("Alarm is verstuurd — collega's zijn gewaarschuwd"))
        else:
            self.alarm.setText(self.tr("ALARM (agressie)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

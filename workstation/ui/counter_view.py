"""The counter: the current visitor, the actions on it, the waiting list and the alarm.

Every action confirms itself in the message line ("A002 afgerond"); finish and no-show can be
taken back there for a minute. Shortcuts are F-keys that are the same in every language, and
an F-key whose action is not possible now says why and what to do instead.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.order import IdentityCheck
from workstation.domain.overview import (
    CounterPresenceView,
    CurrentTicketView,
    LocationOverview,
    TodayTicketView,
)
from workstation.domain.queue import TRANSITIONS, UNDO_WINDOW, EventType, TicketState
from workstation.domain.ticket import Ticket
from workstation.services.document_check import ChipDesk
from workstation.services.identity_reader import IdentityReader
from workstation.services.queue_service import CounterPost, QueueService
from workstation.ui.buttons import ActionButton
from workstation.ui.chip_panel import ChipPanel
from workstation.ui.desk_panel import DeskPanel
from workstation.ui.formatting import appointment_time_text, minutes_text, state_text
from workstation.ui.i18n import error_text
from workstation.ui.order_panel import CounterVisit, OrderPanel
from workstation.ui.parked_panel import ParkedPanel
from workstation.ui.style import set_role
from workstation.ui.today_list import TodayList
from workstation.ui.transfer_dialog import TransferChoice, TransferDialog
from workstation.ui.waiting_list import WaitingList, note_text
from workstation.ui.workplace import Workplace

QUEUE_COLUMN_MIN_WIDTH = 450  # px: two buttons side by side with their whole text; on a
# 1280-wide counter screen the desk beside it keeps the about 770 it needs

log = logging.getLogger("loket.ui")

# The same keys in every language: a translated text never moves a shortcut.
KEYS = {"next": "F5", "recall": "F6", "start": "F7", "finish": "F8", "no_show": "F9",
        "transfer": "F10", "undo": "Ctrl+Z"}
TAB_KEYS = {"customer": "Ctrl+K", "order": "Ctrl+B"}
# The undo button goes a little before the service's window closes, so a late click is not
# refused for the time the request takes to arrive.
UNDO_OFFER_MS = int((UNDO_WINDOW.total_seconds() - 3) * 1000)


@dataclass(frozen=True, slots=True)
class _ActionResult:
    outcome: Any
    current: CurrentTicketView | None
    read_at: float  # time.monotonic() before ``current`` was read
    today: tuple[TodayTicketView, ...]


class CurrentTicketCard(QFrame):
    """Number, service, state, time waited, calls made and the transfer note of the visitor."""

    def __init__(self, no_show_after_calls: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._limit = no_show_after_calls
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.number = QLabel(self)
        self.service = QLabel(self)
        set_role(self.service, "title")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        set_role(self.details, "muted")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_role(self.note, "note")
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_role(self.warning, "message-warning")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.number)
        layout.addWidget(self.service)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
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
        self.note.setVisible(current is not None and current.note is not None)
        self.warning.setVisible(
            current is not None and current.state is TicketState.CALLED
            and current.calls_made >= self._limit
        )
        if current is None:
            self.number.setText(self.tr("Geen bezoeker"))
            set_role(self.number, "ticket-none")
            self.service.setText("")
            self.service.hide()
            self.details.setText(
                self.tr("Kies Volgende (F5) om de volgende bezoeker op te roepen.")
            )
            return
        set_role(self.number, "ticket-number")
        number = current.number + ("  " + self.tr("(voorrang)") if current.priority else "")
        self.number.setText(number)
        name = current.service_name_en if self._language == "en" else current.service_name_nl
        self.service.setText(name)
        self.service.show()
        waited = self.tr("Gewacht: %1").replace("%1", minutes_text(current.waited))
        calls = self.tr("%n keer opgeroepen", "", current.calls_made)
        parts = [state_text(current.state), waited, calls]
        if current.appointment_at is not None:
            parts.insert(0, appointment_time_text(current.appointment_at))
        self.details.setText(" · ".join(parts))
        if current.note is not None:
            self.note.setText(note_text(current.note))
        self.warning.setText(self.tr(
            "Dit was oproep %1. Roept u nog een keer op (F6), dan wordt %2 'niet verschenen'."
        ).replace("%1", str(current.calls_made)).replace("%2", current.number))


class ActionMessage(QFrame):
    """The line under the card: what the last action did, or why it could not be done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # Grow to the wrapped text, never squeezed below it by the layout.
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.undo = ActionButton(self)
        self.undo.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_text(self, text: str, role: str) -> None:
        set_role(self, role)
        self.text.setText(text)
        self.setVisible(bool(text))


class CounterView(QWidget):
    """Counter actions; every one is a service call on the worker thread."""

    current_changed = Signal(object)  # CurrentTicketView | None
    visit_finished = Signal(object)  # Ticket: the visitor may now give a mark (KTO)

    def __init__(self, workplace: Workplace, post: CounterPost,
                 parent: QWidget | None = None, desk_panel: DeskPanel | None = None,
                 order_panel: OrderPanel | None = None) -> None:
        super().__init__(parent)
        self.desk = desk_panel
        """The KCC desk, the visit's main tab (None: a counter without the KCC half)."""
        self.orders = order_panel
        """The visit's order, the tab after the desk (None: no orders at this counter)."""
        self._called_at = datetime.now(UTC)
        """When this counter got its current ticket: the start of a direct product's delivery."""
        self._workplace = workplace
        self._post = post
        self._overview: LocationOverview | None = None
        self._enabled = True
        self._paused = False
        self._acting = False
        self._current_read_at = -math.inf
        self._undo_ticket: Ticket | None = None
        self._message: tuple[Callable[[], str], str] | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.card = CurrentTicketCard(post.location.no_show_after_calls, self)
        desk = workplace.devices
        self.chip: ChipPanel | None = None
        if isinstance(desk, ChipDesk) and desk.has_chip_reader():
            self.chip = ChipPanel(desk, self)
            if self.desk is not None:
                self.chip.updated.connect(self.desk.show_document)
        elif isinstance(desk, IdentityReader) and self.desk is not None:
            self.desk.watch_identities(desk)  # an ID reader without a chip reader
        self.feedback = ActionMessage(self)
        self.message = self.feedback.text
        self.next = ActionButton(self)
        self.recall = ActionButton(self)
        self.no_show = ActionButton(self)
        self.start = ActionButton(self)
        self.transfer = ActionButton(self)
        self.finish = ActionButton(self)
        self.alarm = ActionButton(self)
        self.call_selected = ActionButton(self)
        set_role(self.next, "primary")
        set_role(self.alarm, "alarm")
        self.waiting = WaitingList(self)
        self.today = TodayList(show_issue_time=False, parent=self)
        self.tabs = QTabWidget(self)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self._withdraw_undo)
        self.parked_panel = ParkedPanel(self)
        self._connect_parked_panel()
        queue = workplace.queue
        self.next.clicked.connect(lambda: self._act(queue.call_next, self._called))
        self.recall.clicked.connect(lambda: self._act(queue.recall, self._recalled))
        self.no_show.clicked.connect(lambda: self._act(queue.mark_no_show, self._gone))
        self.start.clicked.connect(lambda: self._act(queue.start_serving, self._started))
        self.finish.clicked.connect(lambda: self._act(queue.finish, self._finished))
        self.transfer.clicked.connect(self._ask_transfer)
        self.call_selected.clicked.connect(self._call_selected)
        self.feedback.undo.clicked.connect(self._undo)
        self.waiting.call_requested.connect(self._call_ticket)
        self.waiting.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._shortcuts: dict[str, QShortcut] = {}
        for name, button in (("next", self.next), ("recall", self.recall),
                             ("start", self.start), ("finish", self.finish),
                             ("no_show", self.no_show), ("transfer", self.transfer),
                             ("undo", self.feedback.undo)):
            shortcut = QShortcut(QKeySequence(KEYS[name]), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(
                lambda name=name, button=button: self._shortcut(name, button))
            self._shortcuts[name] = shortcut
        for name, page in (("customer", self.desk), ("order", self.orders)):
            if page is not None:
                shortcut = QShortcut(QKeySequence(TAB_KEYS[name]), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda page=page: self.tabs.setCurrentWidget(page))
        if self.desk is not None and self.orders is not None:
            self.desk.identity_changed.connect(self._show_visit)
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
        if self.chip is not None:
            column.addWidget(self.chip)
        column.addLayout(actions)
        column.addWidget(self.feedback)
        column.addWidget(self.parked_panel)
        column.addStretch(1)
        queue_page = self.queue_page = QWidget(self)
        side = QVBoxLayout(queue_page)
        side.setContentsMargins(0, 8, 0, 0)
        side.addWidget(self.waiting, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.call_selected)
        side.addLayout(buttons)
        if self.desk is not None:  # the visit's main tab
            self.tabs.addTab(self.desk, "")
        if self.orders is not None:
            self.tabs.addTab(self.orders, "")
        self.tabs.addTab(queue_page, "")
        self.tabs.addTab(self.today, "")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.tabs)
        splitter = QSplitter(self)
        # On a low screen (a 1366x768 laptop, an alarm panel above) the column scrolls instead of
        # squashing the visitor's card, the buttons and their messages into each other.
        self.left_scroll = QScrollArea(self)
        self.left_scroll.setWidget(left)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The alarm button stays in sight below the column, whatever scrolls.
        left_side = QWidget(self)
        left_layout = QVBoxLayout(left_side)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(14)
        left_layout.addWidget(self.left_scroll, 1)
        left_layout.addWidget(self.alarm)
        # Next to a desk that wants the room, the queue's buttons keep their whole text.
        left_side.setMinimumWidth(QUEUE_COLUMN_MIN_WIDTH)
        splitter.addWidget(left_side)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3 if self.desk is None else 4)  # the desk needs room
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(splitter)
        for earlier, later in ((self.next, self.recall), (self.recall, self.no_show),
                               (self.no_show, self.start), (self.start, self.finish),
                               (self.finish, self.transfer), (self.transfer, self.feedback.undo),
                               (self.feedback.undo, self.tabs), (self.tabs, self.waiting),
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
        self._load_parked()

    def show_current(self, current: CurrentTicketView | None, read_at: float) -> None:
        """Show the counter's ticket unless a newer reading is already on screen (a change
        notice read before this counter's own last action may arrive after its result)."""
        if read_at < self._current_read_at:
            return
        self._current_read_at = read_at
        before = self.card.current
        left = before is not None and (current is None or current.ticket_id != before.ticket_id)
        if self.chip is not None and left:
            self.chip.clear()  # the visitor left: their document and photo go too
        if self.desk is not None and (left or (before is None and current is not None)):
            if left:
                self.desk.contact_ended()
            self.desk.clear()  # Afronden, Niet verschenen, Volgende: the person goes too
            self.desk.visit_number = current.number if current is not None else ""
        if current is not None and (before is None or current.ticket_id != before.ticket_id):
            self._called_at = datetime.now(UTC)
        self.card.show_current(current, self._workplace.language.language)
        if left or (before is None and current is not None):
            self._show_visit()
        self._update_buttons()
        self.current_changed.emit(current)

    def show_overview(self, overview: LocationOverview) -> None:
        self._overview = overview
        self.waiting.show_overview(overview, self._workplace.language.language)
        self._update_buttons()
        if self.parked_panel.tickets.count():  # closed or cancelled elsewhere? re-read
            self._load_parked()

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

    def load_today(self) -> None:
        """Read this counter's visitors of today into the Vandaag tab."""
        queue, post = self._queue, self._post
        self._workplace.runner.run(lambda: queue.counter_today(post), self.today.show_tickets,
                                   lambda _error: None)

    # -- actions ---------------------------------------------------------------------------

    def _act(self, action: Callable[[CounterPost], Any],
             then: Callable[[Any], None] | None = None) -> None:
        queue, post = self._workplace.queue, self._post

        def work() -> _ActionResult:
            outcome = action(post)
            read_at = time.monotonic()
            current = queue.current_ticket(post)
            return _ActionResult(outcome, current, read_at, queue.counter_today(post))

        def done(result: _ActionResult) -> None:
            self._acting = False
            self.show_message("")
            self.show_current(result.current, result.read_at)
            self.today.show_tickets(result.today)
            if then is not None:
                then(result.outcome)

        self._acting = True
        self._update_buttons()
        self._workplace.runner.run(work, done, self._refused)

    def _confirm(self, render: Callable[[], str], undo: Ticket | None = None) -> None:
        self._say(render, "message-ok")
        self._undo_ticket = undo
        self.feedback.undo.setVisible(undo is not None)
        if undo is not None:
            self._undo_timer.start()
        else:
            self._undo_timer.stop()
        self._update_buttons()

    def _withdraw_undo(self) -> None:
        self._undo_timer.stop()
        self._undo_ticket = None
        self.feedback.undo.hide()
        self._update_buttons()

    def _called(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self._say(lambda: self.tr(
                "Er wacht niemand voor uw balie. Kies straks opnieuw Volgende."), "message-info")
            return
        self._confirm(lambda: self.tr("%1 opgeroepen").replace("%1", ticket.number))

    def _recalled(self, ticket: Ticket) -> None:
        if ticket.state is TicketState.NO_SHOW:
            self._confirm(lambda: self.tr("%1 niet verschenen (na %2 oproepen)").replace(
                "%1", ticket.number).replace("%2", str(self._post.location.no_show_after_calls)),
                undo=ticket)
        else:
            self._confirm(lambda: self.tr("%1 opnieuw opgeroepen").replace("%1", ticket.number))

    def _started(self, ticket: Ticket) -> None:
        self._confirm(lambda: self.tr("Gesprek met %1 gestart").replace("%1", ticket.number))

    def _finished(self, ticket: Ticket) -> None:
        self._confirm(lambda: self.tr("%1 afgerond").replace("%1", ticket.number), undo=ticket)
        self.visit_finished.emit(ticket)

    def _gone(self, ticket: Ticket) -> None:
        self._confirm(lambda: self.tr("%1 niet verschenen").replace("%1", ticket.number),
                      undo=ticket)

    def _undo(self) -> None:
        ticket = self._undo_ticket
        if ticket is None or self._acting:
            return
        self._undo_timer.stop()
        self._undo_ticket = None
        self.feedback.undo.hide()
        self._act(lambda post: self._queue.undo(post, ticket.id), self._undone)

    def _undone(self, ticket: Ticket) -> None:
        if ticket.state is TicketState.SERVING:
            self._confirm(lambda: self.tr("%1 is teruggezet: u bent weer in gesprek.").replace(
                "%1", ticket.number))
        else:
            self._confirm(lambda: self.tr("%1 is teruggezet als opgeroepen.").replace(
                "%1", ticket.number))

    def _call_selected(self) -> None:
        ticket_id = self.waiting.selected_ticket()
        if ticket_id is not None:
            self._call_ticket(ticket_id)

    def _call_ticket(self, ticket_id: str) -> None:
        if self.current is not None or not self._enabled or self._acting:
            return
        self._act(lambda post: self._queue.call_ticket(post, ticket_id), self._called)

    @property
    def _queue(self) -> QueueService:
        return self._workplace.queue

    def _ask_transfer(self) -> None:
        current = self.current
        if current is None or self._overview is None:
            return
        queue, post = self._queue, self._post
        self._workplace.runner.run(lambda: queue.transfer_targets(post), self._open_transfer,
                                   self._refused)

    def _open_transfer(self, counters: tuple[CounterPresenceView, ...]) -> None:
        current = self.current
        if current is None or self._overview is None or self.transfer_dialog is not None:
            return
        dialog = TransferDialog(current.number, self._overview.services, counters,
                                self._workplace.language.language, self)
        dialog.accepted.connect(lambda: self._transfer(dialog))
        dialog.finished.connect(self._transfer_dialog_closed)
        self.transfer_dialog = dialog
        dialog.open()

    def _transfer(self, dialog: TransferDialog) -> None:
        choice = dialog.choice()
        where = dialog.choice_text()
        self._act(lambda post: self._queue.transfer(
            post, to_service_letter=choice.service_letter,
            to_counter_number=choice.counter_number, note=choice.note,
        ), lambda ticket: self._transferred(ticket, choice, where))

    def _transferred(self, ticket: Ticket, choice: TransferChoice, where: str) -> None:
        self._confirm(lambda: self.tr("%1 doorgestuurd naar %2").replace("%1", ticket.number)
                      .replace("%2", where))

    def _transfer_dialog_closed(self) -> None:
        if self.transfer_dialog is not None:
            self.transfer_dialog.deleteLater()
        self.transfer_dialog = None

    def _connect_parked_panel(self) -> None:
        """Park, cancel and unpark: actions like the others, then the parked list re-read."""
        panel, queue, reload = self.parked_panel, self._workplace.queue, self._reload_parked
        panel.park_requested.connect(lambda: self._act(queue.park, reload))
        panel.cancel_requested.connect(lambda: self._cancel(self.current, reload))
        panel.unpark_requested.connect(lambda ticket_id: self._act(
            lambda post: queue.unpark(post, ticket_id), reload))
        panel.drop_requested.connect(lambda ticket_id: self._act(
            lambda post: queue.cancel(post.location.code, ticket_id, post.staff), reload))

    def _cancel(self, current: CurrentTicketView | None, then: Callable[[Any], None]) -> None:
        if current is not None:
            ticket_id, queue = current.ticket_id, self._workplace.queue
            self._act(lambda post: queue.cancel(post.location.code, ticket_id, post.staff), then)

    def _reload_parked(self, _outcome: object) -> None:
        self._load_parked()

    def _load_parked(self) -> None:
        queue, post = self._workplace.queue, self._post
        self._workplace.runner.run(lambda: queue.parked(post), self.parked_panel.show_parked,
                                   lambda _error: None)

    def _refused(self, error: UserFacingError) -> None:
        self._acting = False
        self._withdraw_undo()
        self._say(lambda: error_text(error), "message-error")
        self._update_buttons()
        self.load()

    def show_message(self, text: str) -> None:
        self._withdraw_undo()
        self._say(lambda: text, "message-error")

    def _say(self, render: Callable[[], str], role: str) -> None:
        """Show a message; it is rendered again in the new language after a switch."""
        self._message = (render, role) if render() else None
        self.feedback.show_text(render(), role)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.today:
            self.load_today()
        if self.desk is not None:  # Ctrl+F searches what the tab shows: products or persons
            self.desk.shortcuts["search"].setEnabled(self.tabs.widget(index) is not self.orders)

    def _show_visit(self) -> None:
        """The order tab follows the visit: the ticket, the person the desk identified and
        their document check; it empties when the visit ends or the desk is cleared."""
        if self.orders is None:
            return
        person = self.desk.person if self.desk is not None else None
        current = self.current
        if current is None and person is None:
            self.orders.set_visit(None)
            return
        self.orders.set_visit(CounterVisit(
            current, person,
            self.desk.identity_check() if self.desk is not None else IdentityCheck.NOT_DONE,
            self._called_at))

    # -- shortcuts -------------------------------------------------------------------------

    def _shortcut(self, name: str, button: ActionButton) -> None:
        """Press the button; when it cannot be pressed now, say why and what to do."""
        if button.isEnabled() and button.isVisible():
            button.click()
            return
        if self._acting:
            return  # the previous action is still on its way; its answer follows
        if self._advice(name):
            self._withdraw_undo()
            self._say(lambda: self._advice(name), "message-error")

    def _advice(self, name: str) -> str:
        if not self._enabled:
            return self.tr("Geen verbinding met de wachtrij. De knoppen werken weer zodra de "
                           "verbinding terug is.")
        current = self.current
        if name == "undo":
            return self.tr("Er is niets om ongedaan te maken. Afronden en Niet verschenen "
                           "kunt u tot een minuut erna terugzetten.")
        if current is None:
            if name == "next":
                return ""
            return self.tr("U heeft nu geen bezoeker. Kies eerst Volgende (F5).")
        number = current.number
        texts = {
            ("next", TicketState.CALLED): self.tr(
                "U heeft %1 nog opgeroepen. Kies Start (F7), of Niet verschenen (F9) als de "
                "bezoeker niet komt."),
            ("next", TicketState.SERVING): self.tr(
                "U bent nog in gesprek met %1. Rond eerst af (F8) of stuur door (F10)."),
            ("start", TicketState.SERVING): self.tr("U bent al in gesprek met %1."),
            ("recall", TicketState.SERVING): self.tr(
                "%1 is al bij u; opnieuw oproepen hoeft niet."),
            ("no_show", TicketState.SERVING): self.tr(
                "%1 is al bij u en kan niet meer 'niet verschenen' zijn. Kies Afronden (F8)."),
            ("finish", TicketState.CALLED): self.tr(
                "%1 is nog niet gestart. Kies eerst Start (F7), of Niet verschenen (F9) als "
                "de bezoeker niet komt."),
        }
        text = texts.get((name, current.state), "")
        return text.replace("%1", number)

    # -- buttons ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        """Only an own action in flight or a lost connection disables buttons: a background
        refresh never does, so it never moves the focus or makes a button blink."""
        usable = self._enabled and not self._acting
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
        self.feedback.undo.setEnabled(usable and state is None)
        self.parked_panel.set_actions(usable, state)

    def retranslate(self) -> None:
        self.next.setText(self.tr("Volgende (F5)"))
        self.recall.setText(self.tr("Opnieuw oproepen (F6)"))
        self.start.setText(self.tr("Start (F7)"))
        self.finish.setText(self.tr("Afronden (F8)"))
        self.no_show.setText(self.tr("Niet verschenen (F9)"))
        self.transfer.setText(self.tr("Doorsturen (F10)"))
        self.call_selected.setText(self.tr("Dit nummer oproepen (Enter)"))
        self.feedback.undo.setText(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.tabs.setTabText(self.tabs.indexOf(self.queue_page), self.tr("Wachtrij"))
        self.tabs.setTabText(self.tabs.indexOf(self.today), self.tr("Vandaag"))
        if self.desk is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.desk), self.tr("Klant (Ctrl+K)"))
        if self.orders is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.orders), self.tr("Bestelling (Ctrl+B)"))
        self.card.retranslate()
        if self._message is not None:
            render, role = self._message
            self.feedback.show_text(render(), role)
        if self.chip is not None:
            self.chip.retranslate()


    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Reception's list of today's tickets, to cancel one or print it again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.overview import TodayTicketView
from workstation.ui.buttons import ActionButton
from workstation.ui.style import set_role
from workstation.ui.today_list import TodayList


class ReceptionDay(QWidget):
    """Today's tickets, newest first; Annuleren and Opnieuw afdrukken act on the chosen one."""

    cancel = Signal(object)  # TodayTicketView
    reprint = Signal(object)  # TodayTicketView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.tickets = TodayList(show_issue_time=True, parent=self)
        self.cancel_button = ActionButton(self)
        self.reprint_button = ActionButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.reprint_button.clicked.connect(self._reprint)
        self.tickets.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button, 1)
        buttons.addWidget(self.cancel_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 24, 16, 24)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.tickets, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enabled = True
        self._armed: str | None = None  # the ticket Annuleren asked about
        self.retranslate()
        self._update_buttons()

    def show_tickets(self, tickets: tuple[TodayTicketView, ...]) -> None:
        self.tickets.show_tickets(tickets)
        self._update_buttons()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._update_buttons()

    def show_message(self, text: str, role: str) -> None:
        set_role(self.message, role)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _cancel(self) -> None:
        """The first press asks, the second (on the same ticket) cancels: a cancelled ticket
        cannot come back, and a busy desk mis-clicks."""
        chosen = self.tickets.selected()
        if chosen is None:
            return
        if self._armed == chosen.ticket_id:
            self._disarm()
            self.cancel.emit(chosen)
            return
        self._armed = chosen.ticket_id
        self.cancel_button.setText(self.tr("%1 echt annuleren?").replace("%1", chosen.number))

    def _disarm(self) -> None:
        self._armed = None
        self.cancel_button.setText(self.tr("Annuleren"))

    def _reprint(self) -> None:
        chosen = self.tickets.selected()
        if chosen is not None:
            self.reprint.emit(chosen)

    def _selection_changed(self) -> None:
        chosen = self.tickets.selected()
        if chosen is None or chosen.ticket_id != self._armed:
            self._disarm()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.tickets.selected()
        open_ = chosen is not None and chosen.state.is_open
        self.cancel_button.setEnabled(self._enabled and open_)
        self.reprint_button.setEnabled(self._enabled and open_)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Vandaag uitgegeven"))
        self._disarm()
        self.reprint_button.setText(self.tr("Opnieuw afdrukken"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

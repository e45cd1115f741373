"""Park and cancel the counter's visitor; the counter's parked tickets with "Terug".

A visitor who must fetch a missing document is parked: the counter calls the next visitor
meanwhile, and when the first one comes back, "Terug" serves them on at this same counter. A
visitor who leaves is cancelled ("Annuleren"); a parked one who does not come back too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.counter_tickets import ParkedTicketView
from workstation.domain.queue import SITE_TIMEZONE, TRANSITIONS, EventType, TicketState
from workstation.ui.style import set_role

TICKET_ROLE = Qt.ItemDataRole.UserRole


class ParkedPanel(QFrame):
    park_requested = Signal()
    cancel_requested = Signal()  # the current visitor leaves
    unpark_requested = Signal(str)  # ticket id of a parked visitor who is back
    drop_requested = Signal(str)  # ticket id of a parked visitor who will not come back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.park = QPushButton(self)
        self.cancel = QPushButton(self)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.tickets = QListWidget(self)
        self.tickets.setMaximumHeight(110)
        self.back = QPushButton(self)
        self.drop = QPushButton(self)
        self.park.clicked.connect(self.park_requested.emit)
        self.cancel.clicked.connect(self.cancel_requested.emit)
        self.back.clicked.connect(lambda: self._emit_selected(self.unpark_requested))
        self.drop.clicked.connect(lambda: self._emit_selected(self.drop_requested))
        self.tickets.currentItemChanged.connect(lambda *_: self._update())
        self.tickets.itemActivated.connect(lambda _item: self.back.click())
        # One above the other: side by side their texts would widen the counter's column.
        current = QVBoxLayout()
        current.addWidget(self.park)
        current.addWidget(self.cancel)
        parked = QHBoxLayout()
        parked.addWidget(self.back)
        parked.addWidget(self.drop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(current)
        layout.addWidget(self.heading)
        layout.addWidget(self.tickets)
        layout.addLayout(parked)
        self._usable = False
        self._state: TicketState | None = None
        self.show_parked(())
        self.retranslate()

    def show_parked(self, parked: tuple[ParkedTicketView, ...]) -> None:
        selected = self.selected_ticket()
        self.tickets.clear()
        for ticket in parked:
            since = ticket.parked_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
            item = QListWidgetItem(self.tr("%1 — geparkeerd om %2").replace(
                "%1", ticket.number).replace("%2", since))
            item.setData(TICKET_ROLE, ticket.ticket_id)
            self.tickets.addItem(item)
            if ticket.ticket_id == selected or self.tickets.count() == 1:
                self.tickets.setCurrentItem(item)
        self.heading.setVisible(bool(parked))
        self.tickets.setVisible(bool(parked))
        self.back.setVisible(bool(parked))
        self.drop.setVisible(bool(parked))
        self._update()

    def set_actions(self, usable: bool, state: TicketState | None) -> None:
        """Enable what the counter's current ticket and the window allow."""
        self._usable = usable
        self._state = state
        self._update()

    def selected_ticket(self) -> str | None:
        item = self.tickets.currentItem()
        ticket_id = item.data(TICKET_ROLE) if item is not None else None
        return ticket_id if isinstance(ticket_id, str) else None

    def _emit_selected(self, signal: SignalInstance) -> None:
        ticket_id = self.selected_ticket()
        if ticket_id is not None:
            signal.emit(ticket_id)

    def _update(self) -> None:
        state = self._state

        def allowed(event: EventType) -> bool:
            return self._usable and state is not None and state in TRANSITIONS[event][0]

        self.park.setEnabled(allowed(EventType.PARKED))
        self.cancel.setEnabled(allowed(EventType.CANCELLED))
        chosen = self._usable and self.selected_ticket() is not None
        self.back.setEnabled(chosen and state is None)  # serve on once the counter is free
        self.drop.setEnabled(chosen)

    def retranslate(self) -> None:
        self.park.setText(self.tr("Parkeren (haalt document)"))
        self.cancel.setText(self.tr("Annuleren (bezoeker vertrekt)"))
        self.heading.setText(self.tr("Geparkeerd bij deze balie"))
        self.back.setText(self.tr("Terug"))
        self.drop.setText(self.tr("Niet teruggekomen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Today's tickets: reception's list of everything issued, and a counter's own visitors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workstation.domain.overview import TodayTicketView
from workstation.domain.queue import SITE_TIMEZONE, TicketKind
from workstation.ui.formatting import state_text

TICKET_ROLE = Qt.ItemDataRole.UserRole


class TodayList(QTreeWidget):
    """Number, state, time and counter per ticket; keeps selection and scroll on refresh."""

    def __init__(self, show_issue_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_issue_time = show_issue_time
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tickets: tuple[TodayTicketView, ...] = ()
        self._retranslate_header()

    def show_tickets(self, tickets: tuple[TodayTicketView, ...]) -> None:
        self.tickets = tickets
        self._rebuild()

    def selected(self) -> TodayTicketView | None:
        """The ticket the user chose (a highlighted row, not just Qt's current index)."""
        items = self.selectedItems()
        ticket_id = items[0].data(0, TICKET_ROLE) if items else None
        return next((t for t in self.tickets if t.ticket_id == ticket_id), None)

    def numbers(self) -> list[str]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(0).split()[0] for item in items if item is not None]

    def _rebuild(self) -> None:
        chosen = self.selected()
        scroll = self.verticalScrollBar().value()
        self.clear()
        for ticket in self.tickets:
            item = QTreeWidgetItem(self)
            label = ticket.number
            if ticket.priority:
                label += "  " + self.tr("(voorrang)")
            if ticket.kind is TicketKind.APPOINTMENT:
                label += "  " + self.tr("(afspraak)")
            moment = ticket.issued_at if self._show_issue_time else ticket.last_change_at
            item.setText(0, label)
            item.setText(1, state_text(ticket.state))
            item.setText(2, moment.astimezone(SITE_TIMEZONE).strftime("%H:%M"))
            if ticket.counter_number is not None:
                item.setText(3, self.tr("balie %1").replace("%1", str(ticket.counter_number)))
            item.setData(0, TICKET_ROLE, ticket.ticket_id)
            if chosen is not None and ticket.ticket_id == chosen.ticket_id:
                self.setCurrentItem(item)
        self.verticalScrollBar().setValue(scroll)

    def _retranslate_header(self) -> None:
        time_title = self.tr("Tijd") if self._show_issue_time else self.tr("Laatst")
        self.setHeaderLabels([self.tr("Nummer"), self.tr("Stand"), time_title,
                              self.tr("Balie")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_header()
            self._rebuild()
        super().changeEvent(event)

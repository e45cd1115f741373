"""Waiting list per service: counts, expected wait, and each ticket's wait against the norm.

A change notice updates the rows in place: a row that stays keeps its place, its selection
and the list's scroll position, so a colleague's call never makes the list jump under the
reader's eyes or the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workstation.domain.overview import (
    LocationOverview,
    ServiceQueueView,
    TransferNoteView,
    WaitingTicketView,
)
from workstation.domain.queue import SITE_TIMEZONE, TicketKind
from workstation.ui.formatting import (
    expected_wait_text,
    minutes_text,
    norm_band,
    norm_band_text,
)
from workstation.ui.style import BAND_COLOURS, NOTE_INK

TICKET_ROLE = Qt.ItemDataRole.UserRole
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1


def note_text(note: TransferNoteView) -> str:
    """"Notitie van balie 3 (Bram), 09:41: …" — the note with who sent it and when."""
    at = note.written_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
    if note.from_staff_name:
        source = QCoreApplication.translate(
            "WaitingList", "Notitie van balie %1 (%2), %3:"
        ).replace("%1", str(note.from_counter_number)).replace("%2", note.from_staff_name)
    else:
        source = QCoreApplication.translate(
            "WaitingList", "Notitie van balie %1, %3:"
        ).replace("%1", str(note.from_counter_number))
    return f"{source.replace('%3', at)} {note.text}"


class WaitingList(QTreeWidget):
    """Services as groups, waiting tickets below; Enter or double-click calls a ticket."""

    call_requested = Signal(str)  # ticket id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._activated)
        self._overview: LocationOverview | None = None
        self._language = "nl"
        self._retranslate_header()

    def show_overview(self, overview: LocationOverview, language: str) -> None:
        self._overview = overview
        self._language = language
        self._update()

    def set_language(self, language: str) -> None:
        self._language = language
        self._update()

    def selected_ticket(self) -> str | None:
        """The ticket the user chose: a highlighted row, not just Qt's current index."""
        items = self.selectedItems()
        if not items:
            return None
        ticket_id = items[0].data(0, TICKET_ROLE)
        return ticket_id if isinstance(ticket_id, str) else None

    def ticket_item(self, ticket_id: str) -> QTreeWidgetItem | None:
        for group in self._groups():
            for item in _children(group):
                if item.data(0, TICKET_ROLE) == ticket_id:
                    return item
        return None

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _update(self) -> None:
        """Bring the rows in line with the overview without rebuilding them."""
        overview = self._overview
        if overview is None:
            return
        selected = self.selected_ticket()
        scroll = self.verticalScrollBar().value()
        groups = {group.data(0, SERVICE_ROLE): group for group in self._groups()}
        for position, service in enumerate(overview.services):
            group = groups.pop(service.service_id, None)
            if group is None:
                group = QTreeWidgetItem()
                group.setData(0, SERVICE_ROLE, service.service_id)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.insertTopLevelItem(position, group)
                group.setFirstColumnSpanned(True)
            elif self.indexOfTopLevelItem(group) != position:
                self.takeTopLevelItem(self.indexOfTopLevelItem(group))
                self.insertTopLevelItem(position, group)
                group.setFirstColumnSpanned(True)
            group.setText(0, self._summary(service))
            self._update_tickets(group, service.waiting)
            group.setExpanded(True)
        for gone in groups.values():
            self.takeTopLevelItem(self.indexOfTopLevelItem(gone))
        if selected is not None:
            item = self.ticket_item(selected)
            if item is None:
                # The chosen visitor was called elsewhere: choose nothing rather than a
                # neighbour the user never picked.
                self.clearSelection()
            elif item is not self.currentItem() or not item.isSelected():
                self.setCurrentItem(item)
        self.verticalScrollBar().setValue(scroll)

    def _summary(self, service: ServiceQueueView) -> str:
        summary = [f"{service.letter}  {service.name(self._language)}",
                   self.tr("%n wachtend", "", service.waiting_count)]
        if service.waiting_count:
            summary.append(expected_wait_text(service.expected_wait))
        return "  ·  ".join(summary)

    def _update_tickets(self, group: QTreeWidgetItem,
                        tickets: tuple[WaitingTicketView, ...]) -> None:
        rows = {item.data(0, TICKET_ROLE): item for item in _children(group)}
        for position, ticket in enumerate(tickets):
            item = rows.pop(ticket.ticket_id, None)
            if item is None:
                item = QTreeWidgetItem()
                item.setData(0, TICKET_ROLE, ticket.ticket_id)
                group.insertChild(position, item)
            elif group.indexOfChild(item) != position:
                group.takeChild(group.indexOfChild(item))
                group.insertChild(position, item)
            self._show_ticket(item, ticket)
        for gone in rows.values():
            group.takeChild(group.indexOfChild(gone))

    def _show_ticket(self, item: QTreeWidgetItem, ticket: WaitingTicketView) -> None:
        label = ticket.number
        if ticket.priority:
            label += "  " + self.tr("(voorrang)")
        if ticket.kind is TicketKind.APPOINTMENT:
            label += "  " + self.tr("(afspraak)")
        if ticket.target_counter_number is not None:
            label += "  " + self.tr("→ balie %1").replace("%1", str(ticket.target_counter_number))
        self._show_note(item, ticket.note)
        band = norm_band(ticket.norm_ratio)
        item.setText(0, "    " + label)
        item.setText(1, minutes_text(ticket.waited))
        item.setText(2, norm_band_text(band))
        ink, fill = BAND_COLOURS[band.value]
        item.setForeground(2, QBrush(QColor(ink)))
        item.setBackground(2, QBrush(QColor(fill)))
        item.setForeground(1, QBrush(QColor(ink)))

    def _show_note(self, item: QTreeWidgetItem, note: TransferNoteView | None) -> None:
        """The transfer note as a row of its own under the ticket, across all columns."""
        if note is None:
            item.takeChildren()
            return
        row = item.child(0) if item.childCount() else None
        if row is None:
            row = QTreeWidgetItem(item)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not a ticket: cannot be chosen
            row.setFirstColumnSpanned(True)
            set_note_role(row)
        text = note_text(note)
        row.setText(0, "        " + text)
        row.setToolTip(0, text)
        item.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ticket_id = item.data(0, TICKET_ROLE)
        if isinstance(ticket_id, str):
            self.call_requested.emit(ticket_id)

    def _retranslate_header(self) -> None:
        self.setHeaderLabels([self.tr("Wachtnummer"), self.tr("Gewacht"), self.tr("Norm")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_header()
            self._update()
        super().changeEvent(event)


def set_note_role(row: QTreeWidgetItem) -> None:
    font = row.font(0)
    font.setItalic(True)
    row.setFont(0, font)
    row.setForeground(0, QBrush(QColor(NOTE_INK)))


def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    items = (group.child(i) for i in range(group.childCount()))
    return [item for item in items if item is not None]

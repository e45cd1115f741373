"""Waiting list per service: counts, expected wait, and each ticket's wait against the norm."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workstation.domain.overview import LocationOverview, WaitingTicketView
from workstation.domain.queue import TicketKind
from workstation.ui.formatting import minutes_text, norm_band, norm_band_text
from workstation.ui.style import BAND_COLOURS

TICKET_ROLE = Qt.ItemDataRole.UserRole


class WaitingList(QTreeWidget):
    """Services as groups, waiting tickets below; Enter or double-click calls a ticket."""

    call_requested = Signal(str)  # ticket id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
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
        self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._rebuild()

    def selected_ticket(self) -> str | None:
        item = self.currentItem()
        if item is None:
            return None
        ticket_id = item.data(0, TICKET_ROLE)
        return ticket_id if isinstance(ticket_id, str) else None

    def ticket_item(self, ticket_id: str) -> QTreeWidgetItem | None:
        found = self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        return next((item for item in found if item.data(0, TICKET_ROLE) == ticket_id), None)

    def _rebuild(self) -> None:
        overview = self._overview
        if overview is None:
            return
        selected = self.selected_ticket()
        self.clear()
        for service in overview.services:
            group = QTreeWidgetItem(self)
            summary = [f"{service.letter}  {service.name(self._language)}",
                       self.tr("%n wachtend", "", service.waiting_count)]
            if service.waiting_count and service.expected_wait is not None:
                minutes = max(1, round(service.expected_wait.total_seconds() / 60))
                summary.append(self.tr("± %1 min wachttijd").replace("%1", str(minutes)))
            group.setText(0, "  ·  ".join(summary))
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for ticket in service.waiting:
                self._add_ticket(group, ticket)
            group.setExpanded(True)
        if selected is not None:
            item = self.ticket_item(selected)
            if item is not None:
                self.setCurrentItem(item)

    def _add_ticket(self, group: QTreeWidgetItem, ticket: WaitingTicketView) -> None:
        item = QTreeWidgetItem(group)
        label = ticket.number
        if ticket.kind is TicketKind.APPOINTMENT:
            label += "  " + self.tr("(afspraak)")
        if ticket.target_counter_number is not None:
            label += "  " + self.tr("→ balie %1").replace("%1", str(ticket.target_counter_number))
        band = norm_band(ticket.norm_ratio)
        item.setText(0, "    " + label)
        item.setText(1, minutes_text(ticket.waited))
        item.setText(2, norm_band_text(band))
        item.setData(0, TICKET_ROLE, ticket.ticket_id)
        ink, fill = BAND_COLOURS[band.value]
        item.setForeground(2, QBrush(QColor(ink)))
        item.setBackground(2, QBrush(QColor(fill)))
        item.setForeground(1, QBrush(QColor(ink)))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ticket_id = item.data(0, TICKET_ROLE)
        if isinstance(ticket_id, str):
            self.call_requested.emit(ticket_id)

    def _retranslate_header(self) -> None:
        self.setHeaderLabels([self.tr("Wachtnummer"), self.tr("Gewacht"), self.tr("Norm")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_header()
            self._rebuild()
        super().changeEvent(event)

"""The history timeline on the desk: one list, newest first, filterable by kind and channel.

Rows are filled from ``history_items.timeline``; the filters only hide rows, so the choice of
row and the scroll position survive a change of filter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.desk import Uitkomst
from workstation.ui.contact_form_question import kanaal_text, uitkomst_text
from workstation.ui.history_items import EntryKind, TimelineEntry
from workstation.ui.style import set_role

_ALL = ""
_UITKOMSTEN = frozenset(u.value for u in Uitkomst)


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[TimelineEntry, ...] = ()
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.kind = QComboBox(self)
        self.kanaal = QComboBox(self)
        self.status = QLabel(self)
        set_role(self.status, "muted")
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnCount(5)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.heading)
        filters.addStretch(1)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.kanaal_label = QLabel(self)
        self.kanaal_label.setBuddy(self.kanaal)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(self.kanaal_label)
        filters.addWidget(self.kanaal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(self._filter)
        self.kanaal.currentIndexChanged.connect(self._filter)
        self._retranslate()

    def show_loading(self) -> None:
        self.entries = ()
        self.list.clear()
        self.status.setText(self.tr("Geschiedenis wordt geladen…"))

    def show_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.entries = entries
        self._fill_kanalen()
        self._rebuild()

    def clear(self) -> None:
        self.entries = ()
        self.list.clear()
        self.status.setText("")
        self._fill_kanalen()

    def visible_entries(self) -> list[TimelineEntry]:
        return [entry for row, entry in enumerate(self.entries) if not self._row(row).isHidden()]

    def _row(self, row: int) -> QTreeWidgetItem:
        item = self.list.topLevelItem(row)
        assert item is not None  # one row per entry, always
        return item

    def _fill_kanalen(self) -> None:
        chosen = self.kanaal.currentData()
        self.kanaal.blockSignals(True)
        self.kanaal.clear()
        self.kanaal.addItem(self.tr("Alle kanalen"), _ALL)
        for kanaal in sorted({entry.kanaal for entry in self.entries if entry.kanaal}):
            self.kanaal.addItem(kanaal_text(kanaal), kanaal)
        index = self.kanaal.findData(chosen)
        self.kanaal.setCurrentIndex(max(index, 0))
        self.kanaal.blockSignals(False)

    def _rebuild(self) -> None:
        self.list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(self.list)
            self._fill_row(item, entry)
        self._filter()

    def _fill_row(self, item: QTreeWidgetItem, entry: TimelineEntry) -> None:
        kinds = {EntryKind.CONTACT: self.tr("Contact"), EntryKind.ZAAK: self.tr("Zaak"),
                 EntryKind.CALLBACK: self.tr("Terugbelverzoek")}
        status = self._status_text(entry)
        if entry.unsent:
            status = f"{status} · {self.tr('nog niet verzonden')}" if status else self.tr(
                "nog niet verzonden")
        local = entry.at.astimezone()
        item.setText(0, local.strftime("%d-%m-%Y %H:%M"))
        item.setText(1, kinds[entry.kind])
        kanaal = kanaal_text(entry.kanaal) if entry.kanaal else ""
        item.setText(2, f"{kanaal} {entry.visit}" if entry.visit else kanaal)
        item.setText(3, entry.title)
        item.setText(4, status)
        item.setToolTip(3, entry.detail)

    def _status_text(self, entry: TimelineEntry) -> str:
        if entry.kind is EntryKind.CALLBACK:
            return self.tr("afgehandeld") if entry.done else self.tr("open")
        if entry.kind is EntryKind.CONTACT and entry.status in _UITKOMSTEN:
            return uitkomst_text(Uitkomst(entry.status))
        return entry.status  # a zaak's status as its registry names it

    def _filter(self) -> None:
        kind = self.kind.currentData()
        kanaal = self.kanaal.currentData()
        shown = 0
        for row, entry in enumerate(self.entries):
            visible = (not kind or entry.kind == kind) and (not kanaal or entry.kanaal == kanaal)
            self._row(row).setHidden(not visible)
            shown += visible
        if not self.entries:
            self.status.setText(self.tr("Nog geen contacten, zaken of terugbelverzoeken."))
        else:
            self.status.setText(self.tr("%1 van %2 getoond").replace("%1", str(shown)).replace(
                "%2", str(len(self.entries))))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Geschiedenis"))
        self.kind_label.setText(self.tr("Soort"))
        self.kanaal_label.setText(self.tr("Kanaal"))
        self.list.setHeaderLabels([self.tr("Datum"), self.tr("Soort"), self.tr("Kanaal"),
                                   self.tr("Onderwerp"), self.tr("Status")])
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for text, value in ((self.tr("Alles"), _ALL), (self.tr("Contacten"), EntryKind.CONTACT),
                            (self.tr("Zaken"), EntryKind.ZAAK),
                            (self.tr("Terugbelverzoeken"), EntryKind.CALLBACK)):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)
        self._fill_kanalen()
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

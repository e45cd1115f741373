"""The identify bar: one search field, an anonymous contact, and the list of several results.

Enter searches; when the search finds several persons they are listed and the focus goes to
the list (arrow keys, Enter or a double click to choose). A document on the reader needs no
action here at all: the desk identifies with it directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.person import Person
from workstation.ui.style import set_role


class IdentifyBar(QWidget):
    search_requested = Signal(str)
    chosen = Signal(object)  # Person
    anonymous_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton(self)
        self.anonymous = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.results = QListWidget(self)
        self.results.hide()
        self.results.setMaximumHeight(180)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.anonymous)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.results)
        self.search.returnPressed.connect(self._search)
        self.search_button.clicked.connect(self._search)
        self.anonymous.clicked.connect(self.anonymous_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        # Enter (activated) or a double click, whatever the platform's style activates on.
        self.results.itemActivated.connect(self._choose)
        self.results.itemDoubleClicked.connect(self._choose)
        self._retranslate()

    def show_results(self, persons: tuple[Person, ...]) -> None:
        self.results.clear()
        for person in persons:
            born = person.geboortedatum.strftime("%d-%m-%Y") if person.geboortedatum else "—"
            address = ", ".join(person.adresregels)
            item = QListWidgetItem(f"{person.name.volledige_naam} · {born} · {address}")
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        self.results.setVisible(bool(persons))
        if persons:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.show_message("", "")

    def _search(self) -> None:
        self.results.hide()
        self.search_requested.emit(self.search.text())

    def _choose(self, item: QListWidgetItem) -> None:
        if not self.results.isVisible():
            return  # already chosen (a double click can also activate)
        person = item.data(Qt.ItemDataRole.UserRole)
        self.results.hide()
        self.chosen.emit(person)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "BSN, postcode + huisnummer, of achternaam + geboortedatum (Ctrl+F)"))
        self.search_button.setText(self.tr("Zoeken"))
        self.anonymous.setText(self.tr("Anoniem contact"))
        self.clear_button.setText(self.tr("Wissen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

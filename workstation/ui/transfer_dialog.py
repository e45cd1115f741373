"""Doorsturen: to another service or to a counter, with a short note (no personal data).

Only the location's other active counters are offered, each with who is signed in there, so
a visitor is never sent to an empty or non-existent counter by a typo in a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.overview import CounterPresenceView, ServiceQueueView
from workstation.ui.style import set_role

NOTE_MAX_LENGTH = 200


@dataclass(frozen=True, slots=True)
class TransferChoice:
    service_letter: str | None
    counter_number: int | None
    note: str


class TransferDialog(QDialog):
    def __init__(self, ticket_number: str, services: tuple[ServiceQueueView, ...],
                 counters: tuple[CounterPresenceView, ...], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtnummer %1 doorsturen").replace("%1", ticket_number))
        self.setModal(True)
        self.intro = QLabel(self.tr(
            "De bezoeker houdt het nummer %1 en wacht opnieuw. Kies waarheen."
        ).replace("%1", ticket_number), self)
        self.intro.setWordWrap(True)
        self.to_service = QRadioButton(self.tr("Naar een dienst"), self)
        self.to_counter = QRadioButton(self.tr("Naar een balie"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_service)
        group.addButton(self.to_counter)
        self.service = QComboBox(self)
        for service in services:
            self.service.addItem(f"{service.letter}  {service.name(language)}", service.letter)
        self.counter = QComboBox(self)
        for counter in counters:
            self.counter.addItem(self._counter_text(counter), counter.number)
        self.to_counter.setEnabled(bool(counters))
        self.note_label = QLabel(self.tr("Notitie voor de collega (mag leeg blijven):"), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX_LENGTH)
        self.note_label.setBuddy(self.note)
        self.privacy = QLabel(self.tr(
            "Typ geen persoonsgegevens in de notitie: geen naam, BSN, adres of geboortedatum."
        ), self)
        self.privacy.setWordWrap(True)
        set_role(self.privacy, "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Doorsturen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.to_service, 0, 0)
        grid.addWidget(self.service, 0, 1)
        grid.addWidget(self.to_counter, 1, 0)
        grid.addWidget(self.counter, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.privacy)
        layout.addWidget(self.buttons)
        self.to_service.toggled.connect(self._follow_choice)
        self.to_service.setChecked(True)
        self._follow_choice()
        self.setMinimumWidth(560)

    def _counter_text(self, counter: CounterPresenceView) -> str:
        if counter.staff_name:
            return self.tr("Balie %1 — %2").replace("%1", str(counter.number)).replace(
                "%2", counter.staff_name)
        return self.tr("Balie %1 — niemand aangemeld").replace("%1", str(counter.number))

    def _follow_choice(self) -> None:
        self.service.setEnabled(self.to_service.isChecked())
        self.counter.setEnabled(self.to_counter.isChecked())

    def choose_counter(self, number: int) -> None:
        self.to_counter.setChecked(True)
        self.counter.setCurrentIndex(self.counter.findData(number))

    def choice(self) -> TransferChoice:
        note = self.note.text().strip()
        if self.to_service.isChecked():
            return TransferChoice(self.service.currentData(), None, note)
        return TransferChoice(None, self.counter.currentData(), note)

    def choice_text(self) -> str:
        """Where the visitor goes, for the confirmation: "balie 3" or the service's name."""
        if self.to_service.isChecked():
            return self.service.currentText().split("  ", 1)[-1]
        return self.tr("balie %1").replace("%1", str(self.counter.currentData()))

"""The supervisor's two changes to the day: which services a counter calls, and the ticker
line on the hall display. Each dialog only collects the choice; the window sends it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.supervision import CounterBoardView, LocationBoard, ServiceLoad
from workstation.services.supervisor_service import TICKER_MAX_LENGTH
from workstation.ui.style import set_role


def _buttons(dialog: QDialog, ok: str, cancel: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CounterServicesDialog(QDialog):
    """A checkbox per service of the location; checked: this counter calls it."""

    def __init__(self, location: LocationBoard, counter: CounterBoardView, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location_code = location.code
        self.counter_number = counter.number
        self._served = frozenset(counter.service_letters)
        self.setWindowTitle(self.tr("Balie %1 — diensten").replace("%1", str(counter.number)))
        intro = QLabel(self.tr("Balie %1 roept bezoekers op voor de aangevinkte diensten. "
                               "Wachtende bezoekers houden hun plek.")
                       .replace("%1", str(counter.number)), self)
        intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for service in location.services:
            box = QCheckBox(self._label(service, language), self)
            box.setChecked(service.letter in self._served)
            layout.addWidget(box)
            self.boxes[service.letter] = box
        buttons = _buttons(self, self.tr("Opslaan"), self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @staticmethod
    def _label(service: ServiceLoad, language: str) -> str:
        return f"{service.letter}  {service.name(language)}"

    def changes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The letters to open and the letters to close."""
        chosen = {letter for letter, box in self.boxes.items() if box.isChecked()}
        return (tuple(sorted(chosen - self._served)), tuple(sorted(self._served - chosen)))


class TickerDialog(QDialog):
    """``submitted`` on OK; the window closes it once the ticker is saved, or shows why not."""

    submitted = Signal()

    def __init__(self, location: LocationBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location_code = location.code
        self.setWindowTitle(self.tr("Tickerbericht — %1").replace("%1", location.name))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr("Dit bericht loopt onderin het scherm in de wachtruimte. "
                               "Zet er geen persoonsgegevens in. Leeg: geen bericht."), self)
        intro.setWordWrap(True)
        self.dutch = QLineEdit(location.ticker_text, self)
        self.dutch.setMaxLength(TICKER_MAX_LENGTH)
        self.english = QLineEdit(location.ticker_text_en, self)
        self.english.setMaxLength(TICKER_MAX_LENGTH)
        self.english.setPlaceholderText(self.tr("Leeg: het Engelse scherm toont de Nederlandse "
                                                "tekst"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "message-error")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Nederlands"), self))
        layout.addWidget(self.dutch)
        layout.addWidget(QLabel(self.tr("Engels"), self))
        layout.addWidget(self.english)
        layout.addWidget(self.message)
        self.buttons = _buttons(self, self.tr("Op het scherm zetten"), self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submitted)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

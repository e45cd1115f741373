"""What a kiosk visitor sees when the kiosk cannot work: a plain sentence, never a desktop.

The page comes up while the site database is unavailable and after an unexpected error, and
goes away by itself: when the database is back, or (after an error) once the view has been
restarted. Visitors are sent to the desk; staff details stay in the log and the staff screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation.ui.style import set_role


class KioskErrorPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.text, "title")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.hint, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.text.setText(self.tr("Deze zuil werkt even niet. Meld u bij de balie."))
        self.hint.setText(self.tr("De zuil gaat vanzelf weer verder."))

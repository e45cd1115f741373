"""The banner across the top of the window while the site database cannot be used.

(Alarms have their own rows: ``ui/alarm_panel.py``.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from workstation.ui.style import set_role


class ConnectionBanner(QFrame):
    """Shown while the site database is unreachable, busy or damaged; the window disables its
    actions. Without a specific problem it says the connection is lost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "banner-offline")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.text)
        self._problem = ""
        self._retranslate()
        self.hide()

    def show_problem(self, text: str) -> None:
        """What went wrong, in the screen language; empty for a plain lost connection."""
        self._problem = text
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        again = self.tr("Knoppen werken weer zodra de wachtrij weer bereikbaar is.")
        if self._problem:
            self.text.setText(f"{self._problem} {again}")
            return
        self.text.setText(self.tr(
            "Verbinding met de wachtrij verbroken — we proberen opnieuw. "
            "Knoppen werken weer zodra de verbinding terug is."
        ))

"""The phone agent's screen: the desk without a queue, with the call on top.

A softphone opens a contact for an incoming number (``python -m workstation contact --phone``,
delivered by the single instance): the search is filled in and run, so a number the desk can
place opens that person and an unknown one becomes an anonymous contact with the number kept
for a callback. "Gesprek beëindigd" (F8) marks the end of the call; the wrap-up time runs from
there to Opslaan and is recorded with the contact.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.ui.desk_panel import DeskPanel
from workstation.ui.style import set_role

END_CALL_KEY = "F8"


class PhoneView(QWidget):
    def __init__(self, desk: DeskPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        desk.setParent(self)
        self.call = QFrame(self)
        set_role(self.call, "card")
        self.caller = QLabel(self.call)
        set_role(self.caller, "heading")
        self.end_call = QPushButton(self.call)
        self.end_call.setEnabled(False)
        row = QHBoxLayout(self.call)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.caller, 1)
        row.addWidget(self.end_call)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.call)
        layout.addWidget(desk, 1)
        self._number = ""
        self._in_call = False
        self.end_call.clicked.connect(self._end_call)
        shortcut = QShortcut(QKeySequence(END_CALL_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.end_call.click)
        desk.saved.connect(lambda _result: self._call_done())
        self._retranslate()

    def incoming(self, number: str) -> None:
        """A call comes in: a new contact for this number, the search run at once. An earlier
        contact that was typed but not saved is kept: the number waits in the search field."""
        self._number = number
        self._in_call = True
        self.end_call.setEnabled(True)
        self._retranslate()
        if self.desk.form.has_input():
            self.desk.identify.search.setText(number)
            self.desk.form.show_message(self.tr(
                "Het vorige contact is nog niet opgeslagen. Sla het op; daarna zoekt u het "
                "nummer met Enter in het zoekveld."), "message-warning")
            return
        self.desk.wipe()
        self.desk.identify.search.setText(number)
        self.desk.search(number)

    def _end_call(self) -> None:
        if not self._in_call:
            return
        self._in_call = False
        self.end_call.setEnabled(False)
        self.desk.contact_ended()
        self._retranslate()

    def _call_done(self) -> None:
        self._number = ""
        self._in_call = False
        self.end_call.setEnabled(False)
        self._retranslate()

    def _retranslate(self) -> None:
        if self._in_call:
            self.caller.setText(self.tr("In gesprek met %1").replace("%1", self._number))
        elif self._number:
            self.caller.setText(self.tr("Gesprek met %1 beëindigd: leg het contact vast.")
                                .replace("%1", self._number))
        else:
            self.caller.setText(self.tr("Geen gesprek"))
        self.end_call.setText(self.tr("Gesprek beëindigd (F8)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

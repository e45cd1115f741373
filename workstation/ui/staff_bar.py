"""Who is signed in at this workstation, with "Pauze"/"Hervatten" and "Afmelden".

Pause stops calls to the counter (the queue service refuses them) and takes it out of the
expected waits; sign-out closes the counter session and returns to the sign-in screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workstation.domain.site import StaffInfo
from workstation.services.queue_service import CounterPost
from workstation.services.staff_service import StaffService
from workstation.ui.style import set_role
from workstation.ui.workplace import Workplace


class StaffBar(QFrame):
    signed_out = Signal()
    paused_changed = Signal(bool)

    def __init__(self, workplace: Workplace, service: StaffService, staff: StaffInfo,
                 post: CounterPost | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workplace = workplace
        self._service = service
        self._staff = staff
        self._post = post
        self.paused = False
        self.who = QLabel(self)
        self.state = QLabel(self)
        self.state.hide()
        self.pause = QPushButton(self)
        self.pause.setVisible(post is not None)  # pausing is for counters
        self.sign_out = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 6, 20, 6)
        layout.addWidget(self.who)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.pause)
        layout.addWidget(self.sign_out)
        self.pause.clicked.connect(self._toggle_pause)
        self.sign_out.clicked.connect(self._sign_out)
        workplace.runner.busy_changed.connect(self._busy)
        set_role(self, "staff-bar")
        self.retranslate()

    def _busy(self, busy: bool) -> None:
        self.pause.setEnabled(not busy)
        self.sign_out.setEnabled(not busy)

    def _toggle_pause(self) -> None:
        post, staff = self._post, self._service
        if post is None:
            return
        pausing = not self.paused
        action = staff.pause if pausing else staff.resume
        self._workplace.runner.run(lambda: action(post), lambda _none: self._show(pausing))

    def _show(self, paused: bool) -> None:
        self.paused = paused
        self.state.setVisible(paused)
        set_role(self, "staff-bar-paused" if paused else "staff-bar")
        self.retranslate()
        self.paused_changed.emit(paused)

    def _sign_out(self) -> None:
        post, staff = self._post, self._service
        if post is None:
            self.signed_out.emit()
            return
        self._workplace.runner.run(lambda: staff.sign_out(post),
                                   lambda _none: self.signed_out.emit())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.who.setText(self.tr("Aangemeld: %1 (%2)").replace("%1", self._staff.display_name)
                         .replace("%2", self._staff.code))
        self.state.setText(self.tr("Pauze — er worden geen bezoekers naar deze balie geroepen."))
        self.pause.setText(self.tr("Hervatten") if self.paused else self.tr("Pauze"))
        self.sign_out.setText(self.tr("Afmelden"))

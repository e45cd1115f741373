"""The sign-in screen of a counter, reception or phone workstation: staff code and PIN.

The PIN is never echoed. A person without a PIN (first sign-in, or after a supervisor cleared
it) is asked for a new one, twice. Wrong PINs and a lockout get a plain Dutch message; the
check runs on the worker thread like every database call.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.site import StaffInfo
from workstation.domain.staff import PIN_MAX_LENGTH, PIN_MIN_LENGTH, Permission
from workstation.services.staff_service import PinNotSet, StaffService
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")


def pin_field(parent: QWidget) -> QLineEdit:
    """A PIN entry that never shows what is typed."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_LENGTH)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                              | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class SignInScreen(QWidget):
    """Staff code and PIN; emits ``signed_in(StaffInfo)`` once the service accepts them."""

    signed_in = Signal(object)

    def __init__(self, staff: StaffService, needs: Permission, runner: TaskRunner,
                 code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._staff = staff
        self._needs = needs
        self._runner = runner
        self.first_pin = False
        self.card = QFrame(self)
        set_role(self.card, "card")
        self.title = QLabel(self.card)
        set_role(self.title, "title")
        self.explanation = QLabel(self.card)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "muted")
        self.code = QLineEdit(code, self.card)
        self.code.setMaxLength(20)
        self.pin = pin_field(self.card)
        self.new_pin = pin_field(self.card)
        self.repeat_pin = pin_field(self.card)
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        set_role(self.message, "message-error")
        self.message.hide()
        self.submit = QPushButton(self.card)
        set_role(self.submit, "primary")
        self.submit.setDefault(True)
        self.back = QPushButton(self.card)  # leave "choose your PIN" (a mistyped code, say)
        self.form = QFormLayout()
        self.code_label = QLabel(self.card)
        self.pin_label = QLabel(self.card)
        self.new_pin_label = QLabel(self.card)
        self.repeat_pin_label = QLabel(self.card)
        for label, field in ((self.code_label, self.code), (self.pin_label, self.pin),
                             (self.new_pin_label, self.new_pin),
                             (self.repeat_pin_label, self.repeat_pin)):
            label.setBuddy(field)
            self.form.addRow(label, field)
            field.returnPressed.connect(self._submit)
        column = QVBoxLayout(self.card)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.submit)
        column.addWidget(self.back)
        self.card.setMaximumWidth(560)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.card, 2)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.submit.clicked.connect(self._submit)
        self.back.clicked.connect(self._back)
        runner.busy_changed.connect(lambda busy: self.submit.setEnabled(not busy))
        self._show_first_pin(False)
        self.retranslate()

    def reset(self, code: str = "") -> None:
        """Back to an empty screen (after a sign-out)."""
        self.code.setText(code)
        for field in (self.pin, self.new_pin, self.repeat_pin):
            field.clear()
        self._show_first_pin(False)
        self.message.hide()
        self.focus_first_empty()

    def _back(self) -> None:
        self.reset()

    def focus_first_empty(self) -> None:
        (self.pin if self.code.text() else self.code).setFocus()

    # -- signing in ------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._runner.busy:
            return
        code = self.code.text().strip()
        if not code:
            self._show_message(self.tr("Vul uw medewerkerscode in."), self.code)
            return
        staff, needs = self._staff, self._needs
        if self.first_pin:
            new, repeated = self.new_pin.text(), self.repeat_pin.text()
            self._runner.run(lambda: staff.set_first_pin(code, new, repeated, needs=needs),
                             self._accepted, self.show_refusal)
            return
        pin = self.pin.text()
        if not pin:
            self._show_message(self.tr("Vul uw pincode in."), self.pin)
            return
        self._runner.run(lambda: staff.sign_in(code, pin, needs=needs), self._accepted,
                         self.show_refusal)

    def _accepted(self, staff: StaffInfo) -> None:
        for field in (self.pin, self.new_pin, self.repeat_pin):
            field.clear()
        self.message.hide()
        self.signed_in.emit(staff)

    def show_refusal(self, error: UserFacingError) -> None:
        self.pin.clear()
        if isinstance(error, PinNotSet):
            self._show_first_pin(True)
            self._show_message(error_text(error), self.new_pin, info=True)
            return
        if self.first_pin:
            self.new_pin.clear()
            self.repeat_pin.clear()
        self._show_message(error_text(error), self.new_pin if self.first_pin else self.pin)

    def _show_first_pin(self, first: bool) -> None:
        self.first_pin = first
        self.form.setRowVisible(self.pin, not first)
        self.form.setRowVisible(self.new_pin, first)
        self.form.setRowVisible(self.repeat_pin, first)
        self.code.setReadOnly(first)
        self.back.setVisible(first)
        self.retranslate()

    def _show_message(self, text: str, focus: QLineEdit, info: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "message-info" if info else "message-error")
        self.message.show()
        focus.setFocus()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.code_label.setText(self.tr("Medewerkerscode"))
        self.pin_label.setText(self.tr("Pincode"))
        self.new_pin_label.setText(self.tr("Nieuwe pincode"))
        self.repeat_pin_label.setText(self.tr("Herhaal pincode"))
        if self.first_pin:
            self.title.setText(self.tr("Kies uw pincode"))
            self.explanation.setText(self.tr(
                "Kies een pincode van %1 tot %2 cijfers, zonder vaste reeks of herhaling. "
                "U gebruikt hem bij elke aanmelding.").replace("%1", str(PIN_MIN_LENGTH))
                .replace("%2", str(PIN_MAX_LENGTH)))
            self.submit.setText(self.tr("Pincode instellen en aanmelden"))
            self.back.setText(self.tr("Terug"))
        else:
            self.title.setText(self.tr("Aanmelden"))
            self.explanation.setText(self.tr(
                "Meld u aan met uw medewerkerscode en pincode."))
            self.submit.setText(self.tr("Aanmelden"))

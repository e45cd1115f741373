"""The payment record: pin, contant or op rekening, the amount and the pin terminal's reference.

Loket records a payment, it never takes one: the pin terminal is a device of its own, and the
only thing typed over from it is its transaction reference. A card number typed there by
mistake is refused by the domain (``domain/order.py``) and wiped from the field at once, so it
is neither kept on screen nor stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.order import Payment, PaymentMethod
from workstation.ui.order_format import amount_field_text, euro_text, typed_amount
from workstation.ui.style import set_role

AMOUNT_SHAPE = QRegularExpression(r"[0-9]{0,6}([.,][0-9]{0,2})?")
"""What the amount field accepts while typing: euros and at most two decimals."""


class PaymentForm(QFrame):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._total = 0
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.total = QLabel(self)
        set_role(self.total, "title")
        self.methods: dict[PaymentMethod, QRadioButton] = {
            method: QRadioButton(self) for method in PaymentMethod
        }
        self._group = QButtonGroup(self)
        for button in self.methods.values():
            self._group.addButton(button)
        self.methods[PaymentMethod.PIN].setChecked(True)
        self.amount_label = QLabel(self)
        self.amount = QLineEdit(self)
        self.amount.setValidator(QRegularExpressionValidator(AMOUNT_SHAPE, self))
        self.amount_label.setBuddy(self.amount)
        self.reference_label = QLabel(self)
        self.reference = QLineEdit(self)
        self.reference_label.setBuddy(self.reference)
        self._group.buttonToggled.connect(lambda *_: self._method_changed())
        self.amount.textChanged.connect(lambda _text: self.changed.emit())
        self.reference.textChanged.connect(lambda _text: self.changed.emit())
        methods = QHBoxLayout()
        for button in self.methods.values():
            methods.addWidget(button)
        methods.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.addWidget(self.heading, 0, 0)
        grid.addWidget(self.total, 0, 1)
        grid.addLayout(methods, 1, 0, 1, 2)
        grid.addWidget(self.amount_label, 2, 0)
        grid.addWidget(self.amount, 2, 1)
        grid.addWidget(self.reference_label, 3, 0)
        grid.addWidget(self.reference, 3, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()
        self._method_changed()

    @property
    def method(self) -> PaymentMethod:
        return next(m for m, button in self.methods.items() if button.isChecked())

    def set_total(self, cents: int) -> None:
        """The order's total; the amount follows it unless the worker typed another."""
        follows = typed_amount(self.amount.text()) in (None, self._total)
        self._total = cents
        if follows:
            self.amount.setText(amount_field_text(cents))
        free = cents == 0
        for widget in (*self.methods.values(), self.amount, self.reference):
            widget.setEnabled(not free)
        if not free:
            self._method_changed()
        self.retranslate()

    def first_field(self) -> QWidget:
        """Where Tab enters the form: the chosen payment method."""
        return self.methods[self.method]

    def amount_cents(self) -> int | None:
        """The typed amount; None while it is not a whole amount in euro yet ("12,")."""
        return typed_amount(self.amount.text())

    def record(self, cents: int) -> Payment | None:
        """The payment of ``cents`` as recorded (None for a free order); the domain's
        UserFacingError when the reference is not right, which wipes it from the field."""
        if self._total == 0:
            return None
        method = self.method
        reference = self.reference.text().strip() if method is PaymentMethod.PIN else ""
        try:
            return Payment(method, cents, reference)
        except UserFacingError:
            if reference:
                self.reference.clear()
            self.reference.setFocus()
            raise

    def clear(self) -> None:
        """After a checkout: ready for the next order (pin, empty reference)."""
        self.methods[PaymentMethod.PIN].setChecked(True)
        self.reference.clear()
        self.amount.clear()
        self.set_total(0)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Te betalen"))
        self.total.setText(euro_text(self._total))
        self.methods[PaymentMethod.PIN].setText(self.tr("Pin"))
        self.methods[PaymentMethod.CONTANT].setText(self.tr("Contant"))
        self.methods[PaymentMethod.OP_REKENING].setText(self.tr("Op rekening"))
        self.amount_label.setText(self.tr("Bedrag (€)"))
        self.reference_label.setText(self.tr("Referentie pinautomaat"))
        self.reference.setPlaceholderText(
            self.tr("transactienummer op de pinbon, geen kaartnummer"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _method_changed(self) -> None:
        pin = self.method is PaymentMethod.PIN
        self.reference.setEnabled(pin and self._total > 0)
        self.reference_label.setEnabled(pin)
        self.changed.emit()

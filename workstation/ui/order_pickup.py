"""Afhalen: a visitor collects what they ordered earlier (a passport, a driving licence).

Only the identified person's own orders are listed, and handing over needs their identity
document read and matched to the BRP — the service refuses otherwise, and the dialog says
why before anyone clicks. Handing over records the pickup (ordered → picked up) for the
delivery-time measures.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.order import IdentityCheck, Order
from workstation.domain.person import Person
from workstation.services.order_service import OrderService
from workstation.ui.buttons import ActionButton
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class PickupDialog(QDialog):
    def __init__(self, orders: OrderService, runner: TaskRunner, person: Person | None,
                 identity: IdentityCheck, language: str, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Afhalen"))
        self.setMinimumWidth(560)
        self._orders = orders
        self._runner = runner
        self._person = person
        self._identity = identity
        self._language = language
        self._today = orders.today()
        self.found: tuple[Order, ...] = ()
        self._closed = False
        """Set when the dialog closes: answers still on their way are dropped (the dialog is
        deleted after it closes)."""
        self._handed_over_text = ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.identity = QLabel(self)
        self.identity.setWordWrap(True)
        self.list = QListWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.hand_over = ActionButton(self.tr("Afgeven"), self)
        set_role(self.hand_over, "primary")
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.hand_over.clicked.connect(self._hand_over)
        self.close_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.list.itemActivated.connect(lambda _item: self.hand_over.click())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.hand_over)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.intro)
        layout.addWidget(self.identity)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_identity()
        if person is None:
            self.intro.setText(self.tr(
                "Identificeer eerst de klant: dan staan hier de bestellingen om af te halen."))
        else:
            self.intro.setText(self.tr("Bestellingen van deze klant die klaarliggen of nog "
                                       "gemaakt worden:"))
            self._load()
        self._update()

    def _load(self) -> None:
        assert self._person is not None
        bsn, orders = self._person.bsn, self._orders
        self._runner.run(lambda: orders.awaiting_pickup(bsn), self._show, self._failed)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _show(self, found: tuple[Order, ...]) -> None:
        if self._closed:
            return
        self.found = found
        self.list.clear()
        for order in found:
            item = QListWidgetItem(self._order_text(order, self._today))
            item.setData(NUMBER_ROLE, order.number)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        elif self._handed_over_text:
            self._say(self._handed_over_text + " " + self.tr("Er is niets meer af te halen."),
                      "message-info")
        else:
            self._say(self.tr("Deze klant heeft niets af te halen."), "muted")
        self._update()

    def _order_text(self, order: Order, today: date) -> str:
        parts = []
        for line in order.awaiting_pickup:
            title = line.title_en if self._language == "en" and line.title_en else line.title_nl
            when = (self.tr("ligt klaar") if line.ready_on <= today else
                    self.tr("klaar vanaf %1").replace("%1", f"{line.ready_on:%d-%m-%Y}"))
            parts.append(f"{title} ({when})")
        return self.tr("Bestelling %1 van %2: %3").replace("%1", order.number).replace(
            "%2", f"{order.business_day:%d-%m-%Y}").replace("%3", ", ".join(parts))

    def _hand_over(self) -> None:
        item = self.list.currentItem()
        if item is None or self._person is None:
            return
        number, bsn, identity = item.data(NUMBER_ROLE), self._person.bsn, self._identity
        orders = self._orders
        self.hand_over.setEnabled(False)
        self._runner.run(lambda: orders.hand_over(number, bsn=bsn, identity=identity),
                         self._handed_over, self._failed)

    def _handed_over(self, order: Order) -> None:
        if self._closed:
            return
        self._handed_over_text = self.tr("Bestelling %1 is afgegeven.").replace(
            "%1", order.number)
        self._say(self._handed_over_text, "message-info")
        self._load()

    def _failed(self, error: UserFacingError) -> None:
        if self._closed:
            return
        self._say(error_text(error), "message-error")
        self._update()

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def set_identity(self, identity: IdentityCheck) -> None:
        """The desk checked the document while the dialog is open (it lies on the reader)."""
        self._identity = identity
        self._show_identity()
        self._update()

    def _show_identity(self) -> None:
        if self._identity is IdentityCheck.MATCHED:
            self.identity.setText(self.tr(
                "Identiteit gecontroleerd: het document is gelezen en hoort bij deze persoon."))
            set_role(self.identity, "message-info")
        else:
            self.identity.setText(self.tr(
                "Afgeven kan pas als het identiteitsbewijs van de klant is gelezen en "
                "vergeleken met de BRP."))
            set_role(self.identity, "message-warning")

    def _update(self) -> None:
        self.hand_over.setEnabled(
            self.list.currentItem() is not None and self._identity is IdentityCheck.MATCHED)

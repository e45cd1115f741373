"""Kasopmaak: what this counter took today, per payment method, in one click.

The worker counts the cash drawer against "Contant" and the pin terminal's day total against
"Pin"; "Op rekening" is invoiced later and only listed. Read through the order service on the
order panel's worker thread; the dialog shows "wordt gelezen…" until it is in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.order import CashSummary, PaymentMethod
from workstation.domain.site import LocationInfo
from workstation.services.order_service import OrderService
from workstation.ui.i18n import error_text
from workstation.ui.order_format import euro_text
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner


class CashSummaryDialog(QDialog):
    def __init__(self, orders: OrderService, runner: TaskRunner, location: LocationInfo,
                 counter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Kasopmaak balie %1").replace("%1", str(counter)))
        self.summary: CashSummary | None = None
        self._closed = False  # answers arriving after it closed are dropped (it is deleted)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.status = QLabel(self.tr("Kasopmaak wordt gelezen…"), self)
        self.status.setWordWrap(True)
        self.methods: dict[PaymentMethod, tuple[QLabel, QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.column_heads = (QLabel(self.tr("Betaalwijze"), self),
                             QLabel(self.tr("Aantal"), self), QLabel(self.tr("Bedrag"), self))
        for column, head in enumerate(self.column_heads):
            set_role(head, "muted")
            grid.addWidget(head, 0, column, _alignment(column))
        names = {PaymentMethod.PIN: self.tr("Pin"), PaymentMethod.CONTANT: self.tr("Contant"),
                 PaymentMethod.OP_REKENING: self.tr("Op rekening")}
        for row, method in enumerate(PaymentMethod, start=1):
            cells = (QLabel(names[method], self), QLabel(self), QLabel(self))
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column, _alignment(column))
            self.methods[method] = cells
        self.total_label = QLabel(self.tr("Totaal"), self)
        self.total_count = QLabel(self)
        self.total = QLabel(self)
        for column, cell in enumerate((self.total_label, self.total_count, self.total)):
            set_role(cell, "heading")
            grid.addWidget(cell, len(PaymentMethod) + 1, column, _alignment(column))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        layout.setSpacing(14)
        self.setMinimumWidth(520)
        self._place = self.tr("%1, balie %2").replace("%1", location.name).replace(
            "%2", str(counter))
        self.heading.setText(self._place)
        runner.run(lambda: orders.cash_summary(location.code, counter), self.show_summary,
                   self._failed)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def show_summary(self, summary: CashSummary) -> None:
        if self._closed:
            return
        self.summary = summary
        self.heading.setText(f"{self._place}\n{summary.day:%d-%m-%Y}")
        for method, (_name, count, amount) in self.methods.items():
            count.setText(str(summary.counts.get(method, 0)))
            amount.setText(euro_text(summary.totals_cents.get(method, 0)))
        self.total_count.setText(str(sum(summary.counts.values())))
        self.total.setText(euro_text(summary.total_cents))
        self.status.setText(self.tr(
            "Tel de kassa na tegen Contant en de dagtotalen van de pinautomaat tegen Pin."))
        self.adjustSize()

    def _failed(self, error: UserFacingError) -> None:
        if self._closed:
            return
        self.status.setText(error_text(error))
        set_role(self.status, "message-error")


def _alignment(column: int) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight

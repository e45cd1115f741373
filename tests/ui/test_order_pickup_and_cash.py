"""Afhalen (a passport ordered earlier, with an identity check) and the kasopmaak, one click
each from the order panel, in real dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.catalogue_samples import PASPOORT, UITTREKSEL
from tests.ui.order_desk import (
    BSN,
    COUNTER,
    LOCATION,
    OrderDesk,
    our_threads,
    person,
    visit,
)
from workstation.domain.order import IdentityCheck, Order, Payment, PaymentMethod, Visit
from workstation.ui.cash_summary import CashSummaryDialog
from workstation.ui.order_panel import OrderPanel
from workstation.ui.order_pickup import PickupDialog
from workstation.ui.tasks import TaskRunner

WAIT_MS = 5_000


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    errors: list[object] = []
    worker = TaskRunner("order-test", errors.append)
    yield worker
    worker.close()
    assert errors == [] and our_threads() == []


def _order(desk: OrderDesk, product: object, payment: Payment | None) -> Order:
    orders = desk.orders
    draft = orders.start(Visit("0748", "BOZ", COUNTER, desk.clock(), "t-1", "A012", BSN,
                               date(1965, 3, 10)))
    draft = draft.add(product, on=orders.today())  # type: ignore[arg-type]
    for item in range(len(draft.lines[0].checklist)):
        draft = draft.tick(0, item)
    return orders.checkout(draft.with_identity(IdentityCheck.MATCHED), payment)


def test_a_passport_ordered_last_week_is_handed_over_after_the_identity_check(
        qtbot: QtBot, desk: OrderDesk, runner: TaskRunner) -> None:
    order = _order(desk, PASPOORT, Payment(PaymentMethod.PIN, 8470, "T1"))
    desk.clock.advance(days=7)
    unchecked = PickupDialog(desk.orders, runner, person(), IdentityCheck.DOCUMENT_READ, "nl")
    qtbot.addWidget(unchecked)
    unchecked.show()
    qtbot.waitUntil(lambda: unchecked.list.count() == 1, timeout=WAIT_MS)
    assert unchecked.list.item(0).text() == (
        f"Bestelling {order.number} van 30-11-2026: Paspoort (ligt klaar)")
    assert not unchecked.hand_over.isEnabled()
    assert unchecked.identity.text().startswith("Afgeven kan pas als het identiteitsbewijs")

    dialog = PickupDialog(desk.orders, runner, person(), IdentityCheck.MATCHED, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.hand_over.isEnabled, timeout=WAIT_MS)
    assert dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # keyboard: Enter on the order
    qtbot.waitUntil(lambda: dialog.message.text() == (
        f"Bestelling {order.number} is afgegeven. Er is niets meer af te halen."),
        timeout=WAIT_MS)
    assert dialog.list.count() == 0
    assert desk.orders.awaiting_pickup(BSN) == ()
    assert desk.orders.order(order.number).lines[0].picked_up_at is not None


def test_pickup_by_mouse_says_when_it_is_not_ready_yet(
        qtbot: QtBot, desk: OrderDesk, runner: TaskRunner) -> None:
    order = _order(desk, PASPOORT, Payment(PaymentMethod.CONTANT, 8470))
    dialog = PickupDialog(desk.orders, runner, person(), IdentityCheck.MATCHED, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT_MS)
    assert dialog.list.item(0).text().endswith("Paspoort (klaar vanaf 07-12-2026)")
    qtbot.mouseClick(dialog.hand_over, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=WAIT_MS)
    assert dialog.message.text().startswith(f"Bestelling {order.number} is afgegeven.")
    assert desk.orders.order(order.number).lines[0].picked_up_at is not None


def test_pickup_without_an_identified_person_lists_nothing(
        qtbot: QtBot, desk: OrderDesk, runner: TaskRunner) -> None:
    dialog = PickupDialog(desk.orders, runner, None, IdentityCheck.NOT_DONE, "nl")
    qtbot.addWidget(dialog)
    assert dialog.intro.text().startswith("Identificeer eerst de klant")
    assert not dialog.hand_over.isEnabled() and not runner.busy


def test_kasopmaak_sums_the_day_per_payment_method(
        qtbot: QtBot, desk: OrderDesk, runner: TaskRunner) -> None:
    _order(desk, UITTREKSEL, Payment(PaymentMethod.PIN, 1525, "A1"))
    _order(desk, UITTREKSEL, Payment(PaymentMethod.PIN, 1525, "A2"))
    _order(desk, PASPOORT, Payment(PaymentMethod.CONTANT, 8470))
    _order(desk, UITTREKSEL, Payment(PaymentMethod.OP_REKENING, 1525))
    dialog = CashSummaryDialog(desk.orders, runner, LOCATION, COUNTER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=WAIT_MS)
    rows = {method: (count.text(), amount.text())
            for method, (_name, count, amount) in dialog.methods.items()}
    assert rows == {PaymentMethod.PIN: ("2", "€ 30,50"),
                    PaymentMethod.CONTANT: ("1", "€ 84,70"),
                    PaymentMethod.OP_REKENING: ("1", "€ 15,25")}
    assert (dialog.total_count.text(), dialog.total.text()) == ("4", "€ 130,45")
    assert dialog.heading.text() == "Stadskantoor Bergen op Zoom, balie 3\n30-11-2026"


def test_kasopmaak_and_afhalen_are_one_click_from_the_order_panel(
        qtbot: QtBot, desk: OrderDesk, panel: OrderPanel) -> None:
    _order(desk, PASPOORT, Payment(PaymentMethod.CONTANT, 8470))
    qtbot.mouseClick(panel.cash_button, Qt.MouseButton.LeftButton)
    cash = panel.findChild(CashSummaryDialog)
    assert cash is not None and cash.isVisible()
    qtbot.waitUntil(lambda: cash.summary is not None, timeout=WAIT_MS)
    cash.reject()
    panel.set_visit(visit(IdentityCheck.DOCUMENT_READ))
    qtbot.mouseClick(panel.pickup_button, Qt.MouseButton.LeftButton)
    pickup = panel.pickup_dialog
    assert pickup is not None and pickup.isVisible()
    qtbot.waitUntil(lambda: pickup.list.count() == 1, timeout=WAIT_MS)
    assert not pickup.hand_over.isEnabled()
    panel.set_visit(visit(IdentityCheck.MATCHED))  # the document matched meanwhile
    assert pickup.hand_over.isEnabled()
    panel.set_visit(visit(number="A013"))  # the next visitor
    assert not pickup.isVisible() and panel.pickup_dialog is None


def test_the_pickup_closes_when_the_desk_forgets_the_person(
        qtbot: QtBot, desk: OrderDesk, panel: OrderPanel) -> None:
    """The screen lock (or the idle timeout) clears the desk during the visit: the same
    ticket, nobody identified; what was theirs to pick up is no longer on screen."""
    _order(desk, PASPOORT, Payment(PaymentMethod.CONTANT, 8470))
    panel.set_visit(visit())
    qtbot.mouseClick(panel.pickup_button, Qt.MouseButton.LeftButton)
    pickup = panel.pickup_dialog
    assert pickup is not None and pickup.isVisible()
    panel.set_visit(visit(IdentityCheck.NOT_DONE, identified=False))
    assert not pickup.isVisible() and panel.pickup_dialog is None


def test_dialogs_closed_before_their_answer_came_are_gone_without_a_trace(
        qtbot: QtBot, panel: OrderPanel) -> None:
    panel.set_visit(visit())
    for button in (panel.cash_button, panel.pickup_button) * 3:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.activeModalWidget().reject()  # before its read is back
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.findChildren(CashSummaryDialog), timeout=WAIT_MS)
    assert not panel.findChildren(PickupDialog)

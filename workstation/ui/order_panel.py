"""The order at the counter: products, checklist, identity check, fee, payment, Afrekenen.

A self-contained panel the desk hosts beside the visit (issue 12): it gets the services and the
current visit (the ticket and the identified person, or none) and does the rest. Afrekenen
commits the order with its zaken (through the outbox) in one local transaction, then prints the
receipt and produces the documents; a jammed printer or a failing document leaves the order
committed and says so, with a button to print the receipt again.

Every service call runs on the panel's own worker thread (ADR 0006): a printer that takes its
time never holds up the queue actions of the same window.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.catalogue import Fact, FeeOption, Product
from workstation.domain.errors import UserFacingError
from workstation.domain.order import CheckoutRefused, IdentityCheck, Order, OrderDraft, Visit
from workstation.domain.overview import CurrentTicketView
from workstation.domain.person import Person
from workstation.domain.site import LocationInfo
from workstation.services.catalogue_service import CatalogueService
from workstation.services.order_service import OrderService, ProducedDocument
from workstation.ui.buttons import ActionButton
from workstation.ui.cash_summary import CashSummaryDialog
from workstation.ui.document_print import default_printer, print_or_save
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.order_checklist import OrderChecklist
from workstation.ui.order_format import euro_text
from workstation.ui.order_payment import PaymentForm
from workstation.ui.order_pickup import PickupDialog
from workstation.ui.product_info import ProductBrowser
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

KEYS = {"search": "Ctrl+F", "checkout": "Ctrl+Return", "remove": "Delete"}

DocumentSink = Callable[[ProducedDocument], str]
"""Hands a produced document to the office printer or the documents folder and says where it
went; runs on the panel's worker thread, raises UserFacingError when it could do neither."""


def office_documents(folder: Path, find_printer: Callable[[], QPrinter | None] = default_printer,
                     ) -> DocumentSink:
    """The office's default print queue, or ``folder`` when the system has no printer."""

    def output(document: ProducedDocument) -> str:
        name = f"{document.kind}-{document.document_number}.pdf"
        return print_or_save(document.pdf, name, folder, find_printer=find_printer).describe()

    return output


@dataclass(frozen=True, slots=True)
class OrderSetup:
    """What a window needs to host the orders (the composition root fills it in): the order
    service, the one catalogue of every channel, and where produced documents go."""

    orders: OrderService
    catalogue: CatalogueService
    documents: DocumentSink


@dataclass(frozen=True, slots=True)
class CounterVisit:
    """Who stands at the counter as the desk knows them: the called ticket (None: served
    without one), the person identified in the BRP (None: not yet) and how far the identity
    check got (document read, matched to the BRP)."""

    ticket: CurrentTicketView | None
    person: Person | None
    identity: IdentityCheck
    called_at: datetime


class OrderPanel(QWidget):
    """Call ``shutdown`` when the window closes: it stops the panel's worker thread.

    ``order_committed`` tells the host an order is in (the desk shows the visitor's new zaken,
    still in the outbox); ``runner.store_unavailable`` that the site database failed on one of
    the panel's reads, for the window's connection banner.
    """

    order_committed = Signal(object)  # Order

    def __init__(self, orders: OrderService, catalogue: CatalogueService,
                 location: LocationInfo, counter: int, language: LanguageSwitcher,
                 documents: DocumentSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orders = orders
        self._location = location
        self._counter = counter
        self._language = language
        self._documents = documents
        self.runner = TaskRunner("order", self._refused, self)
        self.visit: CounterVisit | None = None
        self.draft = orders.start(self._domain_visit(None))
        self.last_order: Order | None = None
        self.pickup_dialog: PickupDialog | None = None
        self._acting = False
        self._message: tuple[str, str] = ("", "message-info")
        self.visitor = QLabel(self)
        set_role(self.visitor, "heading")
        self.identity = QLabel(self)
        self.identity.setWordWrap(True)
        self.pickup_button = QPushButton(self)
        self.cash_button = QPushButton(self)
        self.browser = ProductBrowser(catalogue, location.municipality.code, self.runner,
                                      language, stacked=True, parent=self)
        self.lost = QCheckBox(self)
        self.first = QCheckBox(self)
        self.english = QCheckBox(self)
        self.option_boxes: dict[str, QCheckBox] = {}
        self._option_names: dict[str, FeeOption] = {}
        self._options = QVBoxLayout()  # the highlighted product's choices, one a line
        self.add_button = ActionButton(self)
        self.lines_heading = QLabel(self)
        set_role(self.lines_heading, "heading")
        self.lines = QListWidget(self)
        self.lines.setMaximumHeight(140)
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self)
        self.checklist = OrderChecklist(self)
        self.payment = PaymentForm(self)
        self.todo = QLabel(self)
        self.todo.setWordWrap(True)
        set_role(self.todo, "muted")
        self.checkout_button = ActionButton(self)
        set_role(self.checkout_button, "primary")
        self.message_frame = QFrame(self)
        self.message = QLabel(self.message_frame)
        self.message.setWordWrap(True)
        self.reprint_button = ActionButton(self.message_frame)
        self.reprint_button.hide()
        self.browser.highlighted.connect(self._highlighted)
        self.browser.chosen.connect(lambda _product: self.add_button.click())
        self.add_button.clicked.connect(self._add)
        self.lines.currentRowChanged.connect(lambda _row: self._show_line())
        self.remove_button.clicked.connect(self._remove)
        self.checklist.tick_changed.connect(self._tick)
        self.checkout_button.clicked.connect(self._checkout)
        self.reprint_button.clicked.connect(self._reprint)
        self.pickup_button.clicked.connect(self._open_pickup)
        self.cash_button.clicked.connect(self._open_cash_summary)
        self._shortcuts = {name: QShortcut(QKeySequence(key), self) for name, key in KEYS.items()}
        for shortcut in self._shortcuts.values():
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcuts["search"].activated.connect(self._focus_search)
        self._shortcuts["checkout"].activated.connect(self.checkout_button.click)
        self._shortcuts["remove"].activated.connect(self._remove_from_keyboard)
        self._layout()
        self.retranslate()
        self._refresh()

    # -- from outside ------------------------------------------------------------------------

    def load(self) -> None:
        """Read the catalogue (once the window is up)."""
        self.browser.load()

    def set_visit(self, visit: CounterVisit | None) -> None:
        """A new ticket starts a new order; the same visitor identified (or their document
        checked) keeps the products chosen so far, with the checklist and fee for them."""
        if not self.browser.loaded:  # the site database was away when the window opened
            self.browser.load()
        before = self.visit
        self.visit = visit
        same_ticket = (before is not None and visit is not None
                       and _ticket_id(before) == _ticket_id(visit))
        if same_ticket:
            self.draft = self._redraft(visit)
            if self.pickup_dialog is not None and visit is not None:
                if visit.person is None:  # the desk was cleared (screen lock, idle): theirs no more
                    self.pickup_dialog.reject()
                else:
                    self.pickup_dialog.set_identity(visit.identity)
        else:
            if self.pickup_dialog is not None:  # another visitor: not theirs to hand over
                self.pickup_dialog.reject()
            self.draft = self._orders.start(self._domain_visit(visit)).with_identity(
                visit.identity if visit is not None else IdentityCheck.NOT_DONE)
            self.last_order = None
            self.reprint_button.hide()
            self._say("", "message-info")
        self._refresh()

    def shutdown(self) -> None:
        self.runner.close()

    # -- choosing products -------------------------------------------------------------------

    def _highlighted(self, product: Product | None) -> None:
        for box in self.option_boxes.values():
            self._options.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.option_boxes, self._option_names = {}, {}
        facts = {item.when.fact for item in product.checklist} if product else set()
        self.lost.setVisible(Fact.LOST_DOCUMENT in facts)
        self.first.setVisible(Fact.FIRST_APPLICATION in facts)
        self.english.setVisible(product is not None and product.offers_english
                                and bool(product.document))
        for box in (self.lost, self.first, self.english):
            box.setChecked(False)
        if product is not None:
            try:
                tariff = product.tariff_on(self.browser.day)
            except UserFacingError:
                tariff = None
            for option in tariff.options if tariff is not None else ():
                box = QCheckBox(self)
                self.option_boxes[option.code] = box
                self._option_names[option.code] = option
                self._options.addWidget(box)
            self._option_texts()
        chain = [self.english, *self.option_boxes.values(), self.add_button]
        for earlier, later in itertools.pairwise(chain):
            QWidget.setTabOrder(earlier, later)
        self.add_button.setEnabled(product is not None)

    def _add(self) -> None:
        product = self.browser.picker.current()
        if product is None:
            return
        options = tuple(code for code, box in self.option_boxes.items() if box.isChecked())
        try:
            self.draft = self.draft.add(
                product, on=self.browser.day, options=options,
                lost_document=self.lost.isChecked(), first_application=self.first.isChecked(),
                language="en" if self.english.isChecked() else "nl",
            )
        except UserFacingError as error:
            self._say(error_text(error), "message-error")
            return
        self._say("", "message-info")
        self._refresh()
        self.lines.setCurrentRow(len(self.draft.lines) - 1)
        if self.checklist.boxes:
            self.checklist.boxes[0].setFocus()

    def _remove(self) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.draft.lines):
            self.draft = self.draft.remove(row)
            self._refresh()
            self.lines.setCurrentRow(min(row, len(self.draft.lines) - 1))

    def _remove_from_keyboard(self) -> None:
        if self.lines.hasFocus():
            self._remove()

    def _tick(self, item: int, ticked: bool) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.draft.lines):
            self.draft = self.draft.tick(row, item, ticked)
            self._refresh()

    def _focus_search(self) -> None:
        self.browser.picker.search.setFocus()
        self.browser.picker.search.selectAll()

    # -- Afrekenen ---------------------------------------------------------------------------

    def _checkout(self) -> None:
        if self._acting or not self.draft.lines:
            return
        problems = self.draft.problems()
        if problems:
            self._say("\n".join(error_text(p) for p in problems), "message-error")
            return
        cents = self.payment.amount_cents()
        if cents is None:
            self._say(self.tr("Typ het betaalde bedrag in euro, bijvoorbeeld 12,50."),
                      "message-error")
            self.payment.amount.setFocus()
            return
        try:
            payment = self.payment.record(cents)
        except UserFacingError as error:
            self._say(error_text(error), "message-error")
            return
        draft, orders, output = self.draft, self._orders, self._documents
        person = self.visit.person if self.visit is not None else None
        committed: list[Order] = []

        def commit() -> Order:
            order = orders.checkout(draft, payment)
            committed.append(order)
            return order

        # The worker runs its jobs in order: the receipt and the documents follow the commit
        # at once, not after the screen has shown it, and do nothing when it was refused.
        self.runner.run(commit, self._committed, self._checkout_refused)
        self.runner.run(lambda: orders.print_receipt(committed[0]) if committed else None,
                        self._receipt_printed, self._receipt_failed)
        self.runner.run(lambda: tuple(output(document) for document in (
            orders.produce(committed[0], person) if committed and person else ())),
            self._documents_out, self._document_failed)
        self._acting = True
        self._say(self.tr("Bestelling wordt vastgelegd…"), "message-info")
        self.reprint_button.hide()
        self._refresh()

    def _committed(self, order: Order) -> None:
        self._acting = False
        self.last_order = order
        self.draft = self._orders.start(self.draft.visit).with_identity(self.draft.identity)
        self.payment.clear()
        self._say(self._committed_text(order) + " " + self.tr("Kwitantie wordt afgedrukt…"),
                  "message-ok")
        self._refresh()
        self.order_committed.emit(order)

    def _checkout_refused(self, error: UserFacingError) -> None:
        self._acting = False
        if isinstance(error, CheckoutRefused):
            self._say("\n".join(error_text(p) for p in error.problems), "message-error")
        else:
            self._say(error_text(error), "message-error")
        self._refresh()

    def _print_receipt(self, order: Order) -> None:
        orders = self._orders
        self.reprint_button.hide()
        self.runner.run(lambda: orders.print_receipt(order), self._receipt_printed,
                        self._receipt_failed)

    def _reprint(self) -> None:
        if self.last_order is not None:
            self._say(self.tr("Kwitantie wordt opnieuw afgedrukt…"), "message-info")
            self._print_receipt(self.last_order)

    def _receipt_printed(self, order: Order | None) -> None:
        if order is None:  # the checkout before it was refused
            return
        self.last_order = order
        self._say(self._committed_text(order) + " " + self.tr("Kwitantie afgedrukt."),
                  "message-ok")

    def _receipt_failed(self, error: UserFacingError) -> None:
        order = self.last_order
        assert order is not None
        self._say(self.tr(
            "Bestelling %1 is vastgelegd en betaald, maar de kwitantie is niet afgedrukt: %2"
        ).replace("%1", order.number).replace("%2", error_text(error)), "message-error")
        self.reprint_button.show()
        self.reprint_button.setFocus()

    def _documents_out(self, places: tuple[str, ...]) -> None:
        if not places:
            return
        self._say("\n".join((self.message.text(), *(
            self.tr("Document: %1").replace("%1", where) for where in places))),
            self._message[1])

    def _document_failed(self, error: UserFacingError) -> None:
        self._say(self.message.text() + "\n" + self.tr(
            "Het document is niet gemaakt: %1 De bestelling blijft vastgelegd."
        ).replace("%1", error_text(error)), "message-error")

    def _committed_text(self, order: Order) -> str:
        payment = order.payment
        paid = euro_text(order.total_cents) if payment is not None else self.tr("gratis")
        done = self.tr("Bestelling %1 afgerekend (%2).").replace("%1", order.number).replace(
            "%2", paid)
        if len(order.lines) == 1:
            return done + " " + self.tr("De zaak staat klaar voor het zaaksysteem.")
        return done + " " + self.tr("De %1 zaken staan klaar voor het zaaksysteem.").replace(
            "%1", str(len(order.lines)))

    def _refused(self, error: UserFacingError) -> None:
        self._say(error_text(error), "message-error")

    # -- dialogs -----------------------------------------------------------------------------

    def _open_pickup(self) -> None:
        person = self.visit.person if self.visit is not None else None
        identity = self.visit.identity if self.visit is not None else IdentityCheck.NOT_DONE
        self.pickup_dialog = PickupDialog(self._orders, self.runner, person, identity,
                                          self._language.language, self)
        self.pickup_dialog.finished.connect(self._pickup_closed)
        self.pickup_dialog.open()

    def _pickup_closed(self) -> None:
        if self.pickup_dialog is not None:
            self.pickup_dialog.deleteLater()
        self.pickup_dialog = None

    def _open_cash_summary(self) -> None:
        dialog = CashSummaryDialog(self._orders, self.runner, self._location,
                                   self._counter, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- screen ------------------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self._message = (text, role)
        self.message.setText(text)
        set_role(self.message_frame, role)
        self.message_frame.setVisible(bool(text))

    def _refresh(self) -> None:
        language = self._language.language
        day = self.browser.day
        current = self.lines.currentRow()
        self.lines.blockSignals(True)
        self.lines.clear()
        for line in self.draft.lines:
            try:
                fee = euro_text(line.fee(day).total_cents)
            except UserFacingError as error:
                fee = error_text(error)
            text = f"{line.product.title(language)}  ·  {fee}"
            if len(line.missing) == 1:
                text += "  ·  " + self.tr("1 punt ontbreekt")
            elif line.missing:
                text += "  ·  " + self.tr("%1 punten ontbreken").replace(
                    "%1", str(len(line.missing)))
            self.lines.addItem(QListWidgetItem(text))
        self.lines.blockSignals(False)
        if self.draft.lines:
            self.lines.setCurrentRow(max(0, min(current, len(self.draft.lines) - 1)))
        self._show_line()
        try:
            total = self.draft.total_cents(day)
        except UserFacingError:
            total = 0
        self.payment.set_total(total)
        self.remove_button.setEnabled(bool(self.draft.lines))
        self.checkout_button.setEnabled(bool(self.draft.lines) and not self._acting)
        problems = self.draft.problems() if self.draft.lines else ()
        self.todo.setText("\n".join(
            self.tr("Nog te doen: %1").replace("%1", error_text(p)) for p in problems))
        self.todo.setVisible(bool(problems))
        self._show_visitor()

    def _show_line(self) -> None:
        row = self.lines.currentRow()
        line = self.draft.lines[row] if 0 <= row < len(self.draft.lines) else None
        self.checklist.show_line(line, self._language.language)
        # Boxes made now would come last in the tab chain: Tab goes through them in place.
        chain = [self.remove_button, *self.checklist.boxes, self.payment.first_field()]
        for earlier, later in itertools.pairwise(chain):
            QWidget.setTabOrder(earlier, later)

    def _show_visitor(self) -> None:
        visit = self.visit
        ticket = visit.ticket.number if visit is not None and visit.ticket else ""
        person = visit.person if visit is not None else None
        name = (person.name.volledige_naam or person.name.geslachtsnaam) if person else ""
        if person is not None and person.test_data:
            name += " " + self.tr("(testgegevens)")
        parts = [p for p in (ticket, name) if p]
        self.visitor.setText(" · ".join(parts) if parts else self.tr("Geen bezoeker"))
        if person is None:
            self.identity.setText(self.tr("Identificeer de klant om te kunnen afrekenen."))
            set_role(self.identity, "message-info")
            return
        texts = {
            IdentityCheck.NOT_DONE: (self.tr(
                "Identiteit nog niet gecontroleerd: lees het identiteitsbewijs."),
                "message-warning"),
            IdentityCheck.DOCUMENT_READ: (self.tr(
                "Document gelezen, nog niet vergeleken met de BRP."), "message-warning"),
            IdentityCheck.MATCHED: (self.tr(
                "Identiteit gecontroleerd: het document is gelezen en hoort bij deze persoon "
                "in de BRP."), "message-info"),
            IdentityCheck.MISMATCH: (self.tr(
                "Het gelezen document hoort niet bij deze persoon in de BRP."), "message-error"),
        }
        assert visit is not None
        text, role = texts[visit.identity]
        self.identity.setText(text)
        set_role(self.identity, role)

    def _option_texts(self) -> None:
        for code, box in self.option_boxes.items():
            option = self._option_names[code]
            box.setText(self.tr("%1 (+ %2)").replace("%1", option.name(
                self._language.language)).replace("%2", euro_text(option.amount_cents)))

    def retranslate(self) -> None:
        self._option_texts()
        self.pickup_button.setText(self.tr("Afhalen…"))
        self.cash_button.setText(self.tr("Kasopmaak…"))
        self.lost.setText(self.tr("Verloren of gestolen"))
        self.first.setText(self.tr("Eerste aanvraag"))
        self.english.setText(self.tr("Document in het Engels"))
        self.add_button.setText(self.tr("Toevoegen (Enter)"))
        self.lines_heading.setText(self.tr("Bestelling"))
        self.remove_button.setText(self.tr("Verwijderen (Del)"))
        self.checkout_button.setText(self.tr("Afrekenen (Ctrl+Enter)"))
        self.reprint_button.setText(self.tr("Kwitantie opnieuw afdrukken"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh()
        super().changeEvent(event)

    def _layout(self) -> None:
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.visitor)
        names.addWidget(self.identity)
        top.addLayout(names, 1)
        top.addWidget(self.pickup_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.cash_button, 0, Qt.AlignmentFlag.AlignTop)
        self._options.addWidget(self.lost)
        self._options.addWidget(self.first)
        self._options.addWidget(self.english)
        choices = QHBoxLayout()
        choices.addLayout(self._options, 1)
        choices.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        products = QVBoxLayout()
        products.addWidget(self.browser, 1)
        products.addLayout(choices)
        message = QHBoxLayout(self.message_frame)
        message.setContentsMargins(14, 10, 14, 10)
        message.addWidget(self.message, 1)
        message.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignVCenter)
        order = QWidget(self)
        order.setObjectName("page")  # the page's colour behind the cards, as outside the scroll
        column = QGridLayout(order)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lines_heading, 0, 0)
        column.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.lines, 1, 0, 1, 2)
        column.addWidget(self.checklist, 2, 0, 1, 2)
        column.addWidget(self.payment, 3, 0, 1, 2)
        column.addWidget(self.todo, 4, 0, 1, 2)
        column.addWidget(self.checkout_button, 5, 0, 1, 2)
        column.addWidget(self.message_frame, 6, 0, 1, 2)
        column.setRowStretch(7, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(order)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)  # with the products beside it, on a 1280-wide counter screen
        body = QHBoxLayout()
        body.addLayout(products, 1)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # -- the domain's visit ------------------------------------------------------------------

    def _domain_visit(self, visit: CounterVisit | None) -> Visit:
        person = visit.person if visit is not None else None
        ticket = visit.ticket if visit is not None else None
        return Visit(
            municipality=self._location.municipality.code, location=self._location.code,
            counter=self._counter,
            called_at=visit.called_at if visit is not None else datetime.now(UTC),
            ticket_id=ticket.ticket_id if ticket else None,
            ticket_number=ticket.number if ticket else "",
            bsn=person.bsn if person else None,
            birth_date=person.geboortedatum if person else None,
        )

    def _redraft(self, visit: CounterVisit | None) -> OrderDraft:
        """The same products for the visitor as now identified: the checklist and fee may
        change with their age; ticks stay where the checklist did not change."""
        draft = self._orders.start(self._domain_visit(visit))
        if visit is not None:
            draft = draft.with_identity(visit.identity)
        for index, line in enumerate(self.draft.lines):
            draft = draft.add(line.product, on=self.browser.day, options=line.options,
                              lost_document=line.situation.lost_document,
                              first_application=line.situation.first_application,
                              language=line.language)
            if draft.lines[index].checklist == line.checklist:
                for item in line.ticked:
                    draft = draft.tick(index, item)
        return draft


def _ticket_id(visit: CounterVisit) -> str | None:
    return visit.ticket.ticket_id if visit.ticket is not None else None

"""One product as the catalogue describes it: name, summary, delivery, fee and checklist.

The counter, the phone role and the kiosk all show a product through this read-only view,
from the one catalogue in the site database, so a visitor hears and reads the same text,
checklist and price on every channel (issue 12). The fee is the one in force on the day shown
(2026 and 2027 prices coexist in the catalogue).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.catalogue import (
    ChecklistItem,
    Condition,
    Delivery,
    Fact,
    NoTariff,
    Product,
)
from workstation.services.catalogue_service import CatalogueService
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.order_format import euro_text
from workstation.ui.product_picker import ProductPicker
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner


def condition_text(condition: Condition) -> str:
    """When a checklist item applies, in the screen language ("" for always)."""
    if condition.fact is None:
        return ""
    translate = QCoreApplication.translate
    texts = {
        (Fact.UNDER_18, False): translate("ProductInfo", "onder 18 jaar"),
        (Fact.UNDER_18, True): translate("ProductInfo", "vanaf 18 jaar"),
        (Fact.LOST_DOCUMENT, False): translate("ProductInfo", "bij verlies of diefstal"),
        (Fact.LOST_DOCUMENT, True): translate("ProductInfo", "niet bij verlies of diefstal"),
        (Fact.FIRST_APPLICATION, False): translate("ProductInfo", "bij een eerste aanvraag"),
        (Fact.FIRST_APPLICATION, True): translate("ProductInfo", "bij een verlenging"),
    }
    return texts[(condition.fact, condition.negated)]


def checklist_item_text(item: ChecklistItem, language: str) -> str:
    """The item with its condition: "Toestemming van beide ouders (onder 18 jaar)"."""
    condition = condition_text(item.when)
    text = item.text(language)
    return f"{text} ({condition})" if condition else text


def delivery_text(product: Product, ordered_on: date) -> str:
    if product.delivery is Delivery.DIRECT:
        return QCoreApplication.translate("ProductInfo", "Klaar terwijl u wacht")
    return QCoreApplication.translate("ProductInfo", "Af te halen vanaf %1").replace(
        "%1", f"{product.ready_on(ordered_on):%d-%m-%Y}")


def fee_text(product: Product, language: str, on: date) -> str:
    """The fee in force ``on`` that day, the minors' fee and each option's surcharge."""
    translate = QCoreApplication.translate
    try:
        tariff = product.tariff_on(on)
    except NoTariff as error:
        return error_text(error)
    parts = [translate("ProductInfo", "Kosten: %1").replace("%1", euro_text(tariff.amount_cents))]
    if tariff.under_18_cents is not None:
        parts.append(translate("ProductInfo", "onder 18 jaar: %1").replace(
            "%1", euro_text(tariff.under_18_cents)))
    parts += [translate("ProductInfo", "%1: %2 extra").replace("%1", option.name(language))
              .replace("%2", euro_text(option.amount_cents)) for option in tariff.options]
    return " · ".join(parts)


class ProductInfoView(QFrame):
    """Read-only: what the product is, how it is delivered, what it costs, what to bring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._product: Product | None = None
        self._language = "nl"
        self._on = date.min
        self.name = QLabel(self)
        set_role(self.name, "title")
        self.name.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.delivery = QLabel(self)
        set_role(self.delivery, "muted")
        self.fees = QLabel(self)
        self.fees.setWordWrap(True)
        self.checklist_heading = QLabel(self)
        set_role(self.checklist_heading, "heading")
        self.checklist = QLabel(self)
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        for widget in (self.name, self.summary, self.delivery, self.fees,
                       self.checklist_heading, self.checklist):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    @property
    def product(self) -> Product | None:
        return self._product

    def show_product(self, product: Product | None, language: str, on: date) -> None:
        """The product's texts in ``language`` and its fee in force ``on`` that day."""
        self._product = product
        self._language = language
        self._on = on
        self.retranslate()

    def retranslate(self) -> None:
        product = self._product
        self.setVisible(product is not None)
        if product is None:
            return
        self.name.setText(product.title(self._language))
        self.summary.setText(product.summary(self._language))
        self.delivery.setText(delivery_text(product, self._on))
        self.fees.setText(fee_text(product, self._language, self._on))
        self.checklist_heading.setText(self.tr("Meenemen"))
        self.checklist.setText("\n".join(
            f"• {checklist_item_text(item, self._language)}" for item in product.checklist
        ) or self.tr("Voor dit product hoeft u niets mee te nemen."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ProductBrowser(QWidget):
    """The municipality's catalogue to search, with the highlighted product beside the list.

    Read once through the catalogue service on the window's worker thread (``load``); the
    counter's order panel adds to an order from it, the phone role and the kiosk only read.
    """

    highlighted = Signal(object)  # Product | None
    chosen = Signal(object)  # Product (Enter or a double click)

    def __init__(self, catalogue: CatalogueService, municipality: str, runner: TaskRunner,
                 language: LanguageSwitcher, *, stacked: bool = False, searchable: bool = True,
                 parent: QWidget | None = None) -> None:
        """``stacked``: the list above the product (a narrow column), else beside it;
        ``searchable`` False: no search field, the whole list to tap (a kiosk has no
        keyboard)."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._municipality = municipality
        self._runner = runner
        self._language = language
        self.day = date.min
        self.picker = ProductPicker(self)
        self.picker.search.setVisible(searchable)
        if not searchable:  # tapped with a finger: room between the products
            self.picker.list.setSpacing(6)
        self.info = ProductInfoView(self)
        self.picker.highlighted.connect(self._highlight)
        self.picker.chosen.connect(self.chosen.emit)
        language.changed.connect(self._language_changed)
        layout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 2)
        layout.addWidget(self.info, 3)

    @property
    def loaded(self) -> bool:
        return self.day != date.min

    def load(self) -> None:
        """Read the catalogue and today's date (the fees shown are today's)."""
        catalogue, municipality = self._catalogue, self._municipality
        self._runner.run(lambda: (catalogue.products(municipality), catalogue.today()),
                         lambda found: self._loaded(*found))

    def _loaded(self, products: tuple[Product, ...], day: date) -> None:
        self.day = day
        fees = {}
        for product in products:
            try:
                fees[product.code] = product.tariff_on(day).amount_cents
            except NoTariff:
                continue  # listed without a price; the info beside it says why
        self.picker.show_products(products, self._municipality, self._language.language, fees)

    def _highlight(self, product: Product | None) -> None:
        self.info.show_product(product, self._language.language, self.day)
        self.highlighted.emit(product)

    def _language_changed(self, language: str) -> None:
        self.picker.set_language(language)
        self.info.show_product(self.info.product, language, self.day)

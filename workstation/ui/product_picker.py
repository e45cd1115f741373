"""Choose a product of the municipality's catalogue: type part of its name, pick it from the list.

The list is filtered on every key without a database round trip (the catalogue of one
municipality is a few dozen products, read once); the arrow keys move from the search field
into the list and Enter adds the highlighted product to the order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workstation.domain.catalogue import Catalogue, Product
from workstation.ui.order_format import euro_text

CODE_ROLE = Qt.ItemDataRole.UserRole


class ProductPicker(QWidget):
    highlighted = Signal(object)  # Product | None: shown beside the list
    chosen = Signal(object)  # Product: Enter or a double click adds it to the order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = Catalogue()
        self._municipality = ""
        self._language = "nl"
        self._fees: dict[str, int] = {}
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._choose_current)
        self.list.currentItemChanged.connect(lambda *_: self.highlighted.emit(self.current()))
        self.list.itemActivated.connect(lambda _item: self._choose_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def show_products(self, products: tuple[Product, ...], municipality: str, language: str,
                      fees: dict[str, int]) -> None:
        """``fees``: today's fee of each product by code, shown in the list."""
        self._catalogue = Catalogue(products)
        self._municipality = municipality
        self._language = language
        self._fees = fees
        self._filter()

    def set_language(self, language: str) -> None:
        self._language = language
        self._filter()

    def current(self) -> Product | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self._catalogue.product(self._municipality, item.data(CODE_ROLE))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Zoek een product (Ctrl+F)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up and Down in the search field move through the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _filter(self) -> None:
        keep = self.current()
        found = self._catalogue.search(self._municipality, self.search.text(), self._language)
        self.list.blockSignals(True)
        self.list.clear()
        for product in found:
            fee = self._fees.get(product.code)
            text = product.title(self._language)
            # The amount never breaks over two lines ("€" on one, "79,59" on the next).
            price = euro_text(fee).replace(" ", "\u00a0") if fee is not None else ""
            item = QListWidgetItem(f"{text}  ·  {price}" if price else text)
            item.setData(CODE_ROLE, product.code)
            self.list.addItem(item)
        self.list.blockSignals(False)
        codes = [product.code for product in found]
        row = codes.index(keep.code) if keep is not None and keep.code in codes else 0
        self.list.setCurrentRow(row if found else -1)
        self.highlighted.emit(self.current())

    def _step(self, step: int) -> None:
        if self.list.count():
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)

    def _choose_current(self) -> None:
        product = self.current()
        if product is not None:
            self.chosen.emit(product)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Tick what the visitor brought for one product of the order; what is missing stands below.

Only the items that apply to this visitor are listed (a minor's consent, a police report for a
lost document: the catalogue's conditions, evaluated for the order line). Space ticks the
focused item, Tab goes to the next. An item's text wraps beside its box (a QCheckBox's own text
never wraps) and a click on the text ticks it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.order import OrderLine
from workstation.ui.product_info import checklist_item_text
from workstation.ui.style import set_role


class OrderChecklist(QFrame):
    tick_changed = Signal(int, bool)  # item index in the line's checklist, ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._line: OrderLine | None = None
        self._language = "nl"
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.boxes: list[QCheckBox] = []
        self.labels: list[QLabel] = []
        self._box_layout = QGridLayout()
        self._box_layout.setVerticalSpacing(6)
        self._box_layout.setColumnStretch(1, 1)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(self._box_layout)
        layout.addWidget(self.missing)
        self.show_line(None, "nl")

    def show_line(self, line: OrderLine | None, language: str) -> None:
        """The line's checklist with its ticks; the boxes are rebuilt only for another product
        (a tick keeps the focus where it is)."""
        same = (line is not None and self._line is not None
                and line.product == self._line.product and line.situation == self._line.situation)
        self._line = line
        self._language = language
        if not same:
            self._rebuild()
        if line is not None:
            for index, box in enumerate(self.boxes):
                box.blockSignals(True)
                box.setChecked(index in line.ticked)
                box.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        line = self._line
        self.setVisible(line is not None)
        if line is None:
            return
        self.heading.setText(self.tr("Checklist %1").replace(
            "%1", line.product.title(self._language)))
        for box, label, item in zip(self.boxes, self.labels, line.checklist, strict=True):
            label.setText(checklist_item_text(item, self._language))
            box.setAccessibleName(label.text())
        missing = line.missing
        if not line.checklist:
            self.missing.setText(self.tr("Voor dit product is niets mee te nemen."))
            set_role(self.missing, "muted")
        elif missing:
            self.missing.setText(self.tr("Ontbreekt nog: %1").replace(
                "%1", "; ".join(item.text(self._language) for item in missing)))
            set_role(self.missing, "message-warning")
        else:
            self.missing.setText(self.tr("Alles is meegenomen."))
            set_role(self.missing, "muted")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A click on an item's text ticks its box."""
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self.labels:
            box = self.boxes[self.labels.index(watched)]
            box.setFocus()
            box.toggle()
            return True
        return super().eventFilter(watched, event)

    def _rebuild(self) -> None:
        for widget in (*self.boxes, *self.labels):
            self._box_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.boxes, self.labels = [], []
        if self._line is None:
            return
        for index in range(len(self._line.checklist)):
            box = QCheckBox(self)
            box.toggled.connect(lambda on, index=index: self.tick_changed.emit(index, on))
            label = QLabel(self)
            label.setWordWrap(True)
            label.installEventFilter(self)
            self.boxes.append(box)
            self.labels.append(label)
            self._box_layout.addWidget(box, index, 0, Qt.AlignmentFlag.AlignTop)
            self._box_layout.addWidget(label, index, 1)

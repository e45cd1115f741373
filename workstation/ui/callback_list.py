"""The team's open callback requests (KISS's overview): when, about what, for whom, status;
one can be marked done ("Afgehandeld"). The desk loads and marks through its service."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.contacts import TeamCallback
from workstation.ui.style import set_role


class CallbackList(QWidget):
    refresh_requested = Signal()
    done_requested = Signal(object)  # TeamCallback

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.callbacks: tuple[TeamCallback, ...] = ()
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        set_role(self.detail, "note")
        self.detail.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        self.refresh = QPushButton(self)
        self.done = QPushButton(self)
        self.done.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.refresh.clicked.connect(self.refresh_requested)
        self.done.clicked.connect(self._done)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item, _column: self._done())
        self._retranslate()

    def show_loading(self) -> None:
        self.status.setText(self.tr("Terugbelverzoeken worden geladen…"))

    def show_callbacks(self, callbacks: tuple[TeamCallback, ...]) -> None:
        chosen = self.selected()
        self.callbacks = callbacks
        self.list.clear()
        for callback in callbacks:
            item = QTreeWidgetItem(self.list)
            item.setText(0, callback.toegewezen_op.astimezone().strftime("%d-%m-%Y %H:%M"))
            item.setText(1, callback.onderwerp)
            item.setText(2, ", ".join(callback.toegewezen_aan))
            item.setText(3, self._status_text(callback.status))
            item.setData(0, Qt.ItemDataRole.UserRole, callback.url)
            if chosen is not None and callback.url == chosen.url:
                self.list.setCurrentItem(item)
        self.status.setText(self.tr("Open terugbelverzoeken: %n", "", len(callbacks)))
        self._selected()

    def show_problem(self, text: str) -> None:
        self.status.setText(text)

    def selected(self) -> TeamCallback | None:
        item = self.list.currentItem()
        if item is None:
            return None
        url = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.callbacks if c.url == url), None)

    def _selected(self) -> None:
        callback = self.selected()
        self.done.setEnabled(callback is not None and callback.status != "verwerkt")
        self.detail.setVisible(callback is not None)
        if callback is not None:
            self.detail.setText(callback.toelichting)

    def _done(self) -> None:
        callback = self.selected()
        if callback is not None and self.done.isEnabled():
            self.done.setEnabled(False)
            self.done_requested.emit(callback)

    def _status_text(self, status: str) -> str:
        return self.tr("afgehandeld") if status == "verwerkt" else self.tr("te doen")

    def _retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Aangemaakt op"), self.tr("Onderwerp"),
                                   self.tr("Voor"), self.tr("Status")])
        self.refresh.setText(self.tr("Vernieuwen"))
        self.done.setText(self.tr("Afgehandeld"))
        self.show_callbacks(self.callbacks)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The document at the counter: whose it is and whether it is genuine, with the chip's photo.

When the ID reader reads a document, its chip is read with the MRZ as the document says it.
The name and the passive authentication verdict appear as soon as DG1 is in; the photo (DG2)
follows beside them for comparison with the person at the counter. The photo is only ever in
this widget: never stored, never logged; Wissen (and the next document) removes it. When the
MRZ cannot be read, the worker types the card access number (CAN, six digits on ID cards) and
the chip is opened with that instead (PACE chips only).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workstation.domain.document_check import DocumentUpdate, DocumentView, Stage, Verdict
from workstation.services.document_check import ChipDesk
from workstation.ui.i18n import error_text, lower_layer_text
from workstation.ui.style import set_role

PHOTO_WIDTH = 120
PHOTO_HEIGHT = 160
VERDICT_ROLES = {
    Verdict.GENUINE: "device-ready",
    Verdict.CANNOT_CHECK: "device-degraded",
    Verdict.ALTERED: "device-offline",
}
"""Passive authentication outcome -> the status colours the device lines already use."""


class ChipPanel(QFrame):
    """Updates arrive on device threads; a signal brings them to the UI thread."""

    _update = Signal(object)  # DocumentUpdate
    updated = Signal(object)  # every DocumentUpdate, on the UI thread (the desk identifies)

    def __init__(self, desk: ChipDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._desk = desk
        self._current = 0
        """The read shown now; updates of older reads are ignored."""
        self._cleared_upto = 0
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.photo = QLabel(self)
        self.photo.setFixedSize(PHOTO_WIDTH, PHOTO_HEIGHT)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.name = QLabel(self)
        set_role(self.name, "title")
        self.name.setWordWrap(True)  # a long name wraps rather than widen the column
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.can = QLineEdit(self)
        self.can.setMaxLength(6)
        self.can.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,6}"), self))
        self.can_button = QPushButton(self)
        self.can_button.setEnabled(False)
        self.can.textChanged.connect(lambda text: self.can_button.setEnabled(len(text) == 6))
        self.can.returnPressed.connect(self.can_button.click)
        self.can_button.clicked.connect(self._read_with_can)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.can)
        buttons.addWidget(self.can_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading, 0, 0, 1, 2)
        layout.addWidget(self.photo, 1, 0, 4, 1)
        layout.setRowStretch(4, 1)
        layout.addWidget(self.name, 1, 1)
        layout.addWidget(self.verdict, 2, 1)
        layout.addWidget(self.status, 3, 1)
        layout.addLayout(buttons, 5, 0, 1, 2)  # below the photo too: the column may be narrow
        self._update.connect(self._apply)
        unsubscribe = desk.watch_documents(self._update.emit)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.retranslate()
        self._reset()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Document"))
        self.clear_button.setText(self.tr("Wissen"))
        self.can.setPlaceholderText(self.tr("CAN (6 cijfers)"))
        self.can_button.setText(self.tr("Lezen met CAN"))

    def clear(self) -> None:
        """Forget the document: name, verdict and photo go; a read still running is ignored."""
        self._cleared_upto = self._current
        self._reset()

    def _reset(self) -> None:
        self.photo.clear()
        self.name.setText("")
        self.verdict.setText("")
        self.status.setText(
            self.tr("Leg een paspoort of ID-kaart op de documentlezer en de chiplezer.")
        )

    def _read_with_can(self) -> None:
        can = self.can.text()
        self.can.clear()
        self._desk.read_with_can(can, self._update.emit)

    def _apply(self, update: DocumentUpdate) -> None:
        self.updated.emit(update)
        if update.read_id == 0:
            if update.error is not None:
                self.status.setText(error_text(update.error))
            return
        if update.read_id <= self._cleared_upto or update.read_id < self._current:
            return
        if update.read_id != self._current:
            self._current = update.read_id
            self._reset()
        if update.stage is Stage.STARTED:
            self.status.setText(self.tr("Chip wordt gelezen…"))
        elif update.stage is Stage.FAILED and update.error is not None:
            self.status.setText(error_text(update.error))
        elif update.view is not None:
            self._show(update.view)

    def _show(self, view: DocumentView) -> None:
        self.name.setText(view.name)
        self.verdict.setText(lower_layer_text(view.verdict_text))
        set_role(self.verdict, VERDICT_ROLES[view.verdict])
        self.status.setText(self.tr("Pasfoto wordt gelezen…") if view.face_pending else "")
        if view.face_unreadable:
            self.photo.setText(self.tr("De pasfoto op de chip is niet te lezen."))
        if view.face is None:
            return
        image = QImage()
        if image.loadFromData(view.face):
            pixmap = QPixmap.fromImage(image).scaled(
                PHOTO_WIDTH, PHOTO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
            self.photo.setPixmap(pixmap)
        elif view.face_is_jpeg_2000:
            self.photo.setText(self.tr("Deze werkplek kan een pasfoto in JPEG 2000 niet tonen."))
        else:
            self.photo.setText(self.tr("De pasfoto op de chip is niet te tonen."))

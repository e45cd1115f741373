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

from workstation.domain.errors import UserFacingError
from workstation.services.document_check import ChipDesk, ChipReadResult, MrzDocument
from workstation.ui.i18n import error_text, lower_layer_text
from workstation.ui.style import set_role

PHOTO_WIDTH = 120
PHOTO_HEIGHT = 160
_JPEG_2000 = "image/jp2"
_VERDICT_ROLES = {
    "genuine": "device-ready",
    "cannot_check": "device-degraded",
    "altered": "device-offline",
}
"""Passive authentication outcome -> the status colours the device lines already use."""


class ChipPanel(QFrame):
    """Documents and chip reads arrive on device threads; signals bring them to the UI."""

    _document = Signal(object)  # MrzDocument
    _identity = Signal(int, object)  # read number, ChipReadResult without the face
    _result = Signal(int, object)  # read number, ChipReadResult
    _failed = Signal(int, object)  # read number, UserFacingError

    def __init__(self, desk: ChipDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._desk = desk
        self._reads = 0
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.photo = QLabel(self)
        self.photo.setFixedSize(PHOTO_WIDTH, PHOTO_HEIGHT)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.name = QLabel(self)
        set_role(self.name, "title")
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
        layout.addWidget(self.name, 1, 1)
        layout.addWidget(self.verdict, 2, 1)
        layout.addWidget(self.status, 3, 1)
        layout.addLayout(buttons, 4, 1)
        self._document.connect(self._read)
        self._identity.connect(self._show_identity)
        self._result.connect(self._show_result)
        self._failed.connect(self._show_error)
        unsubscribe = desk.on_document(self._document.emit, lambda e: self._failed.emit(0, e))
        self.destroyed.connect(lambda *_: unsubscribe())
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Document"))
        self.clear_button.setText(self.tr("Wissen"))
        self.can.setPlaceholderText(self.tr("CAN (6 cijfers)"))
        self.can_button.setText(self.tr("Lezen met CAN"))

    def clear(self) -> None:
        """Forget the document: name, verdict and photo go; a read still running is ignored."""
        self._reads += 1
        self.photo.clear()
        self.name.setText("")
        self.verdict.setText("")
        self.status.setText(
            self.tr("Leg een paspoort of ID-kaart op de documentlezer en de chiplezer.")
        )

    def _read(self, document: MrzDocument) -> None:
        self._start(list(document.lines), None)

    def _read_with_can(self) -> None:
        can = self.can.text()
        self.can.clear()
        self._start([], can)

    def _start(self, mrz_lines: list[str], can: str | None) -> None:
        self.clear()
        read = self._reads
        self.status.setText(self.tr("Chip wordt gelezen…"))
        future = self._desk.read_chip(
            mrz_lines, can=can, on_identity=lambda identity: self._identity.emit(read, identity)
        )

        def done(finished: object) -> None:
            error = future.exception()
            if error is None:
                self._result.emit(read, future.result())
            elif isinstance(error, UserFacingError):
                self._failed.emit(read, error)
            else:
                self._failed.emit(read, UserFacingError(
                    "De chip gaf een onverwacht antwoord.", "Probeer het opnieuw.",
                    detail=type(error).__name__))  # fmt: skip

        future.add_done_callback(done)

    def _show_identity(self, read: int, identity: ChipReadResult) -> None:
        if read != self._reads:
            return
        document = identity.document
        if document is not None:
            self.name.setText(f"{document.surname}, {document.given_names}".rstrip(", "))
        self.verdict.setText(lower_layer_text(identity.passive_auth.worker_text))
        set_role(self.verdict, _VERDICT_ROLES[identity.passive_auth.outcome.value])
        waiting_for_face = 2 in identity.data_groups and identity.face is None
        self.status.setText(self.tr("Pasfoto wordt gelezen…") if waiting_for_face else "")

    def _show_result(self, read: int, result: ChipReadResult) -> None:
        if read != self._reads:
            return
        self._show_identity(read, result)
        self.status.setText("")
        face = result.face
        if face is None:
            if 2 in result.data_groups:
                self.photo.setText(self.tr("De pasfoto op de chip is niet te lezen."))
            return
        image = QImage()
        if image.loadFromData(face.data):
            pixmap = QPixmap.fromImage(image).scaled(
                PHOTO_WIDTH, PHOTO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
            self.photo.setPixmap(pixmap)
        elif face.mime_type == _JPEG_2000:
            self.photo.setText(self.tr("Deze werkplek kan een pasfoto in JPEG 2000 niet tonen."))
        else:
            self.photo.setText(self.tr("De pasfoto op de chip is niet te tonen."))

    def _show_error(self, read: int, error: UserFacingError) -> None:
        if read not in (0, self._reads):
            return
        self.status.setText(error_text(error))

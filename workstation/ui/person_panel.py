"""The person at the desk as the BRP writes them, with the warnings a KCC worker must see.

The name is the BRP's own ``volledige_naam`` (titles, voorvoegsels and naamgebruik applied by
the BRP, never rebuilt here). KISS's warning is always shown: BRP data are only for checking
the identity, never to be handed out. Whether the document on the reader belongs to this person
and what the chip check said are shown at a glance, with the chip's photo beside them; the photo
lives only in this widget and goes with ``clear``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.domain.document_check import DocumentView
from workstation.domain.document_match import DocumentMatch, Mismatch
from workstation.domain.person import Person
from workstation.ui.chip_panel import VERDICT_ROLES
from workstation.ui.i18n import lower_layer_text
from workstation.ui.style import set_role

PHOTO_WIDTH = 72
PHOTO_HEIGHT = 96


class PersonPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.person: Person | None = None
        self._match: DocumentMatch | None = None
        self._document: DocumentView | None = None
        self.test_data = QLabel(self)
        set_role(self.test_data, "badge-simulated")
        self.name = QLabel(self)
        set_role(self.name, "title")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.address = QLabel(self)
        self.address.setWordWrap(True)
        self.check_only = QLabel(self)
        self.check_only.setWordWrap(True)
        set_role(self.check_only, "muted")
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        set_role(self.warnings, "message-error")
        self.document = QLabel(self)
        self.document.setWordWrap(True)
        self.chip = QLabel(self)
        self.chip.setWordWrap(True)
        self.photo = QLabel(self)
        self.photo.setFixedSize(PHOTO_WIDTH, PHOTO_HEIGHT)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.test_data, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addLayout(top)
        for label in (self.details, self.address, self.document, self.chip):
            text.addWidget(label)
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setVerticalSpacing(6)
        layout.addLayout(text, 0, 0)
        layout.addWidget(self.photo, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.warnings, 1, 0, 1, 2)
        layout.addWidget(self.check_only, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._compact = False
        self.clear()

    def show_person(self, person: Person) -> None:
        self.person = person
        self._retranslate()

    def set_compact(self, compact: bool) -> None:
        """Name, document check and warnings only (room for the contact form)."""
        self._compact = compact
        self._retranslate()

    def show_document(self, view: DocumentView | None, match: DocumentMatch | None) -> None:
        """The document's chip result (name, verdict, photo) and how it compares to the BRP."""
        self._document = view
        self._match = match
        self._show_photo(view)
        self._retranslate()

    def clear(self) -> None:
        """Forget the person and their document (the visit ended, the screen locked)."""
        self.person = None
        self._match = None
        self._document = None
        self.photo.clear()
        self._retranslate()

    def _show_photo(self, view: DocumentView | None) -> None:
        self.photo.clear()
        if view is None or view.face is None:
            self.photo.setVisible(False)
            return
        image = QImage()
        if image.loadFromData(view.face):
            self.photo.setPixmap(QPixmap.fromImage(image).scaled(
                PHOTO_WIDTH, PHOTO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self._show_photo_state()

    def _show_photo_state(self) -> None:
        self.photo.setVisible(not self._compact and not self.photo.pixmap().isNull())

    def _retranslate(self) -> None:
        person = self.person
        self.setVisible(person is not None)
        if person is None:
            return
        self.test_data.setText(self.tr("TESTGEGEVENS"))
        self.test_data.setToolTip(self.tr(
            "Deze persoon komt uit de testset van de RvIG, niet uit de BRP."))
        self.test_data.setVisible(person.test_data)
        self.details.setVisible(not self._compact)
        self.address.setVisible(not self._compact)
        self.name.setText(person.name.volledige_naam or " ".join(
            part for part in (person.name.voornamen, person.name.adellijke_titel_predicaat,
                              person.name.voorvoegsel, person.name.geslachtsnaam) if part))
        born = person.geboortedatum.strftime("%d-%m-%Y") if person.geboortedatum else "—"
        place = ", ".join(p for p in (person.geboorteplaats, person.geboorteland) if p)
        parts = [self.tr("BSN %1").replace("%1", person.bsn),
                 self.tr("geboren %1").replace("%1", born)]
        if place:
            parts.append(place)
        if person.geslacht:
            parts.append(person.geslacht)
        self.details.setText(" · ".join(parts))
        self.address.setText(", ".join(person.adresregels) or self.tr("Geen adres bekend"))
        self.check_only.setText(self.tr(
            "Deze gegevens zijn alleen om de identiteit te controleren. Verstrek ze nooit aan "
            "de klant of aan anderen."))
        warnings = self._warnings(person)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._show_document_lines()
        self._show_photo_state()

    def _warnings(self, person: Person) -> list[str]:
        found = person.warnings
        lines = []
        if found.geheimhouding:
            lines.append(self.tr("Geheimhouding: geef het adres van deze persoon aan niemand "
                                 "door."))
        if found.overleden_op is not None:
            lines.append(self.tr("Overleden op %1.").replace(
                "%1", found.overleden_op.strftime("%d-%m-%Y")))
        elif found.opschorting_reden:
            lines.append(self.tr("Bijhouding opgeschort: %1.").replace(
                "%1", found.opschorting_reden))
        if found.rni:
            lines.append(self.tr("Ingeschreven als niet-ingezetene (RNI)."))
        if found.in_onderzoek:
            lines.append(self.tr("In onderzoek: %1. Deze gegevens kunnen onjuist zijn.").replace(
                "%1", ", ".join(found.in_onderzoek)))
        return lines

    def _show_document_lines(self) -> None:
        match = self._match
        self.document.setVisible(match is not None)
        if match is not None:
            if match.matches:
                self.document.setText(self.tr("✔ Document hoort bij deze persoon in de BRP"))
                set_role(self.document, "device-ready")
            else:
                names = {Mismatch.BSN: self.tr("BSN"), Mismatch.SURNAME: self.tr("achternaam"),
                         Mismatch.BIRTH_DATE: self.tr("geboortedatum")}
                self.document.setText(self.tr(
                    "✘ Document wijkt af van de BRP: %1. Controleer wie er voor u staat.").replace(
                    "%1", ", ".join(names[m] for m in match.mismatches)))
                set_role(self.document, "device-offline")
        view = self._document
        self.chip.setVisible(view is not None)
        if view is not None:
            self.chip.setText(self.tr("Chip: %1").replace(
                "%1", lower_layer_text(view.verdict_text)))
            self.chip.setToolTip(self.chip.text())
            set_role(self.chip, VERDICT_ROLES[view.verdict])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The callback request (contactverzoek) of one question, as KISS asks it and Open Klant takes it.

For whom (an afdeling, groep or medewerker from the team's list), the internal explanation
(required), how to reach the person (at least one phone number or e-mail, checked as Open Klant
checks them while typing) and how many of the toelichting's 1000 characters are left. OK stays
off until the request would be accepted; the reason is shown under the fields.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.contacts import Actor
from workstation.domain.desk import (
    CallbackDraft,
    DeskInputError,
    check_callback,
    toelichting_left,
    valid_email,
    valid_phone_number,
)
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role

_KINDS = ("afd", "grp", "mdw")


class CallbackDialog(QDialog):
    def __init__(self, actoren: Sequence[Actor], *, anonymous: bool,
                 draft: CallbackDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._actoren = tuple(actoren)
        self._anonymous = anonymous
        self.kind = QComboBox(self)
        self.actor = QComboBox(self)
        self.actor.setEditable(False)
        self.toelichting = QPlainTextEdit(self)
        self.toelichting.setTabChangesFocus(True)
        self.left = QLabel(self)
        set_role(self.left, "muted")
        self.phone1 = QLineEdit(self)
        self.phone2 = QLineEdit(self)
        self.email = QLineEdit(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "message-error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.labels, (self.kind, self.actor, self.toelichting,
                                              self.phone1, self.phone2, self.email),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.left)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._fill_actors)
        for line in (self.phone1, self.phone2, self.email):
            line.textChanged.connect(self._check)
        self.actor.currentIndexChanged.connect(self._check)
        self.toelichting.textChanged.connect(self._check)
        self._retranslate()
        if draft is not None:
            self._restore(draft)
        self._check()

    def draft(self) -> CallbackDraft:
        actor = self.actor.currentData()
        phones = tuple(text for text in (self.phone1.text().strip(), self.phone2.text().strip())
                       if text)
        return CallbackDraft(
            actoren=(actor,) if isinstance(actor, Actor) else (),
            interne_toelichting=self.toelichting.toPlainText(),
            telefoonnummers=phones, emailadres=self.email.text().strip())

    def _restore(self, draft: CallbackDraft) -> None:
        if draft.actoren:
            actor = draft.actoren[0]
            self.kind.setCurrentIndex(max(self.kind.findData(actor.code_objecttype), 0))
            self.actor.setCurrentIndex(max(self.actor.findText(actor.naam), 0))
        self.toelichting.setPlainText(draft.interne_toelichting)
        phones = [*draft.telefoonnummers, "", ""]
        self.phone1.setText(phones[0])
        self.phone2.setText(phones[1])
        self.email.setText(draft.emailadres)

    def _fill_actors(self) -> None:
        kind = self.kind.currentData()
        self.actor.clear()
        for actor in self._actoren:
            if actor.code_objecttype == kind:
                self.actor.addItem(actor.naam, actor)
        self._check()

    def _check(self) -> None:
        """Live: the characters left, each contact field's own verdict, then OK or why not."""
        draft = self.draft()
        left = toelichting_left(draft, anonymous=self._anonymous)
        self.left.setText(self.tr("Nog %1 tekens over (van 1000)").replace("%1", str(left)))
        set_role(self.left, "muted" if left >= 0 else "device-offline")
        for line, valid in ((self.phone1, valid_phone_number), (self.phone2, valid_phone_number),
                            (self.email, valid_email)):
            text = line.text().strip()
            set_role(line, "" if not text or valid(text) else "invalid")
        try:
            check_callback(draft, anonymous=self._anonymous)
        except DeskInputError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            self.ok.setEnabled(False)
            return
        self.problem.hide()
        self.ok.setEnabled(True)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Terugbelverzoek"))
        for label, text in zip(self.labels, (
                self.tr("Voor"), self.tr("Afdeling, groep of medewerker"),
                self.tr("Interne toelichting"), self.tr("Telefoonnummer 1"),
                self.tr("Telefoonnummer 2"), self.tr("E-mailadres")), strict=True):
            label.setText(text)
        self.phone1.setPlaceholderText(self.tr("0612345678 of +31612345678"))
        self.email.setPlaceholderText(self.tr("naam@voorbeeld.nl"))
        self.ok.setText(self.tr("Terugbelverzoek toevoegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind, text in zip(_KINDS, (self.tr("Afdeling"), self.tr("Groep"),
                                       self.tr("Medewerker")), strict=True):
            self.kind.addItem(text, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)
        self._fill_actors()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

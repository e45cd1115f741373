"""One question of a contact: onderwerp, notitie, uitkomst, kanaal, zaak and its callback.

The onderwerp completes from the UPL names but takes free text; both text fields count their
characters live against the limits Open Klant sets (180 and 1000). Choosing "contactverzoek
gemaakt" opens the callback request; adding a callback request sets that uitkomst.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import Kanaal
from workstation.domain.desk import (
    NOTITIE_MAX,
    ONDERWERP_MAX,
    CallbackDraft,
    Question,
    Uitkomst,
)
from workstation.ui.contact_form_subjects import upl_subjects
from workstation.ui.style import set_role


class QuestionEditor(QGroupBox):
    remove_requested = Signal(object)  # QuestionEditor
    callback_requested = Signal(object)  # QuestionEditor

    def __init__(self, number: int, kanaal: Kanaal, zaken: Sequence[ZaakSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.callback: CallbackDraft | None = None
        self.onderwerp = QLineEdit(self)
        self.onderwerp.setMaxLength(ONDERWERP_MAX)
        completer = QCompleter(subjects_model(), self.onderwerp)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.onderwerp.setCompleter(completer)
        self.onderwerp_count = QLabel(self)
        set_role(self.onderwerp_count, "muted")
        self.notitie = QPlainTextEdit(self)
        self.notitie.setTabChangesFocus(True)
        self.notitie.setFixedHeight(64)
        self.notitie_count = QLabel(self)
        set_role(self.notitie_count, "muted")
        self.uitkomst = QComboBox(self)
        self.kanaal = QComboBox(self)
        self.zaak = QComboBox(self)
        self.callback_button = QPushButton(self)
        self.callback_summary = QLabel(self)
        self.callback_summary.setWordWrap(True)
        set_role(self.callback_summary, "muted")
        self.remove = QPushButton(self)
        self.remove.setVisible(number > 1)
        self._zaken = tuple(zaken)
        self._kanaal = kanaal
        onderwerp_row = QHBoxLayout()
        onderwerp_row.addWidget(self.onderwerp, 1)
        onderwerp_row.addWidget(self.onderwerp_count)
        notitie_row = QHBoxLayout()
        notitie_row.addWidget(self.notitie, 1)
        notitie_row.addWidget(self.notitie_count, 0, Qt.AlignmentFlag.AlignBottom)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_button)
        callback_row.addWidget(self.callback_summary, 1)
        callback_row.addWidget(self.remove)
        self.labels = [QLabel(self) for _ in range(5)]
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.uitkomst, 2)
        outcome_row.addWidget(self.labels[3])
        outcome_row.addWidget(self.kanaal, 1)
        form = QFormLayout(self)
        form.setVerticalSpacing(6)
        form.addRow(self.labels[0], onderwerp_row)
        form.addRow(self.labels[1], notitie_row)
        form.addRow(self.labels[2], outcome_row)
        form.addRow(self.labels[4], self.zaak)
        form.addRow(callback_row)
        self.labels[0].setBuddy(self.onderwerp)
        self.labels[1].setBuddy(self.notitie)
        for label, field in zip(self.labels[2:], (self.uitkomst, self.kanaal, self.zaak),
                                strict=True):
            label.setBuddy(field)
        self.onderwerp.textChanged.connect(self._count)
        self.notitie.textChanged.connect(self._count)
        self.uitkomst.activated.connect(self._uitkomst_chosen)
        self.callback_button.clicked.connect(lambda: self.callback_requested.emit(self))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    def question(self) -> Question:
        zaak = self.zaak.currentData()
        return Question(
            onderwerp=self.onderwerp.text().strip(), uitkomst=Uitkomst(self.uitkomst.currentData()),
            kanaal=Kanaal(self.kanaal.currentData()), notitie=self.notitie.toPlainText(),
            zaak_url=zaak or None, callback=self.callback)

    def reset(self, kanaal: Kanaal, zaken: Sequence[ZaakSummary]) -> None:
        """Empty, as a new first question."""
        self._kanaal = kanaal
        self._zaken = tuple(zaken)
        self.onderwerp.clear()
        self.notitie.clear()
        self.callback = None
        self.uitkomst.setCurrentIndex(0)
        self.kanaal.setCurrentIndex(max(self.kanaal.findData(kanaal.value), 0))
        self._refill_zaken()
        self.zaak.setCurrentIndex(0)
        self._show_callback()

    def load(self, question: Question) -> None:
        self.onderwerp.setText(question.onderwerp)
        self.notitie.setPlainText(question.notitie)
        self.kanaal.setCurrentIndex(max(self.kanaal.findData(question.kanaal.value), 0))
        self.zaak.setCurrentIndex(max(self.zaak.findData(question.zaak_url or ""), 0))
        self.uitkomst.setCurrentIndex(max(self.uitkomst.findData(question.uitkomst.value), 0))
        self.callback = question.callback
        self._show_callback()

    def set_callback(self, draft: CallbackDraft | None) -> None:
        self.callback = draft
        if draft is not None:
            self.uitkomst.setCurrentIndex(
                self.uitkomst.findData(Uitkomst.CONTACTVERZOEK_GEMAAKT.value))
        self._show_callback()

    def focus_field(self, name: str) -> None:
        fields = {"onderwerp": self.onderwerp, "notitie": self.notitie,
                  "uitkomst": self.uitkomst, "callback": self.callback_button}
        fields.get(name, self.onderwerp).setFocus()

    def _uitkomst_chosen(self) -> None:
        if self.uitkomst.currentData() == Uitkomst.CONTACTVERZOEK_GEMAAKT.value \
                and self.callback is None:
            self.callback_requested.emit(self)

    def _count(self) -> None:
        length = len(self.notitie.toPlainText())
        self.onderwerp_count.setText(f"{len(self.onderwerp.text())}/{ONDERWERP_MAX}")
        self.notitie_count.setText(f"{length}/{NOTITIE_MAX}")
        set_role(self.notitie_count, "muted" if length <= NOTITIE_MAX else "device-offline")
        set_role(self.notitie, "" if length <= NOTITIE_MAX else "invalid")

    def _show_callback(self) -> None:
        draft = self.callback
        self.callback_button.setText(
            self.tr("Terugbelverzoek wijzigen…") if draft else self.tr("Terugbelverzoek…"))
        if draft is None:
            self.callback_summary.setText("")
            return
        who = ", ".join(actor.naam for actor in draft.actoren)
        self.callback_summary.setText(self.tr("Terugbelverzoek voor %1").replace("%1", who))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vraag %1").replace("%1", str(self.number)))
        for label, text in zip(self.labels, (self.tr("Onderwerp"), self.tr("Notitie"),
                                             self.tr("Uitkomst"), self.tr("Kanaal"),
                                             self.tr("Zaak")), strict=True):
            label.setText(text)
        self.onderwerp.setPlaceholderText(self.tr("Product of korte omschrijving van de vraag"))
        self.remove.setText(self.tr("Vraag verwijderen"))
        self._refill(self.uitkomst, [(u.value, uitkomst_text(u)) for u in Uitkomst])
        self._refill(self.kanaal, [(k.value, kanaal_text(k)) for k in Kanaal],
                     default=self._kanaal.value)
        self._refill_zaken()
        self._show_callback()
        self._count()

    def _refill_zaken(self) -> None:
        self._refill(self.zaak, [("", self.tr("Geen zaak"))] + [
            (z.url, f"{z.identificatie} · {z.omschrijving or z.zaaktype_omschrijving}"
                    + (f" ({z.status_omschrijving})" if z.status_omschrijving else ""))
            for z in self._zaken])

    @staticmethod
    def _refill(box: QComboBox, items: list[tuple[str, str]], default: str = "") -> None:
        chosen = box.currentData() if box.count() else default
        box.blockSignals(True)
        box.clear()
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@cache
def subjects_model() -> QStringListModel:
    """One model of the UPL subjects for every question's completer (built once)."""
    return QStringListModel(list(upl_subjects()))


def uitkomst_text(uitkomst: Uitkomst) -> str:
    texts = {
        Uitkomst.ZELFSTANDIG_AFGEHANDELD:
            QCoreApplication.translate("Desk", "Zelfstandig afgehandeld"),
        Uitkomst.AFGEHANDELD_NA_RUGGESPRAAK:
            QCoreApplication.translate("Desk", "Afgehandeld na ruggespraak"),
        Uitkomst.DOORVERBONDEN: QCoreApplication.translate("Desk", "Doorverbonden"),
        Uitkomst.VERWEZEN:
            QCoreApplication.translate("Desk", "Verwezen naar andere instantie"),
        Uitkomst.KLANT_NEEMT_OPNIEUW_CONTACT_OP:
            QCoreApplication.translate("Desk", "Klant neemt opnieuw contact op"),
        Uitkomst.KLANT_BELT_TERUG:
            QCoreApplication.translate("Desk", "Afgehandeld, klant belt terug"),
        Uitkomst.VERBINDING_VERBROKEN:
            QCoreApplication.translate("Desk", "Verbinding verbroken"),
        Uitkomst.CONTACTVERZOEK_GEMAAKT:
            QCoreApplication.translate("Desk", "Contactverzoek gemaakt"),
    }
    return texts[uitkomst]


def kanaal_text(kanaal: str) -> str:
    """A channel's name on screen; one Loket does not know is shown as the registry wrote it."""
    texts = {
        Kanaal.BALIE.value: QCoreApplication.translate("Desk", "Balie"),
        Kanaal.TELEFOON.value: QCoreApplication.translate("Desk", "Telefoon"),
        Kanaal.EMAIL.value: QCoreApplication.translate("Desk", "E-mail"),
        Kanaal.CONTACTFORMULIER.value: QCoreApplication.translate("Desk", "Contactformulier"),
    }
    return texts.get(kanaal, kanaal)

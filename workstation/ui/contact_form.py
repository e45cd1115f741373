"""Record what was asked and how it ended: one or more questions, saved with one action.

Opslaan (Ctrl+S) asks the desk to save; the form only collects and shows. A refusal names the
question and the field, and the focus goes there; nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import Actor, Kanaal
from workstation.domain.desk import CallbackDraft, DeskInputError, Question
from workstation.ui.buttons import ActionButton
from workstation.ui.callback_dialog import CallbackDialog
from workstation.ui.contact_form_question import QuestionEditor
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role


class ContactForm(QWidget):
    save_requested = Signal()

    def __init__(self, actoren: Sequence[Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actoren = tuple(actoren)
        self._kanaal = Kanaal.BALIE
        self._zaken: tuple[ZaakSummary, ...] = ()
        self.anonymous = True
        self.phone_hint = ""
        """The caller's number: offered as the callback request's first phone number."""
        self.editors: list[QuestionEditor] = []
        self.callback_dialog: CallbackDialog | None = None
        self.who = QLabel(self)
        set_role(self.who, "heading")
        self.questions = QWidget(self)
        self._column = QVBoxLayout(self.questions)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addStretch(1)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidget(self.questions)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_question = QPushButton(self)
        self.save = ActionButton(self)
        set_role(self.save, "primary")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_question)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_question.clicked.connect(self._add_and_focus)
        self.save.clicked.connect(self.save_requested)
        self.retranslate()
        self.start(Kanaal.BALIE, (), anonymous=True)

    # -- from the desk ---------------------------------------------------------------------

    def start(self, kanaal: Kanaal, zaken: Sequence[ZaakSummary], *, anonymous: bool) -> None:
        """A fresh contact with one empty question."""
        self._kanaal = kanaal
        self._zaken = tuple(zaken)
        self.anonymous = anonymous
        self.phone_hint = ""
        for editor in self.editors[1:]:
            editor.deleteLater()
        self.editors = self.editors[:1]
        if self.editors:  # emptied in place: quicker than a new one, so the screen is free
            self.editors[0].reset(kanaal, self._zaken)
        else:
            self._add()
        self.show_message("", "")
        self._show_who()

    def set_anonymous(self, anonymous: bool) -> None:
        """The draft got (or lost) its person: only the person panel's note changes."""
        self.anonymous = anonymous
        self._show_who()

    def set_zaken(self, zaken: Sequence[ZaakSummary]) -> None:
        """The person's zaken arrived after the form opened: offer them to new questions."""
        self._zaken = tuple(zaken)

    @property
    def zaken(self) -> tuple[ZaakSummary, ...]:
        return self._zaken

    def drafted(self) -> tuple[Question, ...]:
        return tuple(editor.question() for editor in self.editors)

    def has_input(self) -> bool:
        return any(editor.onderwerp.text() or editor.notitie.toPlainText()
                   for editor in self.editors)

    def restore(self, questions: Sequence[Question]) -> None:
        """Put questions back (a save that did not reach the store)."""
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        for question in questions:
            self._add().load(question)

    def show_refusal(self, error: DeskInputError) -> None:
        self.show_message(error_text(error), "message-error")
        number = error.params.get("number")
        index = number - 1 if isinstance(number, int) else 0
        if 0 <= index < len(self.editors):
            editor = self.editors[index]
            self.scroll_area.ensureWidgetVisible(editor)
            editor.focus_field(error.field)

    def show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    # -- questions -------------------------------------------------------------------------

    def _add(self) -> QuestionEditor:
        editor = QuestionEditor(len(self.editors) + 1, self._kanaal, self._zaken, self.questions)
        editor.remove_requested.connect(self._remove)
        editor.callback_requested.connect(self._ask_callback)
        self._column.insertWidget(len(self.editors), editor)
        self.editors.append(editor)
        return editor

    def _add_and_focus(self) -> None:
        editor = self._add()
        self.scroll_area.ensureWidgetVisible(editor)
        editor.onderwerp.setFocus()

    def _remove(self, editor: QuestionEditor) -> None:
        if editor not in self.editors or len(self.editors) == 1:
            return
        self.editors.remove(editor)
        editor.deleteLater()
        for number, other in enumerate(self.editors, start=1):
            other.number = number
            other.remove.setVisible(number > 1)
            other.retranslate()
        self.editors[-1].onderwerp.setFocus()

    def _ask_callback(self, editor: QuestionEditor) -> None:
        if self.callback_dialog is not None:
            return
        draft = editor.callback
        if draft is None and self.phone_hint:
            draft = CallbackDraft((), "", (self.phone_hint,))
        dialog = CallbackDialog(self._actoren, anonymous=self.anonymous, draft=draft,
                                parent=self)
        dialog.accepted.connect(lambda: editor.set_callback(dialog.draft()))
        dialog.finished.connect(lambda _result: self._callback_closed(editor))
        self.callback_dialog = dialog
        dialog.open()

    def _callback_closed(self, editor: QuestionEditor) -> None:
        if self.callback_dialog is not None:
            self.callback_dialog.deleteLater()
        self.callback_dialog = None
        editor.callback_button.setFocus()

    def save_by_key(self) -> None:
        if self.save.isEnabled():
            self.save.click()

    def _show_who(self) -> None:
        """Whose contact it is shows in the person panel; a contact without one says so."""
        self.who.setText(self.tr("Anoniem contact"))
        self.who.setVisible(self.anonymous)

    def retranslate(self) -> None:
        self.add_question.setText(self.tr("Vraag toevoegen"))
        self.save.setText(self.tr("Opslaan (Ctrl+S)"))
        self._show_who()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The KCC desk: who is this visitor or caller, what happened before, what is done now.

Identify (a document on the reader in one action, or typed), the person as the BRP writes
them, their history on one timeline, and the contact with its questions and callbacks. Every
lookup and save runs on the desk's own worker thread (a BRP or registry answer never holds up
the queue's buttons, ADR 0006); the screen never waits for one. A newer identification wins
over an older answer still on its way.

Privacy: ``clear`` empties the panel (visit ended, idle timeout, screen lock). A contact that was
typed but not saved keeps its questions, without the person on screen, until it is saved or
wiped: nothing typed is lost (docs/decisions/0024-desk-screens.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from workstation.domain.cases import ZaakSummary
from workstation.domain.contacts import Kanaal, TeamCallback
from workstation.domain.customer import CustomerFile
from workstation.domain.desk import DeskContact, DeskInputError, check_contact
from workstation.domain.document_check import DocumentUpdate, DocumentView, Stage
from workstation.domain.document_match import match_document
from workstation.domain.errors import UserFacingError
from workstation.domain.identify import DocumentIdentity
from workstation.domain.order import IdentityCheck
from workstation.domain.person import Person, PersonQuery
from workstation.domain.site import StaffInfo
from workstation.services.desk_service import (
    DeskService,
    History,
    Identification,
    SavedContact,
)
from workstation.services.identity_reader import IdentityReader
from workstation.ui.callback_list import CallbackList
from workstation.ui.contact_form import ContactForm
from workstation.ui.desk_identify import IdentifyBar
from workstation.ui.desk_search import PhoneSearch, parse_search
from workstation.ui.history_items import timeline
from workstation.ui.history_view import HistoryView
from workstation.ui.i18n import error_text
from workstation.ui.order_panel import OrderSetup
from workstation.ui.person_panel import PersonPanel
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

KEYS = {"search": "Ctrl+F", "contact": "Ctrl+1", "history": "Ctrl+2", "callbacks": "Ctrl+3",
        "save": "Ctrl+S"}


@dataclass(frozen=True, slots=True)
class DeskSetup:
    """What a window needs to host the desk (the composition root fills it in)."""

    service: DeskService  # its actoren: whom a callback can be for, whose callbacks are listed
    idle_seconds: float
    orders: OrderSetup | None = None  # the counter's order tab, the phone's product info


class DeskPanel(QWidget):
    saved = Signal(object)  # what the service returned for the saved contact
    person_shown = Signal()  # a person and their history are on screen
    identity_changed = Signal()  # the person or their document check changed (or went)
    _document_arrived = Signal(object)  # DocumentUpdate, from a device thread

    def __init__(self, setup: DeskSetup, staff: StaffInfo, kanaal: Kanaal,
                 parent: QWidget | None = None) -> None:
        """``kanaal``: where this workstation meets people (balie, telefoon); every new
        question starts with it."""
        super().__init__(parent)
        self._service = setup.service
        self._staff = staff
        self._kanaal = kanaal
        self.runner = TaskRunner("desk", self._refused, self)
        # Saves have a worker of their own: never queued behind a lookup, and closing the
        # window waits for the one running.
        self.saver = TaskRunner("desk-save", self._refused, self)
        self._generation = 0
        """Bumped by every identification and every clear; older answers are dropped."""
        self.person: Person | None = None
        self._holder: DocumentIdentity | None = None
        self._document: DocumentView | None = None
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._draft_bsn: str | None = None
        self._draft_visit = ""
        self.visit_number = ""
        """The queue ticket's number of the visit (not personal; kept with the contact)."""
        self.identify = IdentifyBar(self)
        self.person_panel = PersonPanel(self)
        self.form = ContactForm(setup.service.actoren, self)
        self.form.start(kanaal, (), anonymous=True)  # the workstation's channel from the start
        self.history = HistoryView(self)
        self.callbacks = CallbackList(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.callbacks, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.identify)
        layout.addWidget(self.person_panel)
        layout.addWidget(self.tabs, 1)
        self.identify.search_requested.connect(self.search)
        self.identify.chosen.connect(self._chosen)
        self.identify.anonymous_requested.connect(self.start_anonymous)
        self.identify.clear_requested.connect(self.wipe)
        self.form.save_requested.connect(self.save)
        self.callbacks.refresh_requested.connect(self.load_callbacks)
        self.callbacks.done_requested.connect(self._complete_callback)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._document_arrived.connect(self.show_document)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, action in (("search", self.focus_search),
                             ("contact", lambda: self.tabs.setCurrentWidget(self.form)),
                             ("history", lambda: self.tabs.setCurrentWidget(self.history)),
                             ("callbacks", lambda: self.tabs.setCurrentWidget(self.callbacks)),
                             ("save", self.form.save_by_key)):
            shortcut = QShortcut(QKeySequence(KEYS[name]), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
            self.shortcuts[name] = shortcut
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(setup.idle_seconds * 1000))
        self.idle.timeout.connect(self._idle)
        self._activity = _ActivityWatch(self.idle)
        self._retranslate()
        self._show_state()

    # -- identify --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.identify.search.setFocus()
        self.identify.search.selectAll()

    def search(self, text: str) -> None:
        try:
            found = parse_search(text)
        except DeskInputError as error:
            log.info("desk search refused: %s", error.detail)
            self.identify.show_message(error_text(error), "message-error")
            self.identify.search.setFocus()
            return
        if isinstance(found, PhoneSearch):
            self.start_anonymous(phone=found.number)
            return
        self._look_up(found)

    def watch_identities(self, reader: IdentityReader) -> None:
        """Take documents straight from the ID reader (when no chip panel passes them on)."""
        unsubscribe = reader.watch_identities(
            lambda identity: self._document_arrived.emit(DocumentUpdate(0, Stage.DONE,
                                                                        holder=identity)))
        self.destroyed.connect(lambda *_: unsubscribe())

    def show_document(self, update: DocumentUpdate) -> None:
        """A document on the reader: its holder identifies the visitor in one action; the
        chip's verdict and photo go beside the person."""
        if update.view is not None:
            self._document = update.view
        holder = update.holder
        if holder is None:
            self._show_document_check()
            return
        known = self._holder
        self._holder = holder
        person = self.person
        if person is not None and known == holder:
            self._show_document_check()  # the chip's DG1 of the document already used
            return
        if person is not None and holder.bsn == person.bsn:
            self._show_document_check()
            return
        service, staff = self._service, self._staff
        self._identify(lambda: service.identify_document(staff, holder))

    def identify_qr(self, payload: str) -> None:
        """A BSN QR code a 2D scanner typed (``ui/wedge_input.py``), wherever the focus was:
        its holder in one action. Not behind the screen lock."""
        if not self.isEnabled():
            log.info("scanned BSN QR code ignored: the desk is locked")
            return
        service, staff = self._service, self._staff
        self._identify(lambda: service.identify_qr(staff, payload))

    def _look_up(self, query: PersonQuery) -> None:
        service, staff = self._service, self._staff
        self._identify(lambda: service.identify(staff, query))

    def _identify(self, call: Callable[[], Identification]) -> None:
        generation = self._begin()
        self.identify.show_message(self.tr("Zoeken…"), "message-info")

        def found(identification: Identification) -> None:
            if generation != self._generation:
                return
            persons = identification.persons
            if identification.file is not None:
                self._show_file(generation, identification.file)
            elif not persons:
                self.identify.show_message(self.tr(
                    "Niemand gevonden. Controleer wat u typte, of zoek op een andere manier."),
                    "message-error")
                self.identify.search.setFocus()
            else:
                self.identify.show_message(self.tr(
                    "%1 personen gevonden. Kies de juiste.").replace("%1", str(len(persons))),
                    "message-info")
                self.identify.show_results(persons)

        self.runner.run(call, found, lambda error: self._refused_for(generation, error))

    def _chosen(self, person: Person) -> None:
        self._begin()
        self._open(person.bsn)

    def _open(self, bsn: str) -> None:
        generation = self._generation
        service, staff = self._service, self._staff
        self.history.show_loading()
        self.runner.run(lambda: service.open_person(staff, bsn),
                        lambda file: self._show_file(generation, file),
                        lambda error: self._refused_for(generation, error))

    def _show_file(self, generation: int, file: CustomerFile) -> None:
        if generation != self._generation:
            return
        person = file.person
        self.person = person
        self.identify.clear()
        self.person_panel.show_person(person)
        self._show_document_check()
        self.history.show_entries(timeline(file.zaken, file.history))
        self._start_contact(bsn=person.bsn, zaken=file.zaken)
        self.tabs.setCurrentWidget(self.history)
        self._show_state()
        self.person_shown.emit()

    def _show_document_check(self) -> None:
        person, holder = self.person, self._holder
        match = match_document(holder, person) if person and holder else None
        self.person_panel.show_document(self._document if person else None, match)
        self.identity_changed.emit()

    def identity_check(self) -> IdentityCheck:
        """How far the visitor's identity is checked: their document read and matched to the
        person the BRP returned (what an order needs before Afrekenen)."""
        if self._holder is None:
            return IdentityCheck.NOT_DONE
        if self.person is None:
            return IdentityCheck.DOCUMENT_READ
        if match_document(self._holder, self.person).matches:
            return IdentityCheck.MATCHED
        return IdentityCheck.MISMATCH

    # -- contact ---------------------------------------------------------------------------

    def start_anonymous(self, phone: str = "") -> None:
        """A contact without a person: a caller who gives no name, or an unknown number."""
        self._begin()
        self.identify.clear()
        if phone:  # the number stays in sight; a name given later is searched as usual
            self.identify.search.setText(phone)
            self.identify.show_message(self.tr(
                "Het BRP zoekt niet op telefoonnummer: dit wordt een anoniem contact. Noemt "
                "de beller BSN of naam en geboortedatum, zoek dan daarop."), "message-info")
        self._start_contact(bsn=None, zaken=())
        self.form.phone_hint = phone
        self.tabs.setCurrentWidget(self.form)
        self.form.editors[0].onderwerp.setFocus()
        self._show_state()

    def _start_contact(self, *, bsn: str | None, zaken: tuple[ZaakSummary, ...]) -> None:
        if self.form.has_input() and self._draft_bsn in (bsn, None):
            # The same person's draft, or an anonymous one whose caller now gave a name: the
            # questions typed so far stay and become this person's ("ask data only once").
            self._draft_bsn = bsn
            self.form.set_zaken(zaken)
            self.form.set_anonymous(bsn is None)
            return
        self._draft_bsn = bsn
        self._draft_visit = self.visit_number  # a draft kept past its visit keeps its number
        self._started_at = self._service.now()
        self._ended_at = None
        self.form.start(self._kanaal, zaken, anonymous=bsn is None)

    def contact_ended(self) -> None:
        """The call or visit ended now (wrap-up time runs from here to Opslaan)."""
        if self._ended_at is None and self._started_at is not None:
            self._ended_at = self._service.now()

    def save(self) -> None:
        """Check the contact here, then free the screen at once: the local commit follows on
        the save worker. Should the commit fail, the questions come back into the form."""
        if self._started_at is None:
            self.start_anonymous()
        now = self._service.now()
        contact = DeskContact(
            questions=self.form.drafted(), started_at=self._started_at or now,
            ended_at=self._ended_at or now, bsn=self._draft_bsn,
            extra_metadata={"wachtnummer": self._draft_visit} if self._draft_visit else {})
        try:
            check_contact(contact)
        except DeskInputError as error:
            log.info("contact not saved: %s", error.detail)
            self.form.show_refusal(error)
            return
        service, staff = self._service, self._staff
        count = len(contact.questions)
        self.saver.run(lambda: service.save(staff, contact),
                       lambda result: self._saved(result, count),
                       lambda error: self._save_refused(contact, error))
        self._started_at = now
        self._ended_at = None
        self.form.start(self._kanaal, self.form.zaken, anonymous=self._draft_bsn is None)
        self.form.show_message(self.tr("Opslaan…"), "message-info")
        self.form.editors[0].onderwerp.setFocus()

    def _saved(self, result: SavedContact, count: int) -> None:
        self.form.show_message(self.tr("Contact opgeslagen (vragen: %n).", "", count),
                               "message-ok")
        self.saved.emit(result)
        if self.person is not None:
            self._refresh_history(self.person.bsn)

    def _save_refused(self, contact: DeskContact, error: UserFacingError) -> None:
        """Nothing is lost: the refused contact's questions come back as they were typed."""
        self._draft_bsn = contact.bsn
        self._started_at = contact.started_at
        self._ended_at = contact.ended_at
        self.form.restore(contact.questions)
        if isinstance(error, DeskInputError):
            self.form.show_refusal(error)
        else:
            self.form.show_message(error_text(error), "message-error")

    def _refresh_history(self, bsn: str) -> None:
        generation = self._generation
        service, staff = self._service, self._staff

        def show(history: History) -> None:
            if generation == self._generation:
                self.history.show_entries(timeline(history.zaken, history.contacts))

        self.runner.run(lambda: service.history(staff, bsn), show, lambda _error: None)

    # -- callbacks of the team ---------------------------------------------------------------

    def load_callbacks(self) -> None:
        service, staff = self._service, self._staff
        self.callbacks.show_loading()
        self.runner.run(lambda: service.open_callbacks(staff), self.callbacks.show_callbacks,
                        lambda error: self.callbacks.show_problem(error_text(error)))

    def _complete_callback(self, callback: TeamCallback) -> None:
        service, staff = self._service, self._staff
        self.runner.run(lambda: service.complete_callback(staff, callback),
                        lambda _done: self.load_callbacks(),
                        lambda error: self.callbacks.show_problem(error_text(error)))

    def _tab_changed(self, index: int) -> None:
        self.person_panel.set_compact(self.tabs.widget(index) is self.form)
        if self.tabs.widget(index) is self.callbacks:
            self.load_callbacks()

    # -- privacy ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the person, their document and history. Typed questions that were not
        saved stay (without the person) until they are saved or wiped."""
        self._begin()
        self.person = None
        self._holder = None
        self._document = None
        self.person_panel.clear()
        self.history.clear()
        self.identify.clear()
        if not self.form.has_input():
            self._started_at = None
            self._draft_bsn = None
            self.form.start(self._kanaal, (), anonymous=True)
        else:
            self.form.show_message(self.tr(
                "Dit contact is nog niet opgeslagen. Kies Opslaan, of Wissen om het weg te "
                "gooien."), "message-warning")
        self._show_state()
        self.identity_changed.emit()

    def wipe(self) -> None:
        """Wissen: the panel and any unsaved contact go."""
        self.form.start(self._kanaal, (), anonymous=True)
        self.visit_number = ""
        self.clear()
        self.focus_search()

    def _idle(self) -> None:
        if self.person is not None:
            log.info("desk emptied after %d s without input", self.idle.interval() // 1000)
            self.clear()

    def _begin(self) -> int:
        self._generation += 1
        self.idle.start()
        return self._generation

    def _show_state(self) -> None:
        if self.person is not None:
            QApplication.instance().installEventFilter(self._activity)  # type: ignore[union-attr]
            self.idle.start()
        else:
            QApplication.instance().removeEventFilter(self._activity)  # type: ignore[union-attr]
            self.idle.stop()

    # -- errors ----------------------------------------------------------------------------

    def _refused_for(self, generation: int, error: UserFacingError) -> None:
        if generation == self._generation:
            self._refused(error)

    def _refused(self, error: UserFacingError) -> None:
        self.history.clear()
        self.identify.show_message(error_text(error), "message-error")

    def shutdown(self) -> None:
        self.idle.stop()
        QApplication.instance().removeEventFilter(self._activity)  # type: ignore[union-attr]
        self.runner.close()
        self.saver.close()

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Contact (Ctrl+1)"))
        self.tabs.setTabText(1, self.tr("Geschiedenis (Ctrl+2)"))
        self.tabs.setTabText(2, self.tr("Terugbelverzoeken (Ctrl+3)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class _ActivityWatch(QObject):
    """Any key or mouse input in the application restarts the idle timer."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                        QEvent.Type.Wheel})

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._INPUT:
            self._timer.start()
        return False

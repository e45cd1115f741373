"""Reception and kiosk intake: choose a service or check in, get a ticket, print it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.site import ServiceInfo
from workstation.services.queue_service import IssuedTicket
from workstation.ui.formatting import expected_wait_text
from workstation.ui.i18n import error_text
from workstation.ui.style import set_role
from workstation.ui.workplace import Workplace

log = logging.getLogger("loket.ui")

SERVICE_COLUMNS = 2


class StartPage(QWidget):
    """Service buttons and the appointment check-in."""

    chosen = Signal(str)
    check_in = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.question = QLabel(self)
        set_role(self.question, "title")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "message-error")
        self.message.hide()
        self.buttons: dict[str, QPushButton] = {}
        self._services: tuple[ServiceInfo, ...] = ()
        self._language = "nl"
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self.appointment_label = QLabel(self)
        set_role(self.appointment_label, "heading")
        self.booking_code = QLineEdit(self)
        self.booking_code.setMaxLength(16)
        self.booking_code.returnPressed.connect(self._check_in)
        self.appointment_label.setBuddy(self.booking_code)
        self.check_in_button = QPushButton(self)
        set_role(self.check_in_button, "primary")
        self.check_in_button.clicked.connect(self._check_in)
        appointment = QHBoxLayout()
        appointment.addWidget(self.booking_code, 1)
        appointment.addWidget(self.check_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(18)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addLayout(self._grid)
        layout.addSpacing(12)
        layout.addWidget(self.appointment_label)
        layout.addLayout(appointment)
        layout.addStretch(1)
        self.retranslate()

    def show_services(self, services: tuple[ServiceInfo, ...], language: str) -> None:
        self._services = tuple(s for s in services if not s.is_appointment)
        self._language = language
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        previous: QWidget | None = None
        for index, service in enumerate(self._services):
            button = QPushButton(self)
            set_role(button, "service")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(
                lambda _checked=False, letter=service.letter: self.chosen.emit(letter)
            )
            self._grid.addWidget(button, index // SERVICE_COLUMNS, index % SERVICE_COLUMNS)
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
            self.buttons[service.letter] = button
        if previous is not None:
            QWidget.setTabOrder(previous, self.booking_code)
        QWidget.setTabOrder(self.booking_code, self.check_in_button)
        self._name_buttons()

    def set_language(self, language: str) -> None:
        self._language = language
        self._name_buttons()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _name_buttons(self) -> None:
        for service in self._services:
            name = service.name(self._language)
            self.buttons[service.letter].setText(f"{service.letter}   {name}")

    def _check_in(self) -> None:
        code = self.booking_code.text().strip()
        if code:
            self.check_in.emit(code)
        else:
            self.show_error(self.tr("Vul eerst uw afspraakcode in. Die staat in uw bevestiging."))

    def retranslate(self) -> None:
        self.question.setText(self.tr("Waarvoor komt u?"))
        self.appointment_label.setText(self.tr("Heeft u een &afspraak? Vul uw afspraakcode in:"))
        self.booking_code.setPlaceholderText(self.tr("bijvoorbeeld K7M2Q9XA"))
        self.check_in_button.setText(self.tr("Aan&melden"))


class TicketPage(QWidget):
    """The number, the expected wait, and how printing went."""

    reprint = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.intro = QLabel(self)
        set_role(self.intro, "heading")
        self.number = QLabel(self)
        set_role(self.number, "ticket-number")
        self.service = QLabel(self)
        set_role(self.service, "title")
        self.wait = QLabel(self)
        self.print_status = QLabel(self)
        self.print_status.setWordWrap(True)
        set_role(self.print_status, "message-info")
        self.reprint_button = QPushButton(self)
        set_role(self.reprint_button, "primary")
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_button.hide()
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.done)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.done.emit)
        for label in (self.intro, self.number, self.service, self.wait):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.intro)
        layout.addWidget(self.number)
        layout.addWidget(self.service)
        layout.addWidget(self.wait)
        layout.addSpacing(12)
        layout.addWidget(self.print_status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._issued: IssuedTicket | None = None
        self._language = "nl"
        self._print_state: UserFacingError | bool | None = None  # None: printing
        self.retranslate()

    def show_ticket(self, issued: IssuedTicket, language: str) -> None:
        self._issued = issued
        self._language = language
        self._print_state = None
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def show_printing(self) -> None:
        self._print_state = None
        self.retranslate()

    def show_printed(self) -> None:
        self._print_state = True
        self.retranslate()

    def show_print_failed(self, error: UserFacingError) -> None:
        self._print_state = error
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Uw wachtnummer is"))
        self.reprint_button.setText(self.tr("&Opnieuw afdrukken"))
        self.done_button.setText(self.tr("&Klaar (Esc)"))
        issued = self._issued
        if issued is None:
            return
        self.number.setText(issued.ticket.number)
        self.service.setText(issued.service.name(self._language))
        ahead = self.tr("Er wachten %n mensen voor u.", "", issued.tickets_ahead)
        wait = self.tr("Verwachte wachttijd: %1.").replace(
            "%1", expected_wait_text(issued.expected_wait)
        )
        self.wait.setText(f"{wait} {ahead}")
        state = self._print_state
        if state is None:
            self.print_status.setText(self.tr("Uw bon wordt afgedrukt…"))
            set_role(self.print_status, "message-info")
        elif state is True:
            self.print_status.setText(self.tr(
                "Neem uw bon mee. U ziet uw nummer op het scherm in de wachtruimte."
            ))
            set_role(self.print_status, "message-info")
        else:
            assert isinstance(state, UserFacingError)
            self.print_status.setText(
                self.tr("Uw wachtnummer is geldig, maar de bon is niet afgedrukt.")
                + " " + error_text(state)
            )
            set_role(self.print_status, "message-error")
        self.reprint_button.setVisible(isinstance(state, UserFacingError))


class IntakeView(QWidget):
    """Issues tickets for walk-ins and appointments; used by reception and the kiosk."""

    ticket_issued = Signal(object)  # IssuedTicket
    print_finished = Signal(bool)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workplace = workplace
        self.start = StartPage(self)
        self.ticket = TicketPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.ticket)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.start.chosen.connect(self._issue)
        self.start.check_in.connect(self._check_in)
        self.ticket.reprint.connect(self._print)
        self.ticket.done.connect(self.reset)
        workplace.language.changed.connect(self._language_changed)
        workplace.runner.busy_changed.connect(self._busy)
        self._issued: IssuedTicket | None = None
        self._enabled = True

    def load(self) -> None:
        """Read this location's services (off the GUI thread)."""
        code = self._workplace.location.code
        self._workplace.runner.run(
            lambda: self._workplace.queue.services(code), self._services_loaded,
            self._refused,
        )

    def reset(self) -> None:
        """Back to the start screen, ready for the next visitor."""
        self.start.booking_code.clear()
        self.start.show_error("")
        self.pages.setCurrentWidget(self.start)
        first = next(iter(self.start.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def set_actions_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._busy(self._workplace.runner.busy)

    @property
    def issued(self) -> IssuedTicket | None:
        return self._issued

    def _services_loaded(self, services: tuple[ServiceInfo, ...]) -> None:
        self.start.show_services(services, self._workplace.language.language)
        self._busy(self._workplace.runner.busy)
        self.reset()

    def _issue(self, letter: str) -> None:
        code = self._workplace.location.code
        queue, staff = self._workplace.queue, self._workplace.staff
        self._workplace.runner.run(lambda: queue.issue_ticket(code, letter, by=staff),
                                   self._show, self._refused)

    def _check_in(self, booking_code: str) -> None:
        code = self._workplace.location.code
        queue, staff = self._workplace.queue, self._workplace.staff
        self._workplace.runner.run(lambda: queue.check_in(code, booking_code, by=staff),
                                   self._show, self._refused)

    def _show(self, issued: IssuedTicket) -> None:
        self._issued = issued
        self.ticket.show_ticket(issued, self._workplace.language.language)
        self.pages.setCurrentWidget(self.ticket)
        self.ticket.done_button.setFocus()
        self.ticket_issued.emit(issued)
        self._print()

    def _print(self) -> None:
        issued = self._issued
        if issued is None:
            return
        self.ticket.show_printing()
        future = self._workplace.devices.print_ticket(issued, self._workplace.language.language)
        self._workplace.runner.watch(future, self._printed, self._print_failed)

    def _printed(self, _result: None) -> None:
        self.ticket.show_printed()
        self.print_finished.emit(True)

    def _print_failed(self, error: UserFacingError) -> None:
        log.warning("ticket %s not printed: %s",
                    self._issued.ticket.number if self._issued else "?", error.detail)
        self.ticket.show_print_failed(error)
        self.ticket.reprint_button.setFocus()
        self.print_finished.emit(False)

    def _refused(self, error: UserFacingError) -> None:
        self.pages.setCurrentWidget(self.start)
        self.start.show_error(error_text(error))

    def _busy(self, busy: bool) -> None:
        usable = self._enabled and not busy
        for button in self.start.buttons.values():
            button.setEnabled(usable)
        self.start.check_in_button.setEnabled(usable)
        self.ticket.reprint_button.setEnabled(self._enabled)

    def _language_changed(self, language: str) -> None:
        self.start.set_language(language)
        self.ticket.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.start.retranslate()
            self.ticket.retranslate()
        super().changeEvent(event)

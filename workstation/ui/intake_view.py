"""Reception and kiosk intake: choose a service or check in, get a ticket, print it.

Reception is a staff screen: each service button shows its queue and expected wait before
anyone chooses, the service letter is a shortcut, a priority ticket is one key away, and
today's tickets can be cancelled or printed again. The kiosk is the visitor's screen: touch
sized, an on-screen keypad for the booking code, and after every visitor it goes back to
Dutch and to the start page by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.overview import LocationOverview, TodayTicketView
from workstation.domain.queue import wait_minutes
from workstation.domain.site import ServiceInfo
from workstation.services.queue_service import IssuedTicket
from workstation.ui.buttons import ActionButton
from workstation.ui.formatting import visitor_ticket_lines
from workstation.ui.i18n import error_text
from workstation.ui.keypad import Keypad
from workstation.ui.reception_day import ReceptionDay
from workstation.ui.style import set_role
from workstation.ui.workplace import Workplace

log = logging.getLogger("loket.ui")
T = TypeVar("T")

SERVICE_COLUMNS = 2
PRIORITY_KEY = "F2"
DAY_LIST_WIDTH = 300
# After this long on the ticket page the kiosk is ready for the next visitor by itself.
KIOSK_TICKET_SECONDS = 20
# How tall a kiosk button may grow on a portrait screen (a finger needs no more).
KIOSK_BUTTON_MAX_HEIGHT = 180


class StartPage(QWidget):
    """Service buttons and the appointment check-in."""

    chosen = Signal(str)
    check_in = Signal(str)

    def __init__(self, kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._kiosk = kiosk
        self.question = QLabel(self)
        set_role(self.question, "title")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "message-error")
        self.message.hide()
        self.buttons: dict[str, ActionButton] = {}
        self._services: tuple[ServiceInfo, ...] = ()
        self._queues: dict[str, tuple[int, timedelta | None]] = {}
        self._language = "nl"
        self._grid = QGridLayout()
        self._grid.setSpacing(12 if kiosk else 16)
        self.priority = ActionButton(self)
        self.priority.setCheckable(True)
        self.priority.setVisible(not kiosk)
        self.appointment_label = QLabel(self)
        self.appointment_label.setWordWrap(True)
        set_role(self.appointment_label, "heading")
        self.booking_code = QLineEdit(self)
        self.booking_code.setMaxLength(16)
        self.booking_code.returnPressed.connect(self._check_in)
        self.appointment_label.setBuddy(self.booking_code)
        self.check_in_button = ActionButton(self)
        set_role(self.check_in_button, "primary")
        self.check_in_button.clicked.connect(self._check_in)
        self.keypad: Keypad | None = None
        self._shortcuts: list[QShortcut] = []
        self.instruction = QLabel(self)
        self.instruction.setWordWrap(True)
        self.instruction.setVisible(kiosk)
        appointment = QVBoxLayout()
        appointment.setSpacing(12)
        appointment.addWidget(self.appointment_label)
        appointment.addWidget(self.instruction)
        if kiosk:
            # Field, keypad, then the button: one column a finger works down.
            self.keypad = Keypad(self)
            self.keypad.key.connect(self._type_key)
            self.keypad.erase.connect(self.booking_code.backspace)
            self.keypad.clear.connect(self.booking_code.clear)
            appointment.addWidget(self.booking_code)
            appointment.addWidget(self.keypad)
            appointment.addWidget(self.check_in_button)
        else:
            appointment_row = QHBoxLayout()
            appointment_row.addWidget(self.booking_code, 1)
            appointment_row.addWidget(self.check_in_button)
            appointment.addLayout(appointment_row)
        services = QVBoxLayout()
        services.setSpacing(12)
        services.addLayout(self._grid)
        if not kiosk:
            # On the kiosk the buttons grow to fill a tall screen instead.
            appointment.addStretch(1)
            priority_row = QHBoxLayout()
            priority_row.addWidget(self.priority)
            priority_row.addStretch(1)
            services.addLayout(priority_row)
            services.addStretch(1)
        # Kiosk: services beside the keypad on a landscape screen, above it on a portrait one.
        self._columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._columns.setSpacing(28)
        # Kiosk: the keyboard gets a little more of the screen than the services; reception:
        # the services take what they need.
        self._columns.addLayout(services, 9 if kiosk else 1)
        self._columns.addLayout(appointment, 11 if kiosk else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(18)
        layout.addWidget(self.question)
        layout.addLayout(self._columns, 1)
        layout.addWidget(self.message)  # below everything: it never pushes a button away
        self.retranslate()

    def show_services(self, services: tuple[ServiceInfo, ...], language: str) -> None:
        self._services = tuple(s for s in services if not s.is_appointment)
        self._language = language
        for button in self.buttons.values():
            button.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.buttons = {}
        self._shortcuts = []
        columns = 1 if self._kiosk else SERVICE_COLUMNS
        previous: QWidget | None = None
        for index, service in enumerate(self._services):
            button = ActionButton(self)
            set_role(button, "service")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
                                 if self._kiosk else QSizePolicy.Policy.Preferred)
            button.setMaximumHeight(KIOSK_BUTTON_MAX_HEIGHT)
            button.clicked.connect(
                lambda _checked=False, letter=service.letter: self.chosen.emit(letter)
            )
            self._grid.addWidget(button, index // columns, index % columns)
            button.show()  # now, not at the next layout pass: reset() gives it the focus
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
            self.buttons[service.letter] = button
            if self._kiosk:
                continue  # no keyboard, and a scanner typing a code must not choose services
            # The letter on the button is its key; a typing field keeps its letters.
            shortcut = QShortcut(QKeySequence(service.letter), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
            self._shortcuts.append(shortcut)
        if previous is not None:
            QWidget.setTabOrder(previous, self.priority)
            QWidget.setTabOrder(self.priority, self.booking_code)
        QWidget.setTabOrder(self.booking_code, self.check_in_button)
        self._name_buttons()

    def show_queues(self, overview: LocationOverview) -> None:
        """Waiting count and expected wait per service, on its button (reception)."""
        self._queues = {s.letter: (s.waiting_count, s.expected_wait) for s in overview.services}
        self._name_buttons()

    def set_language(self, language: str) -> None:
        self._language = language
        self._name_buttons()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        landscape = self._kiosk and self.width() > self.height()
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                   else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _name_buttons(self) -> None:
        for service in self._services:
            text = f"{service.letter}   {service.name(self._language)}"
            queue = self._queues.get(service.letter)
            if queue is not None and not self._kiosk:
                waiting, wait = queue
                line = self.tr("%n wachtend", "", waiting)
                if waiting and wait is not None:
                    minutes = max(1, wait_minutes(wait))
                    line += " · " + self.tr("± %1 min").replace("%1", str(minutes))
                elif wait is None:  # no open counter serves it: no minutes promised
                    line += " · " + self.tr("geen balie")
                text += "\n" + line
            self.buttons[service.letter].setText(text)

    def _type_key(self, key: str) -> None:
        self.booking_code.insert(key)
        self.booking_code.setFocus()

    def _check_in(self) -> None:
        code = self.booking_code.text().strip()
        if code:
            self.check_in.emit(code)
        elif self._kiosk:
            self.show_error(self.tr("Vul eerst uw afspraakcode in. Die staat in uw bevestiging."))
        else:
            self.show_error(self.tr("Typ eerst de afspraakcode van de bezoeker."))

    def retranslate(self) -> None:
        # The kiosk speaks to the visitor; reception is a staff screen.
        self.question.setText(self.tr("Waarvoor komt u?") if self._kiosk
                              else self.tr("Nieuw wachtnummer: kies een dienst"))
        if self._kiosk:
            self.appointment_label.setText(self.tr("Heeft u een afspraak?"))
            self.instruction.setText(self.tr(
                "Typ uw afspraakcode of houd de code onder de scanner."))
        else:
            self.appointment_label.setText(self.tr("Afspraak? Afspraakcode:"))
        self.booking_code.setPlaceholderText(self.tr("bijvoorbeeld K7M2Q9XA"))
        self.check_in_button.setText(self.tr("Aanmelden"))
        self.priority.setText(self.tr("Voorrang (F2)"))
        self.priority.setToolTip(self.tr(
            "Het volgende wachtnummer wordt vóór de gewone volgorde opgeroepen, na afspraken "
            "die aan de beurt zijn."))
        self._name_buttons()


class TicketPage(QWidget):
    """The number, the expected wait, and how printing went."""

    reprint = Signal()
    done = Signal()

    def __init__(self, kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._kiosk = kiosk
        self.intro = QLabel(self)
        set_role(self.intro, "heading")
        self.number = QLabel(self)
        set_role(self.number, "ticket-number")
        self.service = QLabel(self)
        self.service.setWordWrap(True)
        set_role(self.service, "title")
        self.wait = QLabel(self)
        self.wait.setWordWrap(True)
        self.print_status = QLabel(self)
        self.print_status.setWordWrap(True)
        set_role(self.print_status, "message-info")
        self.reprint_button = ActionButton(self)
        set_role(self.reprint_button, "primary")
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_button.hide()
        self.done_button = ActionButton(self)
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

    def _staff_wait(self, issued: IssuedTicket) -> str:
        """The expected wait in a host's words (the kiosk's texts address the visitor)."""
        span = issued.expected_wait
        if span is None:
            return self.tr("wachttijd onbekend")
        minutes = round(span.total_seconds() / 60)
        if minutes < 1:
            return self.tr("direct aan de beurt")
        return self.tr("wachttijd ± %1 min").replace("%1", str(minutes))

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
        if self._kiosk:
            self.intro.setText(self.tr("Uw wachtnummer is"))
            self.reprint_button.setText(self.tr("Nog een keer afdrukken"))
            self.done_button.setText(self.tr("Klaar"))
        else:
            self.intro.setText(self.tr("Wachtnummer uitgegeven"))
            self.reprint_button.setText(self.tr("Opnieuw afdrukken"))
            self.done_button.setText(self.tr("Klaar (Esc)"))
        issued = self._issued
        if issued is None:
            return
        number = issued.ticket.number
        self.number.setText(number)
        self.service.setText(issued.service.name(self._language))
        if self._kiosk:
            # Word for word what the printed ticket says, in the visitor's language.
            self.wait.setText(" ".join(visitor_ticket_lines(issued, self._language)))
        else:
            self.wait.setText(self.tr("%n wachtend voor deze bezoeker", "",
                                      issued.tickets_ahead) + " · " + self._staff_wait(issued))
        state = self._print_state
        if state is None:
            self.print_status.setText(self.tr("Uw bon wordt afgedrukt…") if self._kiosk
                                      else self.tr("De bon wordt afgedrukt…"))
            set_role(self.print_status, "message-info")
        elif state is True:
            self.print_status.setText(self.tr(
                "Neem uw bon mee. U ziet uw nummer op het scherm in de wachtruimte."
            ) if self._kiosk else self.tr("Bon afgedrukt. Geef de bon aan de bezoeker."))
            set_role(self.print_status, "message-info")
        elif self._kiosk:
            # A visitor cannot fix a printer: tell them what matters to them.
            self.print_status.setText(self.tr(
                "Uw bon kon niet worden afgedrukt, maar uw nummer %1 is geldig. Onthoud het "
                "nummer of maak er een foto van. U ziet het op het scherm in de wachtruimte."
            ).replace("%1", number))
            set_role(self.print_status, "message-error")
        else:
            assert isinstance(state, UserFacingError)
            self.print_status.setText(
                self.tr("Het wachtnummer is geldig, maar de bon is niet afgedrukt.")
                + " " + error_text(state)
            )
            set_role(self.print_status, "message-error")
        self.reprint_button.setVisible(isinstance(state, UserFacingError))


class IntakeView(QWidget):
    """Issues tickets for walk-ins and appointments; used by reception and the kiosk."""

    ticket_issued = Signal(object)  # IssuedTicket
    print_finished = Signal(bool)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None, *,
                 kiosk: bool = False) -> None:
        super().__init__(parent)
        self._workplace = workplace
        self._kiosk = kiosk
        self.start = StartPage(kiosk, self)
        self.ticket = TicketPage(kiosk, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.ticket)
        self.day: ReceptionDay | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 2)
        if not kiosk:
            self.day = ReceptionDay(self)
            self.day.setMinimumWidth(DAY_LIST_WIDTH)
            self.day.cancel.connect(self._cancel)
            self.day.reprint.connect(self._reprint)
            layout.addWidget(self.day, 1)
            QShortcut(QKeySequence(PRIORITY_KEY), self, self.start.priority.toggle)
        self.start.chosen.connect(self._issue)
        self.start.check_in.connect(self._check_in)
        self.ticket.reprint.connect(self._print)
        self.ticket.done.connect(self.reset)
        workplace.language.changed.connect(self._language_changed)
        self._back_to_start = QTimer(self)
        self._back_to_start.setSingleShot(True)
        self._back_to_start.setInterval(KIOSK_TICKET_SECONDS * 1000)
        self._back_to_start.timeout.connect(self.reset)
        self._issued: IssuedTicket | None = None
        self._enabled = True
        self._acting = False

    def load(self) -> None:
        """Read this location's services (off the GUI thread)."""
        code = self._workplace.location.code
        self._workplace.runner.run(
            lambda: self._workplace.queue.services(code), self._services_loaded,
            self._refused,
        )

    def show_overview(self, overview: LocationOverview) -> None:
        """A change in the queue: the waits on the buttons and reception's list of today."""
        self.start.show_queues(overview)
        if self.day is not None:
            self._read_day()

    def scanned_code(self, code: str) -> None:
        """A booking code held under the ID reader: check that appointment in at once."""
        if self._acting or not self._enabled or not self.start.buttons:
            return
        if self.pages.currentWidget() is not self.start:
            self.reset()  # the previous visitor's ticket page: this is the next visitor
        # Only looked up, not shown: whatever the reader read stays off the screen.
        self.start.show_error("")
        self._check_in(code)

    def reset(self) -> None:
        """Back to the start screen, ready for the next visitor (on the kiosk: in Dutch)."""
        self._back_to_start.stop()
        self.start.booking_code.clear()
        self.start.show_error("")
        self.start.priority.setChecked(False)
        if self._kiosk and self._workplace.language.language != "nl":
            self._workplace.language.set_language("nl")
        self.pages.setCurrentWidget(self.start)
        first = next(iter(self.start.buttons.values()), None)
        if self._kiosk:
            self.start.booking_code.setFocus()  # where a scanner types a booking code
        elif first is not None:
            first.setFocus()

    def set_actions_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._update_buttons()

    @property
    def issued(self) -> IssuedTicket | None:
        return self._issued

    def _services_loaded(self, services: tuple[ServiceInfo, ...]) -> None:
        self.start.show_services(services, self._workplace.language.language)
        self._update_buttons()
        self.reset()

    def _issue(self, letter: str) -> None:
        if self._acting or not self._enabled:
            return
        code = self._workplace.location.code
        queue, staff = self._workplace.queue, self._workplace.staff
        priority = self.start.priority.isChecked()
        self._run(lambda: queue.issue_ticket(code, letter, priority=priority, by=staff),
                  self._show)

    def _check_in(self, booking_code: str) -> None:
        if self._acting or not self._enabled:
            return
        code = self._workplace.location.code
        queue, staff = self._workplace.queue, self._workplace.staff
        self._run(lambda: queue.check_in(code, booking_code, by=staff), self._show)

    def _run(self, work: Callable[[], T], then: Callable[[T], None],
             on_error: Callable[[UserFacingError], None] | None = None) -> None:
        """An own action: buttons wait for its answer (a background read never disables)."""
        self._acting = True
        self._update_buttons()
        handle_error = on_error or self._refused

        def done(result: T) -> None:
            self._acting = False
            self._update_buttons()
            then(result)

        def refused(error: UserFacingError) -> None:
            self._acting = False
            self._update_buttons()
            handle_error(error)

        self._workplace.runner.run(work, done, refused)

    def _show(self, issued: IssuedTicket) -> None:
        self._issued = issued
        self.start.priority.setChecked(False)
        self.ticket.show_ticket(issued, self._workplace.language.language)
        self.pages.setCurrentWidget(self.ticket)
        self.ticket.done_button.setFocus()
        self.ticket_issued.emit(issued)
        if self._kiosk:
            self._back_to_start.start()
        if self.day is not None:
            self._read_day()
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

    # -- reception: today's tickets ----------------------------------------------------------

    def _read_day(self) -> None:
        day = self.day
        queue, code = self._workplace.queue, self._workplace.location.code
        if day is not None:
            self._workplace.runner.run(lambda: queue.tickets_today(code), day.show_tickets,
                                       lambda _error: None)

    def _cancel(self, chosen: TodayTicketView) -> None:
        queue, code = self._workplace.queue, self._workplace.location.code
        self._run(lambda: queue.cancel(code, chosen.ticket_id), lambda _ticket: self._day_done(
            self.tr("%1 geannuleerd").replace("%1", chosen.number)), self._day_refused)

    def _reprint(self, chosen: TodayTicketView) -> None:
        queue, code = self._workplace.queue, self._workplace.location.code
        self._run(lambda: queue.reprint(code, chosen.ticket_id), self._print_again,
                  self._day_refused)

    def _print_again(self, issued: IssuedTicket) -> None:
        future = self._workplace.devices.print_ticket(issued, self._workplace.language.language)
        number = issued.ticket.number
        self._workplace.runner.watch(
            future,
            lambda _none: self._day_done(self.tr("%1 opnieuw afgedrukt").replace("%1", number)),
            lambda error: self._day_message(error_text(error), "message-error"))

    def _day_refused(self, error: UserFacingError) -> None:
        self._day_message(error_text(error), "message-error")
        self._read_day()

    def _day_done(self, text: str) -> None:
        self._day_message(text, "message-ok")
        self._read_day()

    def _day_message(self, text: str, role: str) -> None:
        if self.day is not None:
            self.day.show_message(text, role)

    def _update_buttons(self) -> None:
        usable = self._enabled and not self._acting
        for button in self.start.buttons.values():
            button.setEnabled(usable)
        self.start.check_in_button.setEnabled(usable)
        self.ticket.reprint_button.setEnabled(self._enabled)
        if self.day is not None:
            self.day.set_enabled(usable)

    def _language_changed(self, language: str) -> None:
        self.start.set_language(language)
        self.ticket.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.start.retranslate()
            self.ticket.retranslate()
        super().changeEvent(event)

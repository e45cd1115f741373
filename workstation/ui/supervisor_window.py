"""The supervisor's window: every location of the site live, the workstations' backlog, and
the two changes a supervisor makes during the day (a counter's services, the ticker).

The board arrives from the change feed (``ui/supervisor_live.py``) and is re-read every
``REFRESH_MS`` as well, because waiting times grow without any change notice. Actions run on
the window's worker thread; the change feed then brings the new board, as for everyone else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE
from workstation.domain.site import LocationInfo, StaffInfo
from workstation.domain.supervision import SupervisorBoard, TodayScope
from workstation.services.supervisor_follower import SupervisorFollowers
from workstation.ui.banners import ConnectionBanner
from workstation.ui.header import MunicipalityHeader
from workstation.ui.i18n import LanguageSwitcher, error_text
from workstation.ui.style import Theme, set_role, stylesheet
from workstation.ui.supervisor_backlog import BacklogPanel
from workstation.ui.supervisor_dialogs import CounterServicesDialog, TickerDialog
from workstation.ui.supervisor_live import LiveBoard
from workstation.ui.supervisor_locations import LocationCard
from workstation.ui.supervisor_measures import MeasuresPanel
from workstation.ui.tasks import TaskRunner
from workstation.ui.window_menu import WindowMenu, window_menu

log = logging.getLogger("loket.ui")

REFRESH_MS = 20_000
# Today's measures read every event of the day: after a change, at most this often.
MEASURES_MS = 10_000
# px: today's measures and the workstations beside the locations, a quarter of the window
# between these bounds (a laptop keeps the services' names, a wide screen the measures')
SIDE_WIDTHS = (420, 520)


class SupervisorWindow(QMainWindow):
    ready = Signal()  # the first board is on screen
    updated = Signal(object)  # a SupervisorBoard is now on screen (tests, the benchmark)
    stopped = Signal(object)  # SchemaMismatch after a reconnect
    signed_out = Signal()

    def __init__(self, followers: SupervisorFollowers, location: LocationInfo,
                 language: LanguageSwitcher, staff: StaffInfo, *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = followers.service
        self._staff = staff
        self._location = location
        self._language = language
        self._demo = demo
        self._shut_down = False
        self.board: SupervisorBoard | None = None
        self.connected: bool | None = None
        self.runner = TaskRunner("supervisor", self._show_error, self)
        self.setStyleSheet(stylesheet(Theme(primary=location.municipality.primary_colour)))
        self.header = MunicipalityHeader(location, False, self)
        self.connection_banner = ConnectionBanner(self)
        self.who = QLabel(self)
        self.updated_at = QLabel(self)
        set_role(self.updated_at, "muted")
        self.sign_out = QPushButton(self)
        self.sign_out.clicked.connect(self.signed_out)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.cards: dict[str, LocationCard] = {}
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(12)
        self.backlog = BacklogPanel(self)
        self.measures = MeasuresPanel(self)
        self._measures_due = True
        self._measures_timer = QTimer(self)
        self._measures_timer.setSingleShot(True)
        self._measures_timer.setInterval(MEASURES_MS)
        self._measures_timer.timeout.connect(self._measures_pause_over)
        self.dialog: CounterServicesDialog | TickerDialog | None = None
        self._layout()
        self.live = LiveBoard(followers, staff, self)
        self.live.board.connect(self._show_board)
        self.live.connection.connect(self._show_connection)
        self.live.stopped.connect(self.stopped)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)
        self._menu: WindowMenu
        self._build_menu()
        language.changed.connect(self._language_changed)
        self.setMinimumSize(1024, 700)
        self._retranslate()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 8)
        bar.addWidget(self.who)
        bar.addStretch(1)
        bar.addWidget(self.updated_at)
        bar.addWidget(self.sign_out)
        board = QWidget(self)
        board.setObjectName("page")
        columns = QHBoxLayout(board)
        columns.setContentsMargins(16, 8, 16, 16)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addLayout(self._cards_box)
        left.addStretch(1)
        side = QWidget(board)
        side.setMinimumWidth(SIDE_WIDTHS[0])
        side.setMaximumWidth(SIDE_WIDTHS[1])
        self.side = QVBoxLayout(side)
        self.side.setContentsMargins(0, 0, 0, 0)
        self.side.addWidget(self.measures)
        self.side.addWidget(self.backlog)
        self.side.addStretch(1)
        columns.addLayout(left, 3)
        columns.addWidget(side, 1)
        self.board_area = QScrollArea(self)
        self.board_area.setWidgetResizable(True)
        self.board_area.setWidget(board)
        central = QWidget(self)
        central.setObjectName("page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.connection_banner)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.board_area, 1)
        self.setCentralWidget(central)

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        self.live.start()
        self._refresh.start()

    def refresh(self) -> None:
        service, staff = self._service, self._staff
        self.runner.run(lambda: service.board(staff), self._show_board, lambda _error: None)

    def shutdown(self) -> None:
        """Stop the timer, the change feed and the worker; idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self._refresh.stop()
        self._measures_timer.stop()
        self.live.stop()
        self.runner.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.shutdown()
        super().closeEvent(event)

    # -- the board -------------------------------------------------------------------------

    def _show_board(self, board: SupervisorBoard) -> None:
        first = self.board is None
        if self.board is not None and board.read_at < self.board.read_at:
            return  # a refresh read before the feed's latest board
        self.board = board
        for location in board.locations:
            card = self.cards.get(location.code)
            if card is None:
                card = self.cards[location.code] = LocationCard(location.code, self)
                card.language = self._language.language
                card.counter_chosen.connect(self._choose_services)
                card.ticker_chosen.connect(self._edit_ticker)
                self._cards_box.addWidget(card)
            card.show_board(location)
        self.backlog.show_backlog(board.workstations, board.read_at)
        self._measures_changed()
        self._show_updated_at()
        if self.connected is None:
            self._show_connection(True)
        self.updated.emit(board)
        if first:
            self.ready.emit()

    def _measures_changed(self) -> None:
        """Read today's measures now, or when the pause after the last reading is over."""
        if self._measures_timer.isActive():
            self._measures_due = True
            return
        self._measures_due = False
        self._measures_timer.start()
        service, staff = self._service, self._staff
        self.runner.run(lambda: service.today(staff), self._show_today, lambda _error: None)

    def _measures_pause_over(self) -> None:
        if self._measures_due:
            self._measures_changed()

    def _show_today(self, scopes: tuple[TodayScope, ...]) -> None:
        names = {b.code: b.name for b in self.board.locations} if self.board else {}
        self.measures.show_today(scopes, names)

    def _show_updated_at(self) -> None:
        if self.board is not None:
            self.updated_at.setText(self.tr("Bijgewerkt om %1").replace(
                "%1", self.board.read_at.astimezone(SITE_TIMEZONE).strftime("%H:%M:%S")))

    def _show_connection(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        self.connection_banner.setVisible(not connected)
        for card in self.cards.values():
            card.setEnabled(connected)

    # -- actions ---------------------------------------------------------------------------

    def _choose_services(self, location_code: str, number: int) -> None:
        if self.board is None or self.dialog is not None:
            return
        location = self.board.location(location_code)
        counter = next(c for c in location.counters if c.number == number)
        dialog = CounterServicesDialog(location, counter, self._language.language, self)
        dialog.accepted.connect(lambda: self._save_services(dialog))
        self._open(dialog)

    def _save_services(self, dialog: CounterServicesDialog) -> None:
        service, staff = self._service, self._staff
        code, number = dialog.location_code, dialog.counter_number
        opened, closed = dialog.changes()

        def save() -> None:
            for letter in opened:
                service.open_service(staff, code, number, letter)
            for letter in closed:
                service.close_service(staff, code, number, letter)

        self._act(save, lambda: self.tr("Diensten van balie %1 aangepast.").replace(
            "%1", str(number)))

    def _edit_ticker(self, location_code: str) -> None:
        if self.board is None or self.dialog is not None:
            return
        dialog = TickerDialog(self.board.location(location_code), self)
        dialog.submitted.connect(lambda: self._save_ticker(dialog))
        self._open(dialog)

    def _save_ticker(self, dialog: TickerDialog) -> None:
        service, staff = self._service, self._staff
        code, dutch, english = dialog.location_code, dialog.dutch.text(), dialog.english.text()

        def saved(_result: None) -> None:
            dialog.accept()
            self._say(self.tr("Het tickerbericht staat op het scherm in de wachtruimte."))

        self.runner.run(lambda: service.set_ticker(staff, code, dutch, english), saved,
                        lambda error: dialog.show_error(error_text(error)))

    def _open(self, dialog: CounterServicesDialog | TickerDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _act(self, call: Callable[[], None], confirm: Callable[[], str]) -> None:
        self.runner.run(call, lambda _result: self._say(confirm()))

    def _say(self, text: str, role: str = "message-info") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()

    def _show_error(self, error: UserFacingError) -> None:
        self._say(error_text(error), "message-error")

    # -- language --------------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = window_menu(self, self._language)
        self.file_menu, self.quit_action = menu.file_menu, menu.quit_action
        self.language_menu, self.language_actions = menu.language_menu, menu.language_actions
        self._menu = menu

    def _language_changed(self, language: str) -> None:
        self._menu.show_language(language)
        for card in self.cards.values():
            card.language = language
            if card.board is not None:
                card.show_board(card.board)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        demo = " — DEMO" if self._demo else ""
        title = self.tr("Teamleider")
        self.setWindowTitle(f"Loket — {title} — {self._location.name}{demo}")
        self.who.setText(self.tr("Teamleider: %1").replace("%1", self._staff.display_name))
        self.sign_out.setText(self.tr("Afmelden"))
        self._show_updated_at()
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.quit_action.setText(self.tr("&Afsluiten"))
        self.language_menu.setTitle(self.tr("&Taal"))

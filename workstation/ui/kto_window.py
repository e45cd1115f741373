"""The customer-facing screen that asks for the visitor's mark.

Two uses: the second screen at a counter, turned towards the visitor, which the counter window
drives (``ask_after_visit`` when the counter finishes a visit), and a kiosk in the
``feedback`` role, which asks every passer-by and leaves kiosk mode only with a staff code and
PIN (``ui/kiosk.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from workstation.domain.errors import UserFacingError
from workstation.domain.kto import MarkPlace
from workstation.domain.site import LocationInfo
from workstation.services.kto_service import KtoService
from workstation.ui.header import MunicipalityHeader
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.kiosk import KioskGuard, StaffCheck
from workstation.ui.kto_screen import KtoScreen
from workstation.ui.style import Theme, set_role, stylesheet
from workstation.ui.tasks import TaskRunner

KANAAL = "balie"  # a mark given in the building is about a visit at the counter


class KtoWindow(QWidget):
    def __init__(self, kto: KtoService, location: LocationInfo, *,
                 counter_number: int | None = None, language: LanguageSwitcher | None = None,
                 check_staff: StaffCheck | None = None, idle_seconds: float = 45,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._location = location
        self._counter_number = counter_number
        self._language = language
        self._shut_down = False
        self.runner = TaskRunner("kto", self._not_saved, self)
        self.setStyleSheet(stylesheet(Theme(primary=location.municipality.primary_colour,
                                            touch=True)))
        self.header = MunicipalityHeader(location, True, self)
        feedback_kiosk = counter_number is None
        self.questions = KtoScreen(kto, self.runner, show_waiting=not feedback_kiosk, parent=self)
        # Only a kiosk of its own may switch the language: at a counter the switch would
        # change the colleague's screen too.
        self.language_button: QPushButton | None = None
        if feedback_kiosk and language is not None:
            self.language_button = QPushButton(self.header)
            set_role(self.language_button, "on-banner")
            self.language_button.clicked.connect(self._toggle_language)
            header_layout = self.header.layout()
            assert header_layout is not None
            header_layout.addWidget(self.language_button)
            self.questions.waiting_shown.connect(lambda: language.set_language("nl"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.questions, 1)
        self.kiosk: KioskGuard | None = None
        if feedback_kiosk:
            if check_staff is None:
                raise ValueError("a feedback kiosk needs a staff check for its exit")
            self.kiosk = KioskGuard(self, self.runner, check_staff, idle_seconds)
            self.kiosk.idle.connect(self.questions.left_alone)
            self.kiosk.unlocked.connect(self.close)
            self.questions.set_default_place(self._place(None))
        self.setMinimumSize(1024, 700)
        self._retranslate()

    def ask_after_visit(self, service_letter: str | None) -> None:
        """The counter finished a visit of this service: ask its visitor for a mark."""
        self.questions.ask(self._place(service_letter))

    def _place(self, service_letter: str | None) -> MarkPlace:
        location = self._location
        return MarkPlace(location.municipality.code, location.code, KANAAL, service_letter,
                         self._counter_number)

    def _not_saved(self, error: UserFacingError) -> None:
        """Errors of the kiosk exit are shown in its dialog; nothing else reaches here."""

    def _toggle_language(self) -> None:
        if self._language is not None:
            self._language.set_language("en" if self._language.language == "nl" else "nl")

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.questions.stop()
        if self.kiosk is not None:
            self.kiosk.stop()
        self.runner.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.kiosk is not None and self.kiosk.locked:
            event.ignore()
            self.kiosk.ask_staff_code()
            return
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = self.tr("Uw mening")
        self.setWindowTitle(f"Loket — {title} — {self._location.name}")
        if self.language_button is not None and self._language is not None:
            self.language_button.setText(
                "English" if self._language.language == "nl" else "Nederlands")

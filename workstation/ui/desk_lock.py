"""The screen lock of a desk workstation (Ctrl+L): covers the window until the signed-in
colleague types their PIN. Locking empties the desk first, so nothing personal stays behind
the cover. The PIN is checked by the staff service (with its lockout after wrong PINs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.errors import UserFacingError
from workstation.domain.site import StaffInfo
from workstation.services.staff_service import StaffService
from workstation.ui.i18n import error_text
from workstation.ui.sign_in import pin_field
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner


class ScreenLock(QFrame):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, cover: QWidget, staff: StaffInfo, service: StaffService,
                 runner: TaskRunner) -> None:
        super().__init__(cover)
        self.setObjectName("page")
        self._cover = cover
        self._staff = staff
        self._service = service
        self._runner = runner
        self.title = QLabel(self)
        set_role(self.title, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = pin_field(self)
        self.pin.setFixedWidth(220)
        self.unlock = QPushButton(self)
        set_role(self.unlock, "primary")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.message, "message-error")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.prompt, self.pin, self.unlock, self.message):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.pin.returnPressed.connect(self._check)
        self.unlock.clicked.connect(self._check)
        cover.installEventFilter(self)
        self.hide()
        self._retranslate()

    def lock(self) -> None:
        if self.isVisible():
            return
        self.locked.emit()
        self.setGeometry(self._cover.rect())
        self.message.hide()
        self.pin.clear()
        self.show()
        self.raise_()
        self.pin.setFocus()

    def _check(self) -> None:
        pin, code, service = self.pin.text(), self._staff.code, self._service
        self.pin.clear()
        if not pin:
            return
        self.unlock.setEnabled(False)
        self._runner.run(lambda: service.sign_in(code, pin), self._opened, self._refused)

    def _opened(self, _staff: StaffInfo) -> None:
        self.unlock.setEnabled(True)
        self.hide()
        self.unlocked.emit()

    def _refused(self, error: UserFacingError) -> None:
        self.unlock.setEnabled(True)
        self.message.setText(error_text(error))
        self.message.show()
        self.pin.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._cover and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._cover.rect())
        return False

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Scherm vergrendeld"))
        self.prompt.setText(self.tr("%1, typ uw pincode om verder te werken.").replace(
            "%1", self._staff.display_name))
        self.unlock.setText(self.tr("Ontgrendelen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The visitor's mark by touch alone: a 1-10 mark, then optionally one per aspect.

Pages: waiting (between visits, at a counter), the mark, the aspects, thank you. Every page
that asks something has one button that leaves it; a page left alone goes back to waiting by
itself. A mark once tapped is kept when the visitor walks away from the aspects page: it is
what they said. The mark is written on the worker thread; the visitor sees "thank you" at once
and never an error they cannot do anything about (a failure is logged).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import UserFacingError
from workstation.domain.kto import HIGHEST_MARK, LOWEST_MARK, Aspect, MarkPlace
from workstation.services.kto_service import KtoService
from workstation.ui.style import set_role
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

IDLE_MS = 30_000  # a question left alone this long goes back to waiting
THANKS_MS = 4_000
MARK_SIZE = 104  # px (style.py): WCAG asks 44; a visitor standing at a counter gets more
ASPECT_SIZE = 56  # 10 per row beside the aspect names on a 1024-wide kiosk
_MARKS = range(LOWEST_MARK, HIGHEST_MARK + 1)
_ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})


def _page(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(40, 32, 40, 32)
    layout.setSpacing(20)
    return page, layout


def _title(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    set_role(label, "title")
    return label


class KtoScreen(QStackedWidget):
    """``ask(place)`` starts the questions; ``waiting_shown`` when it is back to waiting."""

    waiting_shown = Signal()

    def __init__(self, kto: KtoService, runner: TaskRunner, *, show_waiting: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kto = kto
        self._runner = runner
        self._show_waiting = show_waiting
        self._place: MarkPlace | None = None
        self._mark: int | None = None
        self._default_place: MarkPlace | None = None
        self.waiting_page, layout = _page(self)
        self.welcome = _title(self.waiting_page)
        layout.addStretch(1)
        layout.addWidget(self.welcome)
        layout.addStretch(1)

        self.mark_page, layout = _page(self)
        self.question = _title(self.mark_page)
        self.hint = QLabel(self.mark_page)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.mark_buttons: list[QPushButton] = []
        for mark in _MARKS:
            button = QPushButton(str(mark), self.mark_page)
            set_role(button, "mark")
            button.setMinimumSize(MARK_SIZE, MARK_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(partial(self._marked, mark))
            grid.addWidget(button, (mark - 1) // 5, (mark - 1) % 5)
            self.mark_buttons.append(button)
        self.no_thanks = QPushButton(self.mark_page)
        self.no_thanks.setMinimumSize(280, ASPECT_SIZE + 16)
        self.no_thanks.clicked.connect(self.back_to_waiting)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(self.no_thanks, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self.aspect_page, layout = _page(self)
        self.aspect_question = _title(self.aspect_page)
        self.aspect_hint = QLabel(self.aspect_page)
        self.aspect_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.aspect_hint, "muted")
        layout.addWidget(self.aspect_question)
        layout.addWidget(self.aspect_hint)
        rows = QGridLayout()
        rows.setHorizontalSpacing(6)
        rows.setVerticalSpacing(14)
        self.aspect_labels: dict[Aspect, QLabel] = {}
        self.aspect_groups: dict[Aspect, QButtonGroup] = {}
        for row, aspect in enumerate(Aspect):
            label = QLabel(self.aspect_page)
            set_role(label, "heading")
            rows.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for mark in _MARKS:
                button = QPushButton(str(mark), self.aspect_page)
                button.setCheckable(True)
                set_role(button, "aspect")
                button.setMinimumSize(ASPECT_SIZE, ASPECT_SIZE)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                group.addButton(button, mark)
                rows.addWidget(button, row, mark)
            self.aspect_labels[aspect] = label
            self.aspect_groups[aspect] = group
        rows.setColumnStretch(0, 1)
        layout.addStretch(1)
        layout.addLayout(rows)
        layout.addStretch(1)
        self.done = QPushButton(self.aspect_page)
        set_role(self.done, "primary")
        self.done.setMinimumSize(280, ASPECT_SIZE + 16)
        self.done.clicked.connect(self._send)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)

        self.thanks_page, layout = _page(self)
        self.thanks = _title(self.thanks_page)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addStretch(1)

        for page in (self.waiting_page, self.mark_page, self.aspect_page, self.thanks_page):
            self.addWidget(page)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.left_alone)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(THANKS_MS)
        self._thanks.timeout.connect(self.back_to_waiting)
        self.installEventFilter(self)
        for page in (self.mark_page, self.aspect_page):
            for child in page.findChildren(QWidget):
                child.installEventFilter(self)
        self._retranslate()
        self.setCurrentWidget(self.waiting_page)

    # -- flow ------------------------------------------------------------------------------

    def set_default_place(self, place: MarkPlace) -> None:
        """A feedback kiosk: without a visit to ask about, it asks for a mark all the time."""
        self._default_place = place
        if not self._show_waiting:
            self.back_to_waiting()

    def ask(self, place: MarkPlace) -> None:
        """A visit ended: ask its visitor for a mark (a mark not sent yet is sent first)."""
        self._send_pending()
        self._place = place
        self._clear()
        self.setCurrentWidget(self.mark_page)
        self._idle.start()

    def back_to_waiting(self) -> None:
        """Leave without (more) questions; an unsent mark was sent by the caller."""
        self._idle.stop()
        self._thanks.stop()
        self._clear()
        if not self._show_waiting and self._default_place is not None:
            self._place = self._default_place
            self.setCurrentWidget(self.mark_page)
        else:
            self._place = None
            self.setCurrentWidget(self.waiting_page)
        self.waiting_shown.emit()

    def stop(self) -> None:
        self._idle.stop()
        self._thanks.stop()

    def _clear(self) -> None:
        self._mark = None
        for group in self.aspect_groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def _marked(self, mark: int) -> None:
        self._mark = mark
        self.setCurrentWidget(self.aspect_page)
        self._idle.start()

    def _send(self) -> None:
        self._send_pending()
        self._idle.stop()
        self.setCurrentWidget(self.thanks_page)
        self._thanks.start()

    def left_alone(self) -> None:
        """Nobody touched the screen for a while: keep a mark already tapped, then wait."""
        self._send_pending()
        self.back_to_waiting()

    def _send_pending(self) -> None:
        place, mark = self._place, self._mark
        if place is None or mark is None:
            return
        self._mark = None
        aspects = {aspect: group.checkedId() for aspect, group in self.aspect_groups.items()
                   if group.checkedId() > 0}
        kto = self._kto
        self._runner.run(lambda: kto.give(place, mark, aspects), lambda _given: None,
                         self._not_saved)

    @staticmethod
    def _not_saved(error: UserFacingError) -> None:
        log.warning("KTO mark not saved: %s", error.detail)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        return False

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.welcome.setText(self.tr("Welkom"))
        self.question.setText(self.tr("Welk rapportcijfer geeft u ons voor dit bezoek?"))
        self.hint.setText(self.tr("Tik op een cijfer: 1 is heel slecht, 10 is uitstekend. "
                                  "Uw cijfer is anoniem."))
        self.no_thanks.setText(self.tr("Liever niet"))
        self.aspect_question.setText(self.tr("Wilt u ook een cijfer geven voor:"))
        self.aspect_hint.setText(self.tr("Niet verplicht. Tik op Klaar als u klaar bent."))
        names = {
            Aspect.WACHTTIJD: self.tr("Wachttijd"),
            Aspect.VRIENDELIJKHEID: self.tr("Vriendelijkheid"),
            Aspect.DESKUNDIGHEID: self.tr("Deskundigheid"),
            Aspect.DUIDELIJKHEID: self.tr("Duidelijkheid"),
        }
        for aspect, label in self.aspect_labels.items():
            label.setText(names[aspect])
        self.done.setText(self.tr("Klaar"))
        self.thanks.setText(self.tr("Dank u wel voor uw cijfer!"))


"""Scanners that type: keyboard-wedge MRZ readers and 2D QR scanners, wherever the focus is.

An application event filter on one window (counter, phone, reception; its dialogs included)
watches the key presses that carry a character or Enter. It holds each burst of keys
(``domain.keystrokes``) until it knows who typed it:

* a person (too slow, or too short): the held keys go on to the widgets they were meant for,
  in order, at the latest one gap (50 ms) later; typing is never swallowed;
* a scanner: each line (up to its Enter) goes, instead of into the focused widget,
  - as an MRZ line, to the keyboard-wedge ID reader (``KeyboardWedge``): the ID reader's
    pipeline reads the document and the desk identifies its holder in one action;
  - as a BSN QR code (Dutch documents since August 2021), to the desk (``on_bsn_qr``);
  - as anything else (a booking code, noise), to the wedge reader, which reads codes and
    reports what it cannot read.
  A line nobody takes (no wedge reader, or a QR code on a window without a desk) goes on to
  the focused widget as it was typed, as before this filter.

Keys without a timestamp (made by software, such as a test's key clicks) and keys with Ctrl,
Alt or Meta are a person's; any other key (Backspace, Tab, arrows) ends the burst first. The
filter attaches to the wedge reader while it runs, so the reader is ready only while a window
feeds it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from workstation.domain.identify import is_bsn_qr
from workstation.domain.keystrokes import BurstTiming, KeyBurst, is_mrz_line
from workstation.services.keyboard_wedge import KeyboardWedge

log = logging.getLogger("loket.ui")

_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_NOT_TYPED = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)
_SCANNER_QUIET_MS = 300
"""A scanner burst that ends without Enter is closed after this much silence: long enough
that a GUI busy for a moment does not cut a scan in two."""


class WedgeInput(QObject):
    """The key filter of ``window``; ``start`` when the window is shown, ``stop`` when it goes."""

    def __init__(self, window: QWidget, timing: BurstTiming, wedge: KeyboardWedge | None,
                 on_bsn_qr: Callable[[str], None] | None) -> None:
        super().__init__(window)
        self._window = window
        self._timing = timing
        self._wedge = wedge
        self._on_bsn_qr = on_bsn_qr
        self._burst = KeyBurst(timing)
        self._held: list[tuple[QWidget, QKeyEvent]] = []  # the keys of the line not yet given
        self._line: list[str] = []  # their characters
        self._replaying = False
        self._detach: Callable[[], None] | None = None
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._end_burst)

    def start(self) -> None:
        QCoreApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        if self._wedge is not None and self._detach is None:
            self._detach = self._wedge.attach_wedge()

    def stop(self) -> None:
        """Idempotent; keys still held go on to their widgets."""
        QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self._end_burst()
        detach, self._detach = self._detach, None
        if detach is not None:
            detach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if (self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                or not isinstance(watched, QWidget) or not self._in_window(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            if not self._held:
                return False
            self._held.append((watched, event.clone()))  # stays in order with its press
            return True
        char = _typed_char(event)
        if char is None:
            self._end_burst()  # a scanner never presses this key: what was held goes first
            return False
        timestamp_s = event.timestamp() / 1000
        if self._burst.count and not self._burst.continues(timestamp_s):
            self._end_burst()
        self._burst.add(timestamp_s)
        self._held.append((watched, event.clone()))
        self._line.append(char)
        if self._burst.scanner and char == "\r":
            self._give_line()
        quiet_ms = (_SCANNER_QUIET_MS if self._burst.scanner
                    else math.ceil(self._timing.max_gap_s * 1000) + 1)
        self._quiet.start(quiet_ms)
        return True

    def _in_window(self, widget: QWidget) -> bool:
        """The window itself, its widgets and its dialogs (whose parent it is)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self._window:
                return True
            current = current.parentWidget()
        return False

    def _end_burst(self) -> None:
        self._quiet.stop()
        if self._burst.scanner and self._line:
            self._give_line()
        else:
            self._replay()
        self._burst.reset()

    def _give_line(self) -> None:
        """A scanner's line: to whoever takes it, else on to the focused widget as typed."""
        text = "".join(self._line)
        if self._route(text):
            self._held.clear()
            self._line.clear()
        else:
            self._replay()

    def _route(self, text: str) -> bool:
        line = text.rstrip("\r")
        if not is_mrz_line(line) and self._on_bsn_qr is not None and is_bsn_qr(line):
            log.info("a scanned BSN QR code goes to the desk")
            self._on_bsn_qr(line)
            return True
        if self._wedge is not None and self._wedge.feed_wedge(text):
            return True
        log.info("scanned input of %d characters has no reader; it stays where it was typed",
                 len(line))
        return False

    def _replay(self) -> None:
        held, self._held = self._held, []
        self._line.clear()
        self._replaying = True
        try:
            for widget, event in held:
                if shiboken6.isValid(widget):
                    QCoreApplication.sendEvent(widget, event)
        finally:
            self._replaying = False


def _typed_char(event: QKeyEvent) -> str | None:
    """The character a scanner could have typed with this key, or None for a person's key."""
    if event.timestamp() == 0 or event.isAutoRepeat() or event.modifiers() & _NOT_TYPED:
        return None
    if event.key() in _ENTER:
        return "\r"
    text = event.text()
    return text if len(text) == 1 and text.isprintable() else None


"""The voice port on QtTextToSpeech. No engine, or an engine in error: log once, stay silent."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from queue_display.announcer import Done
from queue_display.guarded_output import GuardedOutput

log = logging.getLogger("loket.ui")

PREFERRED_ENGINES = ("speechd", "sapi", "winrt", "darwin", "flite")
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
GUARD_MS = 15000  # an engine that never reports the end of a line must not stop the queue


def default_engine() -> str | None:
    """The machine's real speech engine, or None. Qt's ``mock`` engine is for tests only."""
    available = QTextToSpeech.availableEngines()
    for name in PREFERRED_ENGINES:
        if name in available:
            return name
    return next((name for name in available if name != "mock"), None)


class QtVoice(GuardedOutput):
    """Speaks one line at a time; ``speaking`` tells observers (and tests) what was said."""

    speaking = Signal(str, str)  # text, language

    def __init__(self, engine: str | None, parent: QObject | None = None) -> None:
        super().__init__("voice is off: %s; calls are shown (and chimed) without it", GUARD_MS,
                         parent)
        self._started = False
        self.engine: QTextToSpeech | None = None
        if engine is None:
            self._off("no speech engine on this machine")
        else:
            self.engine = QTextToSpeech(engine, self)
            if self.engine.state() == QTextToSpeech.State.Error:
                self._off(f"speech engine {engine!r} failed: {self.engine.errorString()}")
                self.engine = None
            else:
                self.engine.stateChanged.connect(self._state_changed)

    @property
    def available(self) -> bool:
        return self.engine is not None

    def say(self, text: str, language: str, done: Done) -> None:
        self._finish()
        if self.engine is None:
            done()
            return
        locale = LOCALES.get(language)
        if locale is not None and locale != self.engine.locale():
            self.engine.setLocale(locale)
        self._started = False
        self._begin(done)
        self.speaking.emit(text, language)
        self.engine.say(text)

    def close(self) -> None:
        self._forget()
        if self.engine is not None:
            self.engine.stateChanged.disconnect(self._state_changed)
            self.engine.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            self._started = True
        elif state == QTextToSpeech.State.Error:
            if self.engine is not None:
                self._off(f"speech engine error: {self.engine.errorString()}")
                self.engine = None
            self._finish()
        elif state == QTextToSpeech.State.Ready and self._started:
            self._finish()

    def _timed_out(self) -> None:
        log.warning("the speech engine did not finish a line in %d s; going on", GUARD_MS // 1000)
        super()._timed_out()

"""The chime port on QtMultimedia's QSoundEffect, degrading quietly without audio output."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from importlib.resources import as_file, files

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from queue_display.announcer import Done

log = logging.getLogger("loket.ui")

CHIME_RESOURCE = ("sounds", "chime.wav")
GUARD_MS = 4000  # the chime lasts 1.5 s; never wait longer than this for the end


class QtChime(QObject):
    """Plays ``resources/sounds/chime.wav``. Without an audio output it logs once and
    reports done at once; a device that appears later is used from then on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = ExitStack()
        self._path = self._files.enter_context(
            as_file(files("resources").joinpath(*CHIME_RESOURCE)))
        self._effect: QSoundEffect | None = None
        self._done: Done | None = None
        self._told_off = False
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.setInterval(GUARD_MS)
        self._guard.timeout.connect(self._finish)

    def play(self, done: Done) -> None:
        self._finish()
        if not QMediaDevices.audioOutputs():
            self._off("no audio output device")
            done()
            return
        effect = self._sound_effect()
        if effect.status() == QSoundEffect.Status.Error:
            self._off("the chime cannot be played on this audio device")
            done()
            return
        self._done = done
        self._guard.start()
        effect.play()

    def close(self) -> None:
        self._guard.stop()
        self._done = None
        if self._effect is not None:
            self._effect.stop()
            self._effect.deleteLater()
            self._effect = None
        self._files.close()

    def _sound_effect(self) -> QSoundEffect:
        if self._effect is None:
            self._effect = QSoundEffect(self)
            self._effect.playingChanged.connect(self._playing_changed)
            self._effect.statusChanged.connect(self._status_changed)
            self._effect.setSource(QUrl.fromLocalFile(str(self._path)))
        return self._effect

    def _playing_changed(self) -> None:
        if self._effect is not None and not self._effect.isPlaying():
            self._finish()

    def _status_changed(self) -> None:
        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            self._off("the chime cannot be played on this audio device")
            self._finish()

    def _finish(self) -> None:
        self._guard.stop()
        done, self._done = self._done, None
        if done is not None:
            done()

    def _off(self, reason: str) -> None:
        if not self._told_off:
            self._told_off = True
            log.warning("chime is off: %s; calls are shown and spoken without it", reason)

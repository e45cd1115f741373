"""The chime port on QtMultimedia's QSoundEffect, degrading quietly without audio output."""

from __future__ import annotations

from contextlib import ExitStack
from importlib.resources import as_file, files

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from queue_display.announcer import Done
from queue_display.guarded_output import GuardedOutput

CHIME_RESOURCE = ("sounds", "chime.wav")
GUARD_MS = 4000  # the chime lasts 1.5 s; never wait longer than this for the end


class QtChime(GuardedOutput):
    """Plays ``resources/sounds/chime.wav``. Without an audio output it logs once and
    reports done at once; a device that appears later is used from then on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("chime is off: %s; calls are shown and spoken without it", GUARD_MS,
                         parent)
        self._files = ExitStack()
        self._path = self._files.enter_context(
            as_file(files("resources").joinpath(*CHIME_RESOURCE)))
        self._effect: QSoundEffect | None = None

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
        self._begin(done)
        effect.play()

    def close(self) -> None:
        self._forget()
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

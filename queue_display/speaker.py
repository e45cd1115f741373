"""The speaker process: the chime and the voice, away from the hall display's GUI thread.

A speech engine can block the thread that calls it (speech-dispatcher whose HDMI audio went
away blocks in ``QTextToSpeech.say()``). In this process that only silences the hall; the
display's ``SpeakerProcess`` notices the missing answer, kills this process and starts another.

Protocol, one JSON object per line. The display writes requests to stdin:
``{"id": 1, "chime": true}`` or ``{"id": 2, "text": "Nummer A 12, balie 3", "language": "nl"}``.
This process answers on stdout: ``{"ready": true}`` once its engines exist, then
``{"done": <id>}`` when a request has been played (or could not be). Its own warnings go to
stderr prefixed ``loket: ``, which the display copies into its log. End of stdin ends the
process, also when its engine hangs: a speaker never outlives its display.

``--voice-engine hang`` is a test engine (like Qt's ``mock``) whose ``say()`` never returns:
the real shape of the hang, in a real child process.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from queue_display.announcer import ChimePort, Done, VoicePort

log = logging.getLogger("loket.ui")

HANG_ENGINE = "hang"
ORPHAN_GRACE_S = 2.0
SPEAKER_NICENESS = 10
LOG_PREFIX = "loket: "  # our own warnings; Qt's backend probing on stderr has no prefix


class HangingVoice:
    """A speech engine that never comes back from ``say()``, as speechd without audio."""

    def say(self, text: str, language: str, done: Done) -> None:
        threading.Event().wait()

    def close(self) -> None:
        """Nothing to release."""


class SpeakerServer(QObject):
    """Plays the requests read from stdin, one after another, and acknowledges each."""

    received = Signal(str)  # one request line, from the reader thread
    ended = Signal()

    def __init__(self, chime: ChimePort, voice: VoicePort | None, answers: TextIO) -> None:
        super().__init__()
        self._chime = chime
        self._voice = voice
        self._answers = answers
        queued = Qt.ConnectionType.QueuedConnection
        self.received.connect(self._play, queued)

    def answer(self, message: dict[str, object]) -> None:
        self._answers.write(json.dumps(message) + "\n")
        self._answers.flush()

    def read(self, requests: TextIO) -> None:
        """On a thread of its own: every line to the GUI-less main thread, then the end.

        The end of stdin means the display has gone (even if it was killed): quit, and if the
        main thread is stuck in an engine, leave anyway after ``ORPHAN_GRACE_S``.
        """
        for line in requests:
            if line.strip():
                self.received.emit(line)
        self.ended.emit()
        time.sleep(ORPHAN_GRACE_S)
        os._exit(0)

    def _play(self, line: str) -> None:
        try:
            request = json.loads(line)
            ident = int(request["id"])
        except (ValueError, KeyError, TypeError):
            log.warning("speaker: ignored a malformed request")
            return

        def done() -> None:
            self.answer({"done": ident})

        if request.get("chime"):
            self._chime.play(done)
        elif self._voice is not None and isinstance(request.get("text"), str):
            self._voice.say(request["text"], str(request.get("language", "nl")), done)
        else:
            done()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m queue_display.speaker")
    parser.add_argument("--voice-engine", help="QtTextToSpeech engine, or 'hang' (a test engine)")
    parser.add_argument("--no-voice", action="store_true", help="chime only")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if hasattr(os, "nice"):
        os.nice(SPEAKER_NICENESS)  # on a busy PC, drawing the calls comes before saying them
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format=LOG_PREFIX + "%(message)s")
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    # Imported late: QtMultimedia reports its backend probing when loaded.
    from queue_display.sound import QtChime
    from queue_display.voice import QtVoice, default_engine

    voice: VoicePort | None
    if args.no_voice:
        voice = None
    elif args.voice_engine == HANG_ENGINE:
        voice = HangingVoice()
    else:
        voice = QtVoice(args.voice_engine or default_engine())
    chime = QtChime()
    server = SpeakerServer(chime, voice, sys.stdout)
    server.ended.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    reader = threading.Thread(target=server.read, args=(sys.stdin,), name="loket-speaker-in",
                              daemon=True)
    reader.start()
    server.answer({"ready": True})
    try:
        return app.exec()
    finally:
        chime.close()
        if voice is not None:
            voice.close()


if __name__ == "__main__":
    sys.exit(main())

"""The chime and voice ports of the hall display, played by a child process under a watchdog.

Nothing here ever waits: requests are written to the child's stdin through ``QProcess`` (which
buffers), answers arrive as ``readyRead`` events. Each request has a budget; a child that does
not answer in time is killed, ``done`` is called so the announcement queue moves on, and the
next request starts a fresh child. After ``MAX_FAILURES`` failures in a row the display gives
up that sound (the voice, or the chime) for ``SILENT_MS`` (still showing every call), then
tries again: audio that comes back
(an HDMI cable plugged in again) is used without a restart of the display.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from queue_display.announcer import Done
from queue_display.speaker import LOG_PREFIX

log = logging.getLogger("loket.ui")

SPEAKER_FLAG = "--speaker"  # the frozen display executable runs the speaker with this flag
CHIME_BUDGET_MS = 6000  # the chime lasts 1.5 s; the child's own guard is 4 s
LINE_BUDGET_MS = 20000  # the child's own guard for one voice line is 15 s
START_BUDGET_MS = 15000  # for a new child to say "ready" (it imports Qt and opens engines)
MAX_FAILURES = 3  # in a row, of one kind
CHIME, VOICE = "chime", "voice"
SILENT_MS = 5 * 60 * 1000


def speaker_command(voice_engine: str | None, *, voice: bool) -> list[str]:
    """The child's command line: this interpreter (or the frozen display executable)."""
    args = ["--no-voice"] if not voice else []
    if voice_engine:
        args += ["--voice-engine", voice_engine]
    if getattr(sys, "frozen", False):
        return [sys.executable, SPEAKER_FLAG, *args]
    return [sys.executable, "-m", "queue_display.speaker", *args]


@dataclass(frozen=True, slots=True)
class Budgets:
    chime_ms: int = CHIME_BUDGET_MS
    line_ms: int = LINE_BUDGET_MS
    start_ms: int = START_BUDGET_MS
    silent_ms: int = SILENT_MS


DEFAULT_BUDGETS = Budgets()


class SpeakerProcess(QObject):
    """Both ports (``play`` and ``say``) on one child; the announcer asks one thing at a time."""

    restarted = Signal()  # a hung or dead child was killed (tests and the benchmark watch this)

    def __init__(self, command: list[str], budgets: Budgets = DEFAULT_BUDGETS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._budgets = budgets
        self._process: QProcess | None = None
        self._ready = False
        self._closed = False
        self._silent: set[str] = set()  # "chime", "voice": given up on for a while
        self._failures = {CHIME: 0, VOICE: 0}  # in a row, per kind
        self._next_id = 0
        self._pending: tuple[int, str, Done] | None = None
        self._budget_ms = 0
        self._out = b""
        self._err = b""
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._timed_out)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._end_silence)

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self) -> None:
        """Start the child ahead of the first call, so the first chime is not late."""
        if not self._closed and self._process is None:
            self._spawn()

    def play(self, done: Done) -> None:
        self._request(CHIME, {"chime": True}, done, self._budgets.chime_ms)

    def say(self, text: str, language: str, done: Done) -> None:
        self._request(VOICE, {"text": text, "language": language}, done,
                      self._budgets.line_ms)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._watchdog.stop()
        self._quiet.stop()
        self._pending = None
        self._stop_child()

    def _request(self, kind: str, message: dict[str, object], done: Done,
                 budget_ms: int) -> None:
        self._answer_pending()  # one request at a time: an unanswered one is given up
        if self._closed or kind in self._silent:
            done()
            return
        if self._process is None:
            self._spawn()
        assert self._process is not None
        self._next_id += 1
        self._pending = (self._next_id, kind, done)
        self._budget_ms = budget_ms
        self._process.write((json.dumps({"id": self._next_id, **message}) + "\n").encode())
        self._arm()

    def _arm(self) -> None:
        """The request's budget runs from the moment the child is ready to play it."""
        if self._pending is not None:
            self._watchdog.start(self._budget_ms if self._ready else self._budgets.start_ms)

    def _spawn(self) -> None:
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.readyReadStandardOutput.connect(self._read_answers)
        process.readyReadStandardError.connect(self._read_warnings)
        process.finished.connect(self._child_finished)
        process.errorOccurred.connect(self._child_error)
        self._process, self._ready, self._out, self._err = process, False, b"", b""
        process.start()

    def _read_answers(self) -> None:
        process = self._process
        if process is None:
            return
        self._out += bytes(process.readAllStandardOutput().data())
        *lines, self._out = self._out.split(b"\n")
        for line in lines:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            if answer.get("ready"):
                self._ready = True
                self._arm()
            elif self._pending is not None and answer.get("done") == self._pending[0]:
                self._failures[self._pending[1]] = 0
                self._watchdog.stop()
                self._answer_pending()

    def _read_warnings(self) -> None:
        process = self._process
        if process is None:
            return
        self._err += bytes(process.readAllStandardError().data())
        *lines, self._err = self._err.split(b"\n")
        for line in lines:
            text = line.decode(errors="replace").strip()
            if text.startswith(LOG_PREFIX):
                log.warning("speaker: %s", text.removeprefix(LOG_PREFIX))
            elif text:
                log.debug("speaker: %s", text)

    def _timed_out(self) -> None:
        log.warning("the speaker process did not answer in time; restarting it")
        self._fail()

    def _child_finished(self) -> None:
        if self._closed or self.sender() is not self._process:
            return
        log.warning("the speaker process ended unexpectedly; restarting it")
        self._fail()

    def _child_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._closed:
            log.warning("the speaker process cannot start: %s",
                        self._process.errorString() if self._process else error)
            self._fail()

    def _fail(self) -> None:
        self._watchdog.stop()
        self._stop_child()
        self.restarted.emit()
        kind = self._pending[1] if self._pending is not None else None
        if kind is not None:
            self._failures[kind] += 1
            if self._failures[kind] >= MAX_FAILURES:
                self._silence(kind)
        self._answer_pending()

    def _silence(self, kind: str) -> None:
        self._silent.add(kind)
        log.error("no %s after %d attempts; the display calls without it for %d min", kind,
                  self._failures[kind], self._budgets.silent_ms // 60000)
        self._quiet.start(self._budgets.silent_ms)

    def _end_silence(self) -> None:
        self._silent.clear()
        self._failures = {CHIME: 0, VOICE: 0}
        log.info("trying the chime and voice again")

    def _answer_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending[2]()

    def _stop_child(self) -> None:
        """Kill the child; never wait for it while the display runs."""
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.readyReadStandardError,
                       process.finished, process.errorOccurred):
            signal.disconnect()
        if process.state() == QProcess.ProcessState.NotRunning:
            process.deleteLater()
            return
        process.kill()  # a hung engine does not listen to anything gentler
        if self._closed:
            process.waitForFinished(1000)  # shutting down: reap it now (SIGKILL is quick)
            process.deleteLater()
        else:
            process.finished.connect(process.deleteLater)  # reaped later: drawing goes on

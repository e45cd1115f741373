"""Chime and voice in a real child process: it speaks, and when its engine hangs the display
keeps drawing and calling while the watchdog kills and restarts the child, then gives up
the voice (the chime still plays)."""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from queue_display.announcer import Announcement, Announcer
from queue_display.speaker import HANG_ENGINE
from queue_display.speaker_process import (
    DEFAULT_BUDGETS,
    Budgets,
    SpeakerProcess,
    speaker_command,
)
from queue_display.window import DisplayWindow
from tests.ui.display.processes import ROOT
from tests.ui.display.samples import LOCATION, call, overview

# A child that hangs is given 0.5 s per line, but a long time to start (it imports Qt).
HUNG = Budgets(chime_ms=10000, line_ms=500, start_ms=60000, silent_ms=600000)


@pytest.fixture
def speakers() -> Iterator[list[SpeakerProcess]]:
    made: list[SpeakerProcess] = []
    yield made
    for speaker in made:
        speaker.close()


def speaker_with(made: list[SpeakerProcess], engine: str,
                 budgets: Budgets = DEFAULT_BUDGETS) -> SpeakerProcess:
    speaker = SpeakerProcess(speaker_command(engine, voice=True), budgets)
    made.append(speaker)
    return speaker


def announcer_on(speaker: SpeakerProcess) -> tuple[Announcer, list[Announcement]]:
    announcer = Announcer(speaker, speaker, ["nl", "en"])
    done: list[Announcement] = []
    announcer.finished.connect(done.append)
    return announcer, done


def test_a_child_process_with_the_mock_engine_announces_every_call(
    qtbot: QtBot, speakers: list[SpeakerProcess],
) -> None:
    speaker = speaker_with(speakers, "mock")
    restarts: list[bool] = []
    speaker.restarted.connect(lambda: restarts.append(True))
    speaker.start()
    announcer, done = announcer_on(speaker)
    announcer.enqueue([call(1, "A001", 1), call(2, "B002", 2)])
    qtbot.waitUntil(lambda: len(done) == 2, timeout=60000)
    assert [a.number for a in done] == ["A001", "B002"]
    assert restarts == []
    assert speaker.running
    announcer.close()
    assert not speaker.running


def test_a_hung_engine_never_stops_the_window_and_is_restarted_then_silenced(
    qtbot: QtBot, speakers: list[SpeakerProcess], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="loket.ui")
    window = DisplayWindow(LOCATION, language="nl", highlight_seconds=8, recent_calls=4)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    speaker = speaker_with(speakers, HANG_ENGINE, HUNG)
    restarts: list[bool] = []
    speaker.restarted.connect(lambda: restarts.append(True))
    announcer, done = announcer_on(speaker)
    first = call(1, "A001", 1)
    window.show_overview(overview(first), (first,))
    announcer.enqueue([first])
    # While the child is stuck in say(), the window takes the next call at once.
    qtbot.waitUntil(lambda: speaker.running and not done, timeout=5000)
    second = call(2, "B002", 2)
    window.show_overview(overview(first, second), (second,))
    qtbot.waitUntil(lambda: window.current.rows[0].number.text() == "B002", timeout=1000)
    announcer.enqueue([second, call(3, "C003", 3)])
    # Every call is still announced; each hung line costs one restart, three give up the voice.
    qtbot.waitUntil(lambda: len(done) == 3, timeout=120000)
    assert len(restarts) == 3
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count("the speaker process did not answer in time; restarting it") == 3
    assert "no voice after 3 attempts; the display calls without it for 10 min" in messages
    announcer.enqueue([call(4, "D004", 4)])
    qtbot.waitUntil(lambda: len(done) == 4, timeout=10000)
    assert len(restarts) == 3  # the chime still plays in the child; the voice is not asked
    announcer.close()
    window.stop()


def test_a_hung_speaker_ends_when_its_display_is_gone() -> None:
    """The display killed outright closes the pipe; the child must not linger in say()."""
    with subprocess.Popen([*speaker_command(HANG_ENGINE, voice=True)], cwd=ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            assert json.loads(process.stdout.readline()) == {"ready": True}
            process.stdin.write(json.dumps({"id": 1, "text": "Nummer A 1", "language": "nl"})
                                + "\n")
            process.stdin.flush()
            process.stdin.close()
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()


def test_after_the_quiet_period_the_voice_is_tried_again(
    qtbot: QtBot, speakers: list[SpeakerProcess], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="loket.ui")
    speaker = speaker_with(speakers, HANG_ENGINE,
                           Budgets(chime_ms=10000, line_ms=300, start_ms=60000, silent_ms=500))
    restarts: list[bool] = []
    speaker.restarted.connect(lambda: restarts.append(True))
    announcer, done = announcer_on(speaker)
    announcer.enqueue([call(1, "A001", 1), call(2, "A002", 2)])  # four lines: three hang
    qtbot.waitUntil(lambda: len(done) == 2, timeout=120000)
    assert len(restarts) == 3
    qtbot.waitUntil(lambda: "trying the chime and voice again" in caplog.text, timeout=5000)
    announcer.enqueue([call(3, "A003", 3)])
    qtbot.waitUntil(lambda: len(restarts) == 4, timeout=60000)  # asked again, hung again
    announcer.close()

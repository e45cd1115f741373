"""Announcements: chime then voice, in order, none skipped; silent ports never stop the queue."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from queue_display.announcer import Announcement, Announcer
from queue_display.sound import QtChime
from queue_display.voice import QtVoice, default_engine
from tests.requirements import require
from tests.ui.display.fakes import RecordingChime, RecordingVoice
from tests.ui.display.samples import call

# QtMultimedia reports on stderr which audio backends this machine lacks; that is the
# environment talking, not the display.
AUDIO_PROBING = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) .*", r"PulseAudioService: .*", r".*FFmpeg.*")


def collect(announcer: Announcer) -> list[Announcement]:
    done: list[Announcement] = []
    announcer.finished.connect(done.append)
    return done


def test_each_call_gets_a_chime_then_one_line_per_language(qtbot: QtBot) -> None:
    chime, voice = RecordingChime(), RecordingVoice()
    announcer = Announcer(chime, voice, ["nl", "en"])
    done = collect(announcer)
    announcer.enqueue([call(7, "A012", 3)])
    qtbot.waitUntil(lambda: len(done) == 1)
    assert chime.plays == 1
    assert voice.lines == [("nl", "Nummer A 12, balie 3"), ("en", "Number A 12, counter 3")]
    announcer.close()
    assert chime.closed and voice.closed


def test_calls_at_the_same_moment_are_announced_in_order(qtbot: QtBot) -> None:
    voice = RecordingVoice()
    announcer = Announcer(RecordingChime(), voice, ["nl"])
    done = collect(announcer)
    announcer.enqueue([call(1, "A001", 1), call(2, "B001", 2)])
    announcer.enqueue([call(3, "C001", 3)])
    qtbot.waitUntil(lambda: len(done) == 3)
    assert [text for _, text in voice.lines] == [
        "Nummer A 1, balie 1", "Nummer B 1, balie 2", "Nummer C 1, balie 3"]
    assert not announcer.busy
    announcer.close()


def test_without_chime_or_voice_the_queue_still_moves(qtbot: QtBot) -> None:
    announcer = Announcer(None, None, ["nl"])
    done = collect(announcer)
    announcer.enqueue([call(1, "A001", 1), call(2, "A002", 2)])
    qtbot.waitUntil(lambda: len(done) == 2)
    announcer.close()


def test_nothing_is_announced_after_close(qtbot: QtBot) -> None:
    voice = RecordingVoice()
    announcer = Announcer(RecordingChime(), voice, ["nl"])
    announcer.enqueue([call(1, "A001", 1)])
    announcer.close()
    announcer.enqueue([call(2, "A002", 1)])
    qtbot.wait(50)
    assert voice.lines == []


def test_the_mock_engine_speaks_the_dutch_line(qtbot: QtBot) -> None:
    voice = QtVoice("mock")
    assert voice.engine is not None
    words: list[str] = []
    voice.engine.sayingWord.connect(lambda word, *_: words.append(word))
    finished: list[bool] = []
    voice.say("Nummer A 12, balie 3", "nl", lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)
    assert " ".join(words) == "Nummer A 12 balie 3"
    assert voice.engine.state() == QTextToSpeech.State.Ready
    voice.close()


def test_without_a_speech_engine_voice_logs_once_and_goes_on(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="loket.ui")
    voice = QtVoice(None)
    announcer = Announcer(RecordingChime(), voice, ["nl", "en"])
    done = collect(announcer)
    announcer.enqueue([call(1, "A001", 1), call(2, "A002", 2)])
    qtbot.waitUntil(lambda: len(done) == 2)
    assert [r.getMessage() for r in caplog.records].count(
        "voice is off: no speech engine on this machine; calls are shown (and chimed) "
        "without it") == 1
    announcer.close()


def test_the_default_engine_is_never_the_mock() -> None:
    assert default_engine() != "mock"
    if "speechd" in QTextToSpeech.availableEngines():
        assert default_engine() == "speechd"


@AUDIO_PROBING
def test_without_an_audio_device_the_chime_degrades_quietly(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture,
) -> None:
    require(not QMediaDevices.audioOutputs(), "a machine without audio output")
    caplog.set_level(logging.WARNING, logger="loket.ui")
    chime = QtChime()
    voice = RecordingVoice()
    announcer = Announcer(chime, voice, ["nl"])
    done = collect(announcer)
    announcer.enqueue([call(1, "A001", 1), call(2, "B001", 2)])
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert [text for _, text in voice.lines] == ["Nummer A 1, balie 1", "Nummer B 1, balie 2"]
    off = [r for r in caplog.records if r.getMessage().startswith("chime is off")]
    assert len(off) == 1
    announcer.close()

"""Fixtures for the hall display: a live display on a site database, fake chime, mock voice."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from queue_display.announcer import Announcement
from queue_display.app import build_display
from queue_display.controller import DisplayController
from queue_display.voice import QtVoice
from queue_display.window import DisplayWindow
from tests.ui.display.fakes import RecordingChime
from workstation.app import Site, open_site
from workstation.settings import DisplaySettings

LOCATION = "BOZ"


@dataclass
class LiveDisplay:
    controller: DisplayController
    chime: RecordingChime
    voice: QtVoice
    spoken: list[str]
    announced: list[Announcement]

    @property
    def window(self) -> DisplayWindow:
        return self.controller.window


@pytest.fixture(autouse=True)
def _no_feed_thread_left() -> Iterator[None]:
    """A test that leaves the change feed's thread running fails (napari's habit)."""
    yield
    left = [t.name for t in threading.enumerate() if t.name == "loket-change-feed"]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def open_display(qtbot: QtBot) -> Iterator[Callable[..., LiveDisplay]]:
    """Start a display on ``url`` (mock TTS engine, recording chime); closed after the test."""
    opened: list[tuple[LiveDisplay, Site]] = []

    def start(url: str, **display: object) -> LiveDisplay:
        site = open_site(url, migrate=False)
        settings = DisplaySettings.model_validate({"location": LOCATION, **display})
        chime = RecordingChime()
        voice = QtVoice("mock")
        controller = build_display(site.followers, site.queue.location(LOCATION), settings,
                                   language="nl", chime=chime, voice=voice)
        live = LiveDisplay(controller, chime, voice, [], [])
        voice.speaking.connect(lambda text, _language: live.spoken.append(text))
        controller.announcer.finished.connect(live.announced.append)
        qtbot.addWidget(controller.window)
        controller.window.resize(1280, 720)
        controller.window.show()
        controller.start()
        opened.append((live, site))
        qtbot.waitUntil(lambda: controller.connected, timeout=5000)
        return live

    yield start
    for live, site in opened:
        live.controller.close()
        site.close()

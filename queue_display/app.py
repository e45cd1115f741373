"""Builds one hall display from the queue's followers, a location and the display settings
(no event loop)."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject

from queue_display.announcer import Announcer, ChimePort, VoicePort
from queue_display.calls import CURRENT_LIMIT
from queue_display.controller import DisplayController
from queue_display.window import DisplayWindow
from workstation.domain.overview import LocationOverview
from workstation.domain.site import LocationInfo
from workstation.services.queue_follower import Followers, QueueFollower, StoppedHandler
from workstation.settings import DisplaySettings

EXTRA_CALLS_READ = CURRENT_LIMIT  # current calls come on top of the earlier ones listed


def build_display(followers: Followers, location: LocationInfo, display: DisplaySettings, *,
                  language: str, chime: ChimePort | None, voice: VoicePort | None,
                  parent: QObject | None = None, on_stopped: StoppedHandler | None = None,
                  ) -> DisplayController:
    """The window, the announcer and the follower, wired; call ``start()`` then ``close()``.

    ``on_stopped`` hears (on the feed's thread) that the database's schema changed under the
    running display."""
    window = DisplayWindow(location, language=language,
                           highlight_seconds=display.highlight_seconds,
                           recent_calls=display.recent_calls)
    announcer = Announcer(chime, voice, display.languages)
    recent = display.recent_calls * 2 + EXTRA_CALLS_READ

    def follower(on_overview: Callable[[LocationOverview], None],
                 on_connection: Callable[[bool], None]) -> QueueFollower:
        return followers.follow(location.code, on_overview, on_connection, recent_calls=recent,
                                on_stopped=on_stopped)

    return DisplayController(window, announcer, follower, parent)


def freeze_start_up_heap() -> None:
    """Keep Python's full garbage collections short once the display runs.

    A full (generation 2) collection walks every object and holds the GUI thread meanwhile:
    with Qt, SQLAlchemy and the window loaded that was 380 ms without a frame. What exists at
    start-up lives as long as the display, so it is moved out of the collector's sight.
    """
    gc.collect()
    gc.freeze()

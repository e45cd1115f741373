"""``python -m queue_display``: the hall display of one location, fullscreen on a chosen screen."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from queue_display.announcer import ChimePort, VoicePort
from queue_display.app import build_display, freeze_start_up_heap
from queue_display.controller import DisplayController
from queue_display.i18n import install_translator
from queue_display.lifeline import Lifeline
from queue_display.options import (
    build_parser,
    check_screen,
    display_settings,
    open_display_site,
    site_when_readable,
)
from queue_display.speaker_process import SPEAKER_FLAG, SpeakerProcess, speaker_command
from workstation.app import Site
from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.domain.site import LocationInfo
from workstation.logging_setup import configure_logging
from workstation.settings import Settings

log = logging.getLogger("loket.ui")

EXIT_STOPPED = 2


class _Stopper(QObject):
    """Ends the display, on the GUI thread, when the database's schema changed under it."""

    stopped = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.stopped.connect(lambda error: self._stop(app, error))

    @staticmethod
    def _stop(app: QApplication, error: SchemaMismatch) -> None:
        log.error("queue display stopped: %s", error.detail)
        print(error.screen_text, file=sys.stderr, flush=True)
        app.exit(EXIT_STOPPED)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [SPEAKER_FLAG]:  # the frozen executable as its own speaker process
        from queue_display.speaker import main as speaker_main

        return speaker_main(argv[1:])
    args = build_parser().parse_args(argv)
    site: Site | None = None
    try:
        settings = display_settings(args)
        configure_logging(settings.log_path, settings.logging.level, settings.logging.json_lines)
        site, location = site_when_readable(
            lambda: open_display_site(settings, settings.demo), settings.display.location)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        check_screen(settings.display.screen, len(QGuiApplication.screens()))
        return _run(app, site, location, settings=settings,
                    voice_engine=args.voice_engine)
    except UserFacingError as exc:
        log.error("queue display stopped: %s", exc.detail)
        print(exc.screen_text, file=sys.stderr)
        return 2
    finally:
        if site is not None:
            site.close()


def _run(app: QApplication, site: Site, location: LocationInfo, *, settings: Settings,
         voice_engine: str | None) -> int:
    translator = install_translator(app, settings.language)
    display = settings.display
    # Sound runs in a child process: a speech engine that blocks must never block drawing.
    speaker = (SpeakerProcess(speaker_command(voice_engine, voice=display.voice))
               if display.chime or display.voice else None)
    chime: ChimePort | None = speaker if display.chime else None
    voice: VoicePort | None = speaker if display.voice else None
    stopper = _Stopper(app)
    controller = build_display(site.followers, location, display, language=settings.language,
                               chime=chime, voice=voice, on_stopped=stopper.stopped.emit)
    _place(controller, display.screen, fullscreen=display.fullscreen)
    lifeline = Lifeline(app, restart=_restart)
    controller.start()
    if speaker is not None:
        speaker.start()
    freeze_start_up_heap()
    log.info("queue display for %s on screen %d", location.code, display.screen)
    try:
        return app.exec()
    finally:
        lifeline.shutting_down()
        controller.close()
        controller.window.close()
        if translator is not None:
            app.removeTranslator(translator)
        lifeline.close()  # last: it also ends a shutdown that hangs


def _restart() -> None:
    """Replace this process by a fresh display with the same command line (the lifeline calls
    this when the GUI thread is stuck for good)."""
    if getattr(sys, "frozen", False):
        os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def _place(controller: DisplayController, screen_index: int, *, fullscreen: bool) -> None:
    window = controller.window
    screen = QGuiApplication.screens()[screen_index]
    geometry = screen.geometry()
    if fullscreen:
        window.setGeometry(geometry)
        window.setCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    else:
        window.resize(min(1280, geometry.width()), min(720, geometry.height()))
        window.move(geometry.topLeft())
        window.show()
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)


if __name__ == "__main__":
    sys.exit(main())

"""``python -m queue_display``: the hall display of one location, fullscreen on a chosen screen."""

from __future__ import annotations

import logging
import signal
import sys

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from queue_display.announcer import ChimePort, VoicePort
from queue_display.app import build_display
from queue_display.controller import DisplayController
from queue_display.i18n import install_translator
from queue_display.options import (
    build_parser,
    check_screen,
    checked_location,
    display_settings,
    open_display_site,
)
from workstation.app import Site
from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.logging_setup import configure_logging
from workstation.settings import Settings

log = logging.getLogger("loket.ui")

SIGNAL_POLL_MS = 250  # lets Python see SIGINT/SIGTERM while Qt's loop runs
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
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
    args = build_parser().parse_args(argv)
    site: Site | None = None
    try:
        settings = display_settings(args)
        configure_logging(settings.log_path, settings.logging.level, settings.logging.json_lines)
        site = open_display_site(settings, settings.demo)
        location = checked_location(site, settings.display.location)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        check_screen(settings.display.screen, len(QGuiApplication.screens()))
        return _run(app, site, location_code=location.code, settings=settings,
                    voice_engine=args.voice_engine)
    except UserFacingError as exc:
        log.error("queue display stopped: %s", exc.detail)
        print(exc.screen_text, file=sys.stderr)
        return 2
    finally:
        if site is not None:
            site.close()


def _run(app: QApplication, site: Site, *, location_code: str, settings: Settings,
         voice_engine: str | None) -> int:
    # Imported here: QtMultimedia reports its backend probing when loaded, which would clutter
    # the plain message of a bad setting on stderr.
    from queue_display.sound import QtChime
    from queue_display.voice import QtVoice, default_engine

    translator = install_translator(app, settings.language)
    display = settings.display
    chime: ChimePort | None = QtChime() if display.chime else None
    voice: VoicePort | None = (QtVoice(voice_engine or default_engine())
                               if display.voice else None)
    location = site.queue.location(location_code)
    stopper = _Stopper(app)
    controller = build_display(site.followers, location, display, language=settings.language,
                               chime=chime, voice=voice, on_stopped=stopper.stopped.emit)
    _place(controller, display.screen, fullscreen=display.fullscreen)
    previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    signals = _quit_on_signals(app)
    controller.start()
    log.info("queue display for %s on screen %d", location.code, display.screen)
    try:
        return app.exec()
    finally:
        signals.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
        controller.close()
        controller.window.close()
        if translator is not None:
            app.removeTranslator(translator)


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


def _quit_on_signals(app: QApplication) -> QTimer:
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.setInterval(SIGNAL_POLL_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


if __name__ == "__main__":
    sys.exit(main())

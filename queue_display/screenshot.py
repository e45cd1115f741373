"""Renders the hall display offscreen to ``docs/screenshots/display.png`` (for the README).

``python -m queue_display.screenshot [path] [--language en]``: a demo site in a temporary
directory, a busy morning on it, and the window drawn at 1920x1080.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from workstation.app import Site, open_site
from workstation.domain.overview import LocationOverview
from workstation.domain.site import LocationInfo
from workstation.settings import DisplaySettings

DEFAULT_TARGET = Path(__file__).parent.parent / "docs" / "screenshots" / "display.png"
SIZE = (1920, 1080)
LOCATION = "BOZ"
COUNTERS = range(1, 9)


def busy_morning(site: Site) -> None:
    """Tickets for most services, a few served, and all eight counters calling right now
    (one of them a second time): every one of the eight calls must be on the screen."""
    queue = site.queue
    for letter in "AAABBCDDFAABDAFCAAAAAAB":
        queue.issue_ticket(LOCATION, letter)
    posts = [queue.counter_post(LOCATION, n, f"mw0{n}") for n in COUNTERS]
    for post in posts[:3]:
        queue.call_next(post)
        queue.start_serving(post)
        queue.finish(post)
    for post in posts:
        queue.call_next(post)
    queue.recall(posts[1])


def busy_overview() -> tuple[LocationInfo, LocationOverview]:
    """The location and what its display shows after ``busy_morning`` on a fresh demo site."""
    with tempfile.TemporaryDirectory() as folder:
        site = open_site(f"sqlite:///{Path(folder) / 'site.sqlite3'}", demo=True)
        try:
            busy_morning(site)
            return site.queue.location(LOCATION), site.queue.overview(LOCATION, recent_calls=20)
        finally:
            site.close()


def render(target: Path, language: str = "nl") -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from queue_display.i18n import install_translator
    from queue_display.window import DisplayWindow

    app = QApplication.instance() or QApplication([])
    translator = install_translator(app, language)
    location, overview = busy_overview()
    settings = DisplaySettings()
    window = DisplayWindow(location, language=language,
                           highlight_seconds=settings.highlight_seconds,
                           recent_calls=settings.recent_calls)
    try:
        window.resize(*SIZE)
        newest = tuple(call for call in overview.calls[:1] if call.is_current)
        window.show_overview(overview, newest)
        window.show()
        app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target), "PNG"):
            raise OSError(f"cannot write {target}")
    finally:
        window.stop()
        window.close()
        window.deleteLater()
        if translator is not None:
            app.removeTranslator(translator)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m queue_display.screenshot")
    parser.add_argument("target", nargs="?", type=Path, default=DEFAULT_TARGET)
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    print(render(args.target, args.language))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The README screenshot is rendered offscreen and shows a real, busy display: eight counters
calling at once, every call on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from queue_display.screenshot import SIZE, busy_overview, render
from queue_display.window import DisplayWindow


def test_screenshot_is_produced_and_not_trivial(qapp: QApplication, tmp_path: Path) -> None:
    target = render(tmp_path / "display.png")
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)
    assert target.stat().st_size > 30_000
    colours = {image.pixel(x, y) for x in range(0, 1920, 16) for y in range(0, 1080, 16)}
    assert len(colours) > 50
    header = image.pixelColor(960, 20).name()
    assert header == "#b0182f"  # Bergen op Zoom's colour across the top


def test_the_busy_morning_has_eight_counters_calling_and_all_are_on_screen(
    qtbot: QtBot,
) -> None:
    location, overview = busy_overview()
    pending = [call for call in overview.calls if call.is_current]
    assert len({call.counter_number for call in pending}) == 8
    window = DisplayWindow(location, language="nl", highlight_seconds=8, recent_calls=6)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.show_overview(overview, ())
    QApplication.processEvents()
    on_screen = window.calls_on_screen()
    assert {call.number for call in pending} <= set(on_screen[:8])
    assert any(row.recall.isVisibleTo(window) for row in window.current.rows)
    window.stop()

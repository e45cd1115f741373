"""The README screenshot is rendered offscreen and shows a real, busy display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from queue_display.screenshot import render


def test_screenshot_is_produced_and_not_trivial(qapp: QApplication, tmp_path: Path) -> None:
    target = render(tmp_path / "display.png")
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)
    assert target.stat().st_size > 30_000
    colours = {image.pixel(x, y) for x in range(0, 1920, 16) for y in range(0, 1080, 16)}
    assert len(colours) > 50
    header = image.pixelColor(960, 20).name()
    assert header == "#b0182f"  # Bergen op Zoom's colour across the top

"""Colours and sizes for a TV read from five metres: high contrast, sizes from the height.

Every font size is a fraction of the window height, so the same layout works on 1080p and 4K
(and in a small test window). Text colours on municipality colours are chosen by WCAG contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

BACKGROUND = "#0E1116"
PANEL = "#1A1F27"
TEXT = "#FFFFFF"
MUTED = "#C9D1D9"
DARK_TEXT = "#0E1116"
FONT_FAMILY = "DejaVu Sans"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green())
            + 0.0722 * _channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background``."""
    white, dark = QColor(TEXT), QColor(DARK_TEXT)
    return white if contrast(background, white) >= contrast(background, dark) else dark


def safe_colour(value: str, fallback: str) -> QColor:
    colour = QColor(value)
    return colour if colour.isValid() else QColor(fallback)


@dataclass(frozen=True, slots=True)
class Palette:
    """The municipality's face on the hall screen."""

    primary: QColor
    accent: QColor

    @classmethod
    def from_colours(cls, primary: str, accent: str) -> Palette:
        return cls(safe_colour(primary, "#00467F"), safe_colour(accent, "#F2C200"))

    @property
    def on_primary(self) -> QColor:
        return text_on(self.primary)

    @property
    def on_accent(self) -> QColor:
        return text_on(self.accent)


def font(height: int, fraction: float, *, bold: bool = False) -> QFont:
    """A font whose pixel size is ``fraction`` of the window height."""
    result = QFont(FONT_FAMILY)
    result.setPixelSize(max(8, round(height * fraction)))
    result.setBold(bold)
    return result


def css(colour: QColor) -> str:
    return colour.name()

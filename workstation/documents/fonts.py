"""The document fonts: DejaVu Sans, vendored (resources/fonts), embedded in every PDF.

The PDF base fonts cover Latin-1 only; the BRP holds names in Latin Extended-A (Ł, Ş, Ő).
"""

from __future__ import annotations

import functools
import io
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "LoketSans"
BOLD = "LoketSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@functools.cache
def register_fonts() -> None:
    """Register both faces with reportlab once per process (reading them takes ~20 ms)."""
    for name, file_name in _FILES.items():
        data = (resources.files("resources.fonts") / file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))

"""The municipality's logo on a document: its SVG (or PNG/JPEG) from the resources package.

The same resource the screens show (``MunicipalityInfo.logo_resource``, loaded by
``ui/logo.py`` with Qt); here svglib turns an SVG into reportlab vector graphics, so the logo
prints sharp at any printer resolution. An unusable logo is left off, with the reason logged:
the document is still valid without it.
"""

from __future__ import annotations

import functools
import io
import logging
from dataclasses import dataclass
from importlib import resources

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

log = logging.getLogger("loket.documents")


@dataclass(frozen=True, slots=True)
class Logo:
    graphic: Drawing | ImageReader
    width: float
    height: float

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Fit into the box keeping the aspect ratio, centred horizontally, top-aligned."""
        scale = min(width / self.width, height / self.height)
        drawn_width, drawn_height = self.width * scale, self.height * scale
        left, bottom = x + (width - drawn_width) / 2, y + height - drawn_height
        if isinstance(self.graphic, Drawing):
            canvas.saveState()
            canvas.translate(left, bottom)
            canvas.scale(scale, scale)
            renderPDF.draw(self.graphic, canvas, 0, 0)
            canvas.restoreState()
        else:
            canvas.drawImage(self.graphic, left, bottom, drawn_width, drawn_height, mask="auto")


@functools.cache
def load_logo(resource: str | None) -> Logo | None:
    """The logo at ``resource`` (relative to the resources package), or None if unusable.
    Cached: a counter prints the same municipality's logo all day."""
    if not resource:
        return None
    try:
        data = (resources.files("resources") / resource).read_bytes()
    except OSError as exc:
        log.warning("document logo %s cannot be read: %s", resource, exc)
        return None
    try:
        if resource.lower().endswith(".svg"):
            drawing = svg2rlg(io.BytesIO(data))
            if drawing is None or not drawing.width or not drawing.height:
                raise ValueError("svglib found nothing to draw")
            return Logo(drawing, float(drawing.width), float(drawing.height))
        image = ImageReader(io.BytesIO(data))
        width, height = image.getSize()
        return Logo(image, float(width), float(height))
    except Exception as exc:  # svglib and PIL raise many kinds: print without the logo
        log.warning("document logo %s is not a usable image: %s", resource, exc)
        return None

"""Where every word of a document goes: a pure function of its signed content.

The renderer draws exactly these runs, and the verifier rebuilds them from the signed text and
compares them with the text it finds in the PDF, word for word and place for place: so an
edited name, an added line or a moved value shows up as a difference (docs/decisions/0026).
Changing this layout means a new format version in ``content.FORMAT``, kept beside this one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

from workstation.documents import texts
from workstation.documents.content import DocumentContent, Fact, Heading
from workstation.documents.fonts import BOLD, REGULAR, register_fonts, text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 56.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_X = MARGIN + 78
VALUE_X = MARGIN + 170
VALUE_WIDTH = PAGE_WIDTH - MARGIN - VALUE_X
LOGO_BOX = (MARGIN, PAGE_HEIGHT - MARGIN - 70, 60.0, 70.0)  # x, y, width, height
QR_SIZE = 132.0
FOOTER_Y = MARGIN - 22
QR_BOX = (PAGE_WIDTH - MARGIN - QR_SIZE, FOOTER_Y + 22, QR_SIZE)  # x, y, size
FIRST_PAGE_BOTTOM = QR_BOX[1] + QR_SIZE + 26  # the check box below the facts on page 1
OTHER_PAGE_BOTTOM = FOOTER_Y + 30
FACT_LEADING = 15.0
SPECIMEN_SIZE = 100.0
SPECIMEN_ANGLE = 45.0


@dataclass(frozen=True, slots=True)
class TextRun:
    """One ``drawString``: its page (0-based), baseline start, text, font and role (colour)."""

    page: int
    x: float
    y: float
    text: str
    font: str
    size: float
    role: str  # title, municipality, heading, label, value, note, footer, specimen
    angle: float = 0.0


@dataclass(frozen=True, slots=True)
class Rule:
    page: int
    y: float


@dataclass(frozen=True, slots=True)
class DocumentLayout:
    pages: int
    runs: tuple[TextRun, ...]
    rules: tuple[Rule, ...]

    def drawing_order(self) -> list[TextRun]:
        """Page by page; on each, SPECIMEN last, over everything else (so that nothing can
        be laid over it unseen)."""
        return sorted(self.runs, key=lambda run: (run.page, run.angle != 0))


class _Pages:
    """Fills pages top to bottom, opening a new page when the next line does not fit."""

    def __init__(self) -> None:
        self.page = 0
        self.y = PAGE_HEIGHT - MARGIN - 110
        self.runs: list[TextRun] = []
        self.rules: list[Rule] = []

    def need(self, height: float) -> None:
        bottom = FIRST_PAGE_BOTTOM if self.page == 0 else OTHER_PAGE_BOTTOM
        if self.y - height < bottom:
            self.page += 1
            self.y = PAGE_HEIGHT - MARGIN - 36  # below the continuation header

    def run(self, x: float, text: str, font: str, size: float, role: str) -> None:
        self.runs.append(TextRun(self.page, x, self.y, text, font, size, role))


def layout(content: DocumentContent) -> DocumentLayout:
    register_fonts()
    language = content.language
    pages = _Pages()
    runs = pages.runs
    runs.append(TextRun(0, HEADER_X, PAGE_HEIGHT - MARGIN - 14, content.municipality_name,
                        BOLD, 12, "municipality"))
    # One line: a longer title (the English ones) is set smaller rather than wrapped.
    header_width = PAGE_WIDTH - MARGIN - HEADER_X
    title_size = min(18.0, round(18 * header_width / text_width(content.title, BOLD, 18), 1))
    runs.append(TextRun(0, HEADER_X, PAGE_HEIGHT - MARGIN - 40, content.title, BOLD,
                        title_size, "title"))
    if content.specimen:
        runs.append(TextRun(0, HEADER_X, PAGE_HEIGHT - MARGIN - 62,
                            f"{texts.SPECIMEN_MARK}: {texts.specimen_note(language)}", BOLD, 10,
                            "specimen"))
    pages.rules.append(Rule(0, PAGE_HEIGHT - MARGIN - 84))
    _facts(content, pages)
    _check_box(content, runs)
    rules = [*pages.rules, Rule(0, QR_BOX[1] + QR_SIZE + 12)]
    page_count = pages.page + 1
    for page in range(page_count):
        if page:
            runs.append(TextRun(page, MARGIN, PAGE_HEIGHT - MARGIN, content.title, BOLD, 10,
                                "heading"))
            rules.append(Rule(page, PAGE_HEIGHT - MARGIN - 8))
        runs += _footer(content, page, page_count)
        if content.specimen:
            runs.append(_specimen(page))
    return DocumentLayout(page_count, tuple(runs), tuple(rules))


def _facts(content: DocumentContent, pages: _Pages) -> None:
    for index, entry in enumerate(content.entries):
        match entry:
            case Heading(text=text):
                pages.need(48)  # a heading never ends a page: keep its first fact with it
                if index:
                    pages.y -= 10
                pages.run(MARGIN, text, BOLD, 11.5, "heading")
                pages.rules.append(Rule(pages.page, pages.y - 6))
                pages.y -= 22
            case Fact(label=label, value=value):
                value_lines = simpleSplit(value, REGULAR, 10.5, VALUE_WIDTH) or [value]
                pages.need(FACT_LEADING * len(value_lines))
                if label:
                    pages.run(MARGIN, label, REGULAR, 9.5, "label")
                for line in value_lines:
                    pages.run(VALUE_X, line, REGULAR, 10.5, "value")
                    pages.y -= FACT_LEADING


def _check_box(content: DocumentContent, runs: list[TextRun]) -> None:
    """Page 1's corner: what the extract states, and how to check it with the QR code."""
    x, y, size = QR_BOX
    width = x - MARGIN - 18
    top = y + size - 10
    for line in simpleSplit(texts.statement(content.language), REGULAR, 8.5, width):
        runs.append(TextRun(0, MARGIN, top, line, REGULAR, 8.5, "note"))
        top -= 11
    top -= 12
    runs.append(TextRun(0, MARGIN, top, texts.label("verify_heading", content.language), BOLD,
                        10, "heading"))
    for line in simpleSplit(texts.verify_help(content.language), REGULAR, 8.5, width):
        top -= 13
        runs.append(TextRun(0, MARGIN, top, line, REGULAR, 8.5, "note"))
    number = f"{texts.label('number', content.language)}: {content.number}"
    runs.append(TextRun(0, MARGIN, y + 4, number, BOLD, 9, "label"))


def _footer(content: DocumentContent, page: int, pages: int) -> list[TextRun]:
    left = f"{content.municipality_name} · {content.number}"
    right = texts.page_footer(content.language, page + 1, pages)
    return [TextRun(page, MARGIN, FOOTER_Y, left, REGULAR, 8, "footer"),
            TextRun(page, PAGE_WIDTH - MARGIN - text_width(right, REGULAR, 8), FOOTER_Y, right,
                    REGULAR, 8, "footer")]


def _specimen(page: int) -> TextRun:
    """SPECIMEN across the page: centred on the page, rising at 45 degrees."""
    width = text_width(texts.SPECIMEN_MARK, BOLD, SPECIMEN_SIZE)
    angle = math.radians(SPECIMEN_ANGLE)
    # The baseline's start, so that the middle of the word (half a cap height above the
    # baseline) lands on the page centre.
    half_width, half_height = width / 2, SPECIMEN_SIZE * 0.36
    x = PAGE_WIDTH / 2 - half_width * math.cos(angle) + half_height * math.sin(angle)
    y = PAGE_HEIGHT / 2 - half_width * math.sin(angle) - half_height * math.cos(angle)
    return TextRun(page, x, y, texts.SPECIMEN_MARK, BOLD, SPECIMEN_SIZE, "specimen",
                   SPECIMEN_ANGLE)

"""Render page 1 of each product document to docs/screenshots/document-*.png (demo data).

    QT_QPA_PLATFORM=offscreen python scripts/render_document_pages.py [--out docs/screenshots]

The documents are made as the demo makes them (RvIG test persons, the demo key, SPECIMEN)
and drawn the way the print helper draws them for the printer (QtPdf), on white paper.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from workstation.domain.product_document import DocumentKind
from workstation.settings import Settings
from workstation.wiring.documents import document_maker_from, specimen_request

ISSUED_ON = date(2026, 11, 30)
PAGES = (  # file name, BSN of an RvIG test person, kind, municipality, language
    ("document-uittreksel-brp.png", "999993653", DocumentKind.UITTREKSEL_BRP, "0748", "nl"),
    ("document-uittreksel-gezag.png", "999970124", DocumentKind.UITTREKSEL_BRP_GEZAG, "1674",
     "nl"),
    ("document-uittreksel-brp-en.png", "999993653", DocumentKind.UITTREKSEL_BRP, "0777", "en"),
)
WIDTH = 1240  # 150 dpi on A4


def render_first_page(pdf: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    size = QSize(WIDTH, round(WIDTH * points.height() / points.width()))
    page = document.render(0, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)  # QtPdf leaves the page transparent
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return paper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    app = QGuiApplication([])
    maker = document_maker_from(Settings(demo=True))
    args.out.mkdir(parents=True, exist_ok=True)
    for file_name, bsn, kind, municipality, language in PAGES:
        document = maker.make(specimen_request(bsn, kind, municipality, language, ISSUED_ON))
        render_first_page(document.pdf).save(str(args.out / file_name))
        print(args.out / file_name)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

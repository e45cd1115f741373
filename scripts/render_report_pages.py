"""Render the pages of a report PDF as PNG images (QtPdf), for docs/screenshots.

    QT_QPA_PLATFORM=offscreen python scripts/render_report_pages.py REPORT.pdf \\
        --out docs/screenshots --name report-month

writes ``report-month-1.png``, ``report-month-2.png``, ... at 110 dots per inch.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

DPI = 110


def render(pdf: Path, out: Path, name: str) -> list[Path]:
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise SystemExit(f"cannot read {pdf}")
    written = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
        image = document.render(page, size)
        flattened = QImage(image.size(), QImage.Format.Format_RGB32)
        flattened.fill(0xFFFFFF)
        painter = QPainter(flattened)
        painter.drawImage(0, 0, image)
        painter.end()
        target = out / f"{name}-{page + 1}.png"
        if not flattened.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    document.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--name", required=True, help="file name stem of the pages")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.pdf, args.out, args.name):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

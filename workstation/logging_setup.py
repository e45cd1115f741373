"""Logs per category (queue, devices, sync, ui, db) in the platform log dir, rotated.

Every record passes a filter that masks anything shaped like a BSN (nine digits in a row, also
written with dots or spaces as 1234.56.789), so a BSN can never reach a log file, whatever a
developer passes to a log call (DESIGN.md §7).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
from pathlib import Path

from workstation.domain.bsn import mask_bsn_shapes

CATEGORIES = ("queue", "devices", "sync", "ui", "db")
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
class BsnMaskingFilter(logging.Filter):
    """Rewrites the message (with its arguments filled in) and any traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_bsn_shapes(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_bsn_shapes(record.exc_text)
        return True


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(directory: Path, level: str = "INFO", json_lines: bool = False,
                      console: bool = False) -> None:
    """One rotating file per category under ``directory``; everything else in loket.log."""
    directory.mkdir(parents=True, exist_ok=True)
    masking = BsnMaskingFilter()
    text_format = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    root = logging.getLogger("loket")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.addHandler(_file(directory / "loket.log", text_format, masking))
    for category in CATEGORIES:
        logger = logging.getLogger(f"loket.{category}")
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        logger.addHandler(_file(directory / f"{category}.log", text_format, masking))
    if json_lines:
        root.addHandler(_file(directory / "loket.jsonl", JsonLinesFormatter(), masking))
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(text_format)
        stream.addFilter(masking)
        root.addHandler(stream)


def _file(path: Path, formatter: logging.Formatter, masking: logging.Filter) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(formatter)
    handler.addFilter(masking)
    return handler

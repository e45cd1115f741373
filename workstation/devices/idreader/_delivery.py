"""Hand reading outcomes to the reader's callbacks, logging them without personal data."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from workstation.devices.idreader._protocol import CodeHandler, DocumentHandler, ErrorHandler
from workstation.devices.idreader.reading import Outcome, ScannedCode
from workstation.domain.errors import UserFacingError

logger = logging.getLogger("loket.devices")
T = TypeVar("T")


class Delivery:
    """The callbacks of one ``start`` call. Runs on the device thread."""

    def __init__(self, reader_name: str, on_document: DocumentHandler, on_error: ErrorHandler,
                 on_code: CodeHandler | None = None):
        self.reader_name = reader_name
        self._on_document = on_document
        self._on_error = on_error
        self._on_code = on_code

    def outcomes(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, UserFacingError):
                self.error(outcome)
            elif isinstance(outcome, ScannedCode):
                logger.info("%s: read a code", self.reader_name)
                if self._on_code is not None:
                    self._guarded(self._on_code, outcome.text)
            else:
                # Format and issuing state only: names, numbers and dates never reach a log.
                logger.info(
                    "%s: read %s document of %s",
                    self.reader_name,
                    outcome.format.name,
                    outcome.issuing_state,
                )
                self._guarded(self._on_document, outcome)

    def error(self, error: UserFacingError) -> None:
        logger.warning("%s: %s", self.reader_name, error.detail)
        self._guarded(self._on_error, error)

    def _guarded(self, handler: Callable[[T], None], argument: T) -> None:
        # A failing handler is a bug in the caller; log it with its traceback and keep the
        # reader alive so the next document still arrives.
        try:
            handler(argument)
        except Exception:
            logger.exception("%s: a reader callback failed", self.reader_name)

"""What the counter needs to check the document in front of it: documents read by the ID
reader, and their chip read (identity first, the face after).

A port the device board implements when the workstation has both readers. Handlers run on
device threads; the UI hands them over to its own thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Protocol, runtime_checkable

from workstation.devices.cardreader import ChipReadResult, IdentityCallback
from workstation.devices.idreader import MrzDocument
from workstation.domain.errors import UserFacingError

__all__ = ["ChipDesk", "ChipReadResult", "IdentityCallback", "MrzDocument"]


@runtime_checkable
class ChipDesk(Protocol):
    def has_chip_reader(self) -> bool:
        """Whether there is a chip reader (and an ID reader to open its chips) at all."""
        ...

    def on_document(
        self,
        on_document: Callable[[MrzDocument], None],
        on_error: Callable[[UserFacingError], None],
    ) -> Callable[[], None]:
        """Subscribe to documents read by the ID reader; returns an unsubscribe."""
        ...

    def read_chip(
        self,
        mrz_lines: Sequence[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> Future[ChipReadResult]:
        """Read the chip with the MRZ as the document says it (``MrzDocument.lines``), or with
        the card access number the worker typed (``can``, PACE chips only)."""
        ...

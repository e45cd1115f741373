"""What the counter needs to check the document in front of it: every document the ID reader
reads is read on its chip too, the identity first and the face after.

A port the device board implements when the workstation has both readers. Updates come on
device threads; the UI hands them over to its own thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from workstation.domain.document_check import DocumentUpdate

DocumentUpdateHandler = Callable[[DocumentUpdate], None]


@runtime_checkable
class ChipDesk(Protocol):
    def has_chip_reader(self) -> bool:
        """Whether there is a chip reader and an ID reader to open its chips."""
        ...

    def watch_documents(self, on_update: DocumentUpdateHandler) -> Callable[[], None]:
        """Check every document the ID reader reads on its chip (the MRZ as the document
        says it opens the chip); returns an unsubscribe."""
        ...

    def read_with_can(self, can: str, on_update: DocumentUpdateHandler) -> None:
        """Check the document on the chip reader with the card access number the worker
        typed (PACE chips only)."""
        ...

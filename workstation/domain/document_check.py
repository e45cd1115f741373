"""What the counter sees of the document in front of it: plain data, filled in by the device
board from the chip read (name, passive authentication verdict, the face).

The face is personal data: it is kept out of ``repr`` and nothing stores or logs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from workstation.domain.errors import UserFacingError
from workstation.domain.identify import DocumentIdentity


class Verdict(StrEnum):
    GENUINE = "genuine"
    CANNOT_CHECK = "cannot_check"
    ALTERED = "altered"


class Stage(Enum):
    STARTED = "started"
    """A document arrived (or the worker typed the CAN): its chip is being read."""
    IDENTITY = "identity"
    """Name and verdict are in; the face may still be on its way."""
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class DocumentView:
    name: str = field(repr=False)
    """"SURNAME, GIVEN NAMES" as the chip has them."""
    verdict: Verdict
    verdict_text: str
    """The verdict in the worker's Dutch words (translated on screen)."""
    face: bytes | None = field(default=None, repr=False)
    face_is_jpeg_2000: bool = False
    face_pending: bool = False
    """The chip has a face that is still being read."""
    face_unreadable: bool = False
    """The chip lists a face, but it could not be read."""


@dataclass(frozen=True)
class DocumentUpdate:
    """One step of checking one document. ``read_id`` 0: the ID reader's own error.

    ``holder``: whose document it is, with the first step (the optical MRZ) and again with
    the chip's DG1, so the desk identifies the visitor without anyone typing."""

    read_id: int
    stage: Stage
    view: DocumentView | None = None
    error: UserFacingError | None = None
    holder: DocumentIdentity | None = field(default=None, repr=False)

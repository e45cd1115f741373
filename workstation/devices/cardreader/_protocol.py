"""What every chip reader backend offers, and the small types shared by reader and backends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from workstation.devices.cardreader.face import FaceImage
from workstation.devices.cardreader.verdict import PassiveAuthResult
from workstation.devices.idreader.mrz import MrzDocument, MrzError, parse_mrz
from workstation.devices.status import DeviceStatus


class CardRemovedError(ConnectionError):
    """The card left the reader while a command was on its way (raised by a ``CardPort``)."""


class CardPort(Protocol):
    """A connection to one card: send a command APDU, get (response data, status word)."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


@dataclass(frozen=True)
class ChipReadResult:
    """The outcome of reading an eMRTD chip.

    ``dg1_hash_valid`` means DG1 matches the hash list in EF.SOD; ``passive_auth`` says whether
    that list is signed by the issuing state (see ``passive_auth``). ``dg1_matches_mrz`` is None
    when the chip was opened with the CAN and no optical MRZ was there to compare with.
    ``mrz_lines`` and ``face`` are personal data: they are kept out of ``repr`` so that logging
    a result cannot leak them; nothing stores them.
    """

    mrz_lines: tuple[str, ...] = field(repr=False)
    dg1_matches_mrz: bool | None
    dg1_hash_valid: bool
    data_groups: tuple[int, ...]
    hash_algorithm: str
    apdu_count: int
    access: str
    """How the chip was opened: "BAC" or the PACE protocol ("PACE ECDH-GM AES-128 ...")."""
    passive_auth: PassiveAuthResult
    face: FaceImage | None = field(default=None, repr=False)
    face_note: str = ""
    """Why there is no face image although the chip lists DG2 (for the log; no content)."""

    @property
    def document(self) -> MrzDocument | None:
        """DG1 parsed like an optically read MRZ (names, dates); None when it does not parse."""
        try:
            return parse_mrz(self.mrz_lines)
        except MrzError:
            return None


@dataclass(frozen=True)
class CardEvent:
    """A card was put on (``inserted``) or taken off a reader."""

    reader: str
    inserted: bool


CardEventCallback = Callable[[CardEvent], None]
IdentityCallback = Callable[[ChipReadResult], None]
"""Gets the chip's identity data (DG1, passive authentication over DG1) before DG2 is read."""


class ChipReader(Protocol):
    """A contactless reader for passport and ID-card chips.

    ``read_document`` blocks; the device manager calls it on the device's own thread.
    Expected failures raise ``UserFacingError``. Card event callbacks run on a backend thread.
    """

    name: str
    simulated: bool

    def readers(self) -> list[str]: ...

    def read_document(
        self,
        mrz_lines: list[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> ChipReadResult: ...

    def on_card_event(self, callback: CardEventCallback) -> None: ...

    def status(self) -> DeviceStatus: ...

    def close(self) -> None: ...

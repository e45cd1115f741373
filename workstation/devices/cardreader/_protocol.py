"""What every chip reader backend offers, and the small types shared by reader and backends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from workstation.devices.status import DeviceStatus


class CardRemovedError(ConnectionError):
    """The card left the reader while a command was on its way (raised by a ``CardPort``)."""


class CardPort(Protocol):
    """A connection to one card: send a command APDU, get (response data, status word)."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


@dataclass(frozen=True)
class ChipReadResult:
    """The outcome of reading an eMRTD chip.

    ``dg1_hash_valid`` means DG1 matches the hash list in EF.SOD; the SOD signature and its
    certificate chain are not verified (see ``lds``). ``mrz_lines`` is personal data: it is
    kept out of ``repr`` so that logging a result cannot leak it.
    """

    mrz_lines: tuple[str, ...] = field(repr=False)
    dg1_matches_mrz: bool
    dg1_hash_valid: bool
    data_groups: tuple[int, ...]
    hash_algorithm: str
    apdu_count: int


@dataclass(frozen=True)
class CardEvent:
    """A card was put on (``inserted``) or taken off a reader."""

    reader: str
    inserted: bool


CardEventCallback = Callable[[CardEvent], None]


class ChipReader(Protocol):
    """A contactless reader for passport and ID-card chips.

    ``read_document`` blocks; the device manager calls it on the device's own thread.
    Expected failures raise ``UserFacingError``. Card event callbacks run on a backend thread.
    """

    name: str
    simulated: bool

    def readers(self) -> list[str]: ...

    def read_document(self, mrz_lines: list[str]) -> ChipReadResult: ...

    def on_card_event(self, callback: CardEventCallback) -> None: ...

    def status(self) -> DeviceStatus: ...

    def close(self) -> None: ...

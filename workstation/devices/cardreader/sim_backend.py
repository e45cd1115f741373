"""Simulated chip reader: the real ``EmrtdReader`` against an in-process emulated chip.

Behaves like a PC/SC reader with a card on it: every APDU takes a little time, a card can be
put on and taken off (with card events), and faulty chips (pulled mid-read, PACE-only,
malformed answers) can be placed to rehearse the error paths. The UI shows it as simulated.
"""

from __future__ import annotations

import threading
import time

from workstation.devices.cardreader._protocol import (
    CardEvent,
    CardEventCallback,
    ChipReadResult,
    IdentityCallback,
)
from workstation.devices.cardreader.emulator import (
    SPECIMENS,
    ChipDocument,
    EmulatedChip,
    EmulatorPort,
)
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.face import build_dg2
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.pcsc_backend import no_card
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.devices.status import DeviceStatus

SIM_READER_NAME = "Loket gesimuleerde chiplezer"


SPECIMEN_FACE = bytes.fromhex(
    "FFD8FFE000104A46494600010101006400640000FFDB004300100B0C0E0C0A100E0D0E1211101318281A1816"
    "16183123251D283A333D3C3933383740485C4E404457453738506D51575F626768673E4D71797064785C6567"
    "63FFC0000B080008000801011100FFC4001F0000010501010101010100000000000000000102030405060708"
    "090A0BFFC400B5100002010303020403050504040000017D0102030004110512213141061351610722711432"
    "8191A1082342B1C11552D1F02433627282090A161718191A25262728292A3435363738393A43444546474849"
    "4A535455565758595A636465666768696A737475767778797A838485868788898A92939495969798999AA2A3"
    "A4A5A6A7A8A9AAB2B3B4B5B6B7B8B9BAC2C3C4C5C6C7C8C9CAD2D3D4D5D6D7D8D9DAE1E2E3E4E5E6E7E8E9EA"
    "F1F2F3F4F5F6F7F8F9FAFFDA0008010100003F002BFFD9"
)
"""An 8 x 8 grey JPEG: the simulated chip's face image (a specimen has no real person's face)."""


def specimen_chip(key: str) -> tuple[EmulatedChip, SigningCountry]:
    """The simulated reader's chip: a specimen MRZ, a face, EF.SOD signed by a test country."""
    country = SigningCountry.generate()
    document = ChipDocument(
        SPECIMENS[key],
        other_data_groups={2: build_dg2(SPECIMEN_FACE, width=8, height=8)},
        signer=country,
    )
    return EmulatedChip(document, access="both"), country


class _SlowPort(EmulatorPort):
    """Adds the round-trip time of a contactless reader to every APDU."""

    def __init__(self, chip: EmulatedChip, latency_s: float) -> None:
        super().__init__(chip)
        self._latency = latency_s

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        if self._latency:
            time.sleep(self._latency)
        return super().transmit(apdu_bytes)


class SimulatedChipReader:
    """A reader with an emulated chip on it (or none)."""

    simulated = True

    def __init__(
        self,
        chip: EmulatedChip | None = None,
        *,
        apdu_latency_s: float = 0.015,
        trust: tuple[TrustStore | None, str] = (None, ""),
    ) -> None:
        self.name = SIM_READER_NAME
        self._trust = trust
        self._latency = apdu_latency_s
        self._lock = threading.Lock()
        self._chip = chip
        self._callbacks: list[CardEventCallback] = []

    def readers(self) -> list[str]:
        return [SIM_READER_NAME]

    def status(self) -> DeviceStatus:
        return DeviceStatus.SIMULATED

    def insert_card(self, chip: EmulatedChip) -> None:
        """Put ``chip`` on the reader (taking off any card that was there)."""
        self.remove_card()
        with self._lock:
            self._chip = chip
        self._emit(CardEvent(SIM_READER_NAME, inserted=True))

    def remove_card(self) -> None:
        with self._lock:
            chip, self._chip = self._chip, None
        if chip is not None:
            self._emit(CardEvent(SIM_READER_NAME, inserted=False))

    def read_document(
        self,
        mrz_lines: list[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> ChipReadResult:
        with self._lock:
            chip = self._chip
        if chip is None:
            raise no_card("no emulated card on the simulated reader")
        chip.reset()
        try:
            reader = EmrtdReader(
                _SlowPort(chip, self._latency),
                trust_store=self._trust[0],
                trust_store_error=self._trust[1],
            )
            return reader.read(mrz_lines, can=can, on_identity=on_identity)
        finally:
            if not chip.present:
                self.remove_card()

    def on_card_event(self, callback: CardEventCallback) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def close(self) -> None:
        with self._lock:
            self._callbacks.clear()

    def _emit(self, event: CardEvent) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(event)

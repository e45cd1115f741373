"""An eMRTD chip emulator (LDS1 with BAC), so the real reading code can run without a card.

It answers the APDUs Loket's reader sends: SELECT of the LDS1 application and of EFs,
GET CHALLENGE, EXTERNAL AUTHENTICATE (BAC), then secure messaging for every command,
READ BINARY by offset or short EF identifier with a length limit. Faults seen on real chips
can be switched on: PACE-only (BAC refused), card pulled after N APDUs, malformed protected
responses. A wrong MRZ key needs no switch: the chip then rejects the terminal's MAC (63 00).

The files are built from an MRZ: EF.COM, EF.DG1 and an EF.SOD with a real hash list in an
unsigned SignedData (see ``lds``: Loket verifies hashes, not signatures).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from workstation.devices.cardreader import apdu, bac, lds
from workstation.devices.cardreader._protocol import CardRemovedError
from workstation.devices.cardreader.apdu import CommandApdu
from workstation.devices.cardreader.secure_messaging import ChipChannel, SecureMessagingError

NL_SPECIMEN_MRZ = (
    "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
    "SPECI20212NLD6503101F3108022999999990<<<<<84",
)
"""The Dutch specimen passport (Rijksdienst voor Identiteitsgegevens), MRZ as printed."""

ICAO_SPECIMEN_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
)
"""The ICAO 9303 part 11 worked-example document (MRZ information L898902C<369080619406236)."""

SPECIMENS = {"nl_specimen": NL_SPECIMEN_MRZ, "icao_specimen": ICAO_SPECIMEN_MRZ}

DEFAULT_MAX_READ = 0xE7
"""The largest READ BINARY whose protected answer still fits a short response (256 bytes)."""

_SFI = {0x1E: apdu.FID_EF_COM, 0x01: apdu.FID_EF_DG1, 0x1D: apdu.FID_EF_SOD}
_FID_BY_DATA_GROUP = {number: 0x0100 + number for number in range(1, 17)}


def contactless_atr(historical: bytes = b"\x80\x31\x80\x65\xb0\x83\x11\x00\xc8\x83\x00") -> bytes:
    """An ATR as PC/SC part 3 builds it for a contactless ISO 14443-4 card (T=1)."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


@dataclass(frozen=True)
class ChipDocument:
    """What the emulated chip holds: DG1 from an MRZ, optional other data groups as raw files."""

    mrz_lines: tuple[str, ...]
    other_data_groups: dict[int, bytes] = field(default_factory=dict)
    hash_algorithm: str = "sha256"
    lds_version: str = "0107"

    def files(self) -> dict[int, bytes]:
        groups = {1: lds.build_dg1(list(self.mrz_lines)), **self.other_data_groups}
        files = {_FID_BY_DATA_GROUP[number]: content for number, content in groups.items()}
        files[apdu.FID_EF_COM] = lds.build_ef_com(list(groups), self.lds_version)
        files[apdu.FID_EF_SOD] = lds.build_sod(groups, self.hash_algorithm)
        return files


class EmulatedChip:
    """One emulated eMRTD. ``process`` takes a command APDU and returns the response APDU."""

    def __init__(
        self,
        document: ChipDocument,
        *,
        pace_only: bool = False,
        pulled_after: int | None = None,
        malformed: bool = False,
        max_read: int = DEFAULT_MAX_READ,
        exact_length_hint: bool = False,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        """``pulled_after``: the card leaves after answering that many APDUs.
        ``malformed``: protected responses are cut short. ``max_read``: the largest READ
        BINARY answered; beyond it the chip says 67 00, or 6C xx with ``exact_length_hint``.
        """
        self.files = document.files()
        """The chip's files by file identifier (a test may alter one to play a forged chip)."""
        self._keys = bac.AccessKeys.from_mrz_information(
            bac.mrz_information_from_lines(list(document.mrz_lines))
        )
        self._pace_only = pace_only
        self._pulled_after = pulled_after
        self._malformed = malformed
        self._max_read = max_read
        self._exact_length_hint = exact_length_hint
        self._random = random_bytes
        self.atr = contactless_atr()
        self.apdu_count = 0
        self.present = True
        self.reset()

    def reset(self) -> None:
        """Power cycle: nothing selected, no challenge, no session."""
        self._app_selected = False
        self._current: int | None = None
        self._challenge: bytes | None = None
        self._channel: ChipChannel | None = None

    def process(self, raw: bytes) -> bytes:
        if not self.present:
            raise CardRemovedError("card is no longer in the field")
        if self._pulled_after is not None and self.apdu_count >= self._pulled_after:
            self.present = False
            raise CardRemovedError(f"card pulled after {self.apdu_count} APDUs")
        self.apdu_count += 1
        if self._channel is not None:
            return self._protected(raw)
        try:
            command = CommandApdu.parse(raw)
        except ValueError:
            return _sw(apdu.SW_WRONG_LENGTH)
        data, sw = self._plain(command)
        return data + _sw(sw)

    def _plain(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.ins == apdu.INS_SELECT and command.p1 == 0x04:
            return self._select_application(command)
        if not self._app_selected:
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        if command.ins == apdu.INS_GET_CHALLENGE:
            if self._pace_only:
                return b"", apdu.SW_SECURITY_STATUS
            self._challenge = self._random(8)
            return self._challenge, apdu.SW_OK
        if command.ins == apdu.INS_EXTERNAL_AUTHENTICATE:
            return self._external_authenticate(command)
        return b"", apdu.SW_SECURITY_STATUS

    def _select_application(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.data != apdu.LDS1_AID:
            return b"", apdu.SW_FILE_NOT_FOUND
        self._app_selected = True
        self._current = None
        return b"", apdu.SW_OK

    def _external_authenticate(self, command: CommandApdu) -> tuple[bytes, int]:
        challenge, self._challenge = self._challenge, None
        if challenge is None:
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        try:
            answer, session = bac.chip_answer(self._keys, challenge, self._random(16), command.data)
        except bac.BacError:
            return b"", apdu.SW_AUTH_FAILED
        self._channel = ChipChannel(session)
        return answer, apdu.SW_OK

    def _protected(self, raw: bytes) -> bytes:
        assert self._channel is not None
        try:
            command = self._channel.unwrap(raw)
        except SecureMessagingError:
            # An SM error ends the session; the answer is a bare status word.
            self._channel = None
            return _sw(apdu.SW_SM_DATA_INCORRECT)
        data, sw = self._execute(command)
        response = self._channel.wrap(data, sw)
        if self._malformed:
            return response[: len(response) // 2] + _sw(apdu.SW_OK)
        return response

    def _execute(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.ins == apdu.INS_SELECT and command.p1 == 0x04:
            return self._select_application(command)
        if command.ins == apdu.INS_SELECT and command.p1 == 0x02:
            fid = int.from_bytes(command.data, "big")
            if fid not in self.files:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._current = fid
            return b"", apdu.SW_OK
        if command.ins == apdu.INS_READ_BINARY:
            return self._read_binary(command)
        return b"", apdu.SW_INS_NOT_SUPPORTED

    def _read_binary(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.p1 & 0x80:
            fid = _SFI.get(command.p1 & 0x1F)
            if fid is None or fid not in self.files:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._current, offset = fid, command.p2
        else:
            offset = (command.p1 << 8) | command.p2
        if self._current is None:
            return b"", 0x6986  # command not allowed: no current EF
        length = command.le or apdu.MAX_SHORT_LE
        if length > self._max_read:
            hint = 0x6C00 | self._max_read
            return b"", hint if self._exact_length_hint else apdu.SW_WRONG_LENGTH
        content = self.files[self._current]
        if offset >= len(content):
            return b"", apdu.SW_WRONG_P1P2
        chunk = content[offset : offset + length]
        return chunk, apdu.SW_OK if len(chunk) == length else apdu.SW_END_OF_FILE


class EmulatorPort:
    """A ``CardPort`` straight onto an emulated chip (no reader in between)."""

    def __init__(self, chip: EmulatedChip) -> None:
        self.chip = chip

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        return apdu.split_response(self.chip.process(apdu_bytes))


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")

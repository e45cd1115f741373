"""ISO 7816-4 command APDUs used to read an eMRTD (ICAO 9303 part 10), and status words.

Pure codec: builds and parses bytes, never talks to a card.
"""

from __future__ import annotations

from dataclasses import dataclass

LDS1_AID = bytes.fromhex("A0000002471001")

FID_EF_COM = 0x011E
FID_EF_DG1 = 0x0101
FID_EF_SOD = 0x011D
FID_EF_DG2 = 0x0102
SFI_CARD_ACCESS = 0x1C

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82
INS_MSE = 0x22
INS_GENERAL_AUTHENTICATE = 0x86

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_STATUS = 0x6982
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_SM_DATA_MISSING = 0x6987
SW_SM_DATA_INCORRECT = 0x6988
SW_AUTH_FAILED = 0x6300
SW_WRONG_DATA = 0x6A80
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00

MAX_SHORT_LE = 256


class StatusWordError(Exception):
    """The card answered a command with a status word other than success."""

    def __init__(self, command: str, sw: int) -> None:
        super().__init__(f"{command} answered SW {sw:04X}")
        self.command = command
        self.sw = sw


def is_success(sw: int) -> bool:
    """9000, or 62 82: data returned, end of file reached before Le bytes."""
    return sw in (SW_OK, SW_END_OF_FILE)


@dataclass(frozen=True)
class CommandApdu:
    """A short command APDU (cases 1-4). ``le`` is the expected length, 1..256, or None."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def to_bytes(self) -> bytes:
        if len(self.data) > 255:
            raise ValueError("command data longer than a short APDU allows")
        out = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.data:
            out += bytes([len(self.data)]) + self.data
        if self.le is not None:
            if not 1 <= self.le <= MAX_SHORT_LE:
                raise ValueError(f"Le {self.le} out of range for a short APDU")
            out += bytes([self.le % 256])
        return out

    @classmethod
    def parse(cls, raw: bytes) -> CommandApdu:
        """Parse a short APDU; raises ValueError on a malformed one."""
        if len(raw) < 4:
            raise ValueError("APDU shorter than its header")
        cla, ins, p1, p2 = raw[:4]
        body = raw[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or MAX_SHORT_LE)
        lc = body[0]
        if lc == 0:
            raise ValueError("extended APDUs are not supported")
        data = body[1 : 1 + lc]
        if len(data) != lc:
            raise ValueError("APDU shorter than its Lc says")
        rest = body[1 + lc :]
        if len(rest) > 1:
            raise ValueError("APDU longer than its Lc says")
        le = (rest[0] or MAX_SHORT_LE) if rest else None
        return cls(cla, ins, p1, p2, data, le)


def select_lds1() -> CommandApdu:
    """SELECT the LDS1 eMRTD application by AID, no response data (P2 = 0C)."""
    return CommandApdu(0x00, INS_SELECT, 0x04, 0x0C, LDS1_AID)


def select_ef(fid: int) -> CommandApdu:
    """SELECT an elementary file under the current application by its file identifier."""
    return CommandApdu(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))


def read_binary(offset: int, length: int) -> CommandApdu:
    """READ BINARY ``length`` bytes at ``offset`` (15-bit offset) of the current EF."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("READ BINARY offset must fit in 15 bits")
    return CommandApdu(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length)


def get_challenge() -> CommandApdu:
    return CommandApdu(0x00, INS_GET_CHALLENGE, 0x00, 0x00, le=8)


def external_authenticate(cryptogram: bytes) -> CommandApdu:
    """EXTERNAL AUTHENTICATE with E.IFD || M.IFD; the chip answers E.IC || M.IC (40 bytes)."""
    return CommandApdu(0x00, INS_EXTERNAL_AUTHENTICATE, 0x00, 0x00, cryptogram, le=40)


def read_card_access(offset: int, length: int) -> CommandApdu:
    """READ BINARY of EF.CardAccess by its short EF identifier, from the master file."""
    return CommandApdu(0x00, INS_READ_BINARY, 0x80 | SFI_CARD_ACCESS, offset, le=length)


def set_authentication_template(data: bytes) -> CommandApdu:
    """MSE:Set AT for PACE (mutual authentication, P1 C1, P2 A4)."""
    return CommandApdu(0x00, INS_MSE, 0xC1, 0xA4, data)


def general_authenticate(data: bytes, *, last: bool) -> CommandApdu:
    """GENERAL AUTHENTICATE; all but the last step are chained (CLA 10)."""
    return CommandApdu(0x00 if last else 0x10, INS_GENERAL_AUTHENTICATE, 0, 0, data, le=256)


def split_response(rapdu: bytes) -> tuple[bytes, int]:
    """Split a response APDU into data and status word."""
    if len(rapdu) < 2:
        raise ValueError("response APDU shorter than a status word")
    return rapdu[:-2], int.from_bytes(rapdu[-2:], "big")

"""Reading an eMRTD chip with Basic Access Control (ICAO 9303 parts 10 and 11).

``EmrtdReader`` runs against any ``CardPort``: the emulator in-process, or a PC/SC card
connection. It keeps the APDU count low: EF files are read by short EF identifier (no SELECT;
falls back to SELECT when a chip refuses), and with the largest READ BINARY that fits a
protected short response, stepping down when the chip says the length is wrong.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from workstation.devices.cardreader import apdu, bac, lds
from workstation.devices.cardreader._protocol import CardPort, CardRemovedError, ChipReadResult
from workstation.devices.cardreader.apdu import CommandApdu
from workstation.devices.cardreader.secure_messaging import SecureMessagingError, TerminalChannel
from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.devices")

CHUNK_LADDER = (0xE7, 0xDF, 0x80, 0x40, 0x20)
"""READ BINARY sizes to try, largest first: 0xE7 is the most a protected short answer holds."""

_PACE_ONLY_SW = {apdu.SW_SECURITY_STATUS, apdu.SW_CONDITIONS_NOT_SATISFIED, 0x6A88, 0x6D00}
_NO_SFI_SW = {apdu.SW_FILE_NOT_FOUND, 0x6A86, 0x6981, 0x6986, apdu.SW_WRONG_P1P2}
_FILES = (("EF.COM", apdu.FID_EF_COM, 0x1E), ("EF.DG1", apdu.FID_EF_DG1, 0x01))
_SOD = ("EF.SOD", apdu.FID_EF_SOD, 0x1D)


def card_pulled(detail: str) -> UserFacingError:
    return UserFacingError(
        "De kaart is tijdens het lezen weggehaald.",
        "Leg het document opnieuw op de chiplezer.",
        detail=detail,
    )


def access_refused(detail: str) -> UserFacingError:
    return UserFacingError(
        "De chip weigert toegang met deze documentgegevens.",
        "Scan het document opnieuw met de documentlezer en probeer het nog eens.",
        detail=detail,
    )


def pace_only(detail: str) -> UserFacingError:
    return UserFacingError(
        "De chip van dit document is op een nieuwere manier beveiligd; die kan Loket nog "
        "niet lezen.",
        "Controleer het document op een andere manier.",
        detail=detail,
    )


def unexpected_answer(detail: str) -> UserFacingError:
    return UserFacingError(
        "De chip gaf een onverwacht antwoord.", "Probeer het opnieuw.", detail=detail
    )


def not_a_travel_document(detail: str) -> UserFacingError:
    return UserFacingError(
        "Op de chiplezer ligt geen paspoort of identiteitskaart met chip.",
        "Leg het document met de chip op de chiplezer.",
        detail=detail,
    )


def unusable_mrz(detail: str) -> UserFacingError:
    return UserFacingError(
        "De documentgegevens zijn niet volledig genoeg gelezen om de chip te openen.",
        "Scan het document opnieuw met de documentlezer en probeer het nog eens.",
        detail=detail,
    )


class EmrtdReader:
    """Reads EF.COM, EF.DG1 and EF.SOD from one card through ``port``."""

    def __init__(
        self,
        port: CardPort,
        *,
        use_short_ef_ids: bool = True,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._port = port
        self._use_sfi = use_short_ef_ids
        self._random = random_bytes
        self._chunk = CHUNK_LADDER[0]
        self._channel: TerminalChannel | None = None
        self.apdu_count = 0

    def read(self, mrz_lines: list[str]) -> ChipReadResult:
        """BAC with keys from the optically read ``mrz_lines``, then read and check DG1.

        Raises ``UserFacingError`` for every expected failure.
        """
        try:
            mrz_info = bac.mrz_information_from_lines(mrz_lines)
        except ValueError as exc:
            raise unusable_mrz(f"MRZ unusable for BAC: {exc}") from exc
        try:
            return self._read(mrz_info, mrz_lines)
        except CardRemovedError as exc:
            raise card_pulled(f"card removed after {self.apdu_count} APDUs: {exc}") from exc
        except (SecureMessagingError, lds.LdsError, apdu.StatusWordError) as exc:
            raise unexpected_answer(f"after {self.apdu_count} APDUs: {exc}") from exc

    def _read(self, mrz_info: str, mrz_lines: list[str]) -> ChipReadResult:
        _data, sw = self._send(apdu.select_lds1())
        if sw != apdu.SW_OK:
            raise not_a_travel_document(f"SELECT LDS1 answered {sw:04X}")
        self._authenticate(bac.AccessKeys.from_mrz_information(mrz_info))
        ef_com, dg1, sod = (self._read_file(*spec) for spec in (*_FILES, _SOD))
        com = lds.parse_ef_com(ef_com)
        dg1_text = lds.parse_dg1(dg1)
        security_object = lds.parse_sod(sod)
        optical = "".join(line.strip().upper() for line in mrz_lines)
        result = ChipReadResult(
            mrz_lines=tuple(lds.mrz_lines(dg1_text)),
            dg1_matches_mrz=dg1_text == optical,
            dg1_hash_valid=security_object.matches(1, dg1),
            data_groups=com.data_groups,
            hash_algorithm=security_object.hash_algorithm,
            apdu_count=self.apdu_count,
        )
        log.info(
            "chip read: %d APDUs, data groups %s, DG1 matches MRZ %s, DG1 hash valid %s",
            result.apdu_count,
            result.data_groups,
            result.dg1_matches_mrz,
            result.dg1_hash_valid,
        )
        return result

    def _send(self, command: CommandApdu) -> tuple[bytes, int]:
        self.apdu_count += 1
        if self._channel is None:
            return self._port.transmit(command.to_bytes())
        data, sw = self._port.transmit(self._channel.wrap(command))
        return self._channel.unwrap(data, sw)

    def _authenticate(self, keys: bac.AccessKeys) -> None:
        rnd_ic, sw = self._send(apdu.get_challenge())
        if sw in _PACE_ONLY_SW:
            raise pace_only(f"GET CHALLENGE answered {sw:04X}")
        if sw != apdu.SW_OK or len(rnd_ic) != 8:
            raise unexpected_answer(f"GET CHALLENGE answered {sw:04X}, {len(rnd_ic)} bytes")
        rnd_ifd, k_ifd = self._random(8), self._random(16)
        answer, sw = self._send(
            apdu.external_authenticate(bac.terminal_cryptogram(keys, rnd_ic, rnd_ifd, k_ifd))
        )
        if sw != apdu.SW_OK:
            raise access_refused(f"EXTERNAL AUTHENTICATE answered {sw:04X}")
        try:
            session = bac.finish_terminal(keys, rnd_ic, rnd_ifd, k_ifd, answer)
        except bac.BacError as exc:
            raise unexpected_answer(f"chip cryptogram: {exc}") from exc
        self._channel = TerminalChannel(session)

    def _read_file(self, name: str, fid: int, sfi: int) -> bytes:
        head = b""
        if self._use_sfi:
            head, sw = self._read_binary(0x80 | sfi, 0, name)
            if sw in _NO_SFI_SW:
                self._use_sfi = False
            elif not apdu.is_success(sw):
                raise apdu.StatusWordError(f"READ BINARY {name}", sw)
        if not self._use_sfi:
            _data, sw = self._send(apdu.select_ef(fid))
            if sw != apdu.SW_OK:
                raise apdu.StatusWordError(f"SELECT {name}", sw)
            head = self._checked_read(0, name)
        content = head
        total = lds.file_length(head)
        while len(content) < total:
            content += self._checked_read(len(content), name, total - len(content))
        return content[:total]

    def _checked_read(self, offset: int, name: str, wanted: int | None = None) -> bytes:
        data, sw = self._read_binary(offset >> 8, offset & 0xFF, name, wanted)
        if not apdu.is_success(sw) or not data:
            raise apdu.StatusWordError(f"READ BINARY {name} at {offset}", sw)
        return data

    def _read_binary(
        self, p1: int, p2: int, name: str, wanted: int | None = None
    ) -> tuple[bytes, int]:
        """READ BINARY with the largest accepted Le; learns the chip's limit on 67 00 / 6C xx."""
        while True:
            le = self._chunk if wanted is None else min(wanted, self._chunk)
            data, sw = self._send(CommandApdu(0x00, apdu.INS_READ_BINARY, p1, p2, le=le))
            if sw == apdu.SW_WRONG_LENGTH and self._chunk > CHUNK_LADDER[-1]:
                self._chunk = next(size for size in CHUNK_LADDER if size < self._chunk)
            elif sw & 0xFF00 == 0x6C00 and 0 < (sw & 0xFF) < self._chunk:
                self._chunk = sw & 0xFF
            else:
                return data, sw
            log.debug("chip refused Le %d for %s, now %d", le, name, self._chunk)

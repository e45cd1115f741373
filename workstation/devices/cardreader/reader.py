"""Reading an eMRTD chip (ICAO 9303 parts 10 and 11): PACE or BAC, DG1, EF.SOD, then DG2.

``EmrtdReader`` runs against any ``CardPort``: the emulator in-process, or a PC/SC card
connection. Access control: PACE when EF.CardAccess offers a protocol Loket runs (MRZ or CAN as
password), BAC otherwise. The read order puts the worker first: EF.COM, DG1 and EF.SOD, then
``on_identity`` gets the name and document data with passive authentication over DG1, and only
then DG2 (the face) is read. It keeps the APDU count low: EF files are read by short EF
identifier (no SELECT), with the largest READ BINARY that fits a protected short response,
stepping down when the chip says the length is wrong. A chip that refuses short EF identifiers
may have ended the session with its bare error answer (chips differ), so the session is set up
again (PACE or BAC) before the SELECT fallback.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace

from workstation.devices.cardreader import apdu, bac, face, lds, pace, passive_auth
from workstation.devices.cardreader._protocol import (
    CardPort,
    CardRemovedError,
    ChipReadResult,
    IdentityCallback,
)
from workstation.devices.cardreader.apdu import CommandApdu
from workstation.devices.cardreader.passive_auth import PassiveAuthResult, TrustStore
from workstation.devices.cardreader.secure_messaging import SecureMessagingError, TerminalChannel
from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.devices")

MAX_OFFSET = 0x7FFF
"""The largest offset READ BINARY with INS B0 can address (15 bits)."""
CHUNK_LADDER = (0xE7, 0xDF, 0x80, 0x40, 0x20)
"""READ BINARY sizes to try, largest first: 0xE7 is the most a protected short answer holds."""

_BAC_REFUSED_SW = {apdu.SW_SECURITY_STATUS, apdu.SW_CONDITIONS_NOT_SATISFIED, 0x6A88, 0x6D00}
_NO_SFI_SW = {apdu.SW_FILE_NOT_FOUND, 0x6A86, 0x6981, 0x6986, apdu.SW_WRONG_P1P2}
_COM = ("EF.COM", apdu.FID_EF_COM, 0x1E)
_DG1 = ("EF.DG1", apdu.FID_EF_DG1, 0x01)
_SOD = ("EF.SOD", apdu.FID_EF_SOD, 0x1D)
_DG2 = ("EF.DG2", apdu.FID_EF_DG2, 0x02)
BAC = "BAC"


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


def unsupported_access(detail: str) -> UserFacingError:
    return UserFacingError(
        "De chip van dit document gebruikt een beveiliging die Loket niet kent.",
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


class _FileMissing(Exception):
    """The chip has no such file (6A 82)."""


class EmrtdReader:
    """Reads EF.COM, EF.DG1, EF.SOD and EF.DG2 from one card through ``port``."""

    def __init__(
        self,
        port: CardPort,
        *,
        trust_store: TrustStore | None = None,
        trust_store_error: str = "",
        use_short_ef_ids: bool = True,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._port = port
        self._trust_store = trust_store
        self._trust_store_error = trust_store_error
        self._use_sfi = use_short_ef_ids
        self._random = random_bytes
        self._chunk = CHUNK_LADDER[0]
        self._channel: TerminalChannel | None = None
        self._password: tuple[pace.Password, str] = (pace.Password.MRZ, "")
        self._bac_keys: bac.AccessKeys | None = None
        self.access = ""
        self.apdu_count = 0

    def read(
        self,
        mrz_lines: list[str],
        *,
        can: str | None = None,
        on_identity: IdentityCallback | None = None,
    ) -> ChipReadResult:
        """Open the chip with the optically read ``mrz_lines`` (or ``can``), read and verify.

        ``on_identity`` gets the result without the face as soon as DG1 and EF.SOD are read.
        Raises ``UserFacingError`` for every expected failure.
        """
        try:
            mrz_info = bac.mrz_information_from_lines(mrz_lines) if mrz_lines else ""
        except ValueError as exc:
            if can is None:
                raise unusable_mrz(f"MRZ unusable for BAC: {exc}") from exc
            mrz_info = ""
        if not mrz_info and can is None:
            raise unusable_mrz("neither an MRZ nor a CAN")
        if mrz_info:
            self._bac_keys = bac.AccessKeys.from_mrz_information(mrz_info)
        self._password = (pace.Password.CAN, can) if can else (pace.Password.MRZ, mrz_info)
        try:
            return self._read(mrz_lines, on_identity)
        except CardRemovedError as exc:
            raise card_pulled(f"card removed after {self.apdu_count} APDUs: {exc}") from exc
        except (
            SecureMessagingError,
            lds.LdsError,
            apdu.StatusWordError,
            pace.PaceError,
            _FileMissing,
        ) as exc:
            raise unexpected_answer(f"after {self.apdu_count} APDUs: {exc}") from exc

    def _read(self, mrz_lines: list[str], on_identity: IdentityCallback | None) -> ChipReadResult:
        self._open_session()
        com = lds.parse_ef_com(self._read_file(*_COM))
        dg1 = self._read_file(*_DG1)
        dg1_text = lds.parse_dg1(dg1)
        try:
            sod: bytes | None = self._read_file(*_SOD)
        except _FileMissing:
            sod = None
        security_object = lds.parse_sod(sod) if sod is not None else None
        optical = "".join(line.strip().upper() for line in mrz_lines)
        identity = ChipReadResult(
            mrz_lines=tuple(lds.mrz_lines(dg1_text)),
            dg1_matches_mrz=dg1_text == optical if optical else None,
            dg1_hash_valid=security_object is not None and security_object.matches(1, dg1),
            data_groups=com.data_groups,
            hash_algorithm=security_object.hash_algorithm if security_object else "",
            apdu_count=self.apdu_count,
            access=self.access,
            passive_auth=self._verify(sod, {1: dg1}),
        )
        if on_identity is not None:
            on_identity(identity)
        result = identity
        if 2 in com.data_groups:
            result = self._with_face(identity, sod, dg1)
        log.info(
            "chip read: %s, %d APDUs, data groups %s, DG1 matches MRZ %s, passive "
            "authentication %s",
            result.access,
            result.apdu_count,
            result.data_groups,
            result.dg1_matches_mrz,
            result.passive_auth.reason.value,
        )
        return result

    def _with_face(self, identity: ChipReadResult, sod: bytes | None, dg1: bytes) -> ChipReadResult:
        """The identity with the face added. A face that cannot be read (missing, too long,
        the card taken away, a broken answer) leaves the identity as it was: it stands."""
        try:
            dg2 = self._read_file(*_DG2)
        except (
            _FileMissing,
            CardRemovedError,
            SecureMessagingError,
            lds.LdsError,
            apdu.StatusWordError,
        ) as exc:
            note = f"DG2 not read: {type(exc).__name__}: {exc}"
            return replace(identity, apdu_count=self.apdu_count, face_note=note)
        try:
            image: face.FaceImage | None = face.parse_dg2(dg2)
            note = ""
        except face.FaceError as exc:
            image, note = None, str(exc)
        return replace(
            identity,
            apdu_count=self.apdu_count,
            passive_auth=self._verify(sod, {1: dg1, 2: dg2}),
            face=image,
            face_note=note,
        )

    def _verify(self, sod: bytes | None, groups: dict[int, bytes]) -> PassiveAuthResult:
        result = passive_auth.verify(
            sod, groups, self._trust_store, trust_store_error=self._trust_store_error
        )
        if result.detail:
            log.info("passive authentication: %s (%s)", result.reason.value, result.detail)
        return result

    def _send(self, command: CommandApdu) -> tuple[bytes, int]:
        self.apdu_count += 1
        if self._channel is None:
            return self._port.transmit(command.to_bytes())
        data, sw = self._port.transmit(self._channel.wrap(command))
        return self._channel.unwrap(data, sw)

    # -- access control ---------------------------------------------------------------------

    def _open_session(self) -> None:
        """PACE when EF.CardAccess offers a protocol Loket runs, else BAC; then SELECT LDS1."""
        self._channel = None
        offered = self._card_access()
        if offered:
            self._pace(offered[0])
            self.access = offered[0].description
            _data, sw = self._send(apdu.select_lds1())
            if sw != apdu.SW_OK:
                raise not_a_travel_document(f"SELECT LDS1 after PACE answered {sw:04X}")
            return
        _data, sw = self._send(apdu.select_lds1())
        if sw != apdu.SW_OK:
            raise not_a_travel_document(f"SELECT LDS1 answered {sw:04X}")
        if self._bac_keys is None:
            raise unusable_mrz("the chip offers no PACE, and BAC needs the MRZ")
        self._bac(self._bac_keys)
        self.access = BAC

    def _card_access(self) -> list[pace.PaceInfo]:
        head, sw = self._send(apdu.read_card_access(0, CHUNK_LADDER[-1]))
        if not apdu.is_success(sw) or not head:
            return []
        content = head
        total = lds.file_length(head)
        while len(content) < total:
            data, sw = self._send(apdu.read_card_access(len(content), total - len(content)))
            if not apdu.is_success(sw) or not data:
                raise apdu.StatusWordError("READ BINARY EF.CardAccess", sw)
            content += data
        return pace.parse_card_access(content[:total])

    def _pace(self, info: pace.PaceInfo) -> None:
        password, secret = self._password
        curve = info.curve
        _data, sw = self._send(apdu.set_authentication_template(pace.set_at_data(info, password)))
        if sw != apdu.SW_OK:
            raise unsupported_access(f"MSE:Set AT for {info.oid} answered {sw:04X}")
        answer = self._general_authenticate(pace.EMPTY_DYNAMIC_AUTH)
        k_pi = pace.password_key(password, secret, info.key_length)
        nonce = pace.decrypt_nonce(k_pi, pace.from_dynamic_auth(answer, pace.TAG_NONCE))
        private_map = pace.random_scalar(curve, self._random)
        answer = self._general_authenticate(
            pace.dynamic_auth(pace.TAG_MAP_TERMINAL, pace.public_key(curve, private_map))
        )
        chip_map = pace.from_dynamic_auth(answer, pace.TAG_MAP_CHIP)
        mapped = pace.mapped_generator(curve, nonce, private_map, chip_map)
        private_key = pace.random_scalar(mapped, self._random)
        own_key = pace.public_key(mapped, private_key)
        answer = self._general_authenticate(pace.dynamic_auth(pace.TAG_KEY_TERMINAL, own_key))
        chip_key = pace.from_dynamic_auth(answer, pace.TAG_KEY_CHIP)
        if chip_key == own_key:
            raise pace.PaceError("chip echoed the terminal's ephemeral key")
        keys = pace.session_keys(pace.shared_secret(mapped, private_key, chip_key), info.key_length)
        terminal_token = pace.token(keys.mac, info.oid, chip_key)
        answer = self._general_authenticate(
            pace.dynamic_auth(pace.TAG_TOKEN_TERMINAL, terminal_token), last=True
        )
        pace.check_token(
            pace.token(keys.mac, info.oid, own_key),
            pace.from_dynamic_auth(answer, pace.TAG_TOKEN_CHIP),
        )
        self._channel = TerminalChannel(keys)

    def _general_authenticate(self, data: bytes, *, last: bool = False) -> bytes:
        answer, sw = self._send(apdu.general_authenticate(data, last=last))
        if sw == apdu.SW_AUTH_FAILED or (last and sw & 0xFF00 == 0x6300):
            raise access_refused(f"GENERAL AUTHENTICATE answered {sw:04X}")
        if sw != apdu.SW_OK:
            raise apdu.StatusWordError("GENERAL AUTHENTICATE", sw)
        return answer

    def _bac(self, keys: bac.AccessKeys) -> None:
        rnd_ic, sw = self._send(apdu.get_challenge())
        if sw in _BAC_REFUSED_SW:
            raise unsupported_access(f"no usable PACE, GET CHALLENGE answered {sw:04X}")
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

    # -- files ------------------------------------------------------------------------------

    def _read_file(self, name: str, fid: int, sfi: int) -> bytes:
        head = b""
        if self._use_sfi:
            head, sw = self._read_binary(0x80 | sfi, 0, name)
            if sw in _NO_SFI_SW:
                # The refusal may have ended the session (a bare status word does on some
                # chips): set it up again before falling back to SELECT.
                self._use_sfi = False
                self._open_session()
            elif not apdu.is_success(sw):
                raise apdu.StatusWordError(f"READ BINARY {name}", sw)
        if not self._use_sfi:
            _data, sw = self._send(apdu.select_ef(fid))
            if sw == apdu.SW_FILE_NOT_FOUND:
                raise _FileMissing(name)
            if sw != apdu.SW_OK:
                raise apdu.StatusWordError(f"SELECT {name}", sw)
            head = self._checked_read(0, name)
        content = head
        total = lds.file_length(head)
        if total > MAX_OFFSET + 1:
            raise lds.LdsError(f"{name} has {total} bytes, more than READ BINARY (B0) can reach")
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

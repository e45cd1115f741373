"""PACE against ICAO 9303 part 11, appendix G.1 (ECDH generic mapping, brainpoolP256r1, AES-128).

Every value below is the appendix's; the terminal's and the chip's private keys are the
appendix's too, so every intermediate value must come out byte for byte.
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec as crypto_ec

from workstation.devices.cardreader import bac, pace
from workstation.devices.cardreader._protocol import CardRemovedError
from workstation.devices.cardreader.apdu import CommandApdu
from workstation.devices.cardreader.ec import (
    BRAINPOOL_P256R1,
    BRAINPOOL_P384R1,
    NIST_P256,
    Curve,
)
from workstation.devices.cardreader.reader import EmrtdReader
from workstation.devices.cardreader.secure_messaging import ChipChannel, TerminalChannel
from workstation.domain.errors import UserFacingError

H = bytes.fromhex
OID = "0.4.0.127.0.7.2.2.4.2.2"
INFO = pace.PaceInfo(OID, 13)
MRZ_INFORMATION = bac.mrz_information("T22000129", "640812", "101031")
K_PI = H("89DED1B26624EC1E634C1989302849DD")
NONCE_Z = H("95A3A016522EE98D01E76CB6B98B42C3")
NONCE_S = H("3F00C4D39D153F2B2A214A078D899B22")
SK_MAP_TERMINAL = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
PK_MAP_TERMINAL = H(
    "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
    "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"
)
SK_MAP_CHIP = 0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560
PK_MAP_CHIP = H(
    "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
    "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"
)
MAPPED_G = H(
    "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
    "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522"
)
SK_TERMINAL = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595
PK_TERMINAL = H(
    "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
    "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"
)
SK_CHIP = 0x107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A
PK_CHIP = H(
    "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
    "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"
)
SHARED = H("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925")
KS_ENC = H("F5F0E35C0D7161EE6724EE513A0D9A7F")
KS_MAC = H("FE251C7858B356B24514B3BD5F4297D1")
T_TERMINAL = H("C2B0BD78D94BA866")
T_CHIP = H("3ABB9674BCE93C08")


def test_password_key_and_nonce() -> None:
    assert MRZ_INFORMATION == "T22000129364081251010318"
    assert pace.password_key(pace.Password.MRZ, MRZ_INFORMATION, 16) == K_PI
    assert pace.decrypt_nonce(K_PI, NONCE_Z) == NONCE_S


def test_generic_mapping_gives_the_appendix_generator() -> None:
    assert pace.public_key(BRAINPOOL_P256R1, SK_MAP_TERMINAL) == PK_MAP_TERMINAL
    assert pace.public_key(BRAINPOOL_P256R1, SK_MAP_CHIP) == PK_MAP_CHIP
    mapped = pace.mapped_generator(BRAINPOOL_P256R1, NONCE_S, SK_MAP_TERMINAL, PK_MAP_CHIP)
    assert BRAINPOOL_P256R1.encode(mapped.g) == MAPPED_G
    chip_side = pace.mapped_generator(BRAINPOOL_P256R1, NONCE_S, SK_MAP_CHIP, PK_MAP_TERMINAL)
    assert chip_side.g == mapped.g


def test_key_agreement_session_keys_and_tokens() -> None:
    curve = pace.mapped_generator(BRAINPOOL_P256R1, NONCE_S, SK_MAP_TERMINAL, PK_MAP_CHIP)
    assert pace.public_key(curve, SK_TERMINAL) == PK_TERMINAL
    assert pace.public_key(curve, SK_CHIP) == PK_CHIP
    secret = pace.shared_secret(curve, SK_TERMINAL, PK_CHIP)
    assert secret == SHARED == pace.shared_secret(curve, SK_CHIP, PK_TERMINAL)
    keys = pace.session_keys(secret, 16)
    assert (keys.enc, keys.mac) == (KS_ENC, KS_MAC)
    assert pace.token(KS_MAC, OID, PK_CHIP) == T_TERMINAL
    assert pace.token(KS_MAC, OID, PK_TERMINAL) == T_CHIP


def test_chip_side_answers_the_appendix_exchange() -> None:
    chip = pace.ChipPace(INFO, K_PI, nonce=NONCE_S, private_keys=(SK_MAP_CHIP, SK_CHIP))
    assert pace.from_dynamic_auth(chip.encrypted_nonce(), pace.TAG_NONCE) == NONCE_Z
    answer = chip.map_nonce(pace.dynamic_auth(pace.TAG_MAP_TERMINAL, PK_MAP_TERMINAL))
    assert answer == H("7C438241") + PK_MAP_CHIP
    answer = chip.agree(pace.dynamic_auth(pace.TAG_KEY_TERMINAL, PK_TERMINAL))
    assert answer == H("7C438441") + PK_CHIP
    assert chip.authenticate(pace.dynamic_auth(pace.TAG_TOKEN_TERMINAL, T_TERMINAL)) == (
        H("7C0A8608") + T_CHIP
    )


def test_chip_refuses_a_wrong_token() -> None:
    chip = pace.ChipPace(INFO, K_PI, nonce=NONCE_S, private_keys=(SK_MAP_CHIP, SK_CHIP))
    chip.map_nonce(pace.dynamic_auth(pace.TAG_MAP_TERMINAL, PK_MAP_TERMINAL))
    chip.agree(pace.dynamic_auth(pace.TAG_KEY_TERMINAL, PK_TERMINAL))
    with pytest.raises(pace.PaceError):
        chip.authenticate(pace.dynamic_auth(pace.TAG_TOKEN_TERMINAL, bytes(8)))


def test_a_point_off_the_curve_is_refused() -> None:
    off_curve = PK_MAP_TERMINAL[:-1] + bytes([PK_MAP_TERMINAL[-1] ^ 1])
    with pytest.raises(pace.PaceError):
        pace.mapped_generator(BRAINPOOL_P256R1, NONCE_S, SK_MAP_CHIP, off_curve)


def test_mse_set_at_matches_the_appendix() -> None:
    assert pace.set_at_data(INFO, pace.Password.MRZ) == H("800A04007F0007020204020283010184010D")


def test_card_access_round_trip_skips_what_loket_cannot_run() -> None:
    dh_gm = pace.PaceInfo("0.4.0.127.0.7.2.2.4.1.2", 0)
    raw = pace.build_card_access([dh_gm, pace.PaceInfo(OID, 13), pace.PaceInfo(OID, 99)])
    assert pace.parse_card_access(raw) == [INFO]


def test_aes_secure_messaging_after_pace() -> None:
    # SELECT of the eMRTD application under the appendix's session keys, SSC 1.
    terminal = TerminalChannel(pace.PaceKeys(KS_ENC, KS_MAC))
    chip = ChipChannel(pace.PaceKeys(KS_ENC, KS_MAC))
    wrapped = terminal.wrap(CommandApdu(0x00, 0xA4, 0x04, 0x0C, H("A0000002471001")))
    assert wrapped == H("0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00")
    assert chip.unwrap(wrapped).data == H("A0000002471001")
    response = chip.wrap(b"", 0x9000)
    assert response == H("990290008E08BEA7B381C494A0799000")
    assert terminal.unwrap(response[:-2], 0x9000) == (b"", 0x9000)


@pytest.mark.parametrize(
    ("curve", "reference"),
    [
        (NIST_P256, crypto_ec.SECP256R1()),
        (BRAINPOOL_P256R1, crypto_ec.BrainpoolP256R1()),
        (BRAINPOOL_P384R1, crypto_ec.BrainpoolP384R1()),
    ],
    ids=lambda value: getattr(value, "name", ""),
)
def test_curve_arithmetic_agrees_with_an_independent_implementation(
    curve: Curve, reference: crypto_ec.EllipticCurve
) -> None:
    scalar = 0x1F2E3D4C5B6A79880123456789ABCDEF
    expected = (
        crypto_ec.derive_private_key(scalar, reference)
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    assert curve.encode(curve.multiply(scalar, curve.g)) == expected
    assert curve.multiply(curve.n, curve.g) is None


class _AppendixG1Chip:
    """Answers the terminal as the chip of appendix G.1 does, checking every command byte for
    byte; then (after the first protected command) leaves the field."""

    def __init__(self) -> None:
        card_access = pace.build_card_access([INFO])
        self.script = [
            ("00B09C0020", card_access.hex() + "9000"),
            ("0022C1A412800A04007F0007020204020283010184010D", "9000"),
            ("10860000027C0000", "7C128010" + NONCE_Z.hex() + "9000"),
            ("10860000457C438141" + PK_MAP_TERMINAL.hex() + "00",
             "7C438241" + PK_MAP_CHIP.hex() + "9000"),
            ("10860000457C438341" + PK_TERMINAL.hex() + "00", "7C438441" + PK_CHIP.hex() + "9000"),
            ("008600000C7C0A8508" + T_TERMINAL.hex() + "00", "7C0A8608" + T_CHIP.hex() + "9000"),
            ("0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00",
             "990290008E08BEA7B381C494A0799000"),
        ]  # fmt: skip
        self.answered = 0

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        if self.answered == len(self.script):
            raise CardRemovedError("end of the worked example")
        command, response = self.script[self.answered]
        assert apdu_bytes.hex().upper() == command.upper(), f"command {self.answered + 1}"
        self.answered += 1
        answer = H(response)
        return answer[:-2], int.from_bytes(answer[-2:], "big")


def test_reader_runs_the_appendix_g1_exchange_byte_for_byte() -> None:
    keys = iter([SK_MAP_TERMINAL, SK_TERMINAL])
    chip = _AppendixG1Chip()
    reader = EmrtdReader(chip, random_bytes=lambda n: next(keys).to_bytes(n, "big"))
    with pytest.raises(UserFacingError) as raised:
        reader.read(_APPENDIX_G_MRZ)
    assert chip.answered == len(chip.script)
    assert raised.value.message == "De kaart is tijdens het lezen weggehaald."
    assert reader.access == "PACE ECDH-GM AES-128 brainpoolP256r1"


_APPENDIX_G_MRZ = [
    # A TD1 MRZ with the appendix's document number, birth and expiry dates (appendix G
    # gives only those); the composite check digit plays no part in the access key.
    "I<UTOT22000129" + "3" + "<" * 15,
    "640812" + "5" + "F" + "101031" + "8" + "UTO" + "<" * 11 + "0",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]

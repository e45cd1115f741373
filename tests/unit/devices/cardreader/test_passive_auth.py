"""Passive authentication against a test CSCA + Document Signer chain generated here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from workstation.devices.cardreader import apdu, lds, tlv
from workstation.devices.cardreader.emulator import (
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
    EmulatorPort,
)
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.passive_auth import (
    Outcome,
    Reason,
    TrustStore,
    load_trust_store,
    verify,
)
from workstation.devices.cardreader.reader import EmrtdReader

NL = list(NL_SPECIMEN_MRZ)
DG2 = bytes([0x75, 0x03, 0x7F, 0x61, 0x00])


@pytest.fixture(scope="module")
def country() -> SigningCountry:
    return SigningCountry.generate()


def _files(signer: object, groups: dict[int, bytes] | None = None) -> dict[int, bytes]:
    document = ChipDocument(NL_SPECIMEN_MRZ, other_data_groups=groups or {}, signer=signer)  # type: ignore[arg-type]
    return document.files()


def _verify(
    files: dict[int, bytes], trust: TrustStore | None, groups: tuple[int, ...] = (1,)
) -> Reason:
    read = {n: files[0x0100 + n] for n in groups}
    return verify(files.get(apdu.FID_EF_SOD), read, trust).reason


def test_the_test_chain_verifies(country: SigningCountry) -> None:
    files = _files(country, {2: DG2})
    assert _verify(files, TrustStore((country.csca,)), (1, 2)) is Reason.VERIFIED


def test_tampered_data_group_is_altered(country: SigningCountry) -> None:
    files = _files(country)
    files[apdu.FID_EF_DG1] = files[apdu.FID_EF_DG1].replace(b"WILLEKE", b"WILLEMS")
    assert _verify(files, TrustStore((country.csca,))) is Reason.DATA_GROUP_HASH


@dataclass(frozen=True)
class _WrongSignature:
    country: SigningCountry

    def certificate(self) -> bytes:
        return self.country.certificate()

    def signer_info(self, security_object: bytes, hash_algorithm: str) -> bytes:
        info = self.country.signer_info(security_object, hash_algorithm)
        # The signature is the signer info's last TLV; change its last byte.
        return info[:-1] + bytes([info[-1] ^ 0x01])


def test_wrong_signature_is_altered(country: SigningCountry) -> None:
    files = _files(_WrongSignature(country))
    assert _verify(files, TrustStore((country.csca,))) is Reason.SIGNATURE


def test_signature_over_another_hash_list_is_altered(country: SigningCountry) -> None:
    # A genuine signature, but over a hash list without DG2: the hash list was swapped.
    files = _files(_Replay(country), {2: DG2})
    assert _verify(files, TrustStore((country.csca,)), (1, 2)) is Reason.SIGNATURE


@dataclass(frozen=True)
class _Replay:
    """Signs a hash list of DG1 alone, whatever hash list EF.SOD carries."""

    country: SigningCountry

    def certificate(self) -> bytes:
        return self.country.certificate()

    def signer_info(self, security_object: bytes, hash_algorithm: str) -> bytes:
        groups = {1: lds.build_dg1(NL)}
        return self.country.signer_info(lds.build_security_object(groups), hash_algorithm)


def test_unknown_csca_cannot_be_checked(country: SigningCountry) -> None:
    other_country = SigningCountry.generate("BE")
    files = _files(country)
    assert _verify(files, TrustStore((other_country.csca,))) is Reason.UNKNOWN_CSCA


def test_same_name_other_key_is_an_unknown_csca(country: SigningCountry) -> None:
    impostor = SigningCountry.generate()
    assert impostor.csca.subject == country.csca.subject
    assert _verify(_files(country), TrustStore((impostor.csca,))) is Reason.UNKNOWN_CSCA


def test_expired_csca_cannot_be_checked() -> None:
    expired = SigningCountry.generate(csca_valid_until=datetime.now(UTC) - timedelta(days=1))
    assert _verify(_files(expired), TrustStore((expired.csca,))) is Reason.EXPIRED_CSCA


def test_no_trust_store_cannot_be_checked(country: SigningCountry) -> None:
    assert _verify(_files(country), None) is Reason.NO_TRUST_STORE


def test_unsigned_sod_is_altered_even_without_trust_store() -> None:
    assert _verify(_files(None), None) is Reason.SIGNATURE


def test_missing_sod_cannot_be_checked(country: SigningCountry) -> None:
    files = _files(country)
    del files[apdu.FID_EF_SOD]
    assert _verify(files, TrustStore((country.csca,))) is Reason.NO_SOD


def test_revoked_document_signer_is_not_genuine(country: SigningCountry, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    revoked = (
        x509.RevokedCertificateBuilder()
        .serial_number(country.document_signer.serial_number)
        .revocation_date(now - timedelta(hours=1))
        .build()
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(country.csca.subject)
        .last_update(now - timedelta(hours=1))
        .next_update(now + timedelta(days=1))
        .add_revoked_certificate(revoked)
        .sign(country.csca_key, hashes.SHA256())
    )
    (tmp_path / "nl.cer").write_bytes(country.csca_der())
    (tmp_path / "nl.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    trust, error = load_trust_store(str(tmp_path))
    assert error == ""
    assert _verify(_files(country), trust) is Reason.REVOKED


def _master_list(certificates: list[bytes]) -> bytes:
    content = tlv.encode(0x30, tlv.encode(0x02, b"\x00") + tlv.encode(0x31, b"".join(certificates)))
    encap = tlv.encode(
        0x30,
        lds.encode_oid("2.23.136.1.1.2") + tlv.encode(0xA0, tlv.encode(0x04, content)),
    )
    signed_data = tlv.encode(
        0x30, tlv.encode(0x02, b"\x03") + tlv.encode(0x31, b"") + encap + tlv.encode(0x31, b"")
    )
    return tlv.encode(0x30, lds.encode_oid(lds.OID_SIGNED_DATA) + tlv.encode(0xA0, signed_data))


def test_trust_store_from_an_icao_master_list(country: SigningCountry, tmp_path: Path) -> None:
    other = SigningCountry.generate("BE")
    path = tmp_path / "icao.ml"
    path.write_bytes(_master_list([other.csca_der(), country.csca_der()]))
    trust, error = load_trust_store(str(path))
    assert error == "" and trust is not None
    assert len(trust.cscas) == 2
    assert _verify(_files(country), trust) is Reason.VERIFIED


def test_trust_store_from_a_folder_of_pem_certificates(
    country: SigningCountry, tmp_path: Path
) -> None:
    (tmp_path / "nl.pem").write_bytes(country.csca.public_bytes(serialization.Encoding.PEM))
    trust, _error = load_trust_store(str(tmp_path))
    assert _verify(_files(country), trust) is Reason.VERIFIED


def test_unreadable_trust_store_says_so(country: SigningCountry, tmp_path: Path) -> None:
    trust, error = load_trust_store(str(tmp_path / "missing"))
    assert trust is None and error
    files = _files(country)
    result = verify(files[apdu.FID_EF_SOD], {1: files[apdu.FID_EF_DG1]}, None,
                    trust_store_error=error)  # fmt: skip
    assert result.reason is Reason.TRUST_STORE_UNREADABLE


def test_each_reason_has_its_own_worker_text() -> None:
    from workstation.devices.cardreader.passive_auth import PassiveAuthResult

    texts = {PassiveAuthResult(reason).worker_text for reason in Reason}
    assert len(texts) == len(Reason)
    assert PassiveAuthResult(Reason.VERIFIED).outcome is Outcome.GENUINE
    assert PassiveAuthResult(Reason.EXPIRED_CSCA).worker_text.startswith("Niet te controleren")
    assert PassiveAuthResult(Reason.SIGNATURE).outcome is Outcome.ALTERED


def test_reader_reports_passive_authentication_over_dg1_and_dg2(country: SigningCountry) -> None:
    document = ChipDocument(NL_SPECIMEN_MRZ, other_data_groups={2: DG2}, signer=country)
    chip = EmulatedChip(document, access="pace")
    result = EmrtdReader(EmulatorPort(chip), trust_store=TrustStore((country.csca,))).read(NL)
    assert result.passive_auth.genuine
    chip = EmulatedChip(document, access="pace")
    chip.files[0x0102] = bytes([0x75, 0x03, 0x7F, 0x61, 0x01])
    result = EmrtdReader(EmulatorPort(chip), trust_store=TrustStore((country.csca,))).read(NL)
    assert result.passive_auth.reason is Reason.DATA_GROUP_HASH

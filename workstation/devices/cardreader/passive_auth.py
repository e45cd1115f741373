"""Passive authentication (ICAO 9303 part 11, section 5.1): is the chip's data signed by its state?

EF.SOD is a CMS SignedData (RFC 5652) over the LDSSecurityObject, the hash list of the data
groups. Passive authentication checks, in this order:

1. every data group read hashes to its value in that list (else: altered);
2. the signed attributes' message digest is the hash of the LDSSecurityObject, and the
   Document Signer (DS) certificate inside EF.SOD verifies the signature over them (else:
   altered);
3. a CSCA certificate from the trust store IT configures signed the DS certificate (else: cannot
   be checked, the country's certificate is unknown), the CSCA and DS certificates are valid
   today (else: cannot be checked, expired), and no CRL from that CSCA revokes the DS
   certificate (else: not genuine).

Hashes and signature are checked even without a trust store: "altered" says more than "cannot
be checked". The result is an outcome and a reason; ``worker_text`` puts it in the worker's
words. A master list's own signature is not verified: IT vouches for the file it configures.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from workstation.devices.cardreader import tlv
from workstation.devices.cardreader.lds import (
    HASH_OIDS,
    OID_LDS_SECURITY_OBJECT,
    OID_SIGNED_DATA,
    LdsError,
    SecurityObject,
    decode_oid,
    parse_security_object,
)
from workstation.devices.cardreader.verdict import Outcome, PassiveAuthResult, Reason

__all__ = ["Outcome", "PassiveAuthResult", "Reason", "TrustStore", "load_trust_store", "verify"]

log = logging.getLogger("loket.devices")

OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_CSCA_MASTER_LIST = "2.23.136.1.1.2"
_RSA_PKCS1 = {
    "1.2.840.113549.1.1.1": None,  # rsaEncryption: the digest algorithm decides
    "1.2.840.113549.1.1.5": "sha1",
    "1.2.840.113549.1.1.14": "sha224",
    "1.2.840.113549.1.1.11": "sha256",
    "1.2.840.113549.1.1.12": "sha384",
    "1.2.840.113549.1.1.13": "sha512",
}
_RSA_PSS = "1.2.840.113549.1.1.10"
_ECDSA = {
    "1.2.840.10045.4.1": "sha1",
    "1.2.840.10045.4.3.1": "sha224",
    "1.2.840.10045.4.3.2": "sha256",
    "1.2.840.10045.4.3.3": "sha384",
    "1.2.840.10045.4.3.4": "sha512",
}
HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
_CERTIFICATE_SUFFIXES = {".cer", ".crt", ".der", ".pem"}
_MASTER_LIST_SUFFIXES = {".ml", ".p7b", ".p7c"}


class _Altered(Exception):
    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class TrustStore:
    """CSCA certificates (and CRLs) IT trusts; from a folder or an ICAO master list file."""

    cscas: tuple[x509.Certificate, ...]
    crls: tuple[x509.CertificateRevocationList, ...] = ()

    @classmethod
    def load(cls, path: Path) -> TrustStore:
        """Raises ValueError when ``path`` holds nothing usable."""
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        cscas: list[x509.Certificate] = []
        crls: list[x509.CertificateRevocationList] = []
        for file in files:
            suffix = file.suffix.lower()
            data = file.read_bytes()
            if suffix == ".crl":
                crls.append(_load_crl(data))
            elif suffix in _CERTIFICATE_SUFFIXES:
                cscas.append(_load_certificate(data))
            elif suffix in _MASTER_LIST_SUFFIXES or not path.is_dir():
                cscas.extend(master_list_certificates(data))
        if not cscas:
            raise ValueError(f"no CSCA certificates in {path}")
        return cls(tuple(cscas), tuple(crls))


def _load_certificate(data: bytes) -> x509.Certificate:
    if data.lstrip().startswith(b"-----"):
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def _load_crl(data: bytes) -> x509.CertificateRevocationList:
    if data.lstrip().startswith(b"-----"):
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


def master_list_certificates(data: bytes) -> list[x509.Certificate]:
    """The CSCA certificates of an ICAO master list (CMS SignedData over a CscaMasterList)."""
    content_type, content, _signed = _signed_data(data)
    if content_type != OID_CSCA_MASTER_LIST:
        raise ValueError("not an ICAO CSCA master list")
    fields = _elements(tlv.single(content, 0x30))
    if len(fields) != 2 or fields[1][0] != 0x31:
        raise ValueError("CscaMasterList has no certificate set")
    return [x509.load_der_x509_certificate(encoded) for _t, _v, encoded in _elements(fields[1][1])]


def _elements(data: bytes) -> list[tuple[int, bytes, bytes]]:
    """(tag, value, whole encoding) of each TLV in ``data``."""
    found = []
    offset = 0
    while offset < len(data):
        tag, start, length = tlv.read_header(data, offset)
        if start + length > len(data):
            raise tlv.TlvError("TLV runs past its container")
        found.append((tag, data[start : start + length], data[offset : start + length]))
        offset = start + length
    return found


@dataclass(frozen=True)
class _SignedData:
    certificates: list[bytes]
    signer_infos: list[bytes]


def _signed_data(der: bytes) -> tuple[str, bytes, _SignedData]:
    """(eContentType, eContent, certificates and signer infos) of a CMS SignedData."""
    content_info = _elements(tlv.single(der, 0x30))
    if len(content_info) != 2 or decode_oid(content_info[0][1]) != OID_SIGNED_DATA:
        raise ValueError("not CMS SignedData")
    fields = _elements(tlv.single(content_info[1][1], 0x30))
    encap = _elements(fields[2][1])
    content_type = decode_oid(encap[0][1])
    content = tlv.single(encap[1][1], 0x04)
    certificates: list[bytes] = []
    signer_infos: list[bytes] = []
    for tag, value, _encoded in fields[3:]:
        if tag == 0xA0:
            certificates = [encoded for _t, _v, encoded in _elements(value)]
        elif tag == 0x31:
            signer_infos = [inner for _t, inner, _e in _elements(value)]
    return content_type, content, _SignedData(certificates, signer_infos)


def verify(
    sod: bytes | None,
    data_groups: dict[int, bytes],
    trust_store: TrustStore | None,
    *,
    trust_store_error: str = "",
    now: datetime | None = None,
) -> PassiveAuthResult:
    """Passive authentication of ``data_groups`` (number -> file as read) against ``sod``.

    ``sod`` is EF.SOD as read (tag 77), None when the chip has none.
    ``trust_store_error``: the configured trust store could not be loaded (why).
    """
    if sod is None:
        return PassiveAuthResult(Reason.NO_SOD)
    try:
        content_type, content, signed = _signed_data(tlv.single(sod, 0x77))
        if content_type != OID_LDS_SECURITY_OBJECT:
            raise ValueError("SignedData does not hold an LDSSecurityObject")
        security_object = parse_security_object(content)
    except (ValueError, IndexError, tlv.TlvError, LdsError) as exc:
        return PassiveAuthResult(Reason.SOD_UNREADABLE, str(exc))
    try:
        _check_hashes(security_object, data_groups)
        signer = _check_signature(content, signed)
    except _Altered as altered:
        return PassiveAuthResult(altered.reason, str(altered))
    if trust_store is None:
        if trust_store_error:
            return PassiveAuthResult(Reason.TRUST_STORE_UNREADABLE, trust_store_error)
        return PassiveAuthResult(Reason.NO_TRUST_STORE)
    return _check_chain(signer, trust_store, now or datetime.now(UTC))


def _check_hashes(security_object: SecurityObject, data_groups: dict[int, bytes]) -> None:
    for number, content in sorted(data_groups.items()):
        if not security_object.matches(number, content):
            raise _Altered(Reason.DATA_GROUP_HASH, f"DG{number} does not match its hash")


def _check_signature(content: bytes, signed: _SignedData) -> x509.Certificate:
    """Verify the signer info with the DS certificate in EF.SOD; returns that certificate."""
    if len(signed.signer_infos) != 1 or not signed.certificates:
        raise _Altered(Reason.SIGNATURE, "EF.SOD needs one signer and its certificate")
    try:
        fields = _elements(signed.signer_infos[0])
        digest_name = HASH_OIDS[decode_oid(_elements(fields[2][1])[0][1])]
        if fields[3][0] != 0xA0:
            raise ValueError("no signed attributes")
        signed_attributes = fields[3][1]
        algorithm = _elements(fields[4][1])
        signature = fields[5][1]
        serial = _serial_of(fields[1])
        signer = _signer_certificate(signed.certificates, serial)
    except (ValueError, IndexError, KeyError, tlv.TlvError) as exc:
        raise _Altered(Reason.SIGNATURE, f"signer info unreadable: {exc}") from exc
    digest = _message_digest(signed_attributes)
    if digest is None or not hmac.compare_digest(
        digest, hashlib.new(digest_name, content).digest()
    ):
        raise _Altered(Reason.SIGNATURE, "message digest is not the LDSSecurityObject's hash")
    to_be_signed = tlv.encode(0x31, signed_attributes)
    try:
        _verify_signature(signer, decode_oid(algorithm[0][1]), digest_name, signature, to_be_signed)
    except (InvalidSignature, UnsupportedAlgorithm, ValueError) as exc:
        raise _Altered(Reason.SIGNATURE, f"signature does not verify: {exc!r}") from exc
    return signer


def _serial_of(sid: tuple[int, bytes, bytes]) -> int | None:
    """The serial number of an issuerAndSerialNumber signer identifier (None for a key id)."""
    if sid[0] != 0x30:
        return None
    return int.from_bytes(_elements(sid[1])[1][1], "big", signed=True)


def _signer_certificate(certificates: list[bytes], serial: int | None) -> x509.Certificate:
    loaded = [x509.load_der_x509_certificate(der) for der in certificates]
    for certificate in loaded:
        if serial is None or certificate.serial_number == serial:
            return certificate
    raise ValueError("no certificate in EF.SOD matches the signer")


def _message_digest(signed_attributes: bytes) -> bytes | None:
    for _tag, attribute, _encoded in _elements(signed_attributes):
        parts = _elements(attribute)
        if decode_oid(parts[0][1]) == OID_MESSAGE_DIGEST:
            return tlv.single(parts[1][1], 0x04)
    return None


def _verify_signature(
    certificate: x509.Certificate, algorithm: str, digest_name: str, signature: bytes, data: bytes
) -> None:
    key = certificate.public_key()
    if algorithm in _ECDSA and isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(HASHES[_ECDSA[algorithm]]()))
    elif algorithm in _RSA_PKCS1 and isinstance(key, rsa.RSAPublicKey):
        hash_name = _RSA_PKCS1[algorithm] or digest_name
        key.verify(signature, data, padding.PKCS1v15(), HASHES[hash_name]())
    elif algorithm == _RSA_PSS and isinstance(key, rsa.RSAPublicKey):
        algorithm_hash = HASHES[digest_name]()
        pss = padding.PSS(padding.MGF1(algorithm_hash), padding.PSS.AUTO)
        key.verify(signature, data, pss, algorithm_hash)
    else:
        raise ValueError(f"signature algorithm {algorithm} not supported for this key")


def _check_chain(
    signer: x509.Certificate, trust_store: TrustStore, now: datetime
) -> PassiveAuthResult:
    issuer = next(
        (csca for csca in trust_store.cscas if _issued_by(signer, csca)),
        None,
    )
    if issuer is None:
        return PassiveAuthResult(Reason.UNKNOWN_CSCA, "no CSCA in the trust store signed the DS")
    if not issuer.not_valid_before_utc <= now <= issuer.not_valid_after_utc:
        return PassiveAuthResult(Reason.EXPIRED_CSCA, "CSCA outside its validity period")
    if not signer.not_valid_before_utc <= now <= signer.not_valid_after_utc:
        return PassiveAuthResult(Reason.EXPIRED_DS, "DS certificate outside its validity period")
    for crl in trust_store.crls:
        if _revokes(crl, issuer, signer):
            return PassiveAuthResult(Reason.REVOKED, "DS certificate on the CSCA's CRL")
    return PassiveAuthResult(Reason.VERIFIED)


def _revokes(
    crl: x509.CertificateRevocationList, issuer: x509.Certificate, signer: x509.Certificate
) -> bool:
    """Whether ``crl`` is the CSCA's own (name and signature) and lists ``signer``."""
    key = issuer.public_key()
    if crl.issuer != issuer.subject or not isinstance(
        key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey
    ):
        return False
    if not crl.is_signature_valid(key):
        return False
    return crl.get_revoked_certificate_by_serial_number(signer.serial_number) is not None


def _issued_by(certificate: x509.Certificate, csca: x509.Certificate) -> bool:
    if certificate.issuer != csca.subject:
        return False
    try:
        certificate.verify_directly_issued_by(csca)
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False
    return True


def load_trust_store(path: str) -> tuple[TrustStore | None, str]:
    """The trust store configured at ``path``: (store, "") or (None, why not). Empty: none."""
    if not path:
        return None, ""
    try:
        return TrustStore.load(Path(path)), ""
    except (OSError, ValueError, IndexError, tlv.TlvError) as exc:
        log.warning("chip trust store %s unusable: %s", path, exc)
        return None, f"{type(exc).__name__}: {exc}"

"""A test country's PKI for the chip emulator: a CSCA, a Document Signer, and EF.SOD signatures.

Generated fresh (ECDSA on P-256, quick to make) so that passive authentication runs for real
against the emulator: the simulated reader trusts this CSCA, tests put it (or another, or an
expired one) in a trust store. Never used for a real document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from workstation.devices.cardreader import tlv
from workstation.devices.cardreader.lds import (
    OID_LDS_SECURITY_OBJECT,
    algorithm_identifier,
    encode_oid,
)
from workstation.devices.cardreader.passive_auth import (
    HASHES,
    OID_CONTENT_TYPE,
    OID_MESSAGE_DIGEST,
)

_ECDSA_WITH = {"sha256": "1.2.840.10045.4.3.2", "sha384": "1.2.840.10045.4.3.3",
               "sha512": "1.2.840.10045.4.3.4", "sha224": "1.2.840.10045.4.3.1",
               "sha1": "1.2.840.10045.4.1"}  # fmt: skip


def _name(country: str, common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@dataclass(frozen=True)
class SigningCountry:
    """A CSCA and one Document Signer under it; signs EF.SOD as ``lds.SodSigner``."""

    csca: x509.Certificate
    csca_key: ec.EllipticCurvePrivateKey
    document_signer: x509.Certificate
    document_signer_key: ec.EllipticCurvePrivateKey

    @classmethod
    def generate(
        cls,
        country: str = "NL",
        *,
        csca_valid_until: datetime | None = None,
        now: datetime | None = None,
    ) -> SigningCountry:
        now = now or datetime.now(UTC)
        until = csca_valid_until or now + timedelta(days=3650)
        csca_key = ec.generate_private_key(ec.SECP256R1())
        csca_name = _name(country, f"Loket test CSCA {country}")
        csca = (
            x509.CertificateBuilder()
            .subject_name(csca_name)
            .issuer_name(csca_name)
            .public_key(csca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(min(now - timedelta(days=1), until - timedelta(days=2)))
            .not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(csca_key, hashes.SHA256())
        )
        ds_key = ec.generate_private_key(ec.SECP256R1())
        document_signer = (
            x509.CertificateBuilder()
            .subject_name(_name(country, f"Loket test Document Signer {country}"))
            .issuer_name(csca_name)
            .public_key(ds_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650))
            .sign(csca_key, hashes.SHA256())
        )
        return cls(csca, csca_key, document_signer, ds_key)

    def csca_der(self) -> bytes:
        return self.csca.public_bytes(serialization.Encoding.DER)

    def certificate(self) -> bytes:
        return self.document_signer.public_bytes(serialization.Encoding.DER)

    def signer_info(self, security_object: bytes, hash_algorithm: str) -> bytes:
        digest = hashlib.new(hash_algorithm, security_object).digest()
        attributes = _attribute(OID_CONTENT_TYPE, encode_oid(OID_LDS_SECURITY_OBJECT)) + _attribute(
            OID_MESSAGE_DIGEST, tlv.encode(0x04, digest)
        )
        signature = self.document_signer_key.sign(
            tlv.encode(0x31, attributes), ec.ECDSA(HASHES[hash_algorithm]())
        )
        issuer_and_serial = tlv.encode(
            0x30,
            self.document_signer.issuer.public_bytes()
            + _integer(self.document_signer.serial_number),
        )
        return tlv.encode(
            0x30,
            _integer(1)
            + issuer_and_serial
            + algorithm_identifier(hash_algorithm)
            + tlv.encode(0xA0, attributes)
            + tlv.encode(0x30, encode_oid(_ECDSA_WITH[hash_algorithm]))
            + tlv.encode(0x04, signature),
        )


def _attribute(oid: str, value: bytes) -> bytes:
    return tlv.encode(0x30, encode_oid(oid) + tlv.encode(0x31, value))


def _integer(value: int) -> bytes:
    return tlv.encode(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))

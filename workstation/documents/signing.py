"""The municipality's Ed25519 document key: signing on the workstation, checking anywhere.

A private key is a PEM file (PKCS#8) in the workstation's data directory, readable by its owner
only, one per municipality (``<code>.pem``); its public half (``<code>.pub.pem``) is what
verifiers configure. A key is named in the signed text by its id: the first 8 bytes of the
SHA-256 of the raw public key, in hex. The demo ships one labelled demo pair
(resources/demo/documents) that signs for every demo municipality.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from workstation.domain.errors import UserFacingError

DEMO_PACKAGE = "resources.demo.documents"
DEMO_PRIVATE_KEY = "demo_document_signing_private.pem"
OWNER_ONLY = 0o600


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SigningKey:
    """The key a workstation signs one municipality's documents with."""

    private: Ed25519PrivateKey
    demo: bool = False

    @property
    def key_id(self) -> str:
        return key_id(self.private.public_key())

    def sign(self, text: str) -> bytes:
        return self.private.sign(text.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class TrustedKey:
    public: Ed25519PublicKey
    demo: bool = False


@dataclass(frozen=True)
class TrustedKeys:
    """The public keys a verifier accepts, per municipality code; demo keys count for every
    demo municipality (they prove only that Loket's demo made the document)."""

    by_municipality: Mapping[str, tuple[Ed25519PublicKey, ...]] = field(default_factory=dict)
    demo: tuple[Ed25519PublicKey, ...] = ()

    def find(self, municipality_code: str, wanted_key_id: str) -> TrustedKey | None:
        for public in self.by_municipality.get(municipality_code, ()):
            if key_id(public) == wanted_key_id:
                return TrustedKey(public)
        for public in self.demo:
            if key_id(public) == wanted_key_id:
                return TrustedKey(public, demo=True)
        return None


def signature_holds(public: Ed25519PublicKey, signature: bytes, text: str) -> bool:
    try:
        public.verify(signature, text.encode("utf-8"))
    except InvalidSignature:
        return False
    return True


class KeyFolder:
    """The municipalities' private keys on this workstation: ``<folder>/<code>.pem``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def private_path(self, municipality_code: str) -> Path:
        return self.folder / f"{municipality_code}.pem"

    def public_path(self, municipality_code: str) -> Path:
        return self.folder / f"{municipality_code}.pub.pem"

    def signing_key(self, municipality_code: str) -> SigningKey:
        path = self.private_path(municipality_code)
        try:
            data = path.read_bytes()
            mode = path.stat().st_mode
        except OSError as exc:
            raise UserFacingError(
                "Deze werkplek heeft geen ondertekensleutel voor gemeente {code}; het "
                "document is niet gemaakt.",
                "Vraag IT de sleutel te plaatsen: python -m workstation document keygen "
                "--municipality {code}.",
                detail=f"no document signing key at {path}: {exc}", code=municipality_code,
            ) from exc
        if sys.platform != "win32" and stat.S_IMODE(mode) & 0o077:
            raise UserFacingError(
                "De ondertekensleutel van gemeente {code} is leesbaar voor anderen; het "
                "document is niet gemaakt.",
                "Vraag IT de rechten van het sleutelbestand op alleen-eigenaar te zetten "
                "(chmod 600).",
                detail=f"{path} has mode {stat.S_IMODE(mode):o}", code=municipality_code)
        return SigningKey(_private_key(data, str(path)))

    def public_keys(self) -> dict[str, tuple[Ed25519PublicKey, ...]]:
        """The public halves kept next to the private keys (a workstation trusts its own)."""
        found: dict[str, tuple[Ed25519PublicKey, ...]] = {}
        for path in sorted(self.folder.glob("*.pub.pem")):
            found[path.name.removesuffix(".pub.pem")] = (read_public_key(path),)
        return found

    def generate(self, municipality_code: str) -> tuple[Path, Path]:
        """A new key pair; refuses to replace an existing private key (documents signed
        with it would no longer verify here)."""
        private_path = self.private_path(municipality_code)
        if private_path.exists():
            raise UserFacingError(
                "Gemeente {code} heeft al een ondertekensleutel op deze werkplek.",
                "Verwijder die alleen als hij echt vervangen moet worden; bewaar dan de "
                "publieke sleutel om oude documenten te kunnen controleren.",
                detail=f"{private_path} exists", code=municipality_code)
        self.folder.mkdir(parents=True, exist_ok=True)
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
        public_path = self.public_path(municipality_code)
        public_path.write_bytes(public_pem(private.public_key()))
        return private_path, public_path


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def read_public_key(path: Path) -> Ed25519PublicKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError("De publieke sleutel {file} kan niet worden gelezen.",
                              "Controleer het pad in [documents] public_keys.",
                              detail=f"{path}: {exc}", file=path) from exc
    try:
        public = serialization.load_pem_public_key(data)
    except ValueError as exc:
        public = None
        reason = str(exc)
    else:
        reason = f"a {type(public).__name__}, not Ed25519"
    if not isinstance(public, Ed25519PublicKey):
        raise UserFacingError("{file} is geen publieke Ed25519-sleutel voor documenten.",
                              "Gebruik het .pub.pem-bestand dat 'document keygen' maakte.",
                              detail=f"{path}: {reason}", file=path)
    return public


def _private_key(data: bytes, source: str) -> Ed25519PrivateKey:
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise UserFacingError("De ondertekensleutel {file} is geen bruikbare sleutel.",
                              "Vraag IT een nieuwe sleutel te maken met 'document keygen'.",
                              detail=f"{source}: {exc}", file=source) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise UserFacingError("De ondertekensleutel {file} is geen Ed25519-sleutel.",
                              "Vraag IT een nieuwe sleutel te maken met 'document keygen'.",
                              detail=f"{source}: {type(private).__name__}", file=source)
    return private


def demo_signing_key() -> SigningKey:
    data = (resources.files(DEMO_PACKAGE) / DEMO_PRIVATE_KEY).read_bytes()
    return SigningKey(_private_key(data, DEMO_PRIVATE_KEY), demo=True)


def demo_public_key() -> Ed25519PublicKey:
    """The demo pair's public half (also shipped as ``demo_document_signing_public.pem``)."""
    return demo_signing_key().private.public_key()


def trusted_keys(configured: Mapping[str, Iterable[Path]], own: KeyFolder | None,
                 *, demo: bool) -> TrustedKeys:
    """What a verifier trusts: the configured public keys, this workstation's own, and the
    demo key in demo mode only."""
    by_municipality: dict[str, tuple[Ed25519PublicKey, ...]] = dict(
        own.public_keys() if own is not None and own.folder.is_dir() else {})
    for code, paths in configured.items():
        by_municipality[code] = (*by_municipality.get(code, ()),
                                 *(read_public_key(path) for path in paths))
    return TrustedKeys(by_municipality, (demo_public_key(),) if demo else ())

"""The product documents as the settings choose them: signing keys, trusted keys, gezag.

Beside ``app.py`` (docs/decisions/0012): it picks the concrete adapters (``documents`` for the
signed PDFs, ``sync`` for the gezag answer) behind the services' ports.
"""

from __future__ import annotations

from pathlib import Path

from workstation.documents.maker import SignedDocumentMaker
from workstation.documents.signing import KeyFolder, SigningKey, TrustedKeys, demo_signing_key
from workstation.documents.signing import trusted_keys as _trusted_keys
from workstation.services.document_ports import DocumentMaker, GezagDirectory
from workstation.settings import Settings


def document_maker_from(settings: Settings) -> DocumentMaker:
    """Signs with the municipality's key from the key folder; the demo signs every
    municipality's documents with the bundled demo key (and marks them SPECIMEN)."""
    if settings.demo:
        demo_key = demo_signing_key()

        def signing_key(_code: str) -> SigningKey:
            return demo_key

        return SignedDocumentMaker(signing_key, demo=True)
    return SignedDocumentMaker(KeyFolder(settings.document_key_path).signing_key, demo=False)


def trusted_keys_from(settings: Settings) -> TrustedKeys:
    configured = {code: [Path(path) for path in paths]
                  for code, paths in settings.documents.public_keys.items()}
    return _trusted_keys(configured, KeyFolder(settings.document_key_path), demo=settings.demo)


def gezag_directory_from(settings: Settings) -> GezagDirectory | None:
    """The embedded RvIG test set's gezag in demo mode without a BRP gateway; None otherwise
    (the gateway's gezag is not asked yet: Loket then makes no extract with gezag)."""
    if settings.demo and not settings.brp.url:
        from workstation.sync.embedded_gezag import EmbeddedGezagDirectory

        return EmbeddedGezagDirectory()
    return None

"""The result of passive authentication, in the worker's words (no crypto library needed here,
so reading a result costs no import of ``cryptography``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from workstation.domain.errors import dutch_text


class Outcome(Enum):
    GENUINE = "genuine"
    CANNOT_CHECK = "cannot_check"
    ALTERED = "altered"


class Reason(Enum):
    """Why passive authentication came out as it did; each has its own worker text."""

    VERIFIED = "verified"
    NO_TRUST_STORE = "no_trust_store"
    TRUST_STORE_UNREADABLE = "trust_store_unreadable"
    NO_SOD = "no_sod"
    SOD_UNREADABLE = "sod_unreadable"
    UNKNOWN_CSCA = "unknown_csca"
    EXPIRED_CSCA = "expired_csca"
    EXPIRED_DS = "expired_document_signer"
    DATA_GROUP_HASH = "data_group_hash"
    SIGNATURE = "signature"
    REVOKED = "revoked"


_OUTCOMES = {
    Reason.VERIFIED: Outcome.GENUINE,
    Reason.DATA_GROUP_HASH: Outcome.ALTERED,
    Reason.SIGNATURE: Outcome.ALTERED,
    Reason.REVOKED: Outcome.ALTERED,
}
_WORKER_TEXTS = {
    Reason.VERIFIED: dutch_text(
        "Echt: de gegevens op de chip zijn ondertekend door het land dat het document uitgaf."
    ),
    Reason.NO_TRUST_STORE: dutch_text(
        "Niet te controleren: er zijn op deze werkplek geen landcertificaten ingesteld."
    ),
    Reason.TRUST_STORE_UNREADABLE: dutch_text(
        "Niet te controleren: de ingestelde landcertificaten zijn niet te lezen."
    ),
    Reason.NO_SOD: dutch_text(
        "Niet te controleren: de chip heeft geen ondertekening gegeven."
    ),
    Reason.SOD_UNREADABLE: dutch_text(
        "Niet te controleren: de ondertekening op de chip is niet te lezen."
    ),
    Reason.UNKNOWN_CSCA: dutch_text(
        "Niet te controleren: het landcertificaat van dit document staat niet in de "
        "ingestelde landcertificaten."
    ),
    Reason.EXPIRED_CSCA: dutch_text(
        "Niet te controleren: het landcertificaat van dit document is verlopen."
    ),
    Reason.EXPIRED_DS: dutch_text(
        "Niet te controleren: het certificaat waarmee de chip is ondertekend, is verlopen."
    ),
    Reason.DATA_GROUP_HASH: dutch_text(
        "Gewijzigd: de gegevens op de chip passen niet bij de ondertekening."
    ),
    Reason.SIGNATURE: dutch_text("Gewijzigd: de ondertekening van de chip klopt niet."),
    Reason.REVOKED: dutch_text(
        "Niet echt: het certificaat waarmee de chip is ondertekend, is ingetrokken."
    ),
}


@dataclass(frozen=True)
class PassiveAuthResult:
    reason: Reason
    detail: str = ""
    """For the log: which check, which data group; never personal data."""

    @property
    def outcome(self) -> Outcome:
        return _OUTCOMES.get(self.reason, Outcome.CANNOT_CHECK)

    @property
    def genuine(self) -> bool:
        return self.reason is Reason.VERIFIED

    @property
    def worker_text(self) -> str:
        return _WORKER_TEXTS[self.reason]

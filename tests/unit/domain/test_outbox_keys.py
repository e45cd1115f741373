from __future__ import annotations

from datetime import timedelta
from importlib import resources

import pytest
from Crypto.PublicKey import RSA

from workstation.domain.audit import seal, unseal
from workstation.domain.outbox import (
    OutboxKind,
    backoff,
    parse_placeholder,
    placeholder_url,
    referentienummer,
    zaak_identificatie,
)


def test_referentienummer_is_ten_digits_workstation_first() -> None:
    assert referentienummer(7, 42) == "0700000042"
    assert referentienummer(99, 99_999_999) == "9999999999"
    with pytest.raises(ValueError):
        referentienummer(100, 1)
    with pytest.raises(ValueError):
        referentienummer(1, 100_000_000)


def test_zaak_identificatie_fits_zgw() -> None:
    assert zaak_identificatie("LOKET", 3, 12) == "LOKET-03-00000012"
    with pytest.raises(ValueError):
        zaak_identificatie("P" * 29, 3, 12)


def test_backoff_doubles_up_to_five_minutes() -> None:
    assert [backoff(n).total_seconds() for n in range(5)] == [0, 1, 2, 4, 8]
    assert backoff(50) == timedelta(minutes=5)


def test_placeholders_round_trip() -> None:
    url = placeholder_url(OutboxKind.ZAAK, "002220647:LOKET-03-00000012")
    assert parse_placeholder(url) == (OutboxKind.ZAAK, "002220647:LOKET-03-00000012")
    assert parse_placeholder("http://zaken/1") is None


def test_a_seal_opens_only_with_the_officers_private_key() -> None:
    keys = resources.files("resources.demo.audit")
    public = (keys / "demo_privacy_officer_public.pem").read_text(encoding="utf-8")
    private = (keys / "demo_privacy_officer_private.pem").read_text(encoding="utf-8")
    sealed = seal(public, "999993653")
    assert "999993653" not in sealed and sealed != seal(public, "999993653")
    assert unseal(private, sealed) == "999993653"
    with pytest.raises(ValueError):
        unseal(RSA.generate(2048).export_key().decode(), sealed)

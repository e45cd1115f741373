"""PIN hashes: salted scrypt, cost in the hash string, constant-time verification."""

from __future__ import annotations

from workstation.services.pin_hash import PinHasher, ScryptCost

CHEAP = ScryptCost(n=2**8, r=8, p=1)


def test_a_hash_verifies_its_pin_and_no_other() -> None:
    hasher = PinHasher(CHEAP)
    stored = hasher.hash("482615")
    assert hasher.verify("482615", stored)
    assert not hasher.verify("482616", stored)
    assert not hasher.verify("", stored)
    assert "482615" not in stored


def test_each_hash_has_its_own_salt() -> None:
    hasher = PinHasher(CHEAP)
    first, second = hasher.hash("482615"), hasher.hash("482615")
    assert first != second
    assert first.split("$")[2] != second.split("$")[2]


def test_the_cost_travels_with_the_hash_so_it_can_be_raised_later() -> None:
    old = PinHasher(CHEAP).hash("482615")
    assert old.startswith("scrypt$n=256,r=8,p=1$")
    stronger = PinHasher(ScryptCost(n=2**9, r=8, p=1))
    assert stronger.verify("482615", old)  # read with the cost written in it
    assert stronger.outdated(old)
    assert not stronger.outdated(stronger.hash("482615"))


def test_the_default_cost_is_scrypt_n_2_15() -> None:
    stored = PinHasher().hash("482615")
    assert stored.startswith("scrypt$n=32768,r=8,p=1$")
    assert PinHasher().verify("482615", stored)


def test_malformed_or_foreign_hashes_never_verify() -> None:
    hasher = PinHasher(CHEAP)
    good = hasher.hash("482615")
    for stored in ("", "plain", "bcrypt$x$y$z", good.replace("n=256", "n=abc"),
                   good + "$extra", good[:-3] + "!!!"):
        assert not hasher.verify("482615", stored), stored
        assert hasher.outdated(stored) or stored.startswith("scrypt$n=256")

"""``customer find`` as IT or a script runs it: the demo answers from the RvIG test persons,
marks them as test data, and every lookup leaves an audit record in the outbox."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation

DEMO = {"LOKET_DEMO": "true"}


def test_find_by_bsn_in_the_demo_prints_the_person_and_is_audited(tmp_path: Path) -> None:
    found = run_workstation(tmp_path, "customer", "find", "--bsn", "999993653", "--staff",
                            "mw07", env=DEMO)
    assert found.returncode == 0, found.stderr
    assert "999993653  Suzanne Moulin  (geboren 01-12-1985)" in found.stdout
    assert "Boterdiep 31, 3077 AW  ROTTERDAM" in found.stdout
    assert "[TESTGEGEVENS: geen echte persoon]" in found.stdout
    status = run_workstation(tmp_path, "sync", "status", env=DEMO)
    assert "Te verzenden: 1" in status.stdout  # the sealed audit record, waiting to ship


def test_find_by_name_and_by_address_show_the_warnings(tmp_path: Path) -> None:
    by_name = run_workstation(tmp_path, "customer", "find", "--name", "Saasveld", "--birth",
                              "1998-12-01", env=DEMO)
    assert by_name.returncode == 0, by_name.stderr
    assert "LET OP: overleden\n" in by_name.stdout  # a search answers no date of death
    by_bsn = run_workstation(tmp_path, "customer", "find", "--bsn", "999970239", env=DEMO)
    assert "LET OP: overleden op 01-08-2020" in by_bsn.stdout
    by_address = run_workstation(tmp_path, "customer", "find", "--postcode", "7511 AG",
                                 "--number", "144", env=DEMO)
    assert "graaf van der Ven-Van Roedelrode tot Broekzucht" in by_address.stdout
    assert "LET OP: in onderzoek: adres" in by_address.stdout


def test_find_says_plainly_what_is_wrong(tmp_path: Path) -> None:
    invalid = run_workstation(tmp_path, "customer", "find", "--bsn", "123456789", env=DEMO)
    assert invalid.returncode == 2
    assert "123456789 is geen geldig BSN." in invalid.stderr
    no_birth = run_workstation(tmp_path, "customer", "find", "--name", "Moulin", env=DEMO)
    assert "Zoeken op naam vraagt ook de geboortedatum (JJJJ-MM-DD)." in no_birth.stderr
    nobody = run_workstation(tmp_path, "customer", "find", "--bsn", "123456782", env=DEMO)
    assert (nobody.returncode, nobody.stdout.strip()) == (1, "Niemand gevonden.")


def test_without_a_brp_outside_the_demo_find_says_who_must_configure_it(
        tmp_path: Path) -> None:
    key = tmp_path / "officer.pem"
    from importlib import resources
    key.write_text((resources.files("resources.demo.audit")
                    / "demo_privacy_officer_public.pem").read_text(encoding="utf-8"))
    found = run_workstation(tmp_path, "customer", "find", "--bsn", "999993653",
                            env={"LOKET_AUDIT__PUBLIC_KEY_FILE": str(key)})
    assert found.returncode == 2
    assert "Er is geen personenregister (BRP) ingericht." in found.stderr

"""The catalogue from the command line, as real processes: a product problem in the site file
is named with its line and key path; ``catalogue show`` gives the checklist and the fee for the
visitor's situation; ``catalogue list`` the fees on a day."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation
from workstation.demo_seed import demo_site_text


def test_a_bad_fee_is_named_with_its_line_and_nothing_changes(tmp_path: Path) -> None:
    text = demo_site_text().replace('amount = "16.50"', 'amount = "16,5"', 1)
    site_file = tmp_path / "site.toml"
    site_file.write_text(text, encoding="utf-8")
    result = run_workstation(tmp_path, "site", "import", str(site_file))
    assert result.returncode == 2
    line = text.splitlines().index('amount = "16,5"') + 1
    problem = next(row for row in result.stderr.splitlines() if f"regel {line}," in row)
    assert "].fee[1].amount: Schrijf een bedrag in euro als tekst" in problem
    assert "[[product]]" not in run_workstation(tmp_path, "site", "export").stdout


def test_show_gives_the_checklist_and_fee_for_the_situation(tmp_path: Path) -> None:
    assert run_workstation(tmp_path, "db", "upgrade").returncode == 0
    assert run_workstation(tmp_path, "seed-demo").returncode == 0
    shown = run_workstation(tmp_path, "catalogue", "show", "rijbewijs-verlengen",
                            "--municipality", "0748", "--date", "2027-01-04", "--lost")
    assert shown.returncode == 0, shown.stderr
    assert "Een verklaring van vermissing van de politie of gemeente" in shown.stdout
    assert "Uw huidige rijbewijs" not in shown.stdout
    assert "Totaal: € 55,25" in shown.stdout
    assert "klaar op 11-01-2027" in shown.stdout
    listed = run_workstation(tmp_path, "catalogue", "list", "--municipality", "1709",
                             "--date", "2026-12-31")
    assert listed.returncode == 0, listed.stderr
    row = next(r for r in listed.stdout.splitlines() if "uittreksel-brp " in r)
    assert "€ 13,95" in row and "klaar terwijl u wacht" in row
    missing = run_workstation(tmp_path, "catalogue", "show", "kapsalon", "--municipality",
                              "0748")
    assert missing.returncode == 2
    assert "Product 'kapsalon' staat niet in de catalogus" in missing.stderr

"""``site import|export`` and ``appointments import``, run as real processes."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run_workstation
from workstation.demo_seed import demo_site_text


def test_site_import_twice_then_export_gives_the_same_file(tmp_path: Path) -> None:
    site_file = tmp_path / "site.toml"
    site_file.write_text(demo_site_text(), encoding="utf-8")
    first = run_workstation(tmp_path, "site", "import", str(site_file))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("4 gemeenten toegevoegd, 4 vestigingen toegevoegd, "
                                   "24 diensten toegevoegd, 21 balies toegevoegd, "
                                   "8 medewerkers toegevoegd")
    again = run_workstation(tmp_path, "site", "import", str(site_file))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Niets gewijzigd")
    exported = tmp_path / "export.toml"
    done = run_workstation(tmp_path, "site", "export", "--output", str(exported))
    assert done.returncode == 0, done.stderr
    assert exported.read_bytes() == site_file.read_bytes()
    to_stdout = run_workstation(tmp_path, "site", "export")
    assert to_stdout.stdout == demo_site_text()


def test_site_import_lists_every_problem_with_its_line_and_changes_nothing(
        tmp_path: Path) -> None:
    text = demo_site_text().replace('code = "BOZ"', 'code = "boz!"', 1).replace(
        'services = ["A", "B", "E", "F"]', 'services = ["A", "Q"]', 1).replace(
        "moerdijk.svg", "moerdijk.png")
    site_file = tmp_path / "site.toml"
    site_file.write_text(text, encoding="utf-8")
    result = run_workstation(tmp_path, "site", "import", str(site_file))
    assert result.returncode == 2
    lines = text.splitlines()
    bad_code = lines.index('code = "boz!"') + 1
    bad_counter = lines.index('services = ["A", "Q"]') + 1
    bad_logo = lines.index('logo = "demo/logos/moerdijk.png"') + 1
    assert "Het sitebestand bevat 3 fout(en); er is niets gewijzigd." in result.stderr
    assert (f"regel {bad_logo}, municipality[4].logo: Logo 'demo/logos/moerdijk.png' bestaat "
            "niet") in result.stderr
    assert f"regel {bad_code}, location[1].code: Een vestigingscode is" in result.stderr
    assert (f"regel {bad_counter}, location[1].counter[1].services: Dienst Q bestaat niet bij "
            "deze vestiging.") in result.stderr
    export = run_workstation(tmp_path, "site", "export")
    assert "[[municipality]]" not in export.stdout


def test_appointments_import_csv_then_again_changes_nothing(tmp_path: Path) -> None:
    assert run_workstation(tmp_path, "db", "upgrade").returncode == 0
    assert run_workstation(tmp_path, "seed-demo").returncode == 0
    csv_file = tmp_path / "afspraken.csv"
    csv_file.write_text("Datum;Tijd;Dienst;Boekingscode;Naam\n"
                        "2026-12-01;09:30;E;K7M2Q9XA;J. Jansen\n"
                        "01-12-2026;10.00;Afspraak;P4R8T2WZ;\n", encoding="utf-8")
    first = run_workstation(tmp_path, "appointments", "import", str(csv_file),
                            "--location", "RSD")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "2 afspraken toegevoegd, 0 gewijzigd, 0 ongewijzigd."
    again = run_workstation(tmp_path, "appointments", "import", str(csv_file),
                            "--location", "RSD")
    assert again.stdout.strip() == "0 afspraken toegevoegd, 0 gewijzigd, 2 ongewijzigd."
    log = (tmp_path / "log" / "queue.log").read_text(encoding="utf-8")
    assert "Jansen" not in log  # the visitor's name never reaches a log


def test_appointments_import_refuses_guessable_codes_with_their_line(tmp_path: Path) -> None:
    assert run_workstation(tmp_path, "db", "upgrade").returncode == 0
    assert run_workstation(tmp_path, "seed-demo").returncode == 0
    csv_file = tmp_path / "afspraken.csv"
    csv_file.write_text("datum,tijd,dienst,boekingscode\n"
                        "2026-12-01,09:30,E,K7M2Q9XA\n"
                        "2026-12-01,10:00,E,RSD-1234\n", encoding="utf-8")
    result = run_workstation(tmp_path, "appointments", "import", str(csv_file),
                             "--location", "RSD")
    assert result.returncode == 2
    assert "regel 3: Boekingscode 'RSD-1234' is te makkelijk te raden" in result.stderr
    assert "er is niets ingelezen" in result.stderr

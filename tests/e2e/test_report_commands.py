"""``report month|year --pdf`` and ``report export`` as real processes on a generated month."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from tests.e2e.cli import run_workstation
from workstation.app import open_site
from workstation.demo_year import generate
from workstation.domain.open_data import COLUMNS, MIN_CELL


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo site with three generated days of November 2026 (at a twentieth of the demo's
    volume, so small cells occur)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('site') / 'site.sqlite3'}"
    opened = open_site(url, demo=True)
    try:
        made = generate(opened.database, date(2026, 11, 2), date(2026, 11, 4), seed=3,
                        scale=0.05)
    finally:
        opened.close()
    assert made.tickets > 200
    return url


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, text


def test_month_report_of_a_municipality(site: str, tmp_path: Path) -> None:
    pdf = tmp_path / "etten-leur.pdf"
    done = run_workstation(tmp_path, "report", "month", "2026-11", "--municipality", "ETL",
                           "--pdf", str(pdf), env={"LOKET_DATABASE__URL": site})
    assert done.returncode == 0, done.stderr
    pages, text = pdf_text(pdf)
    assert pages == 4
    assert "Gemeente Etten-Leur" in text
    assert "november 2026" in text
    assert "Definities" in text
    assert "Paspoort en ID-kaart" in text  # the breakdown names the services
    assert "Gemeente Roosendaal" not in text


def test_year_report_of_the_region(site: str, tmp_path: Path) -> None:
    pdf = tmp_path / "region.pdf"
    done = run_workstation(tmp_path, "report", "year", "2026", "--pdf", str(pdf),
                           env={"LOKET_DATABASE__URL": site})
    assert done.returncode == 0, done.stderr
    _pages, text = pdf_text(pdf)
    for name in ("Bergen op Zoom", "Etten-Leur", "Roosendaal", "Moerdijk"):
        assert f"Gemeente {name}" in text


def test_an_unknown_municipality_is_refused_in_dutch(site: str, tmp_path: Path) -> None:
    done = run_workstation(tmp_path, "report", "month", "2026-11", "--municipality", "XYZ",
                           "--pdf", str(tmp_path / "x.pdf"), env={"LOKET_DATABASE__URL": site})
    assert done.returncode == 2
    assert "Gemeente 'XYZ' is onbekend" in done.stderr
    assert "0777 (Gemeente Etten-Leur)" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_csv_export_suppresses_small_cells(site: str, tmp_path: Path) -> None:
    done = run_workstation(tmp_path, "report", "export", "--period", "2026-11",
                           "--format", "csv", env={"LOKET_DATABASE__URL": site})
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout), delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    assert {row["gemeentecode"] for row in rows} == {"0748", "0777", "1674", "1709"}
    assert any("bezoekers" in row["onderdrukt"] for row in rows)  # small services
    for row in rows:
        assert not row["bezoekers"] or int(row["bezoekers"]) >= MIN_CELL
        assert not row["klantcijfer_aantal"] or int(row["klantcijfer_aantal"]) >= MIN_CELL


def test_json_export(site: str, tmp_path: Path) -> None:
    out = tmp_path / "open.json"
    done = run_workstation(tmp_path, "report", "export", "--period", "2026-11",
                           "--municipality", "1674", "--format", "json", "--output", str(out),
                           env={"LOKET_DATABASE__URL": site})
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {row["gemeentecode"] for row in document["rijen"]} == {"1674"}

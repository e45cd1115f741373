"""``python -m workstation document ...`` as IT and a checking clerk run it: exit codes 0/1/2."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tests.e2e.cli import run_workstation
from workstation.documents.render import METADATA_KEY

MINOR = "999970021"  # Maya Maasland, under the sole authority of her mother (RvIG test set)


def _specimen(tmp_path: Path, *extra: str) -> Path:
    output = tmp_path / "uittreksel.pdf"
    done = run_workstation(tmp_path, "--demo", "document", "specimen", "--bsn", MINOR,
                           "--kind", "uittreksel-brp-gezag", "--output", str(output), *extra)
    assert done.returncode == 0, done.stderr
    return output


def test_a_demo_specimen_verifies_and_a_tampered_copy_does_not(tmp_path: Path) -> None:
    document = _specimen(tmp_path)
    text = "".join(page.extract_text() for page in PdfReader(document).pages)
    assert "Maya" in text and "Manon Maasland (BSN 999999126)" in text
    assert "Eenhoofdig ouderlijk gezag" in text

    genuine = run_workstation(tmp_path, "--demo", "document", "verify", str(document))
    assert genuine.returncode == 0, genuine.stderr
    assert genuine.stdout.startswith("ECHT: document 0748-")

    writer = PdfWriter(clone_from=PdfReader(document))
    writer.add_metadata({METADATA_KEY: str(writer.metadata[METADATA_KEY]).replace(
        "Maasland", "Jansen")})
    tampered = tmp_path / "gewijzigd.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    tampered.write_bytes(buffer.getvalue())
    altered = run_workstation(tmp_path, "--demo", "document", "verify", str(tampered))
    assert altered.returncode == 1
    assert altered.stdout.startswith("GEWIJZIGD:")

    unknown = run_workstation(tmp_path, "document", "verify", str(document))
    assert unknown.returncode == 2
    assert unknown.stdout.startswith("Niet te controleren:")

    logs = "".join(path.read_text(encoding="utf-8") for path in (tmp_path / "log").rglob("*")
                   if path.is_file())
    assert "0748-" in logs  # the document number is logged ...
    assert MINOR not in logs and "Maasland" not in logs  # ... the person never is


def test_an_english_specimen(tmp_path: Path) -> None:
    document = _specimen(tmp_path, "--language", "en")
    text = "".join(page.extract_text() for page in PdfReader(document).pages)
    assert "Extract from the BRP with parental authority" in text
    assert "Sole parental authority" in text


def test_a_municipality_key_signs_outside_the_demo_only_once_made(tmp_path: Path) -> None:
    made = run_workstation(tmp_path, "document", "keygen", "--municipality", "0748")
    again = run_workstation(tmp_path, "document", "keygen", "--municipality", "0748")
    wrong = run_workstation(tmp_path, "document", "keygen", "--municipality", "748")

    assert made.returncode == 0, made.stderr
    assert (tmp_path / "data" / "document-keys" / "0748.pem").exists()
    assert (tmp_path / "data" / "document-keys" / "0748.pub.pem").exists()
    assert again.returncode == 2 and "heeft al een ondertekensleutel" in again.stderr
    assert wrong.returncode == 2 and "geen gemeentecode" in wrong.stderr


def test_what_cannot_be_read_cannot_be_checked(tmp_path: Path) -> None:
    missing = run_workstation(tmp_path, "document", "verify", str(tmp_path / "weg.pdf"))
    no_demo = run_workstation(tmp_path, "document", "specimen", "--bsn", MINOR)

    assert missing.returncode == 2 and "kan niet worden gelezen" in missing.stderr
    assert no_demo.returncode == 2 and "alleen in de demo" in no_demo.stderr

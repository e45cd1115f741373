"""``devices list`` and ``devices test ...`` as IT runs them: real processes, real exit codes."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from tests.e2e.cli import run_workstation
from tests.integration.devices.printer.tcp_sink import TcpPrinterSink

SPECIMEN_BSN = "999999990"
SPECIMEN_DOCUMENT_NUMBER = "SPECI2021"


def logs(tmp_path: Path) -> str:
    folder = tmp_path / "log"
    return "".join(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file())


def assert_no_personal_numbers(tmp_path: Path, result: subprocess.CompletedProcess[str]) -> None:
    for text in (result.stdout, result.stderr, logs(tmp_path)):
        assert SPECIMEN_BSN not in text
        assert SPECIMEN_DOCUMENT_NUMBER not in text


def test_list_in_demo_mode_shows_simulated_devices(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--demo", "devices", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["apparaat", "status"]
    for device in ("Bonprinter", "Documentlezer", "Chiplezer"):
        row = next(line for line in lines if line.startswith(device))
        assert row.split()[1] == "gesimuleerd"


def test_list_without_devices_says_so(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "devices", "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("niet ingesteld") == 3


@pytest.mark.parametrize("demo_flag", ["before", "after"])
def test_printer_test_in_demo_mode(tmp_path: Path, demo_flag: str) -> None:
    args = ["devices", "test", "printer"]
    argv = ["--demo", *args] if demo_flag == "before" else [*args, "--demo"]
    result = run_workstation(tmp_path, *argv)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Testbon en testkwitantie afgedrukt" in result.stdout
    assert "€ 146,85" in result.stdout
    assert "ticket T001 printed" in logs(tmp_path)


def test_idreader_test_in_demo_mode_masks_bsn_and_document_number(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--demo", "devices", "test", "idreader")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BSN:              *****9990" in result.stdout
    assert "Documentnummer:   *****2021" in result.stdout
    assert "Achternaam:       DE BRUIJN" in result.stdout
    assert_no_personal_numbers(tmp_path, result)


def test_cardreader_test_in_demo_mode(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--demo", "devices", "test", "cardreader")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Toegang tot de chip:        PACE ECDH-GM AES-128 brainpoolP256r1" in result.stdout
    assert "Gegevens (DG1) = MRZ:       ja" in result.stdout
    assert "DG1-hash klopt (EF.SOD):    ja" in result.stdout
    assert "Pasfoto (DG2):              gelezen (image/jpeg, 8 x 8)" in result.stdout
    assert (
        "Echtheid (passieve authenticatie): Echt: de gegevens op de chip zijn ondertekend door "
        "het land dat het document uitgaf." in result.stdout
    )
    assert_no_personal_numbers(tmp_path, result)


def test_cardreader_test_with_the_can(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--demo", "devices", "test", "cardreader", "--can", "123456")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Toegang tot de chip:        PACE" in result.stdout
    assert "Gegevens (DG1) = MRZ:       niet vergeleken (CAN)" in result.stdout


def test_cardreader_with_the_wrong_mrz_fails(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "--demo", "devices", "test", "cardreader",
                 "--mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                 "--mrz", "L898902C<3UTO6908061F9406236ZE184226B<<<<<14")
    assert result.returncode == 1
    assert "Mislukt:" in result.stdout
    assert "Traceback" not in result.stderr


def test_an_unreachable_printer_fails_the_test(tmp_path: Path) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    result = run_workstation(tmp_path, "devices", "test", "printer", env={
        "LOKET_DEVICES__PRINTER__BACKEND": "network",
        "LOKET_DEVICES__PRINTER__HOST": "127.0.0.1",
        "LOKET_DEVICES__PRINTER__PORT": str(port),
        "LOKET_DEVICES__PRINTER__TIMEOUT_S": "0.5",
    })
    assert result.returncode == 1
    assert "Bonprinter: werkt niet (Reageert niet)" in result.stdout
    assert "Mislukt: Bonprinter reageert niet." in result.stdout
    listed = run_workstation(tmp_path, "devices", "list", env={
        "LOKET_DEVICES__PRINTER__BACKEND": "network",
        "LOKET_DEVICES__PRINTER__HOST": "127.0.0.1",
        "LOKET_DEVICES__PRINTER__PORT": str(port),
    })
    assert listed.returncode == 1
    assert f"netwerk 127.0.0.1:{port}" in listed.stdout


def test_an_unconfigured_device_cannot_be_tested(tmp_path: Path) -> None:
    result = run_workstation(tmp_path, "devices", "test", "idreader", "--timeout", "1")
    assert result.returncode == 1
    assert "Er is geen documentlezer ingesteld op deze werkplek." in result.stdout


def network_printer_env(port: int, **more: str) -> dict[str, str]:
    return {
        "LOKET_DEVICES__PRINTER__BACKEND": "network",
        "LOKET_DEVICES__PRINTER__HOST": "127.0.0.1",
        "LOKET_DEVICES__PRINTER__PORT": str(port),
        **{f"LOKET_DEVICES__PRINTER__{key.upper()}": value for key, value in more.items()},
    }


def test_status_checks_off_keep_a_silent_printer_working(tmp_path: Path) -> None:
    """A printer that never answers status requests, with the checks off as the settings
    advise: not "werkt niet", exit 0, and the test ticket prints."""
    with TcpPrinterSink(answers=None) as sink:
        env = network_printer_env(sink.port, name="Bonprinter ontvangst",
                                  check_status_before_print="false")
        listed = run_workstation(tmp_path, "devices", "list", env=env)
        assert listed.returncode == 0, listed.stdout + listed.stderr
        row = next(line for line in listed.stdout.splitlines()
                   if line.startswith("Bonprinter ontvangst"))
        assert "klaar" in row and "Status niet uitgelezen" in row
        tested = run_workstation(tmp_path, "devices", "test", "printer", env=env)
        assert tested.returncode == 0, tested.stdout + tested.stderr
        assert sink.wait_for_print_jobs(2)  # the test ticket and the test receipt


def test_printing_writes_no_log_lines_to_stderr(tmp_path: Path) -> None:
    """python-escpos's ``logging.info`` must not turn on ``basicConfig``'s stderr handler."""
    with TcpPrinterSink() as sink:
        result = run_workstation(tmp_path, "devices", "test", "printer",
                                 env=network_printer_env(sink.port))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ticket T001 printed" in logs(tmp_path)
    assert result.stderr == ""

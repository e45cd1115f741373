"""Both ends of the single-instance link for real: the window's QLocalServer and the
``contact --phone`` command (in-process and as its own process), over a Unix socket."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workstation.cli.desk_commands import LoketNotReached, send
from workstation.services.instance_link import (
    ContactRequest,
    instance_name,
    server_address,
)
from workstation.ui.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket end-to-end")


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    # Short: a Unix socket path has at most 107 characters, pytest's tmp_path can be longer.
    directory = Path(tempfile.mkdtemp(prefix="lk"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def address(runtime_dir: Path, data_dir: Path) -> str:
    return server_address(instance_name(getpass.getuser(), data_dir),
                          runtime_dir=str(runtime_dir))


@pytest.fixture
def window_end(qtbot: QtBot, address: str) -> Iterator[SingleInstance]:
    link = SingleInstance(address)
    assert link.start()
    yield link
    link.close()


def command(tmp_path: Path, runtime_dir: Path, data_dir: Path,
            *args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "LOKET_DATA_DIR": str(data_dir),
                   "LOKET_LOGGING__DIRECTORY": str(tmp_path / "log"),
                   "XDG_RUNTIME_DIR": str(runtime_dir)}
    return subprocess.Popen([sys.executable, "-m", "workstation", "contact", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environment)


def test_the_command_reaches_the_window_in_process(qtbot: QtBot, window_end: SingleInstance,
                                                   address: str) -> None:
    failures: list[BaseException] = []

    def client() -> None:
        try:
            send(address, ContactRequest("+31612345678"))
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    sender = threading.Thread(target=client)
    with qtbot.waitSignal(window_end.contact_requested, timeout=5000) as received:
        sender.start()
    sender.join(5)
    assert received.args == ["+31612345678"]
    assert failures == []


def test_python_m_workstation_contact_opens_the_call_in_the_running_window(
        qtbot: QtBot, window_end: SingleInstance, tmp_path: Path, runtime_dir: Path,
        data_dir: Path) -> None:
    with qtbot.waitSignal(window_end.contact_requested, timeout=60000) as received:
        process = command(tmp_path, runtime_dir, data_dir, "--phone", "0031 6 1234 5678")
    out, err = process.communicate(timeout=60)
    assert received.args == ["+31612345678"]
    assert process.returncode == 0, err
    assert out.strip() == "Het gesprek staat klaar in Loket."


def test_without_a_running_loket_the_command_says_so_and_exits_3(
        tmp_path: Path, runtime_dir: Path, data_dir: Path) -> None:
    process = command(tmp_path, runtime_dir, data_dir, "--phone", "+31612345678")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 3
    assert "Loket is niet gestart op deze werkplek." in err
    logged = "".join(p.read_text() for p in (tmp_path / "log").glob("*") if p.is_file())
    assert "612345678" not in logged  # the caller's number never reaches the log
    assert "no instance at the local address" in logged


def test_a_number_no_one_can_dial_is_refused_with_exit_2(
        tmp_path: Path, runtime_dir: Path, data_dir: Path) -> None:
    process = command(tmp_path, runtime_dir, data_dir, "--phone", "onbekend")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "Dit is geen telefoonnummer." in err


def test_a_second_window_does_not_take_over_a_running_one(
        qtbot: QtBot, window_end: SingleInstance, address: str) -> None:
    second = SingleInstance(address)
    assert not second.start()
    with qtbot.waitSignal(window_end.contact_requested, timeout=5000):
        threading.Thread(target=send, args=(address, ContactRequest("0612345678"))).start()


def test_a_socket_left_by_a_crashed_loket_is_taken_over(qtbot: QtBot, address: str) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(address)  # the file stays; nobody listens any more
    assert Path(address).exists()
    link = SingleInstance(address)
    try:
        assert link.start()
        with qtbot.waitSignal(link.contact_requested, timeout=5000):
            threading.Thread(target=send, args=(address, ContactRequest("0612345678"))).start()
    finally:
        link.close()


def test_a_malformed_request_is_answered_with_an_error_and_opens_nothing(
        qtbot: QtBot, window_end: SingleInstance, address: str) -> None:
    answers: list[bytes] = []

    def client() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(5)
            connection.connect(address)
            connection.sendall(b'{"contact": {}}\n')
            answers.append(connection.recv(100))

    with qtbot.assertNotEmitted(window_end.contact_requested, wait=300):
        sender = threading.Thread(target=client)
        sender.start()
        qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    sender.join(5)
    assert answers == [b"error bad request\n"]


def test_the_command_cannot_reach_a_window_that_is_gone(address: str) -> None:
    with pytest.raises(LoketNotReached) as refused:
        send(address, ContactRequest("0612345678"))
    assert refused.value.message == "Loket is niet gestart op deze werkplek."

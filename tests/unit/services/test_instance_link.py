"""The single-instance address and message: the same on both ends, one per user and setup."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.domain.desk import DeskInputError, normalize_phone
from workstation.services.instance_link import (
    ContactRequest,
    decode_request,
    encode_answer,
    encode_request,
    instance_name,
    server_address,
)


def test_one_name_per_user_and_data_directory(tmp_path: Path) -> None:
    name = instance_name("mw01", tmp_path / "data")
    assert name == instance_name("mw01", tmp_path / "data" / ".." / "data")
    assert name != instance_name("mw02", tmp_path / "data")
    assert name != instance_name("mw01", tmp_path / "demo")
    assert name.startswith("loket-") and len(name) == 22


def test_the_address_is_a_socket_file_or_a_named_pipe() -> None:
    assert server_address("loket-x", platform="linux", runtime_dir="/run/user/1000") == (
        "/run/user/1000/loket-x.sock")
    assert server_address("loket-x", platform="win32") == "\\\\.\\pipe\\loket-x"


def test_a_request_survives_the_line_protocol() -> None:
    line = encode_request(ContactRequest("+31612345678"))
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_request(line) == ContactRequest("+31612345678")
    assert encode_answer() == b"ok\n"
    assert encode_answer("bad request") == b"error bad request\n"


@pytest.mark.parametrize("line", [
    b"", b"{}", b'{"contact": {}}', b'{"contact": {"phone": ""}}', b'["x"]',
    b'{"contact": {"phone": 31}}', b"\xff", b"x" * 5000])
def test_anything_else_is_refused(line: bytes) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        decode_request(line)


@pytest.mark.parametrize(("given", "number"), [
    ("+31612345678", "+31612345678"), ("0031 6 1234 5678", "+31612345678"),
    ("06-12345678", "0612345678"), ("(020) 123 45 67", "0201234567"), ("14076", "14076")])
def test_a_callers_number_is_normalised(given: str, number: str) -> None:
    assert normalize_phone(given) == number


@pytest.mark.parametrize("given", ["", "anoniem", "12", "+31 6 abc"])
def test_a_number_no_one_can_dial_is_refused(given: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        normalize_phone(given)
    assert refused.value.field == "phone"

"""A gateway that demands a client certificate (PKIoverheid mutual TLS), signed by a CA the
system's store lacks: with [brp] client_cert_file/client_key_file/ca_file the lookup works,
without the certificate the handshake fails and the caller hears "not reachable"."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.contracts.person_directory_contract import PURPOSE
from tests.reference_servers.brp_server import BrpServerState, running_brp_server
from tests.requirements import require
from workstation.domain.person import ByBsn
from workstation.domain.registry_errors import RegistryUnavailable
from workstation.sync.brp_client import ApiKey, BrpGateway, HttpPersonDirectory


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private CA, a server certificate for 127.0.0.1 and a client certificate."""
    require(shutil.which("openssl") is not None, "the openssl command")
    folder = tmp_path_factory.mktemp("pki")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
             "ca.pem", "-days", "2", "-subj", "/CN=Test Private Root", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    for name, subject in (("server", "/CN=127.0.0.1"), ("client", "/O=Gemeente Test/CN=loket")):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out",
                 f"{name}.csr", "-subj", subject, cwd=folder)
        extra = ["-extfile", "san.ext"] if name == "server" else []
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                 "-CAcreateserial", "-out", f"{name}.pem", "-days", "2", *extra, cwd=folder)
    return folder


@pytest.fixture
def mtls_server(pki: Path) -> Iterator[tuple[str, BrpServerState]]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki / "ca.pem"))
    context.load_cert_chain(pki / "server.pem", pki / "server.key")
    context.verify_mode = ssl.CERT_REQUIRED
    with running_brp_server(tls=context) as server:
        yield server


def test_with_the_client_certificate_the_lookup_works(
        pki: Path, mtls_server: tuple[str, BrpServerState]) -> None:
    url, state = mtls_server
    directory = HttpPersonDirectory(BrpGateway(
        url, ApiKey(state.api_key),
        client_cert=(str(pki / "client.pem"), str(pki / "client.key")),
        ca_file=str(pki / "ca.pem")))
    try:
        assert [p.bsn for p in directory.find(ByBsn("999993653"), PURPOSE)] == ["999993653"]
    finally:
        directory.close()


def test_without_the_client_certificate_the_gateway_is_unreachable(
        pki: Path, mtls_server: tuple[str, BrpServerState]) -> None:
    url, state = mtls_server
    directory = HttpPersonDirectory(BrpGateway(url, ApiKey(state.api_key),
                                               ca_file=str(pki / "ca.pem")))
    try:
        with pytest.raises(RegistryUnavailable):
            directory.find(ByBsn("999993653"), PURPOSE)
    finally:
        directory.close()

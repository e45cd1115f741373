"""A PostgreSQL server of the test's own, so a test may stop and restart it.

The shared server on 127.0.0.1:5432 serves every other test; restarting that one would break
them. This starts a throw-away cluster (initdb in a temporary directory, a free port, fsync off)
from the same Debian binaries, run as the ``postgres`` user when the tests run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                   key=lambda p: int(Path(p).parent.name))
    return Path(found[-1]) if found and Path(found[-1], "initdb").exists() else None


def _as_server_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def private_postgres_available() -> bool:
    if _bindir() is None:
        return False
    return os.geteuid() != 0 or shutil.which("runuser") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateServer:
    def __init__(self, bindir: Path, datadir: Path) -> None:
        self._pg_ctl = [*_as_server_user(), str(bindir / "pg_ctl"), "-D", str(datadir)]
        self.port = _free_port()
        self._options = (f"-p {self.port} -k {datadir} -c listen_addresses=127.0.0.1 "
                         "-c fsync=off -c synchronous_commit=off")
        self._log = datadir / "server.log"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str) -> None:
        subprocess.run([*self._pg_ctl, "-w", "-t", "30", *args], check=True,
                       capture_output=True, timeout=60)

    def start(self) -> None:
        self._ctl("-o", self._options, "-l", str(self._log), "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "stop")


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivateServer]:
    bindir = _bindir()
    assert bindir is not None
    datadir = Path(tempfile.mkdtemp(prefix="loket-pg-"))
    if os.geteuid() == 0:
        shutil.chown(datadir, "postgres", "postgres")
    try:
        subprocess.run([*_as_server_user(), str(bindir / "initdb"), "-D", str(datadir), "-A",
                        "trust", "-U", "postgres", "--no-sync"],
                       check=True, capture_output=True, timeout=120)
        server = PrivateServer(bindir, datadir)
        server.start()
        try:
            yield server
        finally:
            with contextlib.suppress(subprocess.CalledProcessError):
                server.stop()
    finally:
        shutil.rmtree(datadir, ignore_errors=True)

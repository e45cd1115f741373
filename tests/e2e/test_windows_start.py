"""What the workstation needs on Windows, tried on Linux: no Unix-only import on the way to
``--self-test``, a writer/migration lock through ``msvcrt``, memory without ``resource``, and
a console executable for IT in the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from workstation.store import file_lock
from workstation.ui import self_test

ROOT = Path(__file__).resolve().parents[2]
assert (ROOT / "build.spec").is_file()


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows answers it: the first try finds the byte locked."""

    LK_NBLCK = 2

    def __init__(self, busy_tries: int) -> None:
        self.busy_tries = busy_tries
        self.calls: list[tuple[int, int]] = []

    def locking(self, descriptor: int, mode: int, length: int) -> None:
        self.calls.append((mode, length))
        if self.busy_tries:
            self.busy_tries -= 1
            raise OSError(36, "Resource deadlock avoided")


def test_the_lock_uses_msvcrt_on_windows_and_waits_until_granted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    msvcrt = FakeMsvcrt(busy_tries=2)
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # importing it would fail, as on Windows
    with file_lock.exclusive(tmp_path / "site.sqlite3.writers", platform="win32"):
        pass
    assert msvcrt.calls == [(FakeMsvcrt.LK_NBLCK, 1)] * 3


def test_the_store_and_the_self_test_import_without_unix_modules() -> None:
    blocked = "; ".join(f"sys.modules[{name!r}] = None" for name in ("fcntl", "termios",
                                                                     "resource"))
    code = (f"import sys; {blocked}; import workstation.store.write_queue, "
            "workstation.store.database, workstation.store.migrate, workstation.ui.self_test")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_memory_on_windows_needs_no_resource_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "resource", None)
    assert self_test.resident_mb(platform="win32") >= 0.0  # 0.0 here: no Windows counters


def test_self_test_path_imports_nothing_unix_only(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOKET_")}
    env.update(QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(tmp_path),
               LOKET_LOGGING__DIRECTORY=str(tmp_path / "logs"))
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.unix_only_blocker", "--demo", "--self-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "unix-only imports" not in done.stderr


def test_frozen_build_has_a_console_executable_for_it() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    executables = {}

    def executable(analysis: object, name: str, console: bool = False) -> str:
        executables[name] = console
        return name

    body = spec[spec.index("COLLECT("):]
    namespace = {"executable": executable, "workstation": SimpleNamespace(binaries=(), datas=()),
                 "display": SimpleNamespace(binaries=(), datas=()),
                 "COLLECT": lambda *args, **kwargs: None}
    exec(compile(body, "build.spec", "exec"), namespace)
    assert executables == {"loket": False, "loket-cli": True, "loket-display": False}

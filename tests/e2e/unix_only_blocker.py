"""Run ``python -m workstation`` as Windows would see Loket's own imports: an ``import`` of a
Unix-only standard module by any module of ``workstation`` or ``queue_display`` fails, as it
would there (a ``try: ... except ImportError`` around it then takes its Windows path).

Third-party packages are left alone: they choose their platform's module themselves (pyserial
imports ``serialposix`` here and ``serialwin32`` on Windows). Code that picks the module at run
time by ``sys.platform`` (``store.file_lock``) is not an ``import`` statement and passes."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

UNIX_ONLY = frozenset({
    "fcntl", "termios", "tty", "pty", "resource", "grp", "pwd", "syslog", "posix",
    "_posixsubprocess", "_posixshmem", "readline", "crypt", "spwd", "nis", "pipes",
})
OURS = ("workstation", "queue_display")
BLOCKED_EXIT = 3

_real_import = builtins.__import__
blocked: list[str] = []


def _guarded_import(name: str, globals: Mapping[str, Any] | None = None,
                    locals: Mapping[str, Any] | None = None, fromlist: Sequence[str] = (),
                    level: int = 0) -> ModuleType:
    importer = str((globals or {}).get("__name__", ""))
    top, ours = name.partition(".")[0], importer.partition(".")[0]
    if level == 0 and top in UNIX_ONLY and ours in OURS:
        blocked.append(f"{importer} imports {name}")
        raise ImportError(f"{importer} imports the Unix-only module {name}")
    return _real_import(name, globals, locals, fromlist, level)


def main() -> int:
    builtins.__import__ = _guarded_import
    from workstation.__main__ import main as workstation_main

    code = workstation_main(sys.argv[1:])
    if blocked:
        print("unix-only imports: " + "; ".join(blocked), file=sys.stderr)
        return BLOCKED_EXIT
    return code


if __name__ == "__main__":
    sys.exit(main())

"""``audit export --from --to`` for the privacy officer, ``audit decrypt`` for the key holder.

The export is JSON lines in the Logboek Dataverwerkingen shape with the BSNs still sealed; a
workstation cannot open them. ``decrypt`` runs on the privacy officer's machine, with their
private key, and adds the BSN next to each sealed value.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from workstation.app import open_site_from
from workstation.domain.audit import unseal
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import SITE_TIMEZONE
from workstation.settings import Settings
from workstation.store.site_audit import SiteAuditLog

OWNER_ONLY = 0o600


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="the log of person lookups (protocollering)")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="records of a period, BSNs sealed (JSON lines)")
    export.add_argument("--from", dest="start", required=True, type=date.fromisoformat,
                        help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, type=date.fromisoformat,
                        help="last day (inclusive), YYYY-MM-DD")
    export.add_argument("--output", type=Path, help="file to write (default: stdout)")
    export.set_defaults(handler=_export)
    decrypt = actions.add_parser("decrypt", help="open the sealed BSNs of an export")
    decrypt.add_argument("--key", required=True, type=Path, help="the private key (PEM)")
    decrypt.add_argument("--input", type=Path, help="the export (default: stdin)")
    decrypt.add_argument("--output", type=Path, help="file to write (default: stdout)")
    decrypt.set_defaults(handler=_decrypt)


def _export(args: argparse.Namespace, settings: Settings) -> int:
    start = datetime.combine(args.start, time(0), SITE_TIMEZONE)
    end = datetime.combine(args.end + timedelta(days=1), time(0), SITE_TIMEZONE)
    site = open_site_from(settings)
    try:
        with _opened(args.output) as out:
            count = 0
            for record in SiteAuditLog(site.database).between(start, end):
                out.write(json.dumps(asdict(record), default=str, ensure_ascii=False) + "\n")
                count += 1
    finally:
        site.close()
    print(f"{count} regel(s) geëxporteerd.", file=sys.stderr)
    return 0


def _decrypt(args: argparse.Namespace, _settings: Settings) -> int:
    try:
        key = args.key.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserFacingError("De sleutel {file} kan niet worden gelezen.",
                              "Controleer het pad naar de privésleutel.",
                              detail=str(exc), file=args.key) from exc
    passphrase = getpass.getpass("Wachtwoord van de sleutel: ") if "ENCRYPTED" in key else None
    source = args.input.open(encoding="utf-8") if args.input else sys.stdin
    try:
        with _opened(args.output) as out:
            for line in _lines(source):
                record = json.loads(line)
                if record.get("data_subject_id"):
                    try:
                        record["bsn"] = unseal(key, record["data_subject_id"], passphrase)
                    except ValueError as exc:
                        raise UserFacingError(
                            "Regel {record} is niet met deze sleutel versleuteld.",
                            "Gebruik de privésleutel die bij de publieke sleutel van de "
                            "werkplekken hoort.", detail=str(exc),
                            record=record.get("record_id", "?"),
                        ) from exc
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.input:
            source.close()
    return 0


def _lines(source: IO[str]) -> Iterator[str]:
    for line in source:
        if line.strip():
            yield line


class _opened:  # noqa: N801 - used as a context manager, reads like `open`
    """stdout, or a new file readable by its owner only (it lists who looked at whom)."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._file: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self._path is None:
            return sys.stdout
        descriptor = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
        self._file = os.fdopen(descriptor, "w", encoding="utf-8")
        return self._file

    def __exit__(self, *_exc: object) -> None:
        if self._file is not None:
            self._file.close()

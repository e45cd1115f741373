"""``document verify`` (is this PDF genuine?), ``document keygen`` (a municipality's signing
key) and ``document specimen`` (a SPECIMEN extract of an RvIG test person, for the demo).

``verify`` exits 0 for a genuine document, 1 for an altered one and 2 when it cannot be
checked (docs/decisions/0026-signed-documents.md).
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from workstation.documents.signing import KeyFolder
from workstation.documents.verify import verify_pdf
from workstation.domain.errors import UserFacingError
from workstation.domain.product_document import DocumentKind
from workstation.settings import Settings
from workstation.wiring.documents import document_maker_from, specimen_request, trusted_keys_from

log = logging.getLogger("loket.documents")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    document = commands.add_parser("document", help="signed product documents (uittreksels)")
    actions = document.add_subparsers(dest="document_command", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="check a document: 0 genuine, 1 altered, 2 cannot be checked")
    verify.add_argument("file", type=Path, help="the PDF to check")
    verify.set_defaults(handler=_verify)
    keygen = actions.add_parser("keygen", help="make a municipality's signing key pair")
    keygen.add_argument("--municipality", required=True, help="CBS code, 4 digits")
    keygen.set_defaults(handler=_keygen)
    specimen = actions.add_parser(
        "specimen", help="demo: a SPECIMEN extract of an RvIG test person (needs --demo)")
    specimen.add_argument("--bsn", required=True, help="BSN of an RvIG test person")
    specimen.add_argument("--municipality", default="0748", help="issuing municipality (code)")
    specimen.add_argument("--kind", choices=[kind.value for kind in DocumentKind],
                          default=DocumentKind.UITTREKSEL_BRP.value)
    specimen.add_argument("--language", choices=["nl", "en"], default="nl")
    specimen.add_argument("--output", type=Path, help="file to write (default: its own name)")
    specimen.set_defaults(handler=_specimen)


def _verify(args: argparse.Namespace, settings: Settings) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserFacingError("Het bestand {file} kan niet worden gelezen.",
                              "Controleer de naam en de map van het bestand.",
                              detail=f"{args.file}: {exc}", file=args.file) from exc
    result = verify_pdf(data, trusted_keys_from(settings))
    log.info("document verify: %s %s", result.number or "(no number)", result.verdict.name)
    print(result.message)
    return int(result.verdict)


def _keygen(args: argparse.Namespace, settings: Settings) -> int:
    code = args.municipality
    if not (len(code) == 4 and code.isdigit()):
        raise UserFacingError("{code} is geen gemeentecode; die heeft 4 cijfers (0748).",
                              detail=f"keygen for {code!r}", code=code)
    private_path, public_path = KeyFolder(settings.document_key_path).generate(code)
    print(f"Ondertekensleutel van gemeente {code}: {private_path} (alleen voor de eigenaar "
          "leesbaar; nooit kopiëren).")
    print(f"Publieke sleutel om documenten te controleren: {public_path} (geef die aan wie "
          "documenten controleert: [documents] public_keys).")
    return 0


def _specimen(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.demo:
        raise UserFacingError("Een specimen maakt Loket alleen in de demo.",
                              "Start het commando met --demo.", detail="specimen without demo")
    request = specimen_request(args.bsn, DocumentKind(args.kind), args.municipality,
                               args.language, date.today())
    document = document_maker_from(settings).make(request)
    output: Path = args.output or Path(document.file_name)
    output.write_bytes(document.pdf)
    print(f"{output}: {document.number}", file=sys.stderr)
    return 0

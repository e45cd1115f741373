"""Product documents: making a signed BRP extract (the PDF the counter prints) and checking one.

- ``document_pdf_p50_ms`` / ``document_pdf_p99_ms``: ``SignedDocumentMaker.make`` for an
  uittreksel BRP and an uittreksel met gezag in turn (content, Ed25519 signature, layout, logo,
  QR code, PDF with the signed text embedded), after the first document of the process;
  target p99 <= 300 ms (issue 12).
- ``document_pdf_cpu_p50_ms``: the processor time of one, which a busy machine does not inflate
  (the wall-clock p99 on 2 shared cores mostly measures waiting for a core).
- ``document_first_ms``: the first document of a process (fonts and logo loaded once).
- ``document_verify_p50_ms``: ``verify_pdf`` of such a document (signature and every word).
- ``document_pdf_kb``: the size of the extract.

Run: ``python -m benchmarks.product_documents [--quick]``; the last line is flat JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from benchmarks._common import percentile
from tests.documents_helpers import demo_maker, demo_trust, gezag_of_a_parent, request
from workstation.documents.verify import Verdict, verify_pdf
from workstation.domain.product_document import DocumentKind


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def measure(quick: bool) -> dict[str, float]:
    runs = 20 if quick else 200
    maker, trust = demo_maker(), demo_trust()
    requests = (request(), request(DocumentKind.UITTREKSEL_BRP_GEZAG,
                                   gezag=gezag_of_a_parent(2)))
    before = time.perf_counter()
    first = maker.make(requests[0])
    first_ms = _ms(time.perf_counter() - before)
    made, cpu, verified = [], [], []
    for index in range(runs):
        before, before_cpu = time.perf_counter(), time.process_time()
        document = maker.make(requests[index % 2])
        made.append(time.perf_counter() - before)
        cpu.append(time.process_time() - before_cpu)
        before = time.perf_counter()
        if verify_pdf(document.pdf, trust).verdict is not Verdict.GENUINE:
            raise RuntimeError("a document made here did not verify")
        verified.append(time.perf_counter() - before)
    return {
        "document_pdf_p50_ms": _ms(statistics.median(made)),
        "document_pdf_p99_ms": _ms(percentile(made, 99)),
        "document_pdf_cpu_p50_ms": _ms(statistics.median(cpu)),
        "document_first_ms": first_ms,
        "document_verify_p50_ms": _ms(statistics.median(verified)),
        "document_pdf_kb": round(len(first.pdf) / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs (seconds, not minutes)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.quick)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

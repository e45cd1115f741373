"""Is this PDF a genuine Loket document? The signed text, the key, and what the pages show.

Three answers (``document verify`` exits with their codes):
- GENUINE (0): the signature over the embedded text holds with a key trusted for the named
  municipality, and every word on the pages is where the signed text puts it;
- ALTERED (1): the signature fails, the two embedded copies differ, or the pages show other
  text than was signed (an edited name, an added or moved line);
- UNCHECKABLE (2): no Loket document, unreadable, or signed with a key this verifier does not
  know (another municipality, or the demo key outside demo mode).
Pictures are not compared (logo, QR image): the signed text is what counts, and the QR code
carries it for anyone with a phone.
"""

from __future__ import annotations

import enum
import io
import logging
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from workstation.documents.content import ContentError, SignedContent, parse
from workstation.documents.layout import LOGO_BOX, DocumentLayout, TextRun, layout
from workstation.documents.render import ATTACHMENT_NAME, METADATA_KEY
from workstation.documents.signing import TrustedKeys, signature_holds

log = logging.getLogger("loket.documents")
POSITION_TOLERANCE = 0.5  # points; the PDF stores coordinates to 0.01


class Verdict(enum.IntEnum):
    GENUINE = 0
    ALTERED = 1
    UNCHECKABLE = 2


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    message: str  # plain Dutch, for the person checking (may name what differs)
    number: str = ""
    municipality: str = ""
    specimen: bool = False
    demo_key: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    page: int
    x: float
    y: float
    text: str


def verify_pdf(data: bytes, trusted: TrustedKeys) -> Verification:
    try:
        reader = PdfReader(io.BytesIO(data))
        carried = _carried_texts(reader)
    except (PyPdfError, ValueError, OSError) as exc:
        log.info("document verify: unreadable PDF: %s", exc)
        return Verification(Verdict.UNCHECKABLE,
                            "Dit bestand is geen leesbare PDF; het kan niet worden gecontroleerd.")
    if not carried:
        return Verification(Verdict.UNCHECKABLE,
                            "Dit is geen document van Loket: er zit geen ondertekende tekst in. "
                            "Het kan niet worden gecontroleerd.")
    if len(set(carried)) > 1:
        return Verification(Verdict.ALTERED, "GEWIJZIGD: de ondertekende tekst in dit bestand "
                            "komt op twee plaatsen voor en verschilt. Dit document is niet echt.")
    try:
        signed = parse(carried[0])
    except ContentError as exc:
        log.info("document verify: signed text not in Loket's format: %s", exc)
        return Verification(Verdict.ALTERED, "GEWIJZIGD: de ondertekende tekst is beschadigd of "
                            "aangepast. Dit document is niet echt.")
    content = signed.content
    found = trusted.find(content.municipality_code, signed.key_id)
    if found is None:
        return _about(signed, Verdict.UNCHECKABLE,
                      f"Niet te controleren: ondertekend met sleutel {signed.key_id}, die hier "
                      f"niet bekend is voor gemeente {content.municipality_code}. Vraag de "
                      "gemeente om haar publieke sleutel.")
    if not signature_holds(found.public, signed.signature, signed.signed_text):
        return _about(signed, Verdict.ALTERED, "GEWIJZIGD: de handtekening klopt niet bij de "
                      "tekst. Dit document is niet echt.")
    try:
        difference = _page_difference(reader, layout(content))
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:  # a damaged content stream
        log.info("document verify: pages unreadable: %s: %s", type(exc).__name__, exc)
        difference = "de tekst op de pagina's is niet te lezen."
    if difference:
        return _about(signed, Verdict.ALTERED, f"GEWIJZIGD: {difference} De handtekening hoort "
                      "bij andere gegevens dan er staan. Dit document is niet echt.")
    signer = ("de demosleutel van Loket (alleen voor de demo; geen echt document)"
              if found.demo else content.municipality_name)
    specimen = (" Het is een SPECIMEN (testgegevens), geen geldig document."
                if content.specimen else "")
    return _about(signed, Verdict.GENUINE, f"ECHT: document {content.number} is ondertekend "
                  f"door {signer} en niet gewijzigd.{specimen}", demo_key=found.demo)


def _about(signed: SignedContent, verdict: Verdict, message: str, *,
           demo_key: bool = False) -> Verification:
    content = signed.content
    return Verification(verdict, message, content.number, content.municipality_name,
                        content.specimen, demo_key)


def _carried_texts(reader: PdfReader) -> list[str]:
    texts: list[str] = []
    metadata = reader.metadata
    if metadata is not None and METADATA_KEY in metadata:
        texts.append(str(metadata[METADATA_KEY]))
    for data in reader.attachments.get(ATTACHMENT_NAME, []):
        texts.append(data.decode("utf-8", errors="replace"))
    return texts


def _page_difference(reader: PdfReader, expected: DocumentLayout) -> str:
    """"" when the pages show exactly the expected runs, else what differs (plain Dutch)."""
    if len(reader.pages) != expected.pages:
        return (f"het document heeft {len(reader.pages)} pagina's in plaats van "
                f"{expected.pages}.")
    found = [run for page in range(expected.pages) for run in _runs_on(reader, page)]
    by_page = expected.drawing_order()
    for index, want in enumerate(by_page):
        if index >= len(found):
            return f"op pagina {want.page + 1} ontbreekt '{want.text}'."
        if not _same(found[index], want):
            got = found[index]
            return f"op pagina {got.page + 1} staat '{got.text}' waar '{want.text}' hoort."
    if len(found) > len(by_page):
        extra = found[len(by_page)]
        return f"op pagina {extra.page + 1} staat extra tekst '{extra.text}'."
    return ""


def _same(found: _Found, want: TextRun) -> bool:
    return (found.page == want.page and found.text == want.text
            and abs(found.x - want.x) <= POSITION_TOLERANCE
            and abs(found.y - want.y) <= POSITION_TOLERANCE)


def _in_logo(x: float, y: float) -> bool:
    """The logo may hold text of its own (an SVG's letters); it is a picture, not a fact."""
    left, bottom, width, height = LOGO_BOX
    return left - 2 <= x <= left + width + 2 and bottom - 2 <= y <= bottom + height + 2


def _runs_on(reader: PdfReader, page: int) -> list[_Found]:
    """Every text drawn on ``page`` with where its baseline starts, in drawing order."""
    runs: list[_Found] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object,
              _size: object) -> None:
        text = text.rstrip("\n")
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if not (page == 0 and _in_logo(x, y)):
            runs.append(_Found(page, x, y, text))

    reader.pages[page].extract_text(visitor_text=visit)
    return runs

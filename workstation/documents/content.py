"""What a document says, as the text that is signed and carried in its QR code.

The text is meant to be read: a phone camera shows it as it is. One line per printed fact
(``Label: value``; ``  value`` continues the value above; ``== Heading ==`` opens a section),
the title and the municipality first, then a check line naming the format, language, kind,
municipality code and key, and last the signature line. The signature (Ed25519) covers every
line before it, UTF-8, joined with ``\\n``. The same text is embedded in the PDF (metadata and
an attached file), so the verifier reads it without decoding the QR image.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass

from workstation.documents import texts
from workstation.domain.gezag import GezagPerson, GezagRelation
from workstation.domain.person import Person
from workstation.domain.product_document import LANGUAGES, DocumentKind, DocumentRequest

FORMAT = "loket/1"
_CHECK = re.compile(
    rf"^[A-Za-z]+: {re.escape(FORMAT)} (?P<language>[a-z]{{2}}) (?P<kind>[a-z-]+) "
    r"(?P<code>[0-9]{4}) (?P<key_id>[0-9a-f]{16})$")
_SIGNATURE = re.compile(r"^[A-Za-z]+: (?P<signature>[A-Za-z0-9_-]{86})$")
_HEADING = re.compile(r"^== (?P<text>.+) ==$")
_CONTINUATION = "  "


class ContentError(ValueError):
    """The signed text is not in Loket's format (damaged or made by someone else)."""


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    label: str  # "" continues the value of the fact above (a second address line)
    value: str


Entry = Heading | Fact
_FactMaker = Callable[[str, str], Fact]  # a label key and a value: one printed fact


@dataclass(frozen=True, slots=True)
class DocumentContent:
    kind: DocumentKind
    language: str
    title: str
    municipality_code: str
    municipality_name: str
    number: str
    entries: tuple[Entry, ...]
    specimen: bool

    def lines(self) -> list[str]:
        lines = [self.title, self.municipality_name]
        for entry in self.entries:
            match entry:
                case Heading(text=text):
                    lines.append(f"== {text} ==")
                case Fact(label="", value=value):
                    lines.append(f"{_CONTINUATION}{value}")
                case Fact(label=label, value=value):
                    lines.append(f"{label}: {value}")
        if self.specimen:
            lines.append(f"{texts.SPECIMEN_MARK}: {texts.specimen_note(self.language)}")
        return lines

    def signed_text(self, key_id: str) -> str:
        """Exactly the bytes the signature covers (as text): every line up to the check."""
        check = (f"{texts.label('check', self.language)}: {FORMAT} {self.language} "
                 f"{self.kind.value} {self.municipality_code} {key_id}")
        return "\n".join([*self.lines(), check])


@dataclass(frozen=True, slots=True)
class SignedContent:
    content: DocumentContent
    key_id: str
    signature: bytes

    @property
    def signed_text(self) -> str:
        return self.content.signed_text(self.key_id)

    def text(self) -> str:
        """The embedded file's text: the signed lines and the signature."""
        return f"{self.signed_text}\n{self._signature_line()}"

    def qr_text(self, max_bytes: int) -> str:
        """The QR code's text: ``text()`` when it fits in ``max_bytes`` (UTF-8); else the
        first facts that fit, a line saying how many more the document holds, and the check
        and signature lines (a phone reader still sees who signed what; ``document verify``
        reads the whole text from the PDF)."""
        whole = self.text()
        if len(whole.encode("utf-8")) <= max_bytes:
            return whole
        lines = self.signed_text.split("\n")
        tail = [lines[-1], self._signature_line()]
        body = lines[:-1]
        for kept in range(len(body) - 1, 0, -1):
            more = texts.more_lines(len(body) - kept, self.content.language)
            text = "\n".join([*body[:kept], more, *tail])
            if len(text.encode("utf-8")) <= max_bytes:
                return text
        raise ValueError("not even the title fits in the QR code")

    def _signature_line(self) -> str:
        signature = base64.urlsafe_b64encode(self.signature).decode("ascii").rstrip("=")
        return f"{texts.label('signature', self.content.language)}: {signature}"


def parse(text: str) -> SignedContent:
    """The signed content in ``text``; ContentError when it is not Loket's format. Whether the
    signature holds is checked elsewhere (it needs the municipality's key)."""
    lines = text.split("\n")
    if len(lines) < 5:
        raise ContentError("too few lines")
    check, signature_line = _CHECK.match(lines[-2]), _SIGNATURE.match(lines[-1])
    if check is None or signature_line is None:
        raise ContentError("no check or signature line")
    language, kind_value = check["language"], check["kind"]
    if language not in LANGUAGES:
        raise ContentError(f"unknown language {language!r}")
    try:
        kind = DocumentKind(kind_value)
        signature = base64.urlsafe_b64decode(signature_line["signature"] + "==")
    except (ValueError, binascii.Error) as exc:
        raise ContentError(str(exc)) from exc
    body = lines[2:-2]
    specimen_line = f"{texts.SPECIMEN_MARK}: {texts.specimen_note(language)}"
    specimen = bool(body) and body[-1] == specimen_line
    if specimen:
        body = body[:-1]
    entries = tuple(_entry(line) for line in body)
    facts = [entry for entry in entries if isinstance(entry, Fact)]
    if not facts or facts[0].label != texts.label("number", language):
        raise ContentError("no document number")
    content = DocumentContent(kind, language, lines[0], check["code"], lines[1], facts[0].value,
                              entries, specimen)
    return SignedContent(content, check["key_id"], signature)


def _entry(line: str) -> Entry:
    heading = _HEADING.match(line)
    if heading:
        return Heading(heading["text"])
    if line.startswith(_CONTINUATION):
        return Fact("", line[len(_CONTINUATION):])
    label, separator, value = line.partition(": ")
    if not separator or not label or not value:
        raise ContentError("a line that is no fact")
    return Fact(label, value)


def content_for(request: DocumentRequest, number: str, specimen: bool) -> DocumentContent:
    """The facts of ``request`` as printed (and signed), in the request's language."""
    language = request.language

    def fact(key: str, value: str) -> Fact:
        return Fact(texts.label(key, language), value)

    entries: list[Entry] = [fact("number", number),
                            fact("issued_on", texts.long_date(request.issued_on, language)),
                            Heading(texts.label("personal", language)),
                            *_person_facts(request.person, language, fact),
                            Heading(texts.label("address_section", language)),
                            *_address_facts(request, fact)]
    if request.person.warnings.in_onderzoek:
        entries.append(fact("investigation", texts.investigation(
            request.person.warnings.in_onderzoek, language)))
    if request.kind is DocumentKind.UITTREKSEL_BRP_GEZAG:
        entries.append(Heading(texts.label("gezag_section", language)))
        entries += _gezag_facts(request.gezag, language, fact)
    return DocumentContent(
        request.kind, language, texts.title(request.kind, language), request.municipality.code,
        request.municipality.name, number, tuple(_single_line(entry) for entry in entries),
        specimen)


def _person_facts(person: Person, language: str, fact: _FactMaker) -> list[Fact]:
    name = person.name
    facts = [fact("bsn", person.bsn), fact("surname", name.geslachtsnaam)]
    if name.voorvoegsel:
        facts.append(fact("prefix", name.voorvoegsel))
    facts.append(fact("given_names", name.voornamen))
    if name.adellijke_titel_predicaat:
        facts.append(fact("title", name.adellijke_titel_predicaat))
    if person.geslacht:
        facts.append(fact("sex", texts.sex(person.geslacht, language)))
    if person.geboortedatum is not None:
        facts.append(fact("birth_date", texts.long_date(person.geboortedatum, language)))
    if person.geboorteplaats:
        facts.append(fact("birth_place", person.geboorteplaats))
    if person.geboorteland:
        facts.append(fact("birth_country", person.geboorteland))
    if person.warnings.overleden_op is not None:
        facts.append(fact("died_on", texts.long_date(person.warnings.overleden_op, language)))
    return [entry for entry in facts if entry.value]


def _address_facts(request: DocumentRequest, fact: _FactMaker) -> list[Entry]:
    person = request.person
    lines = [line for line in person.adresregels if line]
    facts: list[Entry] = []
    if lines:
        facts.append(fact("address", lines[0]))
        facts += [Fact("", line) for line in lines[1:]]
    registered = person.gemeente_van_inschrijving
    if registered:
        known = registered == request.municipality.code
        facts.append(fact("registered_in", f"{request.municipality.name} ({registered})" if known
                          else texts.municipality_code(registered, request.language)))
    return facts


def _gezag_facts(relations: tuple[GezagRelation, ...], language: str,
                 fact: _FactMaker) -> list[Entry]:
    if not relations:
        return [fact("no_gezag", texts.no_gezag(language))]
    facts: list[Entry] = []
    for relation in relations:
        if relation.minderjarige is not None:
            facts.append(fact("minor", _who(relation.minderjarige, language)))
        facts.append(fact("gezag_kind", texts.gezag_kind(relation.soort, language)))
        for index, holder in enumerate(relation.gezaghebbers):
            who = _who(holder, language)
            facts.append(fact("held_by", who) if index == 0 else Fact("", who))
        if relation.toelichting:
            facts.append(fact("explanation", relation.toelichting))
        if relation.in_onderzoek:
            facts.append(fact("gezag_investigated", texts.label("yes", language)))
    return facts


def _who(person: GezagPerson, language: str) -> str:
    if person.naam and person.bsn:
        return f"{person.naam} (BSN {person.bsn})"
    if person.bsn:
        return f"BSN {person.bsn}"
    return person.naam or texts.label("unknown_third", language)


def _single_line(entry: Entry) -> Entry:
    """A value never breaks the one-fact-per-line text (registries do not send newlines, but a
    stray one must not forge a line of its own)."""
    if isinstance(entry, Heading):
        return Heading(" ".join(entry.text.split()))
    return Fact(entry.label, " ".join(entry.value.split()))

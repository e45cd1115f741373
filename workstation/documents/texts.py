"""The printed words of the BRP extracts, in Dutch and English.

Documents are made below the UI (the CLI makes them too), so their texts are tables here rather
than Qt translations. A text that appears on a signed document never changes meaning once
issued: the verifier rebuilds the page from these tables (``layout.py``).
"""

from __future__ import annotations

from datetime import date

from workstation.domain.gezag import GezagSoort
from workstation.domain.product_document import DocumentKind

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

TITLES = {
    ("nl", DocumentKind.UITTREKSEL_BRP): "Uittreksel Basisregistratie Personen",
    ("nl", DocumentKind.UITTREKSEL_BRP_GEZAG): "Uittreksel BRP met gezag",
    ("en", DocumentKind.UITTREKSEL_BRP): "Extract from the Personal Records Database (BRP)",
    ("en", DocumentKind.UITTREKSEL_BRP_GEZAG): "Extract from the BRP with parental authority",
}

_LABELS = {
    "number": ("Documentnummer", "Document number"),
    "issued_on": ("Datum van afgifte", "Date of issue"),
    "personal": ("Persoonsgegevens", "Personal details"),
    "bsn": ("Burgerservicenummer", "Citizen service number"),
    "surname": ("Geslachtsnaam", "Surname"),
    "prefix": ("Voorvoegsel", "Surname prefix"),
    "given_names": ("Voornamen", "Given names"),
    "title": ("Titel of predicaat", "Title or predicate"),
    "sex": ("Geslacht", "Sex"),
    "birth_date": ("Geboortedatum", "Date of birth"),
    "birth_place": ("Geboorteplaats", "Place of birth"),
    "birth_country": ("Geboorteland", "Country of birth"),
    "died_on": ("Overleden op", "Date of death"),
    "address_section": ("Verblijfplaats", "Address"),
    "address": ("Adres", "Address"),
    "registered_in": ("Gemeente van inschrijving", "Municipality of registration"),
    "investigation": ("In onderzoek", "Under investigation"),
    "gezag_section": ("Gezag", "Parental authority"),
    "minor": ("Minderjarige", "Minor"),
    "gezag_kind": ("Soort gezag", "Type of authority"),
    "held_by": ("Gezag bij", "Held by"),
    "explanation": ("Toelichting", "Explanation"),
    "gezag_investigated": ("In onderzoek", "Under investigation"),
    "unknown_third": ("onbekende derde", "unknown third party"),
    "yes": ("ja", "yes"),
    "no_gezag": ("Gezag", "Parental authority"),
    "check": ("Controle", "Check"),
    "signature": ("Handtekening", "Signature"),
    "verify_heading": ("Echtheid controleren", "Checking this document"),
    "page": ("pagina {page} van {pages}", "page {page} of {pages}"),
}

_STATEMENTS = {
    "nl": ("Dit uittreksel geeft de gegevens weer zoals die op de datum van afgifte in de "
           "Basisregistratie Personen (BRP) stonden."),
    "en": ("This extract shows the data as recorded in the Personal Records Database (BRP) "
           "on the date of issue."),
}

_VERIFY_HELP = {
    "nl": ("Scan de QR-code: de tekst daarin is de inhoud van dit uittreksel met de digitale "
           "handtekening van de gemeente. De gemeente controleert die handtekening; een "
           "gewijzigd uittreksel valt dan door de mand."),
    "en": ("Scan the QR code: its text is the content of this extract with the municipality's "
           "digital signature. The municipality checks that signature; an altered copy fails "
           "the check."),
}

SPECIMEN_MARK = "SPECIMEN"
_SPECIMEN_NOTE = {
    "nl": "testgegevens, geen geldig document",
    "en": "test data, not a valid document",
}

_GEZAG_KINDS = {
    GezagSoort.EENHOOFDIG_OUDERLIJK: ("Eenhoofdig ouderlijk gezag", "Sole parental authority"),
    GezagSoort.GEZAMENLIJK_OUDERLIJK: ("Gezamenlijk ouderlijk gezag",
                                       "Joint parental authority of both parents"),
    GezagSoort.GEZAMENLIJK: ("Gezamenlijk gezag van ouder en derde",
                             "Joint authority of a parent and a third party"),
    GezagSoort.VOOGDIJ: ("Voogdij", "Guardianship"),
    GezagSoort.TIJDELIJK_GEEN: ("Tijdelijk geen gezag", "Temporarily no authority"),
    GezagSoort.NIET_TE_BEPALEN: ("Gezag niet te bepalen", "Authority cannot be determined"),
}
_NO_GEZAG = {
    "nl": "geen gezagsrelaties geregistreerd",
    "en": "no parental authority registered",
}
_SEXES = {"man": "male", "vrouw": "female", "onbekend": "unknown"}
_INVESTIGATIONS = {"naam": "name", "adres": "address", "geboorte": "birth",
                   "overlijden": "death"}


def _index(language: str) -> int:
    return 1 if language == "en" else 0


def label(key: str, language: str) -> str:
    return _LABELS[key][_index(language)]


def title(kind: DocumentKind, language: str) -> str:
    return TITLES[(language, kind)]


def statement(language: str) -> str:
    return _STATEMENTS[language]


def verify_help(language: str) -> str:
    return _VERIFY_HELP[language]


def specimen_note(language: str) -> str:
    return _SPECIMEN_NOTE[language]


def page_footer(language: str, page: int, pages: int) -> str:
    return label("page", language).format(page=page, pages=pages)


def long_date(day: date, language: str) -> str:
    """"30 november 2026" / "30 November 2026"."""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def gezag_kind(soort: GezagSoort, language: str) -> str:
    return _GEZAG_KINDS[soort][_index(language)]


def no_gezag(language: str) -> str:
    return _NO_GEZAG[language]


def sex(omschrijving: str, language: str) -> str:
    """The BRP writes the sex in Dutch; the English document translates the known values."""
    return _SEXES.get(omschrijving, omschrijving) if language == "en" else omschrijving


def more_lines(count: int, language: str) -> str:
    """The QR code's stand-in for the lines that did not fit in it."""
    if language == "en":
        return f"... and {count} more lines: see the document"
    return f"... en nog {count} regels: zie het document"


def municipality_code(code: str, language: str) -> str:
    """A municipality Loket knows only by its CBS code (not one of the site's)."""
    return f"{'municipality code' if language == 'en' else 'gemeentecode'} {code}"


def investigation(parts: tuple[str, ...], language: str) -> str:
    if language == "en":
        parts = tuple(_INVESTIGATIONS.get(part, part) for part in parts)
    return ", ".join(parts)

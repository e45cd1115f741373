"""The KCC desk's contact: one or more questions, how each ended, and a callback request.

Rules taken from KISS (the Dutch KCC agent application) and Open Klant 2.18, where they are
good (docs/decisions/0023-desk-services.md, research kcc-desk.md §1.2-1.4):

- one klantcontact per question; onderwerp (a UPL product name or free text) at most 180
  characters, notitie at most 1000;
- the uitkomst (KISS: afhandeling / gespreksresultaat) is chosen from a fixed list, and
  FIRST TIME RIGHT IS DERIVED from it, never asked: a question is first time right when the
  person got their answer in this contact, by the worker alone or after consulting a
  colleague (``zelfstandig afgehandeld``, ``afgehandeld na ruggespraak``). Transferred,
  referred elsewhere, a callback, "comes back", "calls back" or a broken connection: not;
- "contactverzoek gemaakt" if and only if the question carries a callback request;
- a callback request needs an actor, an internal explanation, and at least one phone number
  or e-mail address; phone numbers match Open Klant's own regex, e-mail addresses what its
  (Django) e-mail validator accepts; the toelichting it becomes is at most 1000 characters,
  and ``toelichting_left`` counts what is left while the worker types.

Validation errors are ``DeskInputError``s in plain Dutch naming the field (``field``), so a
screen can put the message next to it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain.bsn import is_valid_bsn
from workstation.domain.contacts import Actor, Kanaal
from workstation.domain.errors import UserFacingError
from workstation.domain.staff import Role

ONDERWERP_MAX = 180
NOTITIE_MAX = 1000
TOELICHTING_MAX = 1000  # internetaak.toelichting in Open Klant
ADRES_MAX = 80  # digitaaladres.adres in Open Klant
MAX_PHONE_NUMBERS = 2  # KISS: Telefoonnummer 1 and 2

# Open Klant's phone validation, as KISS copies it (kcc-desk.md §1.3).
PHONE_PATTERN = re.compile(
    r"^(0[8-9]00[0-9]{4,7}|0[1-9][0-9]{8}|\+[0-9]{9,20}|1400|140[0-9]{2,3})$")
# Django's EmailValidator (Open Klant's): a dot-atom user part, a domain of labels and a
# top-level label of at least two characters that does not end with a hyphen.
_EMAIL_USER = re.compile(r"^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$",
                         re.IGNORECASE)
_EMAIL_DOMAIN = re.compile(
    r"^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))$", re.IGNORECASE)


class Uitkomst(enum.StrEnum):
    """How a question ended (KISS's seed list of gespreksresultaten plus its built-in one)."""

    ZELFSTANDIG_AFGEHANDELD = "zelfstandig afgehandeld"
    AFGEHANDELD_NA_RUGGESPRAAK = "afgehandeld na ruggespraak"
    DOORVERBONDEN = "doorverbonden"
    VERWEZEN = "verwezen naar andere instantie"
    KLANT_NEEMT_OPNIEUW_CONTACT_OP = "klant neemt opnieuw contact op"
    KLANT_BELT_TERUG = "afgehandeld, klant belt terug"
    VERBINDING_VERBROKEN = "verbinding verbroken"
    CONTACTVERZOEK_GEMAAKT = "contactverzoek gemaakt"


_FIRST_TIME_RIGHT = frozenset({Uitkomst.ZELFSTANDIG_AFGEHANDELD,
                               Uitkomst.AFGEHANDELD_NA_RUGGESPRAAK})


def first_time_right(uitkomst: Uitkomst) -> bool:
    """Answered in this contact, by the worker or after consulting a colleague (see above)."""
    return uitkomst in _FIRST_TIME_RIGHT


def contact_gelukt(uitkomst: Uitkomst) -> bool:
    """Open Klant's ``indicatieContactGelukt``: false only when the connection broke."""
    return uitkomst is not Uitkomst.VERBINDING_VERBROKEN


def default_kanaal(roles: Iterable[Role]) -> Kanaal:
    """The channel a question starts with: telefoon for a phone agent, balie otherwise (a
    worker with both roles stands at a counter)."""
    held = set(roles)
    return Kanaal.TELEFOON if Role.PHONE in held and Role.COUNTER not in held else Kanaal.BALIE


class DeskInputError(UserFacingError):
    """A desk form field that cannot be saved as typed; ``field`` names it for the screen."""

    def __init__(self, field_name: str, message: str, next_step: str = "", *,
                 detail: str = "", **params: object) -> None:
        super().__init__(message, next_step, detail=detail or f"invalid {field_name}", **params)
        self.field = field_name


# -- callback requests -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallbackDraft:
    """A contactverzoek as the worker fills it in.

    ``antwoorden``: extra lines for the colleague, ``(vraag, antwoord)`` pairs (KISS's
    vragenset); they follow the internal explanation in the toelichting, one line each.
    """

    actoren: tuple[Actor, ...]
    interne_toelichting: str
    telefoonnummers: tuple[str, ...] = ()
    emailadres: str = ""
    antwoorden: tuple[tuple[str, str], ...] = ()


def compose_toelichting(interne_toelichting: str,
                        antwoorden: Iterable[tuple[str, str]] = ()) -> str:
    """KISS's toelichting: the internal explanation, a blank line, one "vraag: antwoord" line
    per answered question."""
    lines = [f"{vraag}: {antwoord}" for vraag, antwoord in antwoorden if antwoord.strip()]
    text = interne_toelichting.strip()
    return text + "\n\n" + "\n".join(lines) if lines else text


def address_lines(telefoonnummers: Iterable[str], emailadres: str) -> str:
    """The phone numbers and e-mail address written on top of a toelichting, for a callback
    whose contact has no betrokkene to hold them (an anonymous contact in Open Klant)."""
    lines = [f"Telefoon: {phone}" for phone in telefoonnummers]
    if emailadres:
        lines.append(f"E-mail: {emailadres}")
    return "\n".join(lines) + "\n\n" if lines else ""


def full_toelichting(draft: CallbackDraft, *, anonymous: bool) -> str:
    """The toelichting exactly as it reaches Open Klant (addresses on top when anonymous)."""
    head = address_lines(draft.telefoonnummers, draft.emailadres) if anonymous else ""
    return head + compose_toelichting(draft.interne_toelichting, draft.antwoorden)


def toelichting_left(draft: CallbackDraft, *, anonymous: bool) -> int:
    """Characters still free in the toelichting (negative: too long); for a live counter."""
    return TOELICHTING_MAX - len(full_toelichting(draft, anonymous=anonymous))


def valid_phone_number(number: str) -> bool:
    return bool(PHONE_PATTERN.match(number))


def valid_email(address: str) -> bool:
    if len(address) > ADRES_MAX or address.count("@") < 1:
        return False
    user, _, domain = address.rpartition("@")
    return bool(user and _EMAIL_USER.match(user) and _EMAIL_DOMAIN.match(domain))


def check_callback(draft: CallbackDraft, *, anonymous: bool) -> None:
    """Refuse a callback request Open Klant (or the colleague) could not work with."""
    if not draft.actoren:
        raise DeskInputError("actoren", "Kies voor wie het terugbelverzoek is.",
                             "Kies een afdeling, groep of medewerker.")
    if not draft.interne_toelichting.strip():
        raise DeskInputError("interne_toelichting", "De interne toelichting is verplicht.",
                             "Schrijf voor de collega op waar het over gaat.")
    if not draft.telefoonnummers and not draft.emailadres:
        raise DeskInputError("telefoonnummers",
                             "Vul minstens een telefoonnummer of een e-mailadres in.",
                             "Vraag hoe de klant bereikt wil worden.")
    if len(draft.telefoonnummers) > MAX_PHONE_NUMBERS:
        raise DeskInputError("telefoonnummers", "Vul hoogstens twee telefoonnummers in.",
                             detail="more than two phone numbers")
    for number in draft.telefoonnummers:
        if not valid_phone_number(number):
            raise DeskInputError(
                "telefoonnummers", "Dit telefoonnummer is ongeldig.",
                "Typ het zonder spaties of streepjes: 0612345678 of +31612345678.")
    if draft.emailadres and not valid_email(draft.emailadres):
        raise DeskInputError("emailadres", "Dit e-mailadres is ongeldig.",
                             "Controleer het adres, bijvoorbeeld naam@voorbeeld.nl.")
    left = toelichting_left(draft, anonymous=anonymous)
    if left < 0:
        raise DeskInputError(
            "interne_toelichting", "De toelichting is {over} tekens te lang.",
            "Maak de tekst korter; samen mag het hoogstens 1000 tekens zijn.",
            detail=f"toelichting {-left} characters over the limit", over=-left)


# -- questions and contacts ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a contact: it becomes one klantcontact.

    ``onderwerp``: a UPL product name or free text; ``zaak_url``: the zaak it was about.
    """

    onderwerp: str
    uitkomst: Uitkomst
    kanaal: Kanaal = Kanaal.BALIE
    notitie: str = ""
    zaak_url: str | None = None
    callback: CallbackDraft | None = None

    @property
    def first_time_right(self) -> bool:
        return first_time_right(self.uitkomst)


@dataclass(frozen=True, slots=True)
class DeskContact:
    """What the worker saves when a visit or call ends.

    ``bsn`` None: an anonymous contact. ``started_at``/``ended_at`` are set by Loket (the visit
    or call began / ended), never typed; the save time is the service's own.
    ``ticket_id``: the queue ticket when it was a counter visit.
    """

    questions: tuple[Question, ...]
    started_at: datetime
    ended_at: datetime
    bsn: str | None = None
    ticket_id: int | None = None
    afdeling: str = ""  # KISS "afgehandeld voor": the department the worker answered for
    extra_metadata: dict[str, str] = field(default_factory=dict)

    @property
    def anonymous(self) -> bool:
        return self.bsn is None


def check_question(question: Question, *, anonymous: bool, number: int = 1) -> None:
    onderwerp = question.onderwerp.strip()
    if not onderwerp:
        raise DeskInputError("onderwerp", "Vul het onderwerp van vraag {number} in.",
                             "Kies een product of typ de vraag in het kort.", number=number)
    if len(onderwerp) > ONDERWERP_MAX:
        raise DeskInputError("onderwerp",
                             "Het onderwerp van vraag {number} is langer dan {limit} tekens.",
                             "Zet de details in de notitie.", number=number,
                             limit=ONDERWERP_MAX)
    if len(question.notitie) > NOTITIE_MAX:
        raise DeskInputError("notitie",
                             "De notitie van vraag {number} is langer dan {limit} tekens.",
                             "Maak de notitie korter.", number=number, limit=NOTITIE_MAX)
    wants_callback = question.uitkomst is Uitkomst.CONTACTVERZOEK_GEMAAKT
    if wants_callback and question.callback is None:
        raise DeskInputError("callback",
                             "Vraag {number} heeft als uitkomst 'contactverzoek gemaakt'.",
                             "Vul het terugbelverzoek in, of kies een andere uitkomst.",
                             number=number)
    if question.callback is not None:
        if not wants_callback:
            raise DeskInputError(
                "uitkomst", "Vraag {number} heeft een terugbelverzoek.",
                "Kies dan als uitkomst 'contactverzoek gemaakt'.", number=number)
        check_callback(question.callback, anonymous=anonymous)


def check_contact(contact: DeskContact) -> None:
    """Everything a save needs, checked before anything is written."""
    if not contact.questions:
        raise DeskInputError("questions", "Er is nog geen vraag ingevuld.",
                             "Vul minstens een vraag in.")
    if contact.bsn is not None and not is_valid_bsn(contact.bsn):
        raise DeskInputError("bsn", "Het BSN van deze klant is ongeldig.",
                             "Zoek de klant opnieuw op.", detail="contact BSN fails 11-proef")
    if contact.ended_at < contact.started_at:
        raise DeskInputError("ended_at", "Het contact eindigt voor het begon.",
                             "Start het contact opnieuw.", detail="ended_at before started_at")
    for number, question in enumerate(contact.questions, start=1):
        check_question(question, anonymous=contact.anonymous, number=number)


def contact_metadata(contact: DeskContact, question: Question) -> dict[str, str]:
    """What Open Klant keeps for management information (``metadata``, values at most 255)
    and KISS keeps in its own database: the uitkomst, first time right, times, afdeling."""
    values = {
        **contact.extra_metadata,
        "uitkomst": question.uitkomst.value,
        "eersteKeerGoed": "ja" if question.first_time_right else "nee",
        "gestartOp": contact.started_at.isoformat(),
        "beeindigdOp": contact.ended_at.isoformat(),
    }
    if contact.afdeling:
        values["afdeling"] = contact.afdeling
    return {key: value[:255] for key, value in values.items()}


# -- an incoming call's number ---------------------------------------------------------------

_DIALLED = re.compile(r"^\+?[0-9]{3,20}$")


def normalize_phone(text: str) -> str:
    """A caller's number as telephony systems write it, in the form Open Klant accepts where
    possible: separators dropped, ``00`` international prefix as ``+``. ``DeskInputError``
    for something no one can dial back."""
    number = re.sub(r"[\s\-().]", "", text)
    if number.startswith("00"):
        number = "+" + number[2:]
    if not _DIALLED.match(number):
        raise DeskInputError("phone", "Dit is geen telefoonnummer.",
                             "Geef het nummer van de beller, bijvoorbeeld +31612345678.",
                             detail="caller number is not dialable")
    return number


# -- who callbacks go to ---------------------------------------------------------------------

_ACTOR = re.compile(r"^(afd|grp|mdw):([^=\s][^=]*?)\s*=\s*(\S.*)$")
_ACTOR_SOORT = {"afd": "organisatorische_eenheid", "grp": "organisatorische_eenheid",
                "mdw": "medewerker"}


def parse_actor(text: str) -> Actor:
    """``afd:burgerzaken=Burgerzaken``, ``grp:paspoorten=Team Paspoorten`` or
    ``mdw:j.jansen@gemeente.nl=Jan Jansen``: how the settings name a callback's recipients
    (KISS's afdeling / groep / medewerker, identified as Open Klant's actoridentificator)."""
    found = _ACTOR.match(text.strip())
    if found is None:
        raise ValueError(f"not 'afd|grp|mdw:<identificator>=<naam>': {text!r}")
    kind, identificator, naam = found.groups()
    return Actor(naam=naam.strip()[:200], soort=_ACTOR_SOORT[kind],
                 identificator=identificator.strip(), code_objecttype=kind)

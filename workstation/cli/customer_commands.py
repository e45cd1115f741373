"""``customer find|history|contact``: persons, their history, and recording a contact.

``find`` asks the configured person directory (the BRP gateway, or the RvIG test persons in
the demo) through the customer service, which records the lookup in the audit trail first.
"""

from __future__ import annotations

import argparse
import re
from datetime import date

from workstation.cli import contact_commands, customer_history
from workstation.domain.bsn import is_valid_bsn
from workstation.domain.errors import UserFacingError
from workstation.domain.person import (
    ByBsn,
    ByNameAndBirthDate,
    ByPostcodeAndNumber,
    Person,
    PersonQuery,
)
from workstation.kcc import open_kcc
from workstation.settings import Settings

POSTCODE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customer = commands.add_parser("customer", help="persons and their history")
    actions = customer.add_subparsers(dest="customer_command", required=True, metavar="ACTION")
    find = actions.add_parser("find", help="look a person up in the BRP (audited)")
    how = find.add_mutually_exclusive_group(required=True)
    how.add_argument("--bsn", help="burgerservicenummer")
    how.add_argument("--name", help="surname (a trailing * after 3 letters: any ending)")
    how.add_argument("--postcode", help="postcode, e.g. 3077AW")
    find.add_argument("--birth", help="birth date YYYY-MM-DD (with --name)")
    find.add_argument("--number", type=int, help="house number (with --postcode)")
    find.add_argument("--doelbinding", default="", help="purpose (x-doelbinding)")
    find.add_argument("--staff", default="", help="who looks (default: the settings)")
    find.set_defaults(handler=_find)
    customer_history.add_to(actions)
    contact_commands.add_to(actions)


def query_from(args: argparse.Namespace) -> PersonQuery:
    """The query the arguments describe, or a plain-Dutch error saying what is missing."""
    if args.bsn is not None:
        if not is_valid_bsn(args.bsn):
            raise UserFacingError("{bsn} is geen geldig BSN.", "Controleer de negen cijfers.",
                                  detail="invalid BSN given", bsn=args.bsn)
        return ByBsn(args.bsn)
    if args.name is not None:
        birth = _birth_date(args.birth)
        surname = args.name.strip()
        if len(surname.rstrip("*")) < 3 and surname.endswith("*"):
            raise UserFacingError("Zoeken met * kan pas na drie letters van de achternaam.",
                                  "Typ meer letters van de achternaam.",
                                  detail="wildcard after fewer than 3 letters")
        return ByNameAndBirthDate(surname, birth)
    postcode = args.postcode.replace(" ", "").upper()
    if not POSTCODE.match(postcode) or args.number is None or args.number < 1:
        raise UserFacingError("Zoeken op adres vraagt een postcode (1234AB) en een huisnummer.",
                              "Geef --postcode en --number op.",
                              detail="postcode search without a valid postcode or number")
    return ByPostcodeAndNumber(postcode, args.number)


def _birth_date(text: str | None) -> date:
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        raise UserFacingError("Zoeken op naam vraagt ook de geboortedatum (JJJJ-MM-DD).",
                              "Geef --birth op, bijvoorbeeld --birth 1985-12-01.",
                              detail="name search without a valid birth date") from None


def describe(person: Person) -> list[str]:
    """The lines ``customer find`` prints for one person, warnings first where they matter."""
    name = person.name.volledige_naam or f"{person.name.voornamen} {person.name.geslachtsnaam}"
    born = f"geboren {person.geboortedatum:%d-%m-%Y}" if person.geboortedatum else "geboren ?"
    lines = [f"{person.bsn}  {name}  ({born})"]
    if person.adresregels:
        lines.append("  " + ", ".join(person.adresregels))
    warnings = person.warnings
    if warnings.overleden_op:
        lines.append(f"  LET OP: overleden op {warnings.overleden_op:%d-%m-%Y}")
    elif warnings.opschorting_reden == "overlijden":  # a search answers no date of death
        lines.append("  LET OP: overleden")
    elif warnings.opschorting_reden:
        lines.append(f"  LET OP: bijhouding opgeschort ({warnings.opschorting_reden})")
    if warnings.geheimhouding:
        lines.append("  LET OP: geheimhouding: geef het adres niet aan derden")
    if warnings.rni:
        lines.append("  LET OP: ingeschreven als niet-ingezetene (RNI)")
    if warnings.in_onderzoek:
        lines.append("  LET OP: in onderzoek: " + ", ".join(warnings.in_onderzoek))
    if person.test_data:
        lines.append("  [TESTGEGEVENS: geen echte persoon]")
    return lines


def _find(args: argparse.Namespace, settings: Settings) -> int:
    query = query_from(args)
    kcc = open_kcc(settings)
    try:
        purpose = kcc.purpose(doelbinding=args.doelbinding, gebruiker=args.staff)
        persons = kcc.customer_service().search(query, purpose)
    finally:
        kcc.close()
    if not persons:
        print("Niemand gevonden.")
        return 1
    print(f"Gevonden: {len(persons)}")
    for person in persons:
        print("\n".join(describe(person)))
    return 0

"""The desk contact's rules: KISS's fields and limits, Open Klant's validation, FTR derived."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.contacts import Actor, Kanaal
from workstation.domain.desk import (
    TOELICHTING_MAX,
    CallbackDraft,
    DeskContact,
    DeskInputError,
    Question,
    Uitkomst,
    check_callback,
    check_contact,
    compose_toelichting,
    contact_gelukt,
    contact_metadata,
    default_kanaal,
    first_time_right,
    full_toelichting,
    parse_actor,
    toelichting_left,
    valid_email,
    valid_phone_number,
)
from workstation.domain.staff import Role

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
BURGERZAKEN = Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken")


def draft(**changes: object) -> CallbackDraft:
    values: dict[str, object] = {
        "actoren": (BURGERZAKEN,), "interne_toelichting": "Wil weten wanneer de pas klaar is.",
        "telefoonnummers": ("0612345678",), "emailadres": ""}
    values.update(changes)
    return CallbackDraft(**values)  # type: ignore[arg-type]


def contact(*questions: Question, **changes: object) -> DeskContact:
    values: dict[str, object] = {
        "questions": questions or (Question("paspoort", Uitkomst.ZELFSTANDIG_AFGEHANDELD),),
        "started_at": START, "ended_at": START + timedelta(minutes=4), "bsn": "999993653"}
    values.update(changes)
    return DeskContact(**values)  # type: ignore[arg-type]


def test_kiss_outcomes_are_all_there() -> None:
    assert {u.value for u in Uitkomst} >= {
        "zelfstandig afgehandeld", "afgehandeld na ruggespraak", "doorverbonden",
        "verwezen naar andere instantie", "klant neemt opnieuw contact op",
        "verbinding verbroken", "contactverzoek gemaakt"}


@pytest.mark.parametrize(("uitkomst", "expected"), [
    (Uitkomst.ZELFSTANDIG_AFGEHANDELD, True),
    (Uitkomst.AFGEHANDELD_NA_RUGGESPRAAK, True),
    (Uitkomst.DOORVERBONDEN, False),
    (Uitkomst.VERWEZEN, False),
    (Uitkomst.KLANT_NEEMT_OPNIEUW_CONTACT_OP, False),
    (Uitkomst.KLANT_BELT_TERUG, False),
    (Uitkomst.VERBINDING_VERBROKEN, False),
    (Uitkomst.CONTACTVERZOEK_GEMAAKT, False),
])
def test_first_time_right_is_derived_from_the_outcome(uitkomst: Uitkomst,
                                                       expected: bool) -> None:
    assert first_time_right(uitkomst) is expected
    assert Question("x", uitkomst).first_time_right is expected


def test_only_a_broken_connection_is_a_failed_contact() -> None:
    assert [u for u in Uitkomst if not contact_gelukt(u)] == [Uitkomst.VERBINDING_VERBROKEN]


@pytest.mark.parametrize(("roles", "kanaal"), [
    ({Role.COUNTER}, Kanaal.BALIE), ({Role.PHONE}, Kanaal.TELEFOON),
    ({Role.SUPERVISOR}, Kanaal.BALIE), ({Role.COUNTER, Role.PHONE}, Kanaal.BALIE),
])
def test_the_channel_is_preset_from_the_role(roles: set[Role], kanaal: Kanaal) -> None:
    assert default_kanaal(roles) is kanaal


@pytest.mark.parametrize("number", [
    "0612345678", "0201234567", "+31612345678", "08001234", "09001234567", "1400", "14076"])
def test_open_klant_phone_numbers_pass(number: str) -> None:
    assert valid_phone_number(number)


@pytest.mark.parametrize("number", [
    "06-1234 5678", "06 12345678", "612345678", "+3161", "0031612345678", "061234567",
    "tel 0612345678", "14"])
def test_other_phone_numbers_fail(number: str) -> None:
    assert not valid_phone_number(number)


@pytest.mark.parametrize(("address", "ok"), [
    ("suzanne@example.nl", True), ("s.moulin+kcc@gemeente.example.nl", True),
    ("suzanne@example", False), ("suzanne@@example.nl", False), ("suzanne example@x.nl", False),
    ("@example.nl", False), ("suzanne@example.n", False), ("suzanne@-example.nl", False),
    ("a" * 70 + "@example.nl", False),  # over Open Klant's 80 characters
])
def test_email_addresses_as_open_klant_accepts_them(address: str, ok: bool) -> None:
    assert valid_email(address) is ok


def test_a_valid_callback_passes() -> None:
    check_callback(draft(), anonymous=False)
    check_callback(draft(telefoonnummers=(), emailadres="suzanne@example.nl"), anonymous=True)


@pytest.mark.parametrize(("changes", "field"), [
    ({"actoren": ()}, "actoren"),
    ({"interne_toelichting": "   "}, "interne_toelichting"),
    ({"telefoonnummers": (), "emailadres": ""}, "telefoonnummers"),
    ({"telefoonnummers": ("06-1234 5678",)}, "telefoonnummers"),
    ({"telefoonnummers": ("0612345678", "0201234567", "0301234567")}, "telefoonnummers"),
    ({"emailadres": "suzanne@example"}, "emailadres"),
    ({"interne_toelichting": "x" * 1001}, "interne_toelichting"),
])
def test_a_callback_the_colleague_cannot_work_with_is_refused(changes: dict[str, object],
                                                              field: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        check_callback(draft(**changes), anonymous=False)
    assert refused.value.field == field
    assert refused.value.message  # plain Dutch for the screen


def test_the_toelichting_is_composed_as_kiss_does() -> None:
    assert compose_toelichting("Bellen a.u.b.", [("Documentnummer", "AB12"),
                                                 ("Leeg", " ")]) == (
        "Bellen a.u.b.\n\nDocumentnummer: AB12")
    assert compose_toelichting("  Bellen  ") == "Bellen"


def test_the_live_count_includes_the_addresses_of_an_anonymous_caller() -> None:
    text = draft(interne_toelichting="abc", emailadres="a@example.nl")
    assert toelichting_left(text, anonymous=False) == TOELICHTING_MAX - 3
    head = "Telefoon: 0612345678\nE-mail: a@example.nl\n\n"
    assert full_toelichting(text, anonymous=True) == head + "abc"
    assert toelichting_left(text, anonymous=True) == TOELICHTING_MAX - 3 - len(head)


def test_the_count_refuses_exactly_what_does_not_fit() -> None:
    fits = draft(interne_toelichting="x" * TOELICHTING_MAX)
    check_callback(fits, anonymous=False)
    with pytest.raises(DeskInputError) as refused:
        check_callback(fits, anonymous=True)  # the phone number goes on top
    assert refused.value.message == "De toelichting is 22 tekens te lang."
    assert refused.value.params == {"over": len("Telefoon: 0612345678\n\n")}


def test_a_two_question_contact_passes() -> None:
    check_contact(contact(
        Question("paspoort", Uitkomst.ZELFSTANDIG_AFGEHANDELD, notitie="Klaar op vrijdag."),
        Question("verhuizing", Uitkomst.CONTACTVERZOEK_GEMAAKT, callback=draft())))


@pytest.mark.parametrize(("made", "field"), [
    (lambda: contact(questions=()), "questions"),
    (lambda: contact(Question(" ", Uitkomst.DOORVERBONDEN)), "onderwerp"),
    (lambda: contact(Question("x" * 181, Uitkomst.DOORVERBONDEN)), "onderwerp"),
    (lambda: contact(Question("paspoort", Uitkomst.DOORVERBONDEN, notitie="x" * 1001)),
     "notitie"),
    (lambda: contact(Question("paspoort", Uitkomst.CONTACTVERZOEK_GEMAAKT)), "callback"),
    (lambda: contact(Question("paspoort", Uitkomst.DOORVERBONDEN, callback=draft())),
     "uitkomst"),
    (lambda: contact(Question("paspoort", Uitkomst.CONTACTVERZOEK_GEMAAKT,
                              callback=draft(emailadres="x@y"))), "emailadres"),
    (lambda: contact(bsn="123456789"), "bsn"),
    (lambda: contact(ended_at=START - timedelta(seconds=1)), "ended_at"),
])
def test_a_contact_that_cannot_be_saved_names_the_field(made: object, field: str) -> None:
    with pytest.raises(DeskInputError) as refused:
        check_contact(made())  # type: ignore[operator]
    assert refused.value.field == field


def test_limits_are_kiss_limits_at_the_edge() -> None:
    check_contact(contact(Question("x" * 180, Uitkomst.VERWEZEN, notitie="y" * 1000)))


def test_the_metadata_says_how_it_ended_for_management_information() -> None:
    desk = contact(afdeling="Burgerzaken", extra_metadata={"bron": "balie 4"})
    question = Question("paspoort", Uitkomst.AFGEHANDELD_NA_RUGGESPRAAK)
    assert contact_metadata(desk, question) == {
        "bron": "balie 4", "uitkomst": "afgehandeld na ruggespraak", "eersteKeerGoed": "ja",
        "gestartOp": "2026-11-30T09:00:00+00:00", "beeindigdOp": "2026-11-30T09:04:00+00:00",
        "afdeling": "Burgerzaken"}


@pytest.mark.parametrize(("text", "actor"), [
    ("afd:burgerzaken=Burgerzaken",
     Actor("Burgerzaken", "organisatorische_eenheid", "burgerzaken", "afd")),
    ("grp:paspoorten = Team Paspoorten",
     Actor("Team Paspoorten", "organisatorische_eenheid", "paspoorten", "grp")),
    ("mdw:j.jansen@gemeente.nl=Jan Jansen",
     Actor("Jan Jansen", "medewerker", "j.jansen@gemeente.nl", "mdw")),
])
def test_callback_recipients_as_the_settings_name_them(text: str, actor: Actor) -> None:
    assert parse_actor(text) == actor


@pytest.mark.parametrize("text", ["burgerzaken", "afd:=Burgerzaken", "afd:bz=", "team:x=Y"])
def test_a_recipient_of_another_shape_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_actor(text)

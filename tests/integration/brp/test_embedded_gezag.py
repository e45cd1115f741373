"""The gezag of the RvIG test persons, as the BRP API 2.x states it, with the names filled in."""

from __future__ import annotations

from workstation.domain.gezag import GezagPerson, GezagRelation, GezagSoort
from workstation.domain.person import LookupPurpose
from workstation.sync.embedded_gezag import EmbeddedGezagDirectory, gezag_from_api

PURPOSE = LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "mw01")


def test_a_minor_with_one_parent_holding_authority() -> None:
    assert EmbeddedGezagDirectory().gezag("999970021", PURPOSE) == (
        GezagRelation(GezagSoort.EENHOOFDIG_OUDERLIJK, GezagPerson("999970021", "Maya Maasland"),
                      (GezagPerson("999999126", "Manon Maasland"),)),)


def test_a_parent_sees_every_minor_she_holds_authority_over() -> None:
    relations = EmbeddedGezagDirectory().gezag("999970124", PURPOSE)

    assert [relation.soort for relation in relations][:2] == [
        GezagSoort.GEZAMENLIJK_OUDERLIJK, GezagSoort.GEZAMENLIJK]
    assert relations[1].gezaghebbers == (
        GezagPerson("999970124", "Petronella van Paassen"), GezagPerson("999970136", "Pia Pauw"))
    assert all(relation.minderjarige is not None for relation in relations)


def test_guardianship_without_named_guardians_and_persons_without_gezag() -> None:
    assert EmbeddedGezagDirectory().gezag("999970112", PURPOSE)[0].gezaghebbers == ()
    assert EmbeddedGezagDirectory().gezag("999993653", PURPOSE) == ()
    assert EmbeddedGezagDirectory().gezag("123456782", PURPOSE) == ()


def test_the_gateways_answer_maps_the_same_and_skips_kinds_it_does_not_know() -> None:
    answer = [  # BRP Personen 2.7 (resources/specs): names, toelichting, unknown thirds
        {"type": "GezagNietTeBepalen", "minderjarige": {"burgerservicenummer": "999970021"},
         "toelichting": "gezag is niet te bepalen omdat de relatie niet bekend is",
         "inOnderzoek": True},
        {"type": "NieuwSoortGezag", "minderjarige": {"burgerservicenummer": "999970021"}},
        {"type": "Voogdij", "minderjarige": {"burgerservicenummer": "999970112",
                                             "naam": {"volledigeNaam": "Onne Oostingh"}},
         "derden": [{"type": "BekendeDerde", "burgerservicenummer": "999970136"}]},
        {"type": "GezamenlijkGezag", "minderjarige": {"burgerservicenummer": "999970161"},
         "ouder": {"burgerservicenummer": "999970124",
                   "naam": {"volledigeNaam": "Petronella van Paassen"}},
         "derde": {"type": "OnbekendeDerde"}},
    ]
    assert gezag_from_api(answer) == (
        GezagRelation(GezagSoort.NIET_TE_BEPALEN, GezagPerson("999970021"), (),
                      "gezag is niet te bepalen omdat de relatie niet bekend is", True),
        GezagRelation(GezagSoort.VOOGDIJ, GezagPerson("999970112", "Onne Oostingh"),
                      (GezagPerson("999970136"),)),
        GezagRelation(GezagSoort.GEZAMENLIJK, GezagPerson("999970161"),
                      (GezagPerson("999970124", "Petronella van Paassen"), GezagPerson())),
    )

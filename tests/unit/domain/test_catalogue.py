from __future__ import annotations

from datetime import date

import pytest

from tests.catalogue_samples import CATALOGUE, PASPOORT, UITTREKSEL
from workstation.domain.catalogue import (
    Condition,
    Fact,
    NoTariff,
    Situation,
    UnknownOption,
    UnknownProduct,
    age_on,
    euro,
    format_amount,
    parse_amount,
)


def test_conditions_are_written_and_read_back() -> None:
    for text in ("always", "under_18", "not first_application", "lost_document"):
        assert Condition.parse(text).text() == text
    assert Condition.parse("not  lost_document") == Condition(Fact.LOST_DOCUMENT, negated=True)
    for wrong in ("", "sometimes", "not", "not always", "under_18 lost_document"):
        with pytest.raises(ValueError):
            Condition.parse(wrong)


def test_checklist_depends_on_the_situation() -> None:
    adult_renewal = Situation()
    texts = [item.text_nl for item in PASPOORT.checklist_for(adult_renewal)]
    assert texts == ["Pasfoto, niet ouder dan 6 maanden", "Het oude paspoort"]
    minor_lost_first = Situation(under_18=True, lost_document=True, first_application=True)
    texts = [item.text_nl for item in PASPOORT.checklist_for(minor_lost_first)]
    assert texts == ["Pasfoto, niet ouder dan 6 maanden", "Proces-verbaal van vermissing",
                     "Toestemming van beide ouders"]


def test_age_and_under_18_on_the_day() -> None:
    assert age_on(date(2008, 12, 1), date(2026, 11, 30)) == 17
    assert age_on(date(2008, 11, 30), date(2026, 11, 30)) == 18
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert Situation.of(date(2008, 12, 1), date(2026, 11, 30)).under_18
    assert not Situation.of(date(2008, 12, 1), date(2026, 12, 1)).under_18
    assert not Situation.of(None, date(2026, 12, 1)).under_18


def test_the_fee_is_the_tariff_in_force_on_the_day() -> None:
    assert UITTREKSEL.fee_on(date(2026, 12, 31), Situation()).total_cents == 1525
    assert UITTREKSEL.fee_on(date(2027, 1, 1), Situation()).total_cents == 1560
    with pytest.raises(NoTariff):
        UITTREKSEL.fee_on(date(2025, 12, 31), Situation())


def test_minor_fee_and_options_add_lines() -> None:
    quote = PASPOORT.fee_on(date(2026, 11, 30), Situation(under_18=True), ["spoed", "spoed"])
    assert [(line.description_nl, line.amount_cents) for line in quote.lines] == [
        ("Leges Paspoort (jonger dan 18)", 6300), ("Spoedlevering", 5770)]
    assert quote.total_cents == 12070
    assert quote.valid_from == date(2026, 1, 1)
    with pytest.raises(UnknownOption):
        PASPOORT.fee_on(date(2026, 11, 30), Situation(), ["bezorgen"])


def test_pickup_is_ready_after_working_days_or_sooner_with_spoed() -> None:
    assert PASPOORT.ready_on(date(2026, 12, 24)) == date(2027, 1, 4)
    assert PASPOORT.ready_on(date(2026, 12, 24), ["spoed"]) == date(2026, 12, 28)
    assert UITTREKSEL.ready_on(date(2026, 12, 24), ["spoed"]) == date(2026, 12, 24)


def test_english_where_the_product_offers_it() -> None:
    assert UITTREKSEL.offers_english
    assert UITTREKSEL.title("en") == "Extract from the BRP"
    assert not PASPOORT.offers_english
    assert PASPOORT.title("en") == "Paspoort"


def test_catalogue_lookup_and_search() -> None:
    assert CATALOGUE.product("0748", "paspoort") is PASPOORT
    with pytest.raises(UnknownProduct):
        CATALOGUE.product("0777", "paspoort")
    assert CATALOGUE.search("0748", "uittreksel") == (UITTREKSEL,)
    assert CATALOGUE.search("0748", "brp uittr") == (UITTREKSEL,)
    assert CATALOGUE.search("0748", "extract", "en") == (UITTREKSEL,)
    assert len(CATALOGUE.search("0748", "")) == 3


def test_amounts_are_cents_without_floats() -> None:
    assert parse_amount("84.70") == 8470
    assert parse_amount("84,70") == 8470
    assert parse_amount("15") == 1500
    assert format_amount(8470) == "84.70"
    assert format_amount(5) == "0.05"
    for wrong in ("84.7", "-1", "1e3", "eighty", "84.705"):
        with pytest.raises(ValueError):
            parse_amount(wrong)
    assert euro(123456) == "€ 1.234,56"
    assert euro(0) == "€ 0,00"

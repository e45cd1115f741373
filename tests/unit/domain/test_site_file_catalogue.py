"""The catalogue part of the site file: products with checklists, fees by date and options;
every problem with its key path and line; the writer's fixed point."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.domain.test_site_file import GOOD, line_of, only, problems
from workstation.demo_seed import demo_site_text
from workstation.domain.catalogue import Condition, Delivery, Fact, Situation
from workstation.domain.site_file import read_site_file
from workstation.domain.site_file_writer import write_site_file
from workstation.kcc import DEMO_ZAAKTYPEN
from workstation.store.catalogue_upl import upl_names, upl_uri

PRODUCT = """
[[product]]
municipality = "0748"
code = "paspoort"
upl_name = "paspoort"
upl_uri = "http://standaarden.overheid.nl/owms/terms/paspoort"
title_nl = "Paspoort aanvragen"
summary_nl = "U vraagt uw paspoort aan de balie aan."
delivery = "pickup"
working_days = 5
zaaktype = "PASPOORT"

[[product.checklist]]
text_nl = "Pasfoto"

[[product.checklist]]
text_nl = "Toestemming van beide ouders"
when = "under_18"

[[product.fee]]
valid_from = 2027-01-01
amount = "87,95"
under_18 = "65.40"

[[product.fee.option]]
code = "spoed"
name_nl = "Spoedlevering"
amount = "59.90"
working_days = 1

[[product.fee]]
valid_from = 2026-01-01
amount = "84.70"
"""
SOURCE = GOOD + PRODUCT


def test_a_product_reads_with_its_checklist_and_fees_by_date() -> None:
    (product,) = read_site_file(SOURCE).products
    assert product.delivery is Delivery.PICKUP and product.working_days == 5
    assert product.checklist[1].when == Condition(Fact.UNDER_18)
    assert [t.valid_from for t in product.tariffs] == [date(2026, 1, 1), date(2027, 1, 1)]
    assert product.tariffs[1].amount_cents == 8795
    assert product.tariffs[1].under_18_cents == 6540
    assert product.fee_on(date(2027, 3, 1), Situation(), ["spoed"]).total_cents == 8795 + 5990
    assert product.fee_on(date(2026, 3, 1), Situation(under_18=True)).total_cents == 8470
    assert product.ready_on(date(2027, 3, 1), ["spoed"]) == date(2027, 3, 2)


def test_products_are_written_and_read_back_as_a_fixed_point() -> None:
    site = read_site_file(SOURCE)
    text = write_site_file(site)
    assert read_site_file(text) == site
    assert write_site_file(read_site_file(text)) == text
    assert 'amount = "87.95"' in text  # canonical form
    assert "valid_from = 2026-01-01" in text


@pytest.mark.parametrize(("old", "new", "path", "message"), [
    ('code = "paspoort"', 'code = "Paspoort!"', "product[1].code", "Een productcode is"),
    ('municipality = "0748"\ncode = "paspoort"', 'municipality = "0777"\ncode = "paspoort"',
     "product[1].municipality", "Gemeente 0777 staat niet"),
    ('delivery = "pickup"', 'delivery = "post"', "product[1].delivery", "Kies uit: direct"),
    ('working_days = 5', 'working_days = 0', "product[1].working_days", "Hier hoort een"),
    ('when = "under_18"', 'when = "jong"', "product[1].checklist[2].when",
     "Onbekende voorwaarde 'jong'"),
    ('amount = "87,95"', 'amount = 87.95', "product[1].fee[1].amount",
     "Schrijf een bedrag in euro"),
    ('amount = "59.90"', 'amount = "59.9"', "product[1].fee[1].option[1].amount",
     "Schrijf een bedrag in euro"),
    ('working_days = 1', 'working_days = 0', "product[1].fee[1].option[1].working_days",
     "Hier hoort een geheel getal van 1 tot en met 60"),
    ('valid_from = 2026-01-01', 'valid_from = "2026-01-01"', "product[1].fee[2].valid_from",
     "Schrijf de datum zonder aanhalingstekens"),
    ('valid_from = 2026-01-01', 'valid_from = 2027-01-01', "product[1].fee[2]",
     "Er staat al een tarief met valid_from 2027-01-01"),
    ('upl_uri = "http://standaarden.overheid.nl/owms/terms/paspoort"',
     'upl_uri = "https://example.org/paspoort"', "product[1].upl_uri",
     "Een UPL-URI begint met"),
])
def test_each_product_problem_names_its_key_path_and_line(old: str, new: str, path: str,
                                                         message: str) -> None:
    source = SOURCE.replace(old, new, 1)
    assert source != SOURCE
    found_path, line, text = only(source)
    assert found_path == path
    assert text.startswith(message), text
    key = path.rsplit(".", 1)[-1]
    if key.endswith("]"):  # a duplicate tariff: the second [[product.fee]] header
        assert line == line_of(source, "[[product.fee]]", 2)
    else:
        assert line == line_of(source, next(
            text for text in new.splitlines() if text.startswith(key)))


def test_a_direct_product_has_no_working_days_and_every_product_a_fee() -> None:
    source = SOURCE.replace('delivery = "pickup"', 'delivery = "direct"')
    assert only(source)[0] == "product[1].working_days"
    no_fees = SOURCE[:SOURCE.index("[[product.fee]]")]
    path, line, message = only(no_fees)
    assert (path, line) == ("product[1]", line_of(no_fees, "[[product]]"))
    assert message.startswith("Een product heeft minstens één tarief")


def test_the_same_product_twice_in_one_municipality() -> None:
    source = SOURCE + PRODUCT
    path, line, _ = only(source)
    assert path == "product[2]"
    assert line == line_of(source, "[[product]]", 2)


def test_upl_names_are_checked_against_the_vendored_list() -> None:
    wrong = SOURCE.replace('upl_name = "paspoort"', 'upl_name = "reisdocument"')
    with pytest.raises(Exception) as caught:
        read_site_file(wrong, upl_names=upl_names)
    (problem,) = caught.value.problems  # type: ignore[attr-defined]
    assert problem.path == "product[1].upl_name"
    assert problem.message.startswith("Volgens de UPL heet")
    assert read_site_file(SOURCE, upl_names=upl_names).products
    # A URI newer than the dated copy is accepted as written.
    newer = SOURCE.replace("terms/paspoort", "terms/rijbVerlengen")
    assert read_site_file(newer, upl_names=upl_names).products
    assert upl_uri("brp-uittreksel") == "http://standaarden.overheid.nl/owms/terms/brpUittr"


def test_the_demo_catalogue_covers_four_municipalities_with_2026_and_2027_fees() -> None:
    site = read_site_file(demo_site_text(), upl_names=upl_names)
    wanted = {"paspoort", "identiteitskaart", "rijbewijs-aanvragen", "rijbewijs-verlengen",
              "uittreksel-brp", "uittreksel-brp-gezag", "verhuismelding",
              "geheimhoudingsverzoek", "vog-aanvraag", "legalisatie-handtekening",
              "parkeervergunning"}
    fees = {}
    for municipality in site.municipalities:
        products = [p for p in site.products if p.municipality == municipality.code]
        assert {p.code for p in products} == wanted
        for product in products:
            assert {t.valid_from for t in product.tariffs} == {date(2026, 1, 1),
                                                               date(2027, 1, 1)}
            assert product.tariffs[1].amount_cents >= product.tariffs[0].amount_cents
        fees[municipality.code] = tuple(
            p.tariffs[0].amount_cents for p in products if p.code == "uittreksel-brp")
    assert len(set(fees.values())) == 4  # each municipality its own prices
    # The demo's embedded case registry knows every zaaktype, so no demo zaak is parked.
    assert {p.zaaktype for p in site.products} <= {z[0] for z in DEMO_ZAAKTYPEN}


def test_problems_in_products_are_reported_with_the_rest() -> None:
    source = SOURCE.replace('letter = "A"', 'letter = "AA"').replace('delivery = "pickup"',
                                                                     'delivery = "?"')
    paths = {problem.path for problem in problems(source)}
    assert {"location[1].service[1].letter", "product[1].delivery"} <= paths

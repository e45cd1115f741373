"""The site file: every kind of problem with its key path and line, and the writer's fixed
point."""

from __future__ import annotations

from datetime import time

import pytest

from workstation.demo_seed import demo_site_text
from workstation.domain.site_file import (
    OpeningPeriod,
    SiteFileInvalid,
    SiteFileProblem,
    read_site_file,
)
from workstation.domain.site_file_writer import write_site_file

GOOD = """\
schema_version = 1

[[municipality]]
code = "0748"
name = "Gemeente Bergen op Zoom"
rsin = "001710011"
primary_colour = "#B0182F"
accent_colour = "#f2c200"

[[location]]
code = "BOZ"
municipality = "0748"
name = "Stadskantoor"
checkin_late_minutes = 20

[location.opening_hours]
mon = ["13:00-17:00", "08:30-12:00"]
fri = "09:00-12:00"

[[location.service]]
letter = "A"
name_nl = "Paspoort"
name_en = "Passport"
norm_minutes = 10

[[location.service]]
letter = "E"
name_nl = "Afspraak"
name_en = "Appointment"
norm_minutes = 5
appointment = true

[[location.counter]]
number = 2
services = ["E", "A"]

[[location.counter]]
number = 1
services = ["A"]

[[staff]]
code = "mw01"
name = "Anouk"
roles = ["supervisor", "counter"]
"""


def problems(source: str) -> list[SiteFileProblem]:
    with pytest.raises(SiteFileInvalid) as caught:
        read_site_file(source)
    return list(caught.value.problems)


def only(source: str) -> tuple[str, int | None, str]:
    found = problems(source)
    assert len(found) == 1, [(p.path, p.line, p.message) for p in found]
    return found[0].path, found[0].line, found[0].message


def line_of(source: str, text: str, occurrence: int = 1) -> int:
    numbers = [n for n, line in enumerate(source.splitlines(), 1) if line.strip() == text]
    return numbers[occurrence - 1]


def test_a_good_file_reads_into_sorted_canonical_specs() -> None:
    site = read_site_file(GOOD)
    location = site.locations[0]
    assert site.municipalities[0].accent_colour == "#F2C200"
    assert location.checkin_late_minutes == 20
    assert location.no_show_after_calls == 3  # default
    assert [c.number for c in location.counters] == [1, 2]
    assert location.counters[1].services == ("A", "E")
    assert [s.letter for s in location.services] == ["A", "E"]  # file order = screen order
    assert location.opening_hours == (
        OpeningPeriod(0, time(8, 30), time(12, 0)), OpeningPeriod(0, time(13, 0), time(17, 0)),
        OpeningPeriod(4, time(9, 0), time(12, 0)),
    )
    assert site.staff[0].roles == ("counter", "supervisor")


def test_toml_syntax_error_has_its_line() -> None:
    source = GOOD.replace('name = "Stadskantoor"', 'name = "Stadskantoor')
    path, line, message = only(source)
    assert (path, line) == ("(bestand)", line_of(source, 'name = "Stadskantoor'))
    assert message.startswith("Dit is geen geldige TOML:")


@pytest.mark.parametrize(("old", "new", "path", "message"), [
    ('code = "0748"', 'code = "748"', "municipality[1].code",
     'Een gemeentecode (CBS) is vier cijfers, zoals "0748".'),
    ('rsin = "001710011"', 'rsin = "001710012"', "municipality[1].rsin",
     "Een RSIN is negen cijfers die voldoen aan de elfproef."),
    ('primary_colour = "#B0182F"', 'primary_colour = "rood"', "municipality[1].primary_colour",
     'Schrijf een kleur als #RRGGBB, zoals "#B0182F".'),
    ('code = "BOZ"', 'code = "B O Z"', "location[1].code",
     'Een vestigingscode is 1 tot 20 hoofdletters, cijfers of streepjes, zoals "BOZ".'),
    ('municipality = "0748"', 'municipality = "0777"', "location[1].municipality",
     "Gemeente 0777 staat niet in dit bestand."),
    ("checkin_late_minutes = 20", "checkin_late_minutes = -5",
     "location[1].checkin_late_minutes", "Hier hoort een geheel getal van 0 tot en met 240."),
    ('name = "Stadskantoor"', "name = 12", "location[1].name",
     "Hier hoort tekst tussen aanhalingstekens."),
    ('name = "Stadskantoor"', 'name = "  "', "location[1].name",
     "Deze tekst mag niet leeg zijn."),
    ('letter = "E"', 'letter = "e"', "location[1].service[2].letter",
     "Een dienstletter is één hoofdletter van A tot en met Z."),
    ("appointment = true", 'appointment = "ja"', "location[1].service[2].appointment",
     "Hier hoort true of false."),
    ("number = 1", "number = 0", "location[1].counter[2].number",
     "Hier hoort een geheel getal van 1 tot en met 999."),
    ('services = ["A"]', 'services = "A"', "location[1].counter[2].services",
     'Hier hoort een lijst met dienstletters, zoals ["A", "B"].'),
    ('roles = ["supervisor", "counter"]', 'roles = ["chef"]', "staff[1].roles",
     "Onbekende rol 'chef'. Kies uit reception, counter, phone, supervisor en admin."),
    ('roles = ["supervisor", "counter"]', "roles = []", "staff[1].roles",
     "Een medewerker heeft minstens één rol."),
    ('code = "mw01"', 'code = "MW 01"', "staff[1].code",
     'Een medewerkerscode is 1 tot 20 kleine letters, cijfers, punten of streepjes, '
     'zoals "mw01".'),
    ('fri = "09:00-12:00"', 'fri = "9 tot 12"', "location[1].opening_hours.fri",
     "'9 tot 12' is geen openingstijd. Schrijf die als \"08:30-17:00\"."),
    ('fri = "09:00-12:00"', 'fri = "12:00-09:00"', "location[1].opening_hours.fri",
     "De sluitingstijd 09:00 ligt niet na de openingstijd 12:00."),
    ('fri = "09:00-12:00"', 'fri = ["09:00-12:00", "11:00-13:00"]',
     "location[1].opening_hours.fri", "De openingstijden 09:00-12:00 en 11:00-13:00 overlappen."),
    ('fri = "09:00-12:00"', 'vrijdag = "09:00-12:00"', "location[1].opening_hours.vrijdag",
     "Onbekende dag 'vrijdag'. Gebruik mon, tue, wed, thu, fri, sat of sun."),
    ("schema_version = 1", "schema_version = 2", "schema_version",
     "schema_version moet 1 zijn (deze versie van Loket)."),
])
def test_each_problem_names_its_key_path_and_line(old: str, new: str, path: str,
                                                  message: str) -> None:
    source = GOOD.replace(old, new, 1)
    assert source != GOOD
    found = {p.path: (p.line, p.message) for p in problems(source)}
    assert found[path] == (line_of(source, new), message)


def test_missing_key_points_at_its_table() -> None:
    source = GOOD.replace("norm_minutes = 10\n", "", 1)
    path, line, message = only(source)
    assert (path, message) == ("location[1].service[1]", "Sleutel 'norm_minutes' ontbreekt.")
    assert line == line_of(source, "[[location.service]]", 1)


def test_unknown_key_and_unknown_counter_service() -> None:
    source = GOOD.replace('services = ["E", "A"]', 'services = ["E", "X"]\ncolour = "red"')
    found = {(p.path, p.line, p.message) for p in problems(source)}
    assert found == {
        ("location[1].counter[1].services", line_of(source, 'services = ["E", "X"]'),
         "Dienst X bestaat niet bij deze vestiging."),
        ("location[1].counter[1].colour", line_of(source, 'colour = "red"'),
         "Onbekende sleutel 'colour'. Bedoelt u een van: number, services?"),
    }


def test_duplicates_point_at_the_second_one() -> None:
    source = GOOD + '\n[[staff]]\ncode = "mw01"\nname = "Bram"\nroles = ["counter"]\n'
    path, line, message = only(source)
    assert (path, message) == ("staff[2]", "Medewerkerscode mw01 staat meer dan eens in het "
                                           "bestand.")
    assert line == line_of(source, "[[staff]]", 2)
    source = GOOD.replace("number = 1", "number = 2")
    path, line, message = only(source)
    assert (path, message) == ("location[1].counter[2]",
                               "Balie 2 staat meer dan eens bij deze vestiging.")
    assert line == line_of(source, "[[location.counter]]", 2)


def test_every_problem_is_reported_at_once() -> None:
    source = GOOD.replace('code = "0748"', 'code = "x"').replace('letter = "A"', 'letter = "1"')
    assert len(problems(source)) >= 3  # code, the location's municipality, the letter


def test_writer_is_a_fixed_point_and_reads_back_the_same_site() -> None:
    site = read_site_file(GOOD)
    written = write_site_file(site)
    assert read_site_file(written) == site
    assert write_site_file(read_site_file(written)) == written


def test_the_demo_site_file_is_in_exported_form() -> None:
    text = demo_site_text()
    assert write_site_file(read_site_file(text)) == text


def test_strings_with_quotes_and_odd_characters_survive() -> None:
    source = GOOD.replace('name = "Stadskantoor"',
                         'name = "Stads\\"kantoor\\" \\\\ é \\u007f \\t"')
    site = read_site_file(source)
    assert read_site_file(write_site_file(site)) == site


def test_a_logo_that_does_not_exist_is_named_when_logos_are_checked() -> None:
    source = GOOD.replace('accent_colour = "#f2c200"',
                          'accent_colour = "#f2c200"\nlogo = "demo/logos/bergen.svg"')
    assert read_site_file(source).municipalities[0].logo == "demo/logos/bergen.svg"
    with pytest.raises(SiteFileInvalid) as caught:
        read_site_file(source, lambda path: path == "demo/logos/bergen-op-zoom.svg")
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.message) == (
        "municipality[1].logo", line_of(source, 'logo = "demo/logos/bergen.svg"'),
        "Logo 'demo/logos/bergen.svg' bestaat niet in de resources van Loket.")

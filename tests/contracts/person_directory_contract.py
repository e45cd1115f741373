"""What every PersonDirectory must do, on the RvIG test persons' hard cases.

Subclass with a ``directory`` fixture (and ``TEST_DATA``: whether the adapter marks its persons
as test data). Imported, not collected: the subclasses live in test_*.py files.
"""

from __future__ import annotations

from datetime import date

import pytest

from workstation.domain.person import (
    ByBsn,
    ByNameAndBirthDate,
    ByPostcodeAndNumber,
    LookupPurpose,
    Person,
)
from workstation.domain.registry_errors import RegistryRejected
from workstation.services.registry_ports import PersonDirectory

PURPOSE = LookupPurpose("BRPACT-AlgemeneTaken", "Algemeen@KCC", "medewerker-007")


def one(directory: PersonDirectory, bsn: str) -> Person:
    persons = directory.find(ByBsn(bsn), PURPOSE)
    assert [p.bsn for p in persons] == [bsn]
    return persons[0]


class PersonDirectoryContract:
    TEST_DATA: bool

    @pytest.fixture
    def directory(self) -> PersonDirectory:
        raise NotImplementedError

    def test_a_bsn_gives_the_person_with_name_birth_and_address(
            self, directory: PersonDirectory) -> None:
        person = one(directory, "999993653")
        assert person.name.voornamen == "Suzanne"
        assert person.name.geslachtsnaam == "Moulin"
        assert person.name.volledige_naam == "Suzanne Moulin"
        assert person.geboortedatum == date(1985, 12, 1)
        assert (person.geboorteplaats, person.geboorteland) == ("Thann", "Canada")
        assert person.geslacht == "vrouw"
        assert person.adresregels == ("Boterdiep 31", "3077 AW  ROTTERDAM")
        assert person.gemeente_van_inschrijving == "0599"
        assert person.test_data is self.TEST_DATA
        assert person.warnings.in_onderzoek == ()

    def test_an_unknown_bsn_gives_nobody(self, directory: PersonDirectory) -> None:
        assert directory.find(ByBsn("123456782"), PURPOSE) == ()

    def test_a_title_stands_after_the_first_names(self, directory: PersonDirectory) -> None:
        person = one(directory, "000009830")
        assert person.name.adellijke_titel_predicaat == "graaf"
        assert person.name.voorvoegsel == "van der"
        assert person.name.volledige_naam == (
            "Theodoor-Christiaan R. Philip graaf van der Ven-Van Roedelrode tot Broekzucht")

    def test_a_predicate_stands_before_the_first_names(self, directory: PersonDirectory) -> None:
        person = one(directory, "999990305")
        assert person.name.adellijke_titel_predicaat == "jonkvrouw"
        assert person.name.volledige_naam.startswith("Jonkvrouw Żáïŀëñøŕ")

    def test_a_very_long_surname_arrives_whole(self, directory: PersonDirectory) -> None:
        person = one(directory, "999991139")
        assert person.name.geslachtsnaam.endswith("Markies van het Verdronken land van "
                                                  "Reimerswaal")

    def test_a_name_with_markup_characters_arrives_as_registered(
            self, directory: PersonDirectory) -> None:
        assert one(directory, "999991449").name.geslachtsnaam == "<Onbekend> & </Onbemind>"

    def test_geheimhouding_is_a_warning(self, directory: PersonDirectory) -> None:
        assert one(directory, "100600220").warnings.geheimhouding
        assert not one(directory, "999993653").warnings.geheimhouding

    def test_a_deceased_person_carries_the_date_of_death(
            self, directory: PersonDirectory) -> None:
        person = one(directory, "999970239")
        assert person.warnings.overleden_op is not None
        assert person.warnings.opschorting_reden == "overlijden"

    def test_emigration_suspends_the_registration(self, directory: PersonDirectory) -> None:
        assert one(directory, "000009957").warnings.opschorting_reden == "emigratie"

    def test_a_non_resident_is_marked_rni(self, directory: PersonDirectory) -> None:
        assert one(directory, "999990305").warnings.rni
        assert not one(directory, "999993653").warnings.rni

    def test_data_under_investigation_is_named(self, directory: PersonDirectory) -> None:
        assert "adres" in one(directory, "000009830").warnings.in_onderzoek
        assert "naam" in one(directory, "999971074").warnings.in_onderzoek

    def test_an_address_without_a_place_name_gets_the_municipality(
            self, directory: PersonDirectory) -> None:
        assert one(directory, "000009830").adresregels == ("Boulevard 1945 144",
                                                           "7511 AG  ENSCHEDE")

    def test_a_partly_unknown_birth_date_is_no_date_not_a_guess(
            self, directory: PersonDirectory) -> None:
        assert one(directory, "999990457").geboortedatum is None  # registered as 1995-02-00

    def test_an_address_abroad_keeps_its_lines_and_country(
            self, directory: PersonDirectory) -> None:
        assert one(directory, "999990457").adresregels[-1] == "Irak"

    def test_search_by_surname_and_birth_date(self, directory: PersonDirectory) -> None:
        found = directory.find(ByNameAndBirthDate("moulin", date(1985, 12, 1)), PURPOSE)
        assert [p.bsn for p in found] == ["999993653"]
        assert found[0].name.volledige_naam == "Suzanne Moulin"

    def test_a_surname_wildcard_after_three_letters(self, directory: PersonDirectory) -> None:
        found = directory.find(ByNameAndBirthDate("Mou*", date(1985, 12, 1)), PURPOSE)
        assert "999993653" in [p.bsn for p in found]

    def test_a_wildcard_after_fewer_than_three_letters_is_refused(
            self, directory: PersonDirectory) -> None:
        with pytest.raises(RegistryRejected):
            directory.find(ByNameAndBirthDate("Mo*", date(1985, 12, 1)), PURPOSE)

    def test_a_search_also_finds_the_deceased_with_their_warning(
            self, directory: PersonDirectory) -> None:
        found = directory.find(ByNameAndBirthDate("Saasveld", date(1998, 12, 1)), PURPOSE)
        assert [p.bsn for p in found] == ["999970239"]

    def test_search_by_postcode_and_number_gives_everyone_at_the_address(
            self, directory: PersonDirectory) -> None:
        found = directory.find(ByPostcodeAndNumber("3077AW", 31), PURPOSE)
        assert "999993653" in [p.bsn for p in found]
        assert all(p.adresregels[0] == "Boterdiep 31" for p in found)

    def test_a_search_nobody_matches_is_empty(self, directory: PersonDirectory) -> None:
        assert directory.find(ByPostcodeAndNumber("9999ZZ", 1), PURPOSE) == ()

"""What every ContactRegistry must do, whoever stores the contacts (issue 10: one contract test
class per port, run against the reference Open Klant server through the HTTP adapter and against
the embedded registry).

Imported, not collected: a test module subclasses ``ContactRegistryContract`` and provides the
fixture ``contact_registry`` (the adapter under test, on an empty registry).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.contacts import Actor, NewCallbackRequest, NewKlantcontact
from workstation.services.registry_ports import ContactRegistry, RegistryRejected

BSN = "999993653"  # Suzanne Moulin, RvIG test person
OTHER_BSN = "999990639"  # the "no data" test person
ZAAK_URL = "http://localhost:8001/zaken/api/v1/zaken/d88208bb-f1c3-45cc-9128-4cd4a74ea93e"
BURGERZAKEN = Actor(naam="Burgerzaken", soort="organisatorische_eenheid",
                    identificator="burgerzaken", code_objecttype="afd")
BACKOFFICE = Actor(naam="Team Paspoorten", soort="organisatorische_eenheid",
                   identificator="paspoorten", code_objecttype="grp")


def contact(number: int, *, bsn: str | None = BSN, minute: int = 0, **changes: object
            ) -> NewKlantcontact:
    values: dict[str, object] = {
        "referentienummer": f"01{number:08d}",
        "kanaal": "balie",
        "onderwerp": f"Vraag {number}",
        "inhoud": "Wanneer is mijn paspoort klaar?",
        "plaatsgevonden_op": datetime(2026, 11, 30, 9, 0, tzinfo=UTC) + timedelta(minutes=minute),
        "bsn": bsn,
        "metadata": {"afhandeling": "doorverbonden", "afdeling": "burgerzaken"},
    }
    values.update(changes)
    return NewKlantcontact(**values)  # type: ignore[arg-type]


def callback(number: int, of_contact: int, **changes: object) -> NewCallbackRequest:
    values: dict[str, object] = {
        "referentienummer": f"02{number:08d}",
        "klantcontact_referentienummer": f"01{of_contact:08d}",
        "actoren": (BURGERZAKEN,),
        "toelichting": "Graag terugbellen over de afhaaldatum.",
        "telefoonnummers": ("0612345678",),
        "emailadres": "suzanne@example.nl",
    }
    values.update(changes)
    return NewCallbackRequest(**values)  # type: ignore[arg-type]


class ContactRegistryContract:
    """Subclass with the fixture ``contact_registry`` (an empty registry)."""

    def test_a_person_without_contacts_has_an_empty_history(
            self, contact_registry: ContactRegistry) -> None:
        assert contact_registry.history_for(OTHER_BSN) == ()

    def test_a_recorded_contact_shows_in_the_persons_history(
            self, contact_registry: ContactRegistry) -> None:
        new = contact(1, zaak_url=ZAAK_URL)
        ref = contact_registry.record_contact(new)

        assert ref.referentienummer == "0100000001"
        assert ref.url
        [summary] = contact_registry.history_for(BSN)
        assert summary.url == ref.url
        assert summary.referentienummer == "0100000001"
        assert summary.kanaal == "balie"
        assert summary.onderwerp == "Vraag 1"
        assert summary.inhoud == new.inhoud
        assert summary.plaatsgevonden_op == new.plaatsgevonden_op
        assert summary.indicatie_contact_gelukt is True
        assert summary.zaak_urls == (ZAAK_URL,)
        assert summary.metadata == new.metadata
        assert summary.callbacks == ()

    def test_recording_the_same_contact_again_adopts_the_first(
            self, contact_registry: ContactRegistry) -> None:
        first = contact_registry.record_contact(contact(2))
        again = contact_registry.record_contact(contact(2))

        assert again == first
        assert [c.referentienummer for c in contact_registry.history_for(BSN)] == ["0100000002"]

    def test_contacts_of_one_person_share_the_partij_and_list_newest_first(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(3, minute=5))
        contact_registry.record_contact(contact(4, minute=20))
        contact_registry.record_contact(contact(5, minute=10))
        contact_registry.record_contact(contact(6, bsn="999991723"))
        contact_registry.record_contact(contact(7, bsn=None))  # anonymous: nobody's history

        listed = [c.referentienummer for c in contact_registry.history_for(BSN)]
        assert listed == ["0100000004", "0100000005", "0100000003"]
        assert [c.referentienummer for c in contact_registry.history_for("999991723")] == [
            "0100000006"]

    def test_a_contact_that_did_not_succeed_keeps_that(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(8, indicatie_contact_gelukt=False,
                                                kanaal="telefoon"))

        [summary] = contact_registry.history_for(BSN)
        assert summary.indicatie_contact_gelukt is False
        assert summary.kanaal == "telefoon"

    def test_a_callback_request_shows_under_its_contact(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(9))
        ref = contact_registry.request_callback(
            callback(1, 9, actoren=(BURGERZAKEN, BACKOFFICE)))

        assert ref.referentienummer == "0200000001"
        assert ref.url
        [summary] = contact_registry.history_for(BSN)
        [requested] = summary.callbacks
        assert requested.referentienummer == "0200000001"
        assert requested.status == "te_verwerken"
        assert requested.toelichting == "Graag terugbellen over de afhaaldatum."
        assert set(requested.toegewezen_aan) == {"Burgerzaken", "Team Paspoorten"}
        assert requested.afgehandeld_op is None

    def test_requesting_the_same_callback_again_adopts_the_first(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(10))
        first = contact_registry.request_callback(callback(2, 10))
        again = contact_registry.request_callback(callback(2, 10))

        assert again == first
        [summary] = contact_registry.history_for(BSN)
        assert [c.referentienummer for c in summary.callbacks] == ["0200000002"]

    def test_callbacks_to_the_same_afdeling_reuse_its_actor(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(11))
        contact_registry.request_callback(callback(3, 11))
        contact_registry.request_callback(callback(4, 11, telefoonnummers=(), emailadres=""))

        [summary] = contact_registry.history_for(BSN)
        assert sorted(c.referentienummer for c in summary.callbacks) == [
            "0200000003", "0200000004"]
        assert {c.toegewezen_aan for c in summary.callbacks} == {("Burgerzaken",)}

    def test_a_callback_for_an_unknown_contact_is_rejected(
            self, contact_registry: ContactRegistry) -> None:
        with pytest.raises(RegistryRejected):
            contact_registry.request_callback(callback(5, 99))

    @pytest.mark.parametrize("changes", [
        {"referentienummer": "01ABC"},  # letters
        {"referentienummer": "01234567890"},  # 11 digits
        {"onderwerp": "x" * 201},
        {"metadata": {"afhandeling": "x" * 256}},
    ], ids=["letters", "eleven-digits", "long-onderwerp", "long-metadata"])
    def test_an_invalid_contact_is_rejected_and_leaves_nothing(
            self, contact_registry: ContactRegistry, changes: dict[str, object]) -> None:
        with pytest.raises(RegistryRejected):
            contact_registry.record_contact(contact(12, **changes))
        assert contact_registry.history_for(BSN) == ()

    def test_an_invalid_phone_number_is_rejected(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(13))
        with pytest.raises(RegistryRejected):
            contact_registry.request_callback(callback(6, 13, telefoonnummers=("06-1234 5678",)))

    # -- the team's open callbacks (the desk's list) -----------------------------------------

    def test_open_callbacks_lists_the_teams_requests_still_to_do_oldest_first(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(20, minute=10, onderwerp="Paspoort kwijt"))
        contact_registry.record_contact(contact(21, minute=30, kanaal="telefoon",
                                                onderwerp="Verhuizing", bsn=None))
        contact_registry.request_callback(callback(20, 20, actoren=(BURGERZAKEN, BACKOFFICE)))
        contact_registry.request_callback(callback(21, 21, telefoonnummers=("0201234567",),
                                                   emailadres=""))
        contact_registry.request_callback(callback(22, 21, actoren=(BACKOFFICE,)))

        listed = contact_registry.open_callbacks([BURGERZAKEN])

        assert [c.referentienummer for c in listed] == ["0200000020", "0200000021"]
        older, newer = listed
        assert older.status == "te_verwerken"
        assert older.onderwerp == "Paspoort kwijt"
        assert older.kanaal == "balie"
        assert set(older.toegewezen_aan) == {"Burgerzaken", "Team Paspoorten"}
        assert older.toelichting == "Graag terugbellen over de afhaaldatum."
        assert older.url
        assert older.toegewezen_op <= newer.toegewezen_op
        assert newer.kanaal == "telefoon"
        assert newer.onderwerp == "Verhuizing"
        both = contact_registry.open_callbacks([BURGERZAKEN, BACKOFFICE])
        assert sorted(c.referentienummer for c in both) == [
            "0200000020", "0200000021", "0200000022"]

    def test_no_open_callbacks_for_an_actor_without_any(
            self, contact_registry: ContactRegistry) -> None:
        assert contact_registry.open_callbacks([BURGERZAKEN]) == ()
        contact_registry.record_contact(contact(23))
        contact_registry.request_callback(callback(23, 23, actoren=(BACKOFFICE,)))
        assert contact_registry.open_callbacks([BURGERZAKEN]) == ()

    def test_a_completed_callback_leaves_the_list_and_shows_done_in_the_history(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(24))
        contact_registry.request_callback(callback(24, 24))
        [open_one] = contact_registry.open_callbacks([BURGERZAKEN])

        done_at = contact_registry.complete_callback(open_one.url)

        assert done_at.tzinfo is not None
        assert contact_registry.open_callbacks([BURGERZAKEN]) == ()
        [summary] = contact_registry.history_for(BSN)
        [done] = summary.callbacks
        assert done.status == "verwerkt"
        assert done.afgehandeld_op == done_at

    def test_completing_a_callback_again_keeps_the_first_time(
            self, contact_registry: ContactRegistry) -> None:
        contact_registry.record_contact(contact(25))
        contact_registry.request_callback(callback(25, 25))
        [open_one] = contact_registry.open_callbacks([BURGERZAKEN])

        first = contact_registry.complete_callback(open_one.url)
        assert contact_registry.complete_callback(open_one.url) == first

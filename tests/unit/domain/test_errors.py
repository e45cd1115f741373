"""UserFacingError: Dutch templates filled from parameters, translated before filling."""

from __future__ import annotations

import pytest

from workstation.devices.idreader.mrz import MrzError
from workstation.domain.errors import UserFacingError, placeholders
from workstation.domain.queue import EventType, InvalidTransition, TicketState, next_state

ENGLISH = {
    "Balie {number} bestaat niet op deze vestiging.": "Counter {number} does not exist here.",
    "Controleer de instellingen.": "Check the settings.",
}


def english(template: str) -> str:
    """Like Qt's translate: the translation, or the source when there is none."""
    return ENGLISH.get(template, template)


def counter_missing(**params: object) -> UserFacingError:
    return UserFacingError("Balie {number} bestaat niet op deze vestiging.",
                           "Controleer de instellingen.", detail="counter 7 missing", **params)


def test_a_plain_error_keeps_its_texts() -> None:
    error = UserFacingError("Printer heeft geen papier.", "Vul papier bij.", detail="paper out")
    assert error.message == error.message_template == "Printer heeft geen papier."
    assert error.next_step == error.next_step_template == "Vul papier bij."
    assert error.params == {}
    assert error.detail == str(error) == "paper out"
    assert error.screen_text == "Printer heeft geen papier. Vul papier bij."


def test_parameters_fill_the_dutch_texts_and_stay_apart() -> None:
    error = counter_missing(number=7)
    assert error.message == "Balie 7 bestaat niet op deze vestiging."
    assert error.message_template == "Balie {number} bestaat niet op deze vestiging."
    assert error.params == {"number": 7}
    assert error.screen_text == (
        "Balie 7 bestaat niet op deze vestiging. Controleer de instellingen."
    )
    assert str(error) == "counter 7 missing"  # the log sees the detail, never the parameters


def test_without_detail_the_message_is_the_detail() -> None:
    error = UserFacingError("Wachtnummer {number} wacht niet meer.", number="A001")
    assert error.detail == str(error) == "Wachtnummer A001 wacht niet meer."
    assert error.next_step == ""
    assert error.screen_text == "Wachtnummer A001 wacht niet meer."


def test_braces_without_parameters_are_plain_text() -> None:
    assert UserFacingError("Zet {x} in het bestand.").message == "Zet {x} in het bestand."


def test_a_missing_parameter_is_a_bug_at_once() -> None:
    with pytest.raises(KeyError):
        counter_missing(letter="A")


def test_translated_translates_the_templates_then_fills_them() -> None:
    assert counter_missing(number=7).translated(english) == (
        "Counter 7 does not exist here. Check the settings."
    )


def test_translated_without_a_translation_is_the_dutch_text() -> None:
    error = UserFacingError("Printer heeft geen papier.", "Vul papier bij.")
    assert error.translated(english) == error.screen_text


def test_translated_leaves_out_an_empty_next_step() -> None:
    seen: list[str] = []

    def record(template: str) -> str:
        seen.append(template)
        return template

    UserFacingError("Er is iets mis.").translated(record)
    assert seen == ["Er is iets mis."]  # an absent next step is not looked up


@pytest.mark.parametrize("broken", [
    "Counter does not exist here.",  # lost the placeholder
    "Counter {nummer} does not exist here.",  # a placeholder the error does not have
    "Counter {number} {number2} does not exist here.",  # one too many
    "Counter {number does not exist here.",  # does not format at all
    "",  # an empty translation
])
def test_a_broken_translation_falls_back_to_the_dutch_text(broken: str) -> None:
    error = counter_missing(number=7)
    translations = {**ENGLISH, error.message_template: broken}
    assert error.translated(lambda t: translations.get(t, t)) == (
        "Balie 7 bestaat niet op deze vestiging. Check the settings."
    )


def test_a_translation_may_reorder_and_format_placeholders() -> None:
    error = UserFacingError("De chip is niet binnen {seconds} s gelezen.", seconds=30)
    assert error.translated(lambda _: "After {seconds:>3} s the chip was still unread.") == (
        "After  30 s the chip was still unread."
    )


def test_placeholders_are_the_field_names() -> None:
    assert placeholders("Zet het met: keyring set {service} {name:>4}") == {"service", "name"}
    assert placeholders("Geen velden.") == frozenset()
    with pytest.raises(ValueError):
        placeholders("Balie {number")


def test_subclasses_with_their_own_constructor_keep_working() -> None:
    error = MrzError("TD3 line 2, position 10: check digit")
    assert error.message_template == "Het document kon niet goed worden gelezen."
    assert error.detail == "TD3 line 2, position 10: check digit"
    assert error.translated(lambda t: {error.message_template: "Unreadable."}.get(t, t)) == (
        "Unreadable. Lees het document opnieuw in."
    )


def test_a_refused_transition_names_the_state_in_one_whole_sentence() -> None:
    with pytest.raises(InvalidTransition) as refused:
        next_state(TicketState.DONE, EventType.FINISHED)
    assert refused.value.message_template == "Dit kan niet: het wachtnummer is afgerond."
    assert refused.value.params == {}

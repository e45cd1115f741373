"""Every Dutch error text in the code has an English translation, and the .qm is up to date.

When one of these fails, run ``.venv/bin/python scripts/extract_error_texts.py`` and translate
what it lists in ``resources/translations/errors_en.ts``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from workstation.domain.errors import placeholders

ROOT = Path(__file__).resolve().parents[2]


def _load_extractor() -> ModuleType:
    path = ROOT / "scripts" / "extract_error_texts.py"
    spec = importlib.util.spec_from_file_location("extract_error_texts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


extractor = _load_extractor()
EXTRACTION = extractor.extract()
TRANSLATIONS = extractor.read_translations()


def test_every_error_text_in_the_code_can_be_collected() -> None:
    assert EXTRACTION.problems == []


def test_the_collection_is_complete_enough_to_be_believed() -> None:
    sources = {text.source for text in EXTRACTION.texts}
    # One of each way a text reaches an error: direct, helper function, subclass __init__,
    # dict of whole sentences, helper that forwards **params, helper adding its own parameter.
    assert {
        "Er is geen wachtnummer bij deze balie.",
        "{printer} heeft geen papier.",
        "Het document kon niet goed worden gelezen.",
        "Dit kan niet: het wachtnummer is afgerond.",
        "Balie {number} bestaat niet op deze vestiging.",
        "De chip is niet binnen {seconds} s gelezen.",
    } <= sources


@pytest.mark.parametrize("source", [text.source for text in EXTRACTION.texts])
def test_has_a_finished_english_translation_with_the_same_placeholders(source: str) -> None:
    translation = TRANSLATIONS.get(source)
    assert translation is not None, f"not in errors_en.ts: {source}"
    assert translation.finished, f"unfinished in errors_en.ts: {source}"
    assert translation.text != source
    assert placeholders(translation.text) == placeholders(source)


def test_no_translation_is_left_over_from_texts_no_longer_in_the_code() -> None:
    assert set(TRANSLATIONS) - {text.source for text in EXTRACTION.texts} == set()


def test_the_qm_file_is_the_release_of_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "errors_en.qm"
    extractor.release(extractor.TS_FILE, fresh)
    assert extractor.QM_FILE.read_bytes() == fresh.read_bytes()


# -- the extractor itself, on a small made-up source tree -------------------------------------

ERRORS_MODULE = ROOT / "workstation" / "domain" / "errors.py"

SAMPLE = '''
from workstation.domain.errors import UserFacingError


class CounterError(UserFacingError):
    pass


class ShelfEmpty(CounterError):
    def __init__(self, shelf: str) -> None:
        super().__init__("Het schap {shelf} is leeg.", STEP, detail="empty", shelf=shelf)


STEP = "Vul het schap aan."
SENTENCES = {1: "Eerste zin.", 2: "Tweede zin."}


def not_found(message: str, **params: object) -> CounterError:
    return CounterError(message, "Vraag de beheerder.", **params)


def fine(number: int, which: int) -> None:
    raise not_found("Balie {number} bestaat niet.", number=number)


def sentence(which: int) -> None:
    raise UserFacingError(SENTENCES[which], "Kies opnieuw." if which else "Wacht even.")


def wrong(code: str, number: int) -> None:
    raise CounterError(f"Vestiging {code} bestaat niet.")


def also_wrong(number: int) -> None:
    raise not_found("Balie " + str(number) + " is dicht.")


def forgot(number: int) -> None:
    raise UserFacingError("Balie {number} is dicht.", detail="closed")
'''


@pytest.fixture
def sample_tree(tmp_path: Path) -> Path:
    source = tmp_path / "workstation"
    (source / "domain").mkdir(parents=True)
    shutil.copy(ERRORS_MODULE, source / "domain" / "errors.py")
    (source / "counter.py").write_text(SAMPLE, encoding="utf-8")
    return source


def test_the_extractor_follows_subclasses_helpers_names_and_dicts(sample_tree: Path) -> None:
    extraction = extractor.extract(sample_tree)
    assert {text.source for text in extraction.texts} == {
        "Het schap {shelf} is leeg.", "Vul het schap aan.", "Vraag de beheerder.",
        "Balie {number} bestaat niet.", "Eerste zin.", "Tweede zin.", "Kies opnieuw.",
        "Wacht even.",
    }
    (balie,) = [t for t in extraction.texts if t.source == "Balie {number} bestaat niet."]
    assert [(str(loc.path), loc.line) for loc in balie.locations] == [
        ("workstation/counter.py", 23)
    ]


def test_the_extractor_reports_texts_a_translation_could_never_match(
        sample_tree: Path) -> None:
    problems = extractor.extract(sample_tree).problems
    assert len(problems) == 3
    f_string, operator, missing = sorted(problems, key=lambda p: int(p.split(":")[1]))
    assert f_string.startswith("workstation/counter.py:31: the message of CounterError")
    assert "f-string" in f_string
    assert operator.startswith("workstation/counter.py:35: the message of not_found")
    assert "operator" in operator
    assert missing.startswith("workstation/counter.py:39:")
    assert "needs the keyword parameter(s) number" in missing


def test_writing_the_ts_keeps_translations_and_adds_new_texts_unfinished(
        sample_tree: Path, tmp_path: Path) -> None:
    shelf, step, *others = extractor.extract(sample_tree).texts
    ts_file = tmp_path / "errors_en.ts"
    first = extractor.write_ts([shelf, step], ts_file)
    assert first.unfinished == [shelf.source, step.source]
    tree = ElementTree.parse(ts_file)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == step.source:
            translation = message.find("translation")
            assert translation is not None
            translation.text = "Restock the shelf."
            del translation.attrib["type"]
    tree.write(ts_file, encoding="utf-8")

    second = extractor.write_ts([step, *others], ts_file)
    assert second.added == [t.source for t in others]
    assert second.removed == [shelf.source]
    assert second.unfinished == [t.source for t in others]
    translations = extractor.read_translations(ts_file)
    assert translations[step.source] == extractor.Translation("Restock the shelf.", True)
    assert set(translations) == {step.source} | {t.source for t in others}

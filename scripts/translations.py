"""Keep the screen catalogues (resources/translations/*_en.ts) complete without lupdate's damage.

Running ``pyside6-lupdate`` over a committed catalogue rewrites plural entries and drops
translations it cannot place, so this script edits the XML itself:

    python scripts/translations.py missing workstation_en > todo.json
        the tr() texts lupdate finds in the code that have no finished translation, as a
        JSON list of {"context", "source", "translation": "", "numerus"}
    python scripts/translations.py add workstation_en todo.json
        add (or finish) those messages from the filled-in JSON, then rebuild the .qm
    python scripts/translations.py union workstation_en OTHER.ts
        add every finished message of another version of the catalogue (after a merge)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SOURCES = {
    "workstation_en": lambda: sorted((ROOT / "workstation" / "ui").glob("*.py")),
    "display_en": lambda: sorted((ROOT / "queue_display").rglob("*.py")),
}


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = [form.text for form in translation.iter("numerusform")]
    return all(forms) if forms else bool(translation.text)


def _index(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _set(root: ET.Element, context: str, source: str, translation: str | list[str],
         numerus: bool) -> None:
    message = _index(root).get((context, source))
    if message is None:
        message = ET.SubElement(_context(root, context), "message")
        ET.SubElement(message, "source").text = source
    if numerus:
        message.set("numerus", "yes")
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    element = ET.SubElement(message, "translation")
    if numerus:
        forms = translation if isinstance(translation, list) else [translation, translation]
        for form in forms:
            ET.SubElement(element, "numerusform").text = form
    else:
        element.text = translation if isinstance(translation, str) else translation[0]


def _write(catalog: str, tree: ET.ElementTree[ET.Element]) -> None:
    ET.indent(tree, space="    ")
    path = TRANSLATIONS / f"{catalog}.ts"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    subprocess.run([BIN / "pyside6-lrelease", path, "-qm", path.with_suffix(".qm")],
                   check=True, capture_output=True, timeout=120)


def missing(catalog: str) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / f"{catalog}.ts"
        subprocess.run([BIN / "pyside6-lupdate", *SOURCES[catalog](), "-ts", fresh],
                       check=True, capture_output=True, timeout=120)
        wanted = _index(ET.parse(fresh).getroot())
    have = _index(ET.parse(TRANSLATIONS / f"{catalog}.ts").getroot())
    return [{"context": context, "source": source, "translation": "",
             "numerus": message.get("numerus") == "yes"}
            for (context, source), message in wanted.items()
            if (context, source) not in have or not _finished(have[(context, source)])]


def add(catalog: str, entries: list[dict[str, object]]) -> None:
    tree = ET.parse(TRANSLATIONS / f"{catalog}.ts")
    for entry in entries:
        if not entry["translation"]:
            raise SystemExit(f"no translation for {entry['context']}: {entry['source']!r}")
        _set(tree.getroot(), str(entry["context"]), str(entry["source"]),
             entry["translation"], bool(entry.get("numerus")))  # type: ignore[arg-type]
    _write(catalog, tree)


def union(catalog: str, other: Path) -> None:
    tree = ET.parse(TRANSLATIONS / f"{catalog}.ts")
    have = _index(tree.getroot())
    for (context, source), message in _index(ET.parse(other).getroot()).items():
        if _finished(message) and ((context, source) not in have
                                   or not _finished(have[(context, source)])):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            _set(tree.getroot(), context, source, forms or (translation.text or ""),
                 message.get("numerus") == "yes")
    _write(catalog, tree)


def main(argv: list[str]) -> int:
    match argv:
        case ["missing", catalog]:
            print(json.dumps(missing(catalog), ensure_ascii=False, indent=1))
        case ["add", catalog, file]:
            add(catalog, json.loads(Path(file).read_text(encoding="utf-8")))
        case ["union", catalog, other]:
            union(catalog, Path(other))
        case _:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

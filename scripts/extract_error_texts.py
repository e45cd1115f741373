"""Collect the Dutch screen texts of ``UserFacingError`` into ``errors_en.ts`` and release it.

    .venv/bin/python scripts/extract_error_texts.py [--check]

Every expected error's message and next step is a literal Dutch template
(``workstation/domain/errors.py``). This script finds them by reading the source (``ast``), not
by running it:

* the error classes are ``UserFacingError`` and every class that subclasses it, transitively;
* a *builder* is such a class, or a function whose parameter ends up as the message or next step
  of a builder call (``offline_error``, ``_not_found``, a subclass's own ``__init__``), found
  until nothing new turns up;
* the text given to a builder must be a string literal, a conditional of literals, a name or
  class attribute bound to one, or an item of a dict literal of them. Anything else (an
  f-string, a concatenation, a call) is reported as a problem: the translator could never
  match it. A template's ``{placeholders}`` must be given as keyword parameters.

It then updates ``resources/translations/errors_en.ts`` (context ``UserFacingError``): existing
translations are kept, new texts are added as ``unfinished``, texts no longer in the code are
removed (and listed). Finally Qt's ``lrelease`` (from PySide6) writes ``errors_en.qm``.
``--check`` only reports: exit status 1 when there is a problem, a new or vanished text, or an
unfinished translation.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workstation.domain.errors import placeholders

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "workstation"
TS_FILE = ROOT / "resources" / "translations" / "errors_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "UserFacingError"
BASE_CLASS = "UserFacingError"
BASE_MODULE = "workstation.domain.errors"
MESSAGE, NEXT_STEP = "message", "next_step"
MARKER = "dutch_text"  # workstation.domain.errors.dutch_text marks other texts made below the UI
_NOT_PARAMS = {"detail", MESSAGE, NEXT_STEP}


@dataclass(frozen=True, order=True)
class Location:
    path: Path
    line: int


@dataclass
class ErrorText:
    """One Dutch template and every place in the code it comes from."""

    source: str
    locations: list[Location] = field(default_factory=list)


@dataclass
class Extraction:
    texts: list[ErrorText]
    problems: list[str]


# -- reading the code ------------------------------------------------------------------------


@dataclass
class _Function:
    qualname: str
    node: ast.FunctionDef | ast.AsyncFunctionDef
    module: _Module
    owner: ast.ClassDef | None

    @property
    def parameters(self) -> list[str]:
        args = self.node.args
        names = [a.arg for a in [*args.posonlyargs, *args.args]]
        return names[1:] if self.owner is not None and not _is_static(self.node) else names

    @property
    def keyword_only(self) -> list[str]:
        return [a.arg for a in self.node.args.kwonlyargs]


@dataclass
class _Module:
    name: str
    path: Path
    tree: ast.Module
    imports: dict[str, str] = field(default_factory=dict)  # local name -> "module:name"
    module_aliases: dict[str, str] = field(default_factory=dict)  # local name -> module
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)

    def qualify(self, name: str) -> str:
        return f"{self.name}:{name}"


@dataclass
class _Builder:
    """Something that makes an error: where its message and next step go in, which template
    parameters it fills in itself, and whether its caller's other keywords become parameters."""

    positions: dict[str, int | None]  # role -> positional index (None: keyword only)
    keywords: dict[str, str]  # role -> keyword name
    provided: frozenset[str] = frozenset()
    forwards_params: bool = False


_STANDARD = _Builder(positions={MESSAGE: 0, NEXT_STEP: 1},
                     keywords={MESSAGE: MESSAGE, NEXT_STEP: NEXT_STEP}, forwards_params=True)


class _Param:
    """The text is a parameter of the enclosing function: its callers give the template."""


class _Unresolved:
    def __init__(self, reason: str) -> None:
        self.reason = reason


_Resolved = list[str] | _Param | _Unresolved


def _is_static(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _load_modules(source: Path) -> list[_Module]:
    modules = []
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        module = _Module(_module_name(path, source.parent), path, tree)
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = f"{node.module}:{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        module.module_aliases[alias.asname] = alias.name
            elif isinstance(node, ast.ClassDef):
                module.classes[node.name] = node
        modules.append(module)
    return modules


def _functions(module: _Module) -> Iterator[_Function]:
    def walk(body: list[ast.stmt], prefix: str, owner: ast.ClassDef | None) -> Iterator[_Function]:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield _Function(module.qualify(prefix + node.name), node, module, owner)
                yield from walk(node.body, f"{prefix}{node.name}.<locals>.", None)
            elif isinstance(node, ast.ClassDef):
                yield from walk(node.body, f"{prefix}{node.name}.", node)

    yield from walk(module.tree.body, "", None)


def _error_classes(modules: list[_Module]) -> dict[str, tuple[_Module, ast.ClassDef]]:
    """Every class that is, or subclasses, ``UserFacingError``, by qualified name."""
    found: dict[str, tuple[_Module, ast.ClassDef]] = {}
    changed = True
    while changed:
        changed = False
        for module in modules:
            for name, node in module.classes.items():
                qualname = module.qualify(name)
                if qualname in found:
                    continue
                is_base = name == BASE_CLASS and module.name == BASE_MODULE
                if is_base or any(_target(module, base, None) in found for base in node.bases):
                    found[qualname] = (module, node)
                    changed = True
    return found


def _target(module: _Module, func: ast.expr, owner: ast.ClassDef | None) -> str | None:
    """The qualified name a call's function refers to, when it is one of ours."""
    if isinstance(func, ast.Name):
        if func.id in module.classes or any(
            isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == func.id
            for n in module.tree.body
        ):
            return module.qualify(func.id)
        return module.imports.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        value = func.value.id
        if value in ("self", "cls") and owner is not None:
            return module.qualify(f"{owner.name}.{func.attr}")
        if value in module.module_aliases:
            return f"{module.module_aliases[value]}:{func.attr}"
    return None


def _error_base(
    module: _Module, node: ast.ClassDef, classes: dict[str, tuple[_Module, ast.ClassDef]]
) -> str | None:
    """The first base of class ``node`` that is an error class."""
    for base in node.bases:
        qualname = _target(module, base, None)
        if qualname in classes:
            return qualname
    return None


class _Extractor:
    def __init__(self, source: Path) -> None:
        self.root = source.parent
        self.modules = _load_modules(source)
        self.classes = _error_classes(self.modules)
        self.functions = {f.qualname: f for m in self.modules for f in _functions(m)}
        self.builders: dict[str, _Builder] = {}  # helper functions (and custom __init__s)

    def _constructor(self, qualname: str) -> _Builder | None:
        """How calling the error class ``qualname`` passes a message and next step, if at all.

        A class with its own ``__init__`` is built through it (a helper when it passes a
        parameter on as the text; otherwise its texts are literals in its ``super().__init__``
        call); a class without one is built like its nearest error base.
        """
        module, node = self.classes[qualname]
        if qualname == f"{BASE_MODULE}:{BASE_CLASS}":
            return _STANDARD
        if any(isinstance(n, ast.FunctionDef) and n.name == "__init__" for n in node.body):
            return self.builders.get(f"{qualname}.__init__")
        base = _error_base(module, node, self.classes)
        return self._constructor(base) if base is not None else None

    def _builder_of_call(self, call: ast.Call, fn: _Function) -> tuple[str, _Builder] | None:
        func = call.func
        if (isinstance(func, ast.Attribute) and func.attr == "__init__"
                and isinstance(func.value, ast.Call) and isinstance(func.value.func, ast.Name)
                and func.value.func.id == "super" and fn.owner is not None):
            target = _error_base(fn.module, fn.owner, self.classes)
        else:
            target = _target(fn.module, func, fn.owner)
        if target is None:
            return None
        builder = self._constructor(target) if target in self.classes else self.builders.get(
            target)
        return (target, builder) if builder is not None else None

    def calls(self) -> Iterator[tuple[_Function, ast.Call, str, _Builder]]:
        for fn in self.functions.values():
            for node in _own_nodes(fn.node):
                if isinstance(node, ast.Call):
                    found = self._builder_of_call(node, fn)
                    if found is not None:
                        yield fn, node, found[0], found[1]

    def discover_helpers(self) -> None:
        changed = True
        while changed:
            changed = False
            for fn, call, _, builder in list(self.calls()):
                helper = self._as_helper(fn, call, builder)
                if helper is not None and self.builders.get(fn.qualname) != helper:
                    self.builders[fn.qualname] = helper
                    changed = True

    def _as_helper(self, fn: _Function, call: ast.Call, builder: _Builder) -> _Builder | None:
        positions: dict[str, int | None] = {}
        keywords: dict[str, str] = {}
        for role in (MESSAGE, NEXT_STEP):
            argument = _argument(call, builder, role)
            if not isinstance(argument, ast.Name):
                continue
            name = argument.id
            if name in fn.parameters:
                positions[role] = fn.parameters.index(name)
                keywords[role] = name
            elif name in fn.keyword_only:
                positions[role] = None
                keywords[role] = name
        if not keywords:
            return None
        provided = builder.provided
        forwards = False
        if builder.forwards_params:
            provided |= {k.arg for k in call.keywords if k.arg and k.arg not in _NOT_PARAMS}
            forwards = any(k.arg is None and isinstance(k.value, ast.Name)
                           and fn.node.args.kwarg is not None
                           and k.value.id == fn.node.args.kwarg.arg for k in call.keywords)
        return _Builder(positions, keywords, provided, forwards)

    def extract(self) -> Extraction:
        self.discover_helpers()
        texts: dict[str, ErrorText] = {}
        problems: list[str] = []
        for fn, call, target, builder in self.calls():
            where = Location(fn.module.path.relative_to(self.root), call.lineno)
            for role in (MESSAGE, NEXT_STEP):
                argument = _argument(call, builder, role)
                if argument is None:
                    continue
                resolved = _resolve(argument, fn)
                if isinstance(resolved, _Unresolved):
                    problems.append(f"{where.path}:{where.line}: the {role} of "
                                    f"{target.split(':')[-1]}(...) is {resolved.reason}")
                    continue
                if isinstance(resolved, _Param):
                    continue  # the callers of this helper give the text
                for template in resolved:
                    problem = _check_placeholders(template, call, builder)
                    if problem:
                        problems.append(f"{where.path}:{where.line}: {problem}")
                        continue
                    texts.setdefault(template, ErrorText(template)).locations.append(where)
        for module in self.modules:
            for node in ast.walk(module.tree):
                if _is_marked_text(node):
                    assert isinstance(node, ast.Call)
                    argument = node.args[0]
                    where = Location(module.path.relative_to(self.root), node.lineno)
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        texts.setdefault(argument.value, ErrorText(argument.value)
                                         ).locations.append(where)
                    else:
                        problems.append(f"{where.path}:{where.line}: {MARKER}(...) needs a "
                                        "literal text")
        ordered = sorted(texts.values(), key=lambda t: min(t.locations))
        for text in ordered:
            text.locations.sort()
        return Extraction(ordered, problems)


def _is_marked_text(node: ast.AST) -> bool:
    """A call ``dutch_text("...")``: a screen text made below the UI that is not an error."""
    return (isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords
            and isinstance(node.func, ast.Name) and node.func.id == MARKER)


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    """The nodes of ``function`` without those of functions and classes nested in it."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _argument(call: ast.Call, builder: _Builder, role: str) -> ast.expr | None:
    keyword = builder.keywords.get(role)
    for kw in call.keywords:
        if keyword is not None and kw.arg == keyword:
            return kw.value
    position = builder.positions.get(role)
    if position is not None and position < len(call.args):
        argument = call.args[position]
        return None if isinstance(argument, ast.Starred) else argument
    return None


def _resolve(node: ast.expr, fn: _Function) -> _Resolved:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _combine(_resolve(node.body, fn), _resolve(node.orelse, fn))
    if isinstance(node, ast.Dict):
        resolved: _Resolved = []
        for value in node.values:
            resolved = _combine(resolved, _resolve(value, fn))
        return resolved
    if isinstance(node, ast.Subscript):
        return _resolve(node.value, fn)
    if isinstance(node, ast.Name):
        if node.id in fn.parameters or node.id in fn.keyword_only:
            return _Param()
        bound = _bindings(fn.node.body, node.id) or _bindings(fn.module.tree.body, node.id)
        return _resolve_all(bound, fn, f"the name {node.id!r}, which is not bound to a literal")
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = fn.owner if node.value.id in ("self", "cls") else fn.module.classes.get(
            node.value.id)
        bound = _bindings(owner.body, node.attr) if owner is not None else []
        return _resolve_all(bound, fn, f"the attribute {node.attr!r}, not bound to a literal")
    if isinstance(node, ast.JoinedStr):
        return _Unresolved("an f-string: use a template with {name} placeholders and pass the "
                           "values as keyword parameters")
    if isinstance(node, ast.BinOp):
        return _Unresolved("built by an operator: write the whole template as one literal")
    return _Unresolved(f"not a literal template ({type(node).__name__})")


def _resolve_all(bound: list[ast.expr], fn: _Function, reason: str) -> _Resolved:
    if not bound:
        return _Unresolved(reason)
    resolved: _Resolved = []
    for value in bound:
        resolved = _combine(resolved, _resolve(value, fn))
    return resolved


def _combine(first: _Resolved, second: _Resolved) -> _Resolved:
    for part in (first, second):
        if not isinstance(part, list):
            return part
    assert isinstance(first, list) and isinstance(second, list)
    return first + second


def _bindings(body: list[ast.stmt], name: str) -> list[ast.expr]:
    """The values assigned to ``name`` directly in ``body`` (not in nested scopes)."""
    values: list[ast.expr] = []
    for statement in body:
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets = [statement.target]
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            assert statement.value is not None
            values.append(statement.value)
    return values


def _check_placeholders(template: str, call: ast.Call, builder: _Builder) -> str:
    try:
        wanted = placeholders(template)
    except ValueError as exc:
        return f"the template {template!r} has unbalanced braces ({exc})"
    if builder.forwards_params and any(k.arg is None for k in call.keywords):
        return ""  # **params of unknown content
    given = set(builder.provided)
    if builder.forwards_params:
        given |= {k.arg for k in call.keywords if k.arg}
    missing = sorted(wanted - given)
    if missing:
        return f"the template {template!r} needs the keyword parameter(s) {', '.join(missing)}"
    return ""


def extract(source: Path = SOURCE) -> Extraction:
    """Every error template in ``source`` and every call whose text cannot be collected."""
    return _Extractor(source).extract()


# -- the translation file --------------------------------------------------------------------


@dataclass(frozen=True)
class Translation:
    text: str
    finished: bool


def read_translations(ts_file: Path = TS_FILE) -> dict[str, Translation]:
    """Source -> translation of the ``UserFacingError`` context of ``ts_file``."""
    if not ts_file.exists():
        return {}
    found: dict[str, Translation] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            element = message.find("translation")
            text = element.text or "" if element is not None else ""
            kind = element.get("type") if element is not None else "unfinished"
            found[message.findtext("source") or ""] = Translation(
                text, bool(text) and kind is None
            )
    return found


@dataclass(frozen=True)
class TsUpdate:
    added: list[str]
    removed: list[str]
    unfinished: list[str]


def write_ts(texts: list[ErrorText], ts_file: Path = TS_FILE) -> TsUpdate:
    """Write ``ts_file`` for ``texts``, keeping the translations it already has."""
    existing = read_translations(ts_file)
    root = ET.Element("TS", version="2.1", language="en_GB")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = []
    for text in texts:
        message = ET.SubElement(context, "message")
        for location in text.locations:
            relative = Path("../..") / location.path
            ET.SubElement(message, "location", filename=relative.as_posix(),
                          line=str(location.line))
        ET.SubElement(message, "source").text = text.source
        known = existing.get(text.source)
        translation = ET.SubElement(message, "translation")
        if known is not None and known.text:
            translation.text = known.text
        if known is None or not known.finished:
            translation.set("type", "unfinished")
            unfinished.append(text.source)
    ET.indent(context, space="    ")  # contexts at the left margin, as in the other .ts files
    root.text = context.tail = "\n"
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with ts_file.open("wb") as out:
        out.write(b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n")
        ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    sources = {t.source for t in texts}
    return TsUpdate(
        added=[t.source for t in texts if t.source not in existing],
        removed=sorted(set(existing) - sources),
        unfinished=unfinished,
    )


def lrelease_command() -> str:
    """Qt's ``lrelease`` as PySide6 ships it (what ``pyside6-lrelease`` starts).

    Looked up in the PySide6 package directly rather than through the ``pyside6-lrelease``
    wrapper: the wrapper needs ``PySide6/__init__.py``, which a half-finished reinstall of the
    three PySide6 wheels can leave missing while the tools themselves are fine.
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).exists():
                return str(Path(folder) / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("lrelease not found: install PySide6 in this environment")
    return found


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile ``ts_file`` to ``qm_file`` with Qt's ``lrelease``."""
    subprocess.run([lrelease_command(), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report; exit 1 when errors_en.ts is not complete and current")
    args = parser.parse_args(argv)
    extraction = extract()
    for problem in extraction.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if args.check:
        existing = read_translations()
        sources = {t.source for t in extraction.texts}
        missing = [s for s in sources if s not in existing or not existing[s].finished]
        vanished = sorted(set(existing) - sources)
        for source in sorted(missing):
            print(f"no finished translation: {source}", file=sys.stderr)
        for source in vanished:
            print(f"no longer in the code: {source}", file=sys.stderr)
        return 1 if extraction.problems or missing or vanished else 0
    if extraction.problems:
        return 1
    update = write_ts(extraction.texts)
    release()
    for source in update.added:
        print(f"added: {source}")
    for source in update.removed:
        print(f"removed: {source}")
    for source in update.unfinished:
        print(f"needs an English translation: {source}")
    print(f"{len(extraction.texts)} texts in {TS_FILE.relative_to(ROOT)}, "
          f"{len(update.unfinished)} unfinished; {QM_FILE.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

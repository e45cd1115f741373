"""Line numbers of the keys and tables in a TOML text.

``tomllib`` gives values without positions. Error messages about a site file must name the line
IT has to fix, so this scans the source once and maps every key path to the line it is on:
``("location", 0, "counter", 2, "services")`` -> 57. Array-of-tables elements are counted per
parent (the third ``[[location.counter]]`` after a ``[[location]]`` is index 2 of that
location). Keys inside inline tables and multi-line arrays map to the line of their outer key.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY = re.compile(rf"^\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=")
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*\]\]?")
_PART = re.compile(_BARE_OR_QUOTED)


class LineIndex:
    """Where each key path of a TOML document is written."""

    def __init__(self, source: str) -> None:
        self._lines: dict[Path, int] = {}
        self._counts: dict[Path, int] = {}
        self._scan(source)

    def line_of(self, path: Path) -> int | None:
        """The line of ``path``, else of its nearest ancestor that is written down."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None

    def _scan(self, source: str) -> None:
        table: Path = ()
        open_brackets = 0
        in_multiline: str | None = None
        for number, line in enumerate(source.splitlines(), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            if open_brackets > 0:
                open_brackets += _bracket_balance(line)
                continue
            header = _HEADER.match(line)
            if header is not None and not _KEY.match(line):
                table = self._enter(header.group(1) == "[[", _parts(header.group(2)), number)
                continue
            key = _KEY.match(line)
            if key is None:
                continue
            path = table + _parts(key.group(1))
            self._lines.setdefault(path, number)
            rest = line[key.end():]
            for quotes in ('"""', "'''"):
                if rest.count(quotes) % 2 == 1:
                    in_multiline = quotes
            open_brackets = max(0, _bracket_balance(rest))

    def _enter(self, is_array: bool, names: tuple[str, ...], number: int) -> Path:
        """The path of a ``[table]`` or ``[[array.element]]`` header, resolving indices."""
        path: Path = ()
        for position, name in enumerate(names):
            path += (name,)
            last = position == len(names) - 1
            if last and is_array:
                index = self._counts.get(path, 0)
                self._counts[path] = index + 1
                path += (index,)
            elif path in self._counts:  # a parent that is an array: its latest element
                path += (self._counts[path] - 1,)
        self._lines.setdefault(path, number)
        return path


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _PART.findall(dotted))


def _bracket_balance(text: str) -> int:
    """Opening minus closing brackets and braces outside strings and comments."""
    balance = 0
    quote: str | None = None
    escaped = False
    for char in text:
        if quote is not None:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in "[{":
            balance += 1
        elif char in "]}":
            balance -= 1
    return balance

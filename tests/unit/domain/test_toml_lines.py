"""Line numbers of TOML keys: nested arrays of tables, multi-line values, quoted keys."""

from __future__ import annotations

from workstation.domain.toml_lines import LineIndex

SOURCE = '''\
title = "x"  # a comment with [brackets]

[[location]]
code = "A"
"quoted key" = 1

[[location.counter]]
number = 1
services = [
  "A",
  "[not a header]",
]
after = 2

[[location]]
code = "B"
text = """
[[location]]
"""

[location.opening_hours]
mon = ["08:30-17:00"]

[[location.counter]]
number = 7
'''


def test_keys_map_to_their_lines() -> None:
    index = LineIndex(SOURCE)
    assert index.line_of(("title",)) == 1
    assert index.line_of(("location", 0)) == 3
    assert index.line_of(("location", 0, "quoted key")) == 5
    assert index.line_of(("location", 0, "counter", 0, "services")) == 9
    assert index.line_of(("location", 0, "counter", 0, "after")) == 13
    assert index.line_of(("location", 1, "code")) == 16  # the string's [[location]] is text
    assert index.line_of(("location", 1, "opening_hours", "mon")) == 22
    assert index.line_of(("location", 1, "counter", 0, "number")) == 25


def test_a_missing_key_falls_back_to_its_table() -> None:
    index = LineIndex(SOURCE)
    assert index.line_of(("location", 1, "counter", 0, "services")) == 24
    assert index.line_of(("nowhere",)) is None

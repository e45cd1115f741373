"""The README and the architecture page link only inside the repository, to files that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", ["README.md", "docs/architecture.md"])
def test_links_stay_inside_the_repository(page: str) -> None:
    source = ROOT / page
    targets = LINK.findall(source.read_text(encoding="utf-8"))
    assert targets
    for target in targets:
        resolved = (source.parent / target.split("#", 1)[0]).resolve()
        assert "://" not in target, target
        assert resolved.is_relative_to(ROOT), target
        assert resolved.exists(), target

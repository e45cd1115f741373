"""``config show`` says which files were read and which data folder is in effect."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli import run_workstation


def test_config_show_names_the_files_and_the_data_folder(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[workstation]\nstaff = "0123"\n', encoding="utf-8")
    shown = run_workstation(tmp_path, "--config", str(mine), "config", "show",
                            env={"LOKET_WORKSTATION__LOCATION": "1e3"})
    assert shown.returncode == 0, shown.stderr
    header = [line for line in shown.stdout.splitlines() if line.startswith("#")]
    assert header[0].startswith("# machine: ")
    assert header[1] == f"# user: {mine}"
    assert header[2] == f"# data: {tmp_path / 'data'}"
    settings = json.loads("\n".join(line for line in shown.stdout.splitlines()
                                    if not line.startswith("#")))
    assert settings["workstation"]["staff"] == "0123"  # text stays text, from the file
    assert settings["workstation"]["location"] == "1e3"  # and from the environment

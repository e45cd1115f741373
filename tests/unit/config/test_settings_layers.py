"""The machine's file, the user's file and LOKET_* variables, and where data lives."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.settings import Locations, Settings, SettingsError, load_settings


@pytest.fixture
def where(tmp_path: Path) -> Locations:
    machine = tmp_path / "etc-loket"
    user = tmp_path / "home" / ".config" / "loket"
    machine.mkdir()
    user.mkdir(parents=True)
    return Locations(machine / "loket.toml", user / "loket.toml",
                     tmp_path / "var-lib-loket", tmp_path / "home" / "data")


def test_machine_file_alone_configures_every_account(where: Locations) -> None:
    where.machine_config.write_text('[workstation]\nrole = "kiosk"\nlocation = "RSD"\n')
    settings = load_settings(environ={}, locations=where)
    assert settings.workstation.role == "kiosk"
    assert settings.workstation.location == "RSD"


def test_user_file_overrides_the_machine_file_key_by_key(where: Locations) -> None:
    where.machine_config.write_text(
        '[workstation]\nrole = "kiosk"\nlocation = "RSD"\n[database]\nurl = "sqlite:///x"\n'
    )
    where.user_config.write_text('[workstation]\nrole = "reception"\n')
    settings = load_settings(environ={}, locations=where)
    assert settings.workstation.role == "reception"  # the user's
    assert settings.workstation.location == "RSD"  # the machine's, same section
    assert settings.database.url == "sqlite:///x"


def test_environment_overrides_both_files(where: Locations) -> None:
    where.machine_config.write_text("[workstation]\ncounter = 2\n")
    where.user_config.write_text("[workstation]\ncounter = 3\n")
    settings = load_settings(environ={"LOKET_WORKSTATION__COUNTER": "4"}, locations=where)
    assert settings.workstation.counter == 4


def test_an_explicit_file_takes_the_place_of_the_users(where: Locations, tmp_path: Path) -> None:
    where.machine_config.write_text('language = "en"\n')
    where.user_config.write_text('[workstation]\nlocation = "ETL"\n')
    explicit = tmp_path / "other.toml"
    explicit.write_text('[workstation]\nlocation = "MDK"\n')
    settings = load_settings(explicit, environ={}, locations=where)
    assert settings.workstation.location == "MDK"
    assert settings.language == "en"


def test_an_error_in_a_layer_names_the_files_read(where: Locations) -> None:
    where.machine_config.write_text('[workstation]\nrole = "balie"\n')
    where.user_config.write_text('language = "nl"\n')
    with pytest.raises(SettingsError) as caught:
        load_settings(environ={}, locations=where)
    assert str(where.machine_config) in caught.value.next_step
    assert str(where.user_config) in caught.value.next_step


def test_data_lives_in_the_machine_folder_once_it_exists(where: Locations) -> None:
    assert load_settings(environ={}, locations=where).data_path == where.user_data
    where.machine_data.mkdir()
    settings = load_settings(environ={}, locations=where)
    assert settings.data_path == where.machine_data
    assert settings.database_url() == f"sqlite:///{where.machine_data / 'site.sqlite3'}"


def test_two_accounts_of_one_pc_share_one_queue(tmp_path: Path) -> None:
    shared = tmp_path / "ProgramData" / "Loket"
    shared.mkdir(parents=True)
    urls = set()
    for account in ("kiosk", "receptie"):
        where = Locations(shared / "loket.toml", tmp_path / account / "loket.toml",
                          shared, tmp_path / account / "data")
        urls.add(load_settings(environ={}, locations=where).database_url())
    assert urls == {f"sqlite:///{shared / 'site.sqlite3'}"}


def test_a_configured_data_dir_wins(where: Locations, tmp_path: Path) -> None:
    where.machine_data.mkdir()
    settings = load_settings(environ={"LOKET_DATA_DIR": str(tmp_path / "mine")},
                             locations=where)
    assert settings.data_path == tmp_path / "mine"


def test_machine_locations_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real lookup, not the isolated one of tests/conftest.py
    windows = Locations.of_platform("win32", environ={"PROGRAMDATA": "D:\\ProgramData"})
    assert str(windows.machine_config).replace("\\", "/") == "D:/ProgramData/Loket/loket.toml"
    assert str(windows.machine_data).replace("\\", "/") == "D:/ProgramData/Loket"
    linux = Locations.of_platform("linux", environ={})
    assert linux.machine_config == Path("/etc/loket/loket.toml")
    assert linux.machine_data == Path("/var/lib/loket")


@pytest.mark.parametrize(("variable", "value", "key", "expected"), [
    ("LOKET_WORKSTATION__STAFF", "0123", "staff", "0123"),  # text stays text
    ("LOKET_WORKSTATION__STAFF", "true", "staff", "true"),
    ("LOKET_WORKSTATION__LOCATION", "1e3", "location", "1e3"),
    ("LOKET_WORKSTATION__LOCATION", '"ETL"', "location", "ETL"),  # a TOML string still works
    ("LOKET_WORKSTATION__COUNTER", "7", "counter", 7),
])
def test_environment_values_are_typed_by_the_schema(
    where: Locations, variable: str, value: str, key: str, expected: object,
) -> None:
    settings = load_settings(environ={variable: value}, locations=where)
    assert getattr(settings.workstation, key) == expected


def test_text_and_list_settings_deeper_down(where: Locations) -> None:
    settings = load_settings(environ={
        "LOKET_DEVICES__PRINTER__HOST": "10.0.0.5",
        "LOKET_DATABASE__URL": "postgresql+psycopg://loket@db/loket",
        "LOKET_DISPLAY__LANGUAGES": '["nl", "en"]',
        "LOKET_LOGGING__JSON_LINES": "true",
    }, locations=where)
    assert settings.devices.printer.host == "10.0.0.5"
    assert settings.database.url == "postgresql+psycopg://loket@db/loket"
    assert settings.display.languages == ["nl", "en"]
    assert settings.logging.json_lines is True


def test_loket_variables_that_are_no_setting_are_ignored(where: Locations) -> None:
    settings = load_settings(environ={
        "LOKET_TEST_PG": "postgresql://elsewhere", "LOKET_WORKSTATION__NICKNAME": "x",
        "LOKET_DEVICES": "whole-section", "LOKET_LANGUAGE__DEEP": "x",
    }, locations=where)
    assert settings == Settings(data_dir=settings.data_dir)


def test_demo_never_touches_the_configured_database(where: Locations) -> None:
    where.user_config.write_text('[database]\nurl = "postgresql+psycopg://loket@db/loket"\n')
    settings = load_settings(environ={"LOKET_DEMO": "true"}, locations=where)
    assert settings.database_url() == f"sqlite:///{where.user_data / 'demo' / 'site.sqlite3'}"
    assert settings.demo_database_path.parent.name == "demo"


def test_an_unreadable_machine_file_is_said_plainly(where: Locations) -> None:
    where.machine_config.mkdir()  # a folder where the file should be: reading it fails
    with pytest.raises(SettingsError) as caught:
        load_settings(environ={}, locations=where)
    assert "kan niet worden gelezen" in caught.value.message
    assert str(where.machine_config) in caught.value.message

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring

from workstation.settings import NoKeyringError, Settings, SettingsError, load_settings


class MemoryKeyring(KeyringBackend):
    """A keyring of our own: the machine has none, and tests must not touch a real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "loket.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml", environ={})
    assert settings == Settings(data_dir=settings.data_dir)  # the effective one, filled in
    assert settings.data_dir
    assert settings.schema_version == 1
    assert settings.database_url().startswith("sqlite:///")
    assert settings.database_url().endswith("site.sqlite3")


def test_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, """
schema_version = 1
language = "en"
[workstation]
role = "kiosk"
location = "RSD"
[database]
url = "postgresql+psycopg://loket@db.example.nl/loket"
""")
    settings = load_settings(path, environ={})
    assert settings.workstation.role == "kiosk"
    assert settings.workstation.location == "RSD"
    assert settings.language == "en"
    assert settings.database_url() == "postgresql+psycopg://loket@db.example.nl/loket"


def test_environment_overrides_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[workstation]\nrole = "kiosk"\ncounter = 2\n')
    settings = load_settings(path, environ={
        "LOKET_WORKSTATION__ROLE": "counter", "LOKET_WORKSTATION__COUNTER": "4",
        "LOKET_DISPLAY__LANGUAGES": '["nl", "en"]', "LOKET_DEMO": "true",
        "UNRELATED": "x",
    })
    assert settings.workstation.role == "counter"
    assert settings.workstation.counter == 4
    assert settings.display.languages == ["nl", "en"]
    assert settings.demo is True


def test_config_file_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[workstation]\nlocation = "MDK"\n')
    settings = load_settings(environ={"LOKET_CONFIG": str(path)})
    assert settings.workstation.location == "MDK"


def test_bad_value_names_key_value_and_what_is_allowed(tmp_path: Path) -> None:
    path = write(tmp_path, '[workstation]\nrole = "balie"\n')
    with pytest.raises(SettingsError) as caught:
        load_settings(path, environ={})
    message = caught.value.message
    assert "workstation.role" in message
    assert "'balie'" in message
    assert "'reception', 'kiosk', 'counter', 'phone', 'supervisor' or 'feedback'" in message
    assert str(path) in caught.value.next_step


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '[workstation]\nprinter_ip = "10.0.0.5"\n')
    with pytest.raises(SettingsError, match="printer_ip"):
        load_settings(path, environ={})


def test_wrong_schema_version(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, "schema_version = 2\n"), environ={})
    assert "schema_version" in caught.value.message


def test_broken_toml(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, "[workstation\nrole = 1"), environ={})
    assert "geen geldig TOML" in caught.value.message


def test_out_of_range_number(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(tmp_path / "none.toml", environ={"LOKET_WORKSTATION__COUNTER": "0"})
    assert "workstation.counter" in caught.value.message


def test_database_password_from_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("loket", "database", "geheim")
    path = write(tmp_path, """
[database]
url = "postgresql+psycopg://loket@db.example.nl/loket"
password_from_keyring = true
""")
    settings = load_settings(path, environ={})
    assert settings.database_url() == "postgresql+psycopg://loket:geheim@db.example.nl/loket"
    assert "geheim" not in repr(settings)


def test_missing_secret_says_how_to_set_it(tmp_path: Path, memory_keyring: MemoryKeyring,
                                           ) -> None:
    settings = load_settings(tmp_path / "none.toml", environ={
        "LOKET_DATABASE__URL": "postgresql+psycopg://loket@db/loket",
        "LOKET_DATABASE__PASSWORD_FROM_KEYRING": "true"})
    with pytest.raises(NoKeyringError) as caught:
        settings.database_url()
    assert "keyring set loket database" in caught.value.next_step


def test_no_keyring_on_the_machine_is_said_plainly(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        settings = load_settings(tmp_path / "none.toml", environ={
            "LOKET_DATABASE__URL": "postgresql+psycopg://loket@db/loket",
            "LOKET_DATABASE__PASSWORD_FROM_KEYRING": "true"})
        with pytest.raises(NoKeyringError) as caught:
            settings.database_url()
    finally:
        keyring.set_keyring(previous)
    assert "geen sleutelbos" in caught.value.message


def test_callback_recipients_are_checked_when_the_settings_load(tmp_path: Path) -> None:
    good = write(tmp_path, '[klantinteracties]\nactoren = ["afd:burgerzaken=Burgerzaken"]\n')
    assert load_settings(good, environ={}).klantinteracties.actoren == [
        "afd:burgerzaken=Burgerzaken"]
    bad = write(tmp_path, '[klantinteracties]\nactoren = ["Burgerzaken"]\n')
    with pytest.raises(SettingsError) as caught:
        load_settings(bad, environ={})
    assert "klantinteracties.actoren" in caught.value.message

"""install-desktop writes a valid launcher, the icons and added associations into the user's
folders; uninstall-desktop takes away exactly that, leaving what was there before."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from app import desktop
from app.cli import build_parser, run_command
from app.desktop import DesktopError, DesktopFolders

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DesktopFolders:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return DesktopFolders.of_user()


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under `root`."""
    return {
        str(path.relative_to(root)): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


def test_every_hicolor_size_is_committed_at_its_size() -> None:
    for size in desktop.ICON_SIZES:
        header = desktop.png_icon(size).read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)


def test_install_writes_the_entry_icons_and_associations(folders: DesktopFolders) -> None:
    installed = desktop.install(folders, ["/opt/lede/bin/lede"])

    entry = (folders.applications / "lede.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/lede/bin/lede %F\n" in entry
    assert "MimeType=text/markdown;text/x-markdown;text/html;" in entry
    assert "Comment[ru]=" in entry and "Icon=lede\n" in entry
    icons = folders.data / "icons" / "hicolor"
    for size in desktop.ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / "lede.png").read_bytes() == (
            desktop.png_icon(size).read_bytes()
        )
    assert (icons / "scalable" / "apps" / "lede.svg").is_file()
    added = folders.mimeapps.read_text(encoding="utf-8")
    assert "[Added Associations]\n" in added and "text/markdown=lede.desktop;\n" in added
    assert set(installed.associations) == set(desktop.MIME_TYPES)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/lede"],
        ["/home/a reader/.venv/bin/python", "/home/a reader/lede $HOME/main.py"],
        ['/tmp/we"ird`dir\\x/python', "/tmp/100%/main.py"],
    ],
)
def test_the_entry_passes_desktop_file_validate(
    folders: DesktopFolders, command: list[str]
) -> None:
    desktop.install(folders, command)
    result = subprocess.run(
        ["desktop-file-validate", str(folders.applications / "lede.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings or hints either


def test_exec_quoting_follows_the_specification() -> None:
    entry = desktop.desktop_entry(["/a b/python", "/x/100%/main.py", '/q"$`\\'])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == ('Exec="/a b/python" /x/100%%/main.py "/q\\\\"\\\\$\\\\`\\\\\\\\" %F')


def test_uninstall_leaves_exactly_what_was_there(folders: DesktopFolders, tmp_path: Path) -> None:
    folders.applications.mkdir(parents=True)
    (folders.applications / "other.desktop").write_text("[Desktop Entry]\nName=Other\n")
    folders.mimeapps.parent.mkdir(parents=True)
    folders.mimeapps.write_text(
        "[Default Applications]\ntext/html=firefox.desktop;\n\n"
        "[Added Associations]\ntext/plain=gedit.desktop;\n"
    )
    before = tree(tmp_path)

    installed = desktop.install(folders, ["lede"])
    assert "text/plain=lede.desktop;gedit.desktop;" in folders.mimeapps.read_text()
    desktop.install(folders, ["lede"])  # again: replaces the first install
    removed = desktop.uninstall(folders)

    assert removed is not None and set(removed.files) == set(installed.files)
    assert tree(tmp_path) == before


def test_uninstall_keeps_what_the_reader_added_after_the_install(folders: DesktopFolders) -> None:
    desktop.install(folders, ["lede"])
    extra = folders.data / "icons" / "hicolor" / "48x48" / "apps" / "another.png"
    extra.write_bytes(b"not ours")
    with folders.mimeapps.open("a", encoding="utf-8") as file:
        file.write("image/png=viewer.desktop;\n")

    desktop.uninstall(folders)

    assert extra.read_bytes() == b"not ours"
    assert folders.mimeapps.read_text() == "[Added Associations]\nimage/png=viewer.desktop;\n"
    assert not (folders.applications / "lede.desktop").exists()


def test_uninstall_without_an_install_says_so(
    folders: DesktopFolders, capsys: pytest.CaptureFixture[str]
) -> None:
    assert desktop.uninstall(folders) is None
    assert run_command(build_parser().parse_args(["uninstall-desktop"])) == 0
    assert "not installed" in capsys.readouterr().out


def test_a_damaged_install_record_is_a_one_line_error(
    folders: DesktopFolders, capsys: pytest.CaptureFixture[str]
) -> None:
    folders.manifest.parent.mkdir(parents=True)
    folders.manifest.write_text('{"files": 3}')
    with pytest.raises(DesktopError, match="damaged"):
        desktop.uninstall(folders)
    assert run_command(build_parser().parse_args(["uninstall-desktop"])) == 1
    error = capsys.readouterr().err
    assert error.startswith("lede: error: The record of the desktop install is damaged")
    assert error.count("\n") == 1


def test_a_folder_that_cannot_be_written_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    assert run_command(build_parser().parse_args(["install-desktop"])) == 1

    error = capsys.readouterr().err
    assert error.startswith("lede: error: Could not install the desktop entry: Not a directory")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]  # nothing half-left


def test_install_desktop_from_the_command_line(
    folders: DesktopFolders, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(build_parser().parse_args(["install-desktop"])) == 0
    entry = (folders.applications / "lede.desktop").read_text(encoding="utf-8")
    assert f"{ROOT / 'main.py'} %F" in entry  # run from a checkout: its main.py
    assert "uninstall-desktop" in capsys.readouterr().out

"""Wayland shows a window's icon from the desktop file named by the app id: the id must be
the name the desktop file is installed under, in a Flatpak as elsewhere."""

from __future__ import annotations

from pathlib import Path

from postureapp.launcher import desktop_file_name

REPO = Path(__file__).resolve().parents[2]


def test_outside_a_flatpak_the_app_id_names_the_installed_desktop_file() -> None:
    name = desktop_file_name({})
    assert (REPO / "assets" / "icons" / f"{name}.desktop").is_file()


def test_inside_the_flatpak_the_app_id_is_the_flatpak_id_its_desktop_file_carries() -> None:
    manifest = next((REPO / "packaging" / "flatpak").glob("*.yml"))
    flatpak_id = manifest.stem
    assert f"id: {flatpak_id}" in manifest.read_text() or f"app-id: {flatpak_id}" in (
        manifest.read_text()
    )
    assert desktop_file_name({"FLATPAK_ID": flatpak_id}) == flatpak_id

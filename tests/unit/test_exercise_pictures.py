"""A custom pack's pictures are its own: a link out of the pack folder is refused, and said so."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from test_exercises import SVG, write_file

from postureapp.cli.exercises import validate_exercises
from postureapp.core.exercises import load_library, validate_path
from postureapp.paths import AppPaths


def pack_with_link(tmp_path: Path, *, via_folder: bool) -> tuple[Path, Path]:
    """A pack whose picture is a link to a file outside it (or sits in a linked folder)."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "pose.svg"
    secret.write_text(SVG, encoding="utf-8")
    pack = tmp_path / "pack"
    write_file(pack, "alpha")
    (pack / "pose.svg").unlink()
    if via_folder:
        (pack / "illustrations").symlink_to(outside)
    else:
        (pack / "pose.svg").symlink_to(secret)
    return pack, secret


def test_a_picture_linked_from_outside_the_pack_is_refused(tmp_path: Path) -> None:
    for via_folder in (False, True):
        base = tmp_path / ("folder" if via_folder else "file")
        base.mkdir()
        pack, secret = pack_with_link(base, via_folder=via_folder)
        (problem,) = validate_path(pack)
        assert problem.field == "steps[1].illustration"
        assert problem.expected == f"a file inside {pack}"
        assert problem.found == f"a link to {secret.resolve()}"
        (base / "builtin").mkdir()
        library = load_library(base / "builtin", base / "builtin", pack)
        assert library.exercises == {} and len(library.problems) == 1


def test_validate_names_the_link(tmp_path: Path) -> None:
    pack, _ = pack_with_link(tmp_path, via_folder=False)
    out, err = io.StringIO(), io.StringIO()
    args = argparse.Namespace(path=pack)
    code = validate_exercises(AppPaths.from_environment(), args, out, err)
    assert code == 1
    assert (
        f"steps[1].illustration: expected a file inside {pack}, found a link to" in err.getvalue()
    )


def test_a_link_that_stays_inside_the_pack_is_fine(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write_file(pack, "alpha")
    (pack / "art").mkdir()
    (pack / "pose.svg").rename(pack / "art" / "pose.svg")
    (pack / "pose.svg").symlink_to(pack / "art" / "pose.svg")
    assert validate_path(pack) == []

"""Exporting a pack as its user sees it: a compressed file that appears whole or not at all, with
no stray file left beside it, and the words of an import in the reader's language."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from postureapp.core.exercises import Exercise, packs
from postureapp.core.exercises.packs import Imported, describe, export_pack, open_pack
from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir
from tests.unit.catalogue_marks import check_marks
from tests.unit.test_packs import zipped
from tests.unit.test_packs_behaviour import SVG, make


@pytest.fixture(autouse=True)
def marked_in_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text a pack check shows is found in the catalogue under the context it names."""
    check_marks(monkeypatch, packs)


@pytest.fixture
def nod(tmp_path: Path) -> Exercise:
    picture = tmp_path / "look.svg"
    picture.write_bytes(SVG.replace(b"/>", b">" + b"<g/>" * 5000 + b"</svg>"))
    return make(tmp_path / "theirs", "nod", "Nod", picture)


def test_a_pack_needs_an_exercise() -> None:
    with pytest.raises(ValueError) as refused:
        export_pack([], Path("/nowhere/empty.exercises.zip"))
    assert str(refused.value) == "a pack needs at least one exercise"


def test_an_exported_pack_is_compressed(tmp_path: Path, nod: Exercise) -> None:
    target = export_pack([nod], tmp_path / "nod.exercises.zip")
    picture = zipfile.ZipFile(target).getinfo("exercises/look.svg")
    assert picture.compress_type == zipfile.ZIP_DEFLATED
    assert target.stat().st_size < picture.file_size // 10


def test_while_a_pack_is_written_it_is_a_hidden_file_beside_the_target(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "neck.exercises.zip"
    seen: list[str] = []
    sync = os.fsync

    def watching(fd: int) -> None:
        seen.extend(os.listdir(target.parent))
        sync(fd)

    monkeypatch.setattr(os, "fsync", watching)
    export_pack([nod], target)
    (partial,) = seen
    assert partial.startswith(".neck.exercises.zip.") and partial.endswith(".tmp")
    assert os.listdir(target.parent) == ["neck.exercises.zip"]


def test_the_whole_pack_is_on_disk_when_it_is_synced(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "neck.exercises.zip"
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(os.fstat(fd).st_size))
    export_pack([nod], target)
    assert synced == [target.stat().st_size]


def test_a_failed_export_tells_its_own_error_even_when_the_partial_file_is_gone(
    tmp_path: Path, nod: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "neck.exercises.zip"

    def lost(fd: int) -> None:
        for name in os.listdir(tmp_path):
            if name.endswith(".tmp"):
                os.unlink(tmp_path / name)
        raise OSError("the disk went away")

    monkeypatch.setattr(os, "fsync", lost)
    with pytest.raises(OSError, match="the disk went away"):
        export_pack([nod], target)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["look.svg"]


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def test_an_import_reads_in_german(tmp_path: Path, nod: Exercise, german: Catalogue) -> None:
    results = [Imported("nod", None, "skipped"), Imported("nod", nod, "added")]
    assert describe(results, german.translate) == [
        "nod: übersprungen (du hast schon eine mit dieser ID)",
        "nod: hinzugefügt („Nod“)",
    ]


def test_a_refused_link_reads_in_german(tmp_path: Path, nod: Exercise, german: Catalogue) -> None:
    entries = packs.pack_bytes([nod])
    path = tmp_path / "link.zip"
    path.write_bytes(zipped(entries, links=("exercises/look.svg",)))
    with open_pack(path) as pack:
        (problem,) = pack.problems
    assert problem.what_in(german.translate) == (
        "erwartet eine Datei, gefunden eine symbolische Verknüpfung"
    )

"""Problems made in core speak the user's language where they are shown: every word a problem is
made of is in every shipped catalogue, and `postureapp exercises validate` under a German locale
prints German lines (the same check as the editor, in the same words)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from postureapp.core.exercises import validate_path
from postureapp.core.exercises.packs import open_pack
from postureapp.core.i18n import SHIPPED, Phrase
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.problems import Problem, ProblemError, read_json, read_toml
from postureapp.paths import assets_dir

#: One file with a mistake of almost every kind the exercise reader knows.
BAD = """\
id = "Bad Id"
title = "{title}"
summary = ""
areas = ["upper-back", "upper-back"]
movement = "sideways"
position = "floor"
suits = ["short", "long"]
sides = 3
rounds = "two"
cautions = []
sources = [""]
colour = "blue"
summery = "typo"

[[steps]]
text = "Turn slowly."
seconds = 500
cue = "hum"
mirror = "yes"
illustration = "../outside.svg"
txet = "typo"

[[steps]]
text = "Look."
seconds = 10
illustration = "gone.svg"
[steps.pose]
view = "top"
start = {{ base = "lying", neck = {{ twist = 5 }}, left_hand = "pocket" }}
end = {{ base = "seated", neck = {{ flex = 120 }}, props = ["chair", "chair"] }}
via = "up"
extra = true

[translations.xx-YY]
title = "x"

[translations.de]
title = ""
cautions = ["a", "b"]
steps = "not a list"
"""


def bad_file(folder: Path, title: str = "A" * 60) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bad.toml"
    path.write_text(BAD.format(title=title), encoding="utf-8")
    return path


def phrases(phrase: Phrase) -> Iterator[Phrase]:
    yield phrase
    for arg in phrase.args:
        if isinstance(arg, Phrase):
            yield from phrases(arg)


def many_problems(tmp_path: Path) -> list[Problem]:
    found = validate_path(bad_file(tmp_path / "exercises"))
    for name, data in [("not-toml.toml", b"title = = 1"), ("latin.toml", b"title = '\xe9'")]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ProblemError) as caught:
            read_toml(tmp_path / name)
        found.append(caught.value.problem)
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(ProblemError) as caught:
        read_json(tmp_path / "bad.json")
    found.append(caught.value.problem)
    packs = {
        "nozip.exercises.zip": None,
        "nomanifest.exercises.zip": {"exercises/x.toml": "id = 'x'"},
        "oldapp.exercises.zip": {"manifest.toml": 'format = "postureapp-exercises"\nversion = 99'},
        "wrong.exercises.zip": {"manifest.toml": 'format = "other"', "../evil": "x"},
    }
    for name, entries in packs.items():
        path = tmp_path / name
        if entries is None:
            path.write_bytes(b"not a zip")
        else:
            with zipfile.ZipFile(path, "w") as archive:
                for entry, text in entries.items():
                    archive.writestr(entry, text)
        with open_pack(path) as pack:
            found.extend(pack.problems)
    return found


def test_every_word_of_a_problem_is_in_every_catalogue(tmp_path: Path) -> None:
    problems = many_problems(tmp_path)
    assert len(problems) >= 35, [str(p) for p in problems]
    said = [phrase for problem in problems if problem.said for phrase in phrases(problem.said)]
    assert all(problem.said is not None for problem in problems), [
        str(p) for p in problems if p.said is None
    ]
    sources = {(phrase.context, phrase.source) for phrase in said}
    assert len(sources) >= 35
    for code in SHIPPED:
        catalogue = Catalogue.read(assets_dir() / "translations" / f"postureapp_{code}.qm")
        missing = sorted(source for source in sources if source not in catalogue.messages)
        assert not missing, f"{code}: not translated: {missing}"


def test_german_problems_say_no_english_and_english_stays_as_it_was(tmp_path: Path) -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    problems = many_problems(tmp_path)
    for problem in problems:
        english, words = problem.what, problem.what_in(german.translate)
        assert words != english, english
        assert not words.startswith("expected") and ", found " not in words, words
        assert problem.text() == str(problem) and problem.text().endswith(english)
    by_field = {problem.field: problem for problem in problems}
    title = by_field["title"]
    assert title.what == "expected text of 1 to 40 characters, found 60 characters"
    assert title.what_in(german.translate) == (
        "erwartet Text mit 1 bis 40 Zeichen, gefunden 60 Zeichen"
    )


def run_cli(*argv: str, lang: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(LANG=lang, POSTUREAPP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "postureapp", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_validate_speaks_german_under_a_german_locale(tmp_path: Path) -> None:
    path = bad_file(tmp_path / "check")
    result = run_cli("exercises", "validate", str(path), lang="de_DE.UTF-8", home=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) >= 25, result.stderr
    assert f"{path}:2: title: erwartet Text mit 1 bis 40 Zeichen, gefunden 60 Zeichen" in lines
    assert any("rounds: erwartet eine ganze Zahl von 1 bis" in line for line in lines), lines
    english = [line for line in lines if "expected" in line or "found" in line]
    assert not english, "\n".join(english)
    assert lines[-1] == f"Probleme: {len(lines) - 1}, in Dateien: 1"


def test_validate_stays_english_for_english_users(tmp_path: Path) -> None:
    path = bad_file(tmp_path / "check")
    result = run_cli("exercises", "validate", str(path), lang="C.UTF-8", home=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f"{path}:2: title: expected text of 1 to 40 characters, found 60 characters" in lines
    assert [str(problem) for problem in validate_path(path)] == lines[:-1]


def german_lines(problems: list[Problem]) -> list[str]:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    return [problem.text(german.translate) for problem in problems]


ENGLISH_WORDS = ("expected", "found", "the default", "is used instead", "moved to", "kept as")


def test_a_bad_settings_file_is_reported_in_german(tmp_path: Path) -> None:
    from datetime import datetime

    from postureapp.core.settings import load

    path = tmp_path / "settings.toml"
    path.write_text(
        'schema_version = "one"\nschedule = 3\n\n[breaks]\nshort_break_seconds = "long"\nsnoze = 2\n',
        encoding="utf-8",
    )
    result = load(path, now=datetime.now().astimezone())
    lines = german_lines(result.problems)
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"{path}:1: schema_version: muss eine ganze Zahl sein")
    assert any("schedule: muss ein Abschnitt [schedule] sein" in line for line in lines), lines
    assert any("stattdessen gilt der Standardwert" in line for line in lines), lines
    for line in lines:
        assert not any(word in line for word in ENGLISH_WORDS), line
    (tmp_path / "broken.toml").write_text("[breaks\n", encoding="utf-8")
    moved = load(tmp_path / "broken.toml", now=datetime.now().astimezone())
    (line,) = german_lines(moved.problems)
    assert "ist kein gültiges TOML" in line and "die Datei wurde nach" in line, line
    assert str(moved.problems[0]).endswith("and the defaults are in use")


def test_a_bad_export_is_refused_in_german(tmp_path: Path) -> None:
    from postureapp.core.history import ExportFile, ImportFileError

    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    path = tmp_path / "export.csv"
    path.write_text("uid,kind,colour\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        ExportFile(path).check()
    english, words = str(caught.value), caught.value.text(german.translate)
    assert english.startswith(f"{path}: cannot import, nothing was added:")
    assert words.startswith(f"{path}: Import nicht möglich, nichts wurde hinzugefügt:")
    assert "fehlende Spalte" in words and "unbekannte Spalte colour" in words, words
    assert "missing column" not in words and "expected" not in words


def test_a_damaged_safety_state_is_told_in_german(tmp_path: Path) -> None:
    from datetime import datetime

    from postureapp.core.safety import load_safety_state

    path = tmp_path / "safety.json"
    path.write_text("[1, 2]", encoding="utf-8")
    loaded = load_safety_state(path, now=datetime.now().astimezone())
    lines = german_lines(list(loaded.problems))
    assert lines[0] == f"{path}: erwartet ein JSON-Objekt, gefunden [1, 2]", lines
    assert "als safety.json.bad-" in lines[1] and "die gültigen Werte gelten weiter" in lines[1]

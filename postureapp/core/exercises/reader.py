"""Reading exercise packs: every file checked field by field, every mistake reported precisely.

Content is user-editable, so every rule lives here and every mistake names the file, the line, the
field, what was expected and what was found (see `core.problems`). One bad file never hides the
others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from postureapp.core.exercises.model import (
    BUILTIN,
    CAUTION_COUNT,
    CUSTOM,
    ILLUSTRATION_MAX_BYTES,
    ILLUSTRATION_SUFFIXES,
    ROUNDS,
    STEP_COUNT,
    STEP_SECONDS,
    STEP_TEXT_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    Exercise,
    Step,
)
from postureapp.core.exercises.translations import (
    localized,
    read_translations,
    translation_line,
)
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.library_words import cannot_read
from postureapp.core.pose import parse_pose
from postureapp.core.problem_words import either, say
from postureapp.core.problems import (
    MISSING,
    Collector,
    Problem,
    ProblemError,
    noted,
    problem,
    read_toml,
    show,
)
from postureapp.core.terms import (
    Area,
    BreakKind,
    Cue,
    Equipment,
    Movement,
    Position,
    Side,
    Sides,
    values,
)

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
TOP_KEYS = (
    "id",
    "title",
    "summary",
    "areas",
    "movement",
    "position",
    "equipment",
    "suits",
    "sides",
    "first_side",
    "rounds",
    "cautions",
    "sources",
    "steps",
    "translations",
)
STEP_KEYS = ("text", "seconds", "pose", "illustration", "cue", "mirror")


class ExerciseError(ProblemError):
    """One precise problem in one exercise file, raised by `load_exercise`."""


def key_line(text: str, field_name: str) -> int | None:
    """Best-effort line of a field such as `title` or `steps[2].seconds`, for error messages."""
    if field_name.startswith("translations."):
        return translation_line(text, field_name)
    pose = re.fullmatch(r"steps\[(\d+)\]\.pose(?:\.(\w+))?.*", field_name)
    if pose is not None:
        return _pose_line(text, int(pose.group(1)), pose.group(2))
    match = re.fullmatch(r"(?:steps\[(\d+)\])?\.?(\w*)", field_name)
    if match is None:
        return None
    step_index = int(match.group(1)) if match.group(1) else None
    key = match.group(2)
    key_pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=") if key else None
    steps_seen = 0
    in_wanted_table = step_index is None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            if re.fullmatch(r"\[\[\s*steps\s*\]\]\s*(#.*)?", stripped):
                steps_seen += 1
                in_wanted_table = steps_seen == step_index
                if in_wanted_table and key_pattern is None:
                    return number
            else:
                in_wanted_table = False
            continue
        if in_wanted_table and key_pattern is not None and key_pattern.match(line):
            return number
    return None


def _pose_line(text: str, step_index: int, key: str | None) -> int | None:
    """The line of `key` in the n-th step's pose table (or of the table itself)."""
    steps_seen, in_pose, header = 0, False, None
    key_pattern = re.compile(rf"\s*{re.escape(key)}\s*[=.]") if key else None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if re.fullmatch(r"\[\[\s*steps\s*\]\]\s*(#.*)?", stripped):
            steps_seen += 1
            in_pose = False
            continue
        if steps_seen != step_index:
            continue
        if stripped.startswith("["):
            in_pose = re.fullmatch(r"\[\s*steps\s*\.\s*pose\s*\]\s*(#.*)?", stripped) is not None
            header = number if in_pose else header
            continue
        if re.match(r"\s*pose\s*=", line):
            return number
        if in_pose and key_pattern is not None and key_pattern.match(line):
            return number
    return header


def _picture(
    check: Collector,
    step: Mapping[str, Any],
    label: str,
    folders: Sequence[Path],
    root: Path | None = None,
) -> Path | None:
    """The step's picture, found in one of `folders` and never outside them (no symlink escape)."""
    value = step.get("illustration", MISSING)
    kinds = either(ILLUSTRATION_SUFFIXES)
    if not isinstance(value, str):
        check.fail(
            label, say(QT_TRANSLATE_NOOP("problems", "the name of a {0} file"), kinds), show(value)
        )
        return None
    relative = PurePosixPath(value)
    if relative.is_absolute() or ".." in relative.parts or "\\" in value or ":" in value:
        expected = say(
            QT_TRANSLATE_NOOP("problems", "a file name relative to the illustration folder")
        )
        check.fail(label, expected, show(value))
        return None
    if relative.suffix.lower() not in ILLUSTRATION_SUFFIXES:
        check.fail(label, say(QT_TRANSLATE_NOOP("problems", "a {0} file"), kinds), show(value))
        return None
    # The first folder is the pack's own: a picture (or a picture folder) that is a link to
    # somewhere outside it is refused, so a pack cannot show any file on the machine.
    root = root or (folders[0] if folders else Path())
    for folder in folders:
        candidate = folder / relative
        if not candidate.is_file():
            continue
        resolved = candidate.resolve()
        if not resolved.is_relative_to(root.resolve()):
            check.fail(
                label,
                say(QT_TRANSLATE_NOOP("problems", "a file inside {0}"), root),
                say(QT_TRANSLATE_NOOP("problems", "a link to {0}"), resolved),
            )
            return None
        size = resolved.stat().st_size
        if size > ILLUSTRATION_MAX_BYTES:
            limit = f"{ILLUSTRATION_MAX_BYTES:,}"
            expected = say(QT_TRANSLATE_NOOP("problems", "a picture of at most {0} bytes"), limit)
            check.fail(label, expected, f"{size:,}")
            return None
        return resolved
    where = either([str(folder) for folder in folders])
    check.fail(
        label,
        say(QT_TRANSLATE_NOOP("problems", "an existing file in {0}"), where),
        say(QT_TRANSLATE_NOOP("problems", "no file named {0}"), show(value)),
    )
    return None


def _step(
    check: Collector, raw: object, number: int, folders: Sequence[Path], root: Path | None
) -> Step | None:
    label = f"steps[{number}]"
    if not isinstance(raw, dict):
        check.fail(label, say(QT_TRANSLATE_NOOP("problems", "a [[steps]] table")), show(raw))
        return None
    check.unknown_keys(raw, STEP_KEYS, label + ".")
    before = len(check.problems)
    text = check.text(raw, "text", STEP_TEXT_MAX, label + ".text")
    seconds = check.integer(raw, "seconds", STEP_SECONDS, label + ".seconds")
    pose = None
    if "pose" in raw:
        pose, problems = parse_pose(raw["pose"], label + ".pose")
        for mistake in problems:
            check.fail(mistake.field, *mistake.said)
    picture = None
    if "illustration" in raw or "pose" not in raw:
        picture = _picture(check, raw, label + ".illustration", folders, root)
    cue = raw.get("cue")
    if cue is not None:
        cue = check.choice(raw, "cue", values(Cue), label=label + ".cue")
    mirror = check.boolean(raw, "mirror", True, label + ".mirror")
    if len(check.problems) > before or text is None or seconds is None:
        return None
    if picture is None and pose is None:
        return None
    assert mirror is not None
    return Step(
        text=text,
        seconds=seconds,
        illustration=picture,
        cue=Cue(cue) if cue else None,
        mirror=mirror,
        pose=pose,
    )


def read_exercise(
    path: Path, illustration_dirs: Sequence[Path], origin: str
) -> tuple[Exercise | None, list[Problem]]:
    """The exercise in `path`, or None with every problem found in it."""
    try:
        data, text = read_toml(path)
    except FileNotFoundError:
        expected = say(QT_TRANSLATE_NOOP("problems", "an exercise file"))
        return None, [
            problem(path, "", expected, say(QT_TRANSLATE_NOOP("problems", "no such file")))
        ]
    except ProblemError as error:
        return None, [error.problem]
    return check_exercise(data, text, path, illustration_dirs, origin)


def check_exercise(
    data: Mapping[str, Any],
    text: str,
    path: Path,
    illustration_dirs: Sequence[Path],
    origin: str,
    *,
    picture_root: Path | None = None,
) -> tuple[Exercise | None, list[Problem]]:
    """The exercise that parsed TOML `data` (from `text`, to be saved as `path`) describes, or
    None with every problem in it: the checks of `read_exercise`, for a file not written yet.

    Pictures must resolve inside `picture_root` (by default the first of `illustration_dirs`,
    the pack's own folder); the editor widens it to pictures the user picked themselves.
    """
    check = Collector(path, lambda name: key_line(text, name))
    check.unknown_keys(data, TOP_KEYS)

    exercise_id = data.get("id", MISSING)
    if not isinstance(exercise_id, str) or not _ID_PATTERN.fullmatch(exercise_id):
        expected = say(QT_TRANSLATE_NOOP("problems", "lowercase letters, digits and hyphens"))
        check.fail("id", expected, show(exercise_id))
    elif exercise_id != path.stem:
        expected = say(
            QT_TRANSLATE_NOOP("problems", "the file name without .toml ('{0}')"), path.stem
        )
        check.fail("id", expected, show(exercise_id))

    title = check.text(data, "title", TITLE_MAX)
    summary = check.text(data, "summary", SUMMARY_MAX)
    areas = check.choices(data, "areas", values(Area), minimum=1)
    movement = check.choice(data, "movement", values(Movement))
    position = check.choice(data, "position", values(Position))
    equipment = check.choices(data, "equipment", values(Equipment), minimum=0)
    suits = check.choices(data, "suits", values(BreakKind), minimum=1)
    sides = check.choice(data, "sides", values(Sides))
    first_side = check.choice(data, "first_side", values(Side), default=Side.RIGHT.value)
    rounds = check.integer(data, "rounds", ROUNDS, default=1)
    cautions = check.strings(data, "cautions", CAUTION_COUNT)
    sources = check.strings(data, "sources", (0, None))

    away_from_desk = position == Position.FLOOR or bool(equipment)
    if suits is not None and away_from_desk and suits != (BreakKind.LONG,):
        expected = (
            say(QT_TRANSLATE_NOOP("problems", 'only "long" for a floor exercise'))
            if position == Position.FLOOR
            else say(
                QT_TRANSLATE_NOOP("problems", 'only "long" for an exercise that needs equipment')
            )
        )
        check.fail("suits", expected, show(list(suits)))

    raw_steps = data.get("steps", MISSING)
    steps: list[Step | None] = []
    low, high = STEP_COUNT
    expected_steps = say(QT_TRANSLATE_NOOP("problems", "{0} to {1} [[steps]] tables"), low, high)
    if not isinstance(raw_steps, list):
        check.fail("steps", expected_steps, show(raw_steps))
    elif not low <= len(raw_steps) <= high:
        found = say(QT_TRANSLATE_NOOP("problems", "{0} steps"), len(raw_steps))
        check.fail("steps", expected_steps, found)
    else:
        steps = [
            _step(check, raw, n, illustration_dirs, picture_root)
            for n, raw in enumerate(raw_steps, 1)
        ]
    translations = read_translations(check, data, len(cautions or ()), len(steps))

    if not check.ok:
        return None, check.problems
    # Every field was checked above; these asserts only narrow the types for mypy.
    assert isinstance(exercise_id, str) and title and summary and areas and movement
    assert position and equipment is not None and suits and sides and first_side and rounds
    assert cautions and sources is not None
    exercise = Exercise(
        id=exercise_id,
        title=title,
        summary=summary,
        areas=tuple(Area(area) for area in areas),
        movement=Movement(movement),
        position=Position(position),
        equipment=tuple(Equipment(item) for item in equipment),
        suits=tuple(BreakKind(kind) for kind in suits),
        sides=Sides(sides),
        first_side=Side(first_side),
        rounds=rounds,
        cautions=cautions,
        sources=sources,
        steps=tuple(step for step in steps if step is not None),
        path=path.resolve(),
        origin=origin,
        translations=translations,
    )
    return exercise, []


def load_exercise(path: Path, *, illustration_dirs: Sequence[Path], origin: str) -> Exercise:
    """Load one exercise file; raise the first problem found (validate_path lists them all)."""
    exercise, problems = read_exercise(path, illustration_dirs, origin)
    if exercise is None:
        raise ExerciseError(problems[0])
    return exercise


def exercise_files(folder: Path) -> list[Path]:
    """The exercise files of a pack, in a stable order."""
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def pack_illustration_dirs(folder: Path) -> tuple[Path, ...]:
    """A custom pack keeps its pictures beside its TOML files or in an illustrations/ subfolder."""
    return (folder, folder / "illustrations")


@dataclass
class Library:
    """Every exercise the app may offer, plus what went wrong and what was overridden on the way."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def localized(self, languages: Sequence[str]) -> Library:
        """The same library with each exercise in the first of `languages` it has."""
        exercises = {key: localized(ex, languages) for key, ex in self.exercises.items()}
        return Library(exercises, list(self.problems), list(self.notes))


def _load_folder(
    folder: Path, illustration_dirs: Sequence[Path], origin: str, library: Library
) -> list[Exercise]:
    loaded: list[Exercise] = []
    try:
        files = exercise_files(folder)
    except OSError as error:
        library.problems.append(noted(folder, "", cannot_read(error)))
        return loaded
    for path in files:
        exercise, problems = read_exercise(path, illustration_dirs, origin)
        library.problems.extend(problems)
        if exercise is not None:
            loaded.append(exercise)
    return loaded


def load_library(
    builtin_dir: Path, builtin_illustrations: Path, custom_dir: Path | None
) -> Library:
    """Load built-ins, then the custom pack over them; one bad file never hides the others."""
    library = Library()
    if not builtin_dir.is_dir():
        library.problems.append(
            problem(
                builtin_dir,
                "",
                say(QT_TRANSLATE_NOOP("problems", "the folder of built-in exercises")),
                say(QT_TRANSLATE_NOOP("problems", "no such folder")),
            )
        )
    else:
        builtins = _load_folder(builtin_dir, (builtin_illustrations,), BUILTIN, library)
        library.exercises.update((ex.id, ex) for ex in builtins)
    if custom_dir is not None and custom_dir.is_dir():
        customs = _load_folder(custom_dir, pack_illustration_dirs(custom_dir), CUSTOM, library)
        for exercise in customs:
            if exercise.id in library.exercises:
                library.notes.append(
                    f"custom exercise '{exercise.id}' ({exercise.path}) replaces the built-in one"
                )
            library.exercises[exercise.id] = exercise
    return library


def validate_path(path: Path, *, illustration_dirs: Sequence[Path] | None = None) -> list[Problem]:
    """Every problem in one file or in every *.toml of a folder, laid out as a custom pack.

    Pass `illustration_dirs` to check a pack whose pictures live elsewhere (the built-in assets).
    Two files in one folder cannot share an id, because each id must equal its file name.
    """
    folder = path if path.is_dir() else path.parent
    dirs = pack_illustration_dirs(folder) if illustration_dirs is None else illustration_dirs
    files = exercise_files(path) if path.is_dir() else [path]
    return [problem for file in files for problem in read_exercise(file, dirs, CUSTOM)[1]]

"""Exercises as data: the model, loading and validating TOML packs, choosing what a break offers.

Content is user-editable, so every rule lives here and every mistake is reported with the file, the
field, the line where it can be found, what was expected and what was found.
"""

from __future__ import annotations

import difflib
import random
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

AREAS = ("upper-back", "neck", "shoulders", "chest", "lower-back")
MOVEMENTS = ("rotation", "extension", "flexion", "side-bend", "neck", "shoulder-blades")
POSITIONS = ("seated", "standing", "floor")
EQUIPMENT = ("wall", "foam-roller", "towel")
KINDS = ("short", "long")
SIDES = ("none", "both")
FIRST_SIDES = ("right", "left")
CUES = ("inhale", "exhale", "breathe")
ILLUSTRATION_SUFFIXES = (".svg", ".png")
BUILTIN = "built-in"
CUSTOM = "custom"

TITLE_MAX = 40
SUMMARY_MAX = 90
STEP_TEXT_MAX = 110
STEP_SECONDS = (2, 120)
ROUNDS = (1, 10)
STEP_COUNT = (1, 6)
CAUTION_COUNT = (1, 4)

# A long break aims for one of each of these before filling with anything else.
BALANCED_MOVEMENTS = ("rotation", "extension", "neck", "shoulder-blades")
LONG_SIZE = (3, 5)
# A long routine may run over its target by this fraction (or at least LONG_SLACK_SECONDS).
LONG_SLACK = 0.1
LONG_SLACK_SECONDS = 20
# A short break prefers exercises whose length is within these multiples of the target.
SHORT_NEAR = (0.5, 1.6)
# Routine order: stay seated, then stand up, then get down to the floor once; gentle neck and
# shoulder-blade work warms up before the larger spinal movements.
_POSITION_ORDER = {name: rank for rank, name in enumerate(POSITIONS)}
_MOVEMENT_ORDER = {
    name: rank
    for rank, name in enumerate(
        ("neck", "shoulder-blades", "rotation", "side-bend", "flexion", "extension")
    )
}

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
_TOP_KEYS = (
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
)
_STEP_KEYS = ("text", "seconds", "illustration", "cue", "mirror")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_MISSING = object()


class ExerciseError(Exception):
    """One precise problem in one exercise file, ready to show to the person who wrote it."""

    def __init__(
        self,
        path: Path,
        field: str,
        expected: str,
        found: str,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = path
        self.field = field
        self.expected = expected
        self.found = found
        self.line = line
        self.column = column
        super().__init__(self._message())

    def _message(self) -> str:
        parts = [str(self.path)]
        if self.column is not None:
            parts.append(f"line {self.line}, column {self.column}")
        if self.field:
            parts.append(self.field)
        text = ": ".join(parts) + f": expected {self.expected}, found {self.found}"
        if self.line is not None and self.column is None:
            text += f" (line {self.line})"
        return text


@dataclass(frozen=True)
class Step:
    text: str
    seconds: int
    illustration: Path
    cue: str | None
    mirror: bool


@dataclass(frozen=True)
class PlannedStep:
    """One timed step as the break window shows it: which picture, which side, which round."""

    exercise_id: str
    title: str
    text: str
    seconds: int
    illustration: Path
    mirrored: bool
    side: str | None
    cue: str | None
    step_number: int
    step_count: int
    round_number: int


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    areas: tuple[str, ...]
    movement: str
    position: str
    equipment: tuple[str, ...]
    suits: tuple[str, ...]
    sides: str
    first_side: str
    rounds: int
    cautions: tuple[str, ...]
    sources: tuple[str, ...]
    steps: tuple[Step, ...]
    path: Path
    origin: str

    @property
    def side_order(self) -> tuple[str | None, ...]:
        """The sides in the order they are done; a single `None` when the exercise has no sides."""
        if self.sides == "none":
            return (None,)
        other = "left" if self.first_side == "right" else "right"
        return (self.first_side, other)

    @property
    def duration_seconds(self) -> int:
        return len(self.side_order) * self.rounds * sum(step.seconds for step in self.steps)

    def expand(self) -> tuple[PlannedStep, ...]:
        """Unroll sides, rounds and steps; pictures face right, so left-side steps are mirrored."""
        order = [
            (side, round_number, step)
            for side in self.side_order
            for round_number in range(1, self.rounds + 1)
            for step in self.steps
        ]
        return tuple(
            PlannedStep(
                exercise_id=self.id,
                title=self.title,
                text=step.text,
                seconds=step.seconds,
                illustration=step.illustration,
                mirrored=side == "left" and step.mirror,
                side=side,
                cue=step.cue,
                step_number=number,
                step_count=len(order),
                round_number=round_number,
            )
            for number, (side, round_number, step) in enumerate(order, start=1)
        )


@dataclass(frozen=True)
class BreakPlan:
    kind: str
    exercises: tuple[Exercise, ...]
    steps: tuple[PlannedStep, ...]

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(exercise.id for exercise in self.exercises)


def plan_break(kind: str, exercises: Sequence[Exercise]) -> BreakPlan:
    """Everything the break window needs, as one flat list of timed steps."""
    chosen = tuple(exercises)
    return BreakPlan(kind, chosen, tuple(step for ex in chosen for step in ex.expand()))


# ----------------------------------------------------------------------------------------- loading


def _show(value: object) -> str:
    """Render a found value the way the author wrote it in TOML, shortened if long."""
    if value is _MISSING:
        return "nothing (the field is missing)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _key_line(text: str, field_name: str) -> int | None:
    """Best-effort line of a field such as `title` or `steps[2].seconds`, for error messages."""
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


class _Reader:
    """Checks one parsed file field by field, collecting every problem instead of stopping."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.errors: list[ExerciseError] = []

    def fail(self, field_name: str, expected: str, found: str) -> None:
        line = _key_line(self.text, field_name)
        self.errors.append(ExerciseError(self.path, field_name, expected, found, line=line))

    def check_keys(self, table: Mapping[str, Any], known: Sequence[str], prefix: str) -> None:
        for key in table:
            if key in known:
                continue
            close = difflib.get_close_matches(key, known, n=1)
            expected = (
                f"a known key (did you mean '{close[0]}'?)"
                if close
                else "one of the keys " + ", ".join(known)
            )
            self.fail(prefix + key, expected, f"unknown key '{key}'")

    def text_field(self, table: Mapping[str, Any], name: str, limit: int, label: str) -> str | None:
        value = table.get(name, _MISSING)
        expected = f"text of 1 to {limit} characters"
        if not isinstance(value, str):
            self.fail(label, expected, _show(value))
        elif not value.strip() or len(value.strip()) > limit:
            self.fail(label, expected, f"{len(value.strip())} characters")
        else:
            return value.strip()
        return None

    def choice(
        self, table: Mapping[str, Any], name: str, allowed: Sequence[str], default: str = ""
    ) -> str | None:
        value = table.get(name, default or _MISSING)
        if isinstance(value, str) and value in allowed:
            return value
        self.fail(name, "one of " + ", ".join(allowed), _show(value))
        return None

    def list_field(
        self, table: Mapping[str, Any], name: str, expected: str, optional: bool
    ) -> list[Any] | None:
        """The value when it is a list (an absent optional list is empty), otherwise None."""
        value = table.get(name, [] if optional else _MISSING)
        if isinstance(value, list):
            return value
        self.fail(name, expected, _show(value))
        return None

    def choices(
        self, table: Mapping[str, Any], name: str, allowed: Sequence[str], minimum: int
    ) -> tuple[str, ...] | None:
        at_least = "at least one of" if minimum else "any of"
        expected = f"a list of {at_least} " + ", ".join(allowed) + " (no repeats)"
        value = self.list_field(table, name, expected, optional=minimum == 0)
        if value is None:
            return None
        bad = [item for item in value if not isinstance(item, str) or item not in allowed]
        if bad:
            self.fail(name, expected, _show(bad[0]))
        elif len(value) < minimum:
            self.fail(name, expected, "an empty list")
        elif len(set(value)) != len(value):
            repeated = next(item for item in value if value.count(item) > 1)
            self.fail(name, expected, f"'{repeated}' twice")
        else:
            return tuple(value)
        return None

    def strings(
        self, table: Mapping[str, Any], name: str, bounds: tuple[int, int | None]
    ) -> tuple[str, ...] | None:
        low, high = bounds
        count = f"{low} to {high}" if high is not None else "any number of"
        expected = f"a list of {count} non-empty strings"
        value = self.list_field(table, name, expected, optional=low == 0)
        if value is None:
            return None
        bad = [item for item in value if not isinstance(item, str) or not item.strip()]
        if bad:
            self.fail(name, expected, _show(bad[0]))
        elif len(value) < low or (high is not None and len(value) > high):
            self.fail(name, expected, f"{len(value)} items")
        else:
            return tuple(item.strip() for item in value)
        return None

    def integer(
        self,
        table: Mapping[str, Any],
        name: str,
        bounds: tuple[int, int],
        label: str,
        default: int | None = None,
    ) -> int | None:
        value = table.get(name, _MISSING if default is None else default)
        low, high = bounds
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        self.fail(label, f"an integer from {low} to {high}", _show(value))
        return None

    def illustration(
        self, step: Mapping[str, Any], label: str, folders: Sequence[Path]
    ) -> Path | None:
        value = step.get("illustration", _MISSING)
        kinds = " or ".join(ILLUSTRATION_SUFFIXES)
        if not isinstance(value, str):
            self.fail(label, f"the name of a {kinds} file", _show(value))
            return None
        relative = PurePosixPath(value)
        if relative.is_absolute() or ".." in relative.parts or "\\" in value or ":" in value:
            self.fail(label, "a file name relative to the illustration folder", _show(value))
            return None
        if relative.suffix.lower() not in ILLUSTRATION_SUFFIXES:
            self.fail(label, f"a {kinds} file", _show(value))
            return None
        for folder in folders:
            candidate = folder / relative
            if candidate.is_file():
                return candidate.resolve()
        where = " or ".join(str(folder) for folder in folders)
        self.fail(label, f"an existing file in {where}", f"no file named {_show(value)}")
        return None

    def step(self, raw: object, number: int, folders: Sequence[Path]) -> Step | None:
        label = f"steps[{number}]"
        if not isinstance(raw, dict):
            self.fail(label, "a [[steps]] table", _show(raw))
            return None
        self.check_keys(raw, _STEP_KEYS, label + ".")
        errors_before = len(self.errors)
        text = self.text_field(raw, "text", STEP_TEXT_MAX, label + ".text")
        seconds = self.integer(raw, "seconds", STEP_SECONDS, label + ".seconds")
        picture = self.illustration(raw, label + ".illustration", folders)
        cue = raw.get("cue")
        if cue is not None and cue not in CUES:
            self.fail(label + ".cue", "one of " + ", ".join(CUES), _show(cue))
        mirror = raw.get("mirror", True)
        if not isinstance(mirror, bool):
            self.fail(label + ".mirror", "true or false", _show(mirror))
        if len(self.errors) > errors_before or text is None or seconds is None or picture is None:
            return None
        return Step(text=text, seconds=seconds, illustration=picture, cue=cue, mirror=mirror)


def _parse_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Read and parse a file, turning I/O, encoding and syntax trouble into an ExerciseError."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ExerciseError(path, "", "a readable file", exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ExerciseError(
            path, "", "UTF-8 text", f"byte {exc.object[exc.start]:#04x} at offset {exc.start}"
        ) from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.search(message)
        if position:
            line, column = int(position.group(1)), int(position.group(2))
        else:
            line, column = text.count("\n") + 1, 1
        reason = _TOML_POSITION.sub("", message).replace("(at end of document)", "").strip()
        raise ExerciseError(
            path, "", "valid TOML", f"a syntax error ({reason})", line=line, column=column
        ) from exc


def _read_exercise(
    path: Path, illustration_dirs: Sequence[Path], origin: str
) -> tuple[Exercise | None, list[ExerciseError]]:
    try:
        data, text = _parse_toml(path)
    except ExerciseError as exc:
        return None, [exc]
    reader = _Reader(path, text)
    reader.check_keys(data, _TOP_KEYS, "")

    exercise_id = data.get("id", _MISSING)
    if not isinstance(exercise_id, str) or not _ID_PATTERN.fullmatch(exercise_id):
        reader.fail("id", "lowercase letters, digits and hyphens", _show(exercise_id))
    elif exercise_id != path.stem:
        reader.fail("id", f"the file name without .toml ('{path.stem}')", _show(exercise_id))

    title = reader.text_field(data, "title", TITLE_MAX, "title")
    summary = reader.text_field(data, "summary", SUMMARY_MAX, "summary")
    areas = reader.choices(data, "areas", AREAS, minimum=1)
    movement = reader.choice(data, "movement", MOVEMENTS)
    position = reader.choice(data, "position", POSITIONS)
    equipment = reader.choices(data, "equipment", EQUIPMENT, minimum=0)
    suits = reader.choices(data, "suits", KINDS, minimum=1)
    sides = reader.choice(data, "sides", SIDES)
    first_side = reader.choice(data, "first_side", FIRST_SIDES, default="right")
    rounds = reader.integer(data, "rounds", ROUNDS, "rounds", default=1)
    cautions = reader.strings(data, "cautions", CAUTION_COUNT)
    sources = reader.strings(data, "sources", (0, None))

    if suits is not None and (position == "floor" or equipment) and suits != ("long",):
        needs = "a floor exercise" if position == "floor" else "an exercise that needs equipment"
        reader.fail("suits", f'only "long" for {needs}', _show(list(suits)))

    raw_steps = data.get("steps", _MISSING)
    steps: list[Step | None] = []
    low, high = STEP_COUNT
    expected_steps = f"{low} to {high} [[steps]] tables"
    if not isinstance(raw_steps, list):
        reader.fail("steps", expected_steps, _show(raw_steps))
    elif not low <= len(raw_steps) <= high:
        reader.fail("steps", expected_steps, f"{len(raw_steps)} steps")
    else:
        steps = [reader.step(raw, n, illustration_dirs) for n, raw in enumerate(raw_steps, 1)]

    if reader.errors:
        return None, reader.errors
    # Every field was checked above; these asserts only narrow the types for mypy.
    assert isinstance(exercise_id, str) and title and summary and areas and movement
    assert position and equipment is not None and suits and sides and first_side and rounds
    assert cautions and sources is not None
    return (
        Exercise(
            id=exercise_id,
            title=title,
            summary=summary,
            areas=areas,
            movement=movement,
            position=position,
            equipment=equipment,
            suits=suits,
            sides=sides,
            first_side=first_side,
            rounds=rounds,
            cautions=cautions,
            sources=sources,
            steps=tuple(step for step in steps if step is not None),
            path=path.resolve(),
            origin=origin,
        ),
        [],
    )


def load_exercise(path: Path, *, illustration_dirs: Sequence[Path], origin: str) -> Exercise:
    """Load one exercise file; raise the first problem found (validate_path lists them all)."""
    exercise, errors = _read_exercise(path, illustration_dirs, origin)
    if exercise is None:
        raise errors[0]
    return exercise


def exercise_files(folder: Path) -> list[Path]:
    """The exercise files of a pack, in a stable order."""
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def pack_illustration_dirs(folder: Path) -> tuple[Path, ...]:
    """A custom pack keeps its pictures beside its TOML files or in an illustrations/ subfolder."""
    return (folder, folder / "illustrations")


def _load_folder(
    folder: Path, illustration_dirs: Sequence[Path], origin: str
) -> tuple[list[Exercise], list[ExerciseError]]:
    loaded: list[Exercise] = []
    problems: list[ExerciseError] = []
    for path in exercise_files(folder):
        exercise, errors = _read_exercise(path, illustration_dirs, origin)
        problems.extend(errors)
        if exercise is not None:
            loaded.append(exercise)
    return loaded, problems


@dataclass
class Library:
    """Every exercise the app may offer, plus what went wrong and what was overridden on the way."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    problems: list[ExerciseError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def load_library(
    builtin_dir: Path, builtin_illustrations: Path, custom_dir: Path | None
) -> Library:
    """Load built-ins, then the custom pack over them; one bad file never hides the others."""
    library = Library()
    if not builtin_dir.is_dir():
        library.problems.append(
            ExerciseError(builtin_dir, "", "the folder of built-in exercises", "no such folder")
        )
    else:
        builtins, problems = _load_folder(builtin_dir, (builtin_illustrations,), BUILTIN)
        library.exercises.update((ex.id, ex) for ex in builtins)
        library.problems.extend(problems)
    if custom_dir is not None and custom_dir.is_dir():
        customs, problems = _load_folder(custom_dir, pack_illustration_dirs(custom_dir), CUSTOM)
        library.problems.extend(problems)
        for exercise in customs:
            if exercise.id in library.exercises:
                library.notes.append(
                    f"custom exercise '{exercise.id}' ({exercise.path}) replaces the built-in one"
                )
            library.exercises[exercise.id] = exercise
    return library


def validate_path(
    path: Path, *, illustration_dirs: Sequence[Path] | None = None
) -> list[ExerciseError]:
    """Every problem in one file or in every *.toml of a folder, laid out as a custom pack.

    Pass `illustration_dirs` to check a pack whose pictures live elsewhere (the built-in assets).
    Two files in one folder cannot share an id, because each id must equal its file name.
    """
    folder = path if path.is_dir() else path.parent
    dirs = pack_illustration_dirs(folder) if illustration_dirs is None else illustration_dirs
    files = exercise_files(path) if path.is_dir() else [path]
    return [error for file in files for error in _read_exercise(file, dirs, CUSTOM)[1]]


# ---------------------------------------------------------------------------------------- choosing


@dataclass(frozen=True)
class Preferences:
    """What the user allows a break to offer."""

    areas: frozenset[str]
    positions: frozenset[str]
    equipment: frozenset[str]

    @classmethod
    def default(cls) -> Preferences:
        """Every area, at the desk only: floor and equipment work is opt-in."""
        return cls(frozenset(AREAS), frozenset({"seated", "standing"}), frozenset())


def eligible(ex: Exercise, kind: str, prefs: Preferences) -> bool:
    """Whether `ex` may be offered in a break of `kind` under the user's preferences."""
    if kind not in ex.suits:
        return False
    if (ex.position == "floor" or ex.equipment) and kind != "long":
        return False
    return (
        bool(prefs.areas.intersection(ex.areas))
        and ex.position in prefs.positions
        and prefs.equipment.issuperset(ex.equipment)
    )


def _at_desk(ex: Exercise) -> bool:
    return ex.position != "floor" and not ex.equipment


class Chooser:
    """Picks the exercises for each break; all randomness comes from the injected generator."""

    def __init__(self, library: Library | Mapping[str, Exercise], rng: random.Random) -> None:
        exercises = library.exercises if isinstance(library, Library) else library
        self._exercises = tuple(sorted(exercises.values(), key=lambda ex: ex.id))
        self._rng = rng

    def choose(
        self, kind: str, prefs: Preferences, recent_ids: Sequence[str], target_seconds: int
    ) -> tuple[Exercise, ...]:
        """One exercise for a short break, a balanced routine of 3 to 5 for a long one.

        `recent_ids` lists what recent breaks offered, the most recent last.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown break kind {kind!r}; expected one of {', '.join(KINDS)}")
        tiers = self._tiers(kind, prefs)
        if not tiers:
            return ()
        last_use = {exercise_id: index for index, exercise_id in enumerate(recent_ids)}
        if kind == "short":
            return (self._short(tiers[0], last_use, target_seconds),)
        return self._long(tiers, last_use, target_seconds)

    def _tiers(self, kind: str, prefs: Preferences) -> list[list[Exercise]]:
        """Candidates from the strictest filter to the loosest, each tier holding only new ones.

        The first tier is what the user asked for; later ones stand in only when it is empty, or
        too small for a long routine.
        """
        any_area = replace(prefs, areas=frozenset(AREAS))
        any_desk_position = replace(any_area, positions=any_area.positions | {"seated", "standing"})
        filters: list[Callable[[Exercise], bool]] = [
            lambda ex: eligible(ex, kind, prefs),
            lambda ex: eligible(ex, kind, any_area),
            lambda ex: eligible(ex, kind, any_desk_position),
            _at_desk,
        ]
        seen: set[str] = set()
        tiers: list[list[Exercise]] = []
        for accepts in filters:
            tier = [ex for ex in self._exercises if ex.id not in seen and accepts(ex)]
            seen.update(ex.id for ex in tier)
            if tier:
                tiers.append(tier)
        return tiers

    def _by_freshness(
        self, candidates: Sequence[Exercise], last_use: Mapping[str, int]
    ) -> list[Exercise]:
        """Random order, then never-recent first and the most recent last."""
        ordered = list(candidates)
        self._rng.shuffle(ordered)
        ordered.sort(key=lambda ex: last_use.get(ex.id, -1))
        return ordered

    def _short(
        self, candidates: Sequence[Exercise], last_use: Mapping[str, int], target: int
    ) -> Exercise:
        ordered = self._by_freshness(candidates, last_use)
        freshest = last_use.get(ordered[0].id, -1)
        pool = [ex for ex in ordered if last_use.get(ex.id, -1) == freshest]
        low, high = SHORT_NEAR
        near = [ex for ex in pool if low * target <= ex.duration_seconds <= high * target]
        if not near:
            best = min(abs(ex.duration_seconds - target) for ex in pool)
            near = [ex for ex in pool if abs(ex.duration_seconds - target) == best]
        return near[0]

    def _long(
        self, tiers: Sequence[Sequence[Exercise]], last_use: Mapping[str, int], target: int
    ) -> tuple[Exercise, ...]:
        smallest, largest = LONG_SIZE
        limit = target + max(LONG_SLACK_SECONDS, round(target * LONG_SLACK))
        ordered = self._by_freshness(tiers[0], last_use)
        picked: list[Exercise] = []

        def total() -> int:
            return sum(ex.duration_seconds for ex in picked)

        def fits(ex: Exercise) -> bool:
            return ex not in picked and total() + ex.duration_seconds <= limit

        for movement in BALANCED_MOVEMENTS:
            match = next((ex for ex in ordered if ex.movement == movement and fits(ex)), None)
            if match is not None and len(picked) < largest:
                picked.append(match)
        while len(picked) < largest and not (len(picked) >= smallest and total() >= target):
            covered = {ex.movement for ex in picked}
            options = sorted(
                (ex for ex in ordered if fits(ex)), key=lambda ex: ex.movement in covered
            )
            if not options:
                break
            picked.append(options[0])
        for tier in tiers:
            spare = [ex for ex in self._by_freshness(tier, last_use) if ex not in picked]
            spare.sort(key=lambda ex: (ex.id in last_use, ex.duration_seconds))
            picked.extend(spare[: max(0, smallest - len(picked))])
        picked.sort(key=lambda ex: (_POSITION_ORDER[ex.position], _MOVEMENT_ORDER[ex.movement]))
        return fill_with_rounds(picked, target)


def round_seconds(ex: Exercise) -> int:
    """How long one more round of `ex` takes (on every side)."""
    return len(ex.side_order) * sum(step.seconds for step in ex.steps)


def fill_with_rounds(exercises: Sequence[Exercise], target: int) -> tuple[Exercise, ...]:
    """Add rounds, one at a time and in turn, until the routine is as near `target` as it gets.

    Desk exercises last under a minute, so five of them fall short of a four-minute long break;
    repeating the movements (not adding more of them) keeps the routine balanced and calm.
    Exercises that already repeat go first; none goes past the schema's round limit.
    """
    chosen = list(exercises)
    order = sorted(range(len(chosen)), key=lambda i: chosen[i].rounds == 1)
    grew = True
    while grew:
        grew = False
        for i in order:
            ex = chosen[i]
            total = sum(item.duration_seconds for item in chosen)
            if ex.rounds < ROUNDS[1] and total + round_seconds(ex) <= target:
                chosen[i] = replace(ex, rounds=ex.rounds + 1)
                grew = True
    return tuple(chosen)


REMINDER_ID = "stand-and-move"


def movement_reminder(title: str, text: str, seconds: int, illustration: Path) -> Exercise:
    """A plain "stand up and move" break with no exercise in it.

    Used while exercise breaks are paused for safety: the habit of getting up stays, the
    movements do not.
    """
    step = Step(text=text, seconds=seconds, illustration=illustration, cue="breathe", mirror=False)
    return Exercise(
        id=REMINDER_ID,
        title=title,
        summary=text,
        areas=(),
        movement="none",
        position="standing",
        equipment=(),
        suits=KINDS,
        sides="none",
        first_side="right",
        rounds=1,
        cautions=(),
        sources=(),
        steps=(step,),
        path=illustration,
        origin=BUILTIN,
    )

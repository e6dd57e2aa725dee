"""Writing exercises back as the documented TOML, so hand editing and tools share the same files.

`read_exercise(write_exercise(...))` gives the same exercise back (a test holds them to it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli_w

from postureapp.core.exercises.model import Exercise
from postureapp.core.exercises.reader import pack_illustration_dirs
from postureapp.core.exercises.translations import english, translations_table
from postureapp.core.files import atomic_write_bytes, atomic_write_text
from postureapp.core.pose import pose_table
from postureapp.core.terms import Sides


def exercise_table(exercise: Exercise, picture_names: dict[Path, str]) -> dict[str, Any]:
    """The exercise as the TOML file holds it; `picture_names` maps each picture to its name.

    A translated copy is written as its English source, with every translation."""
    exercise = english(exercise)
    table: dict[str, Any] = {
        "id": exercise.id,
        "title": exercise.title,
        "summary": exercise.summary,
        "areas": [str(area) for area in exercise.areas],
        "movement": str(exercise.movement),
        "position": str(exercise.position),
        "equipment": [str(item) for item in exercise.equipment],
        "suits": [str(kind) for kind in exercise.suits],
        "sides": str(exercise.sides),
    }
    if exercise.sides == Sides.BOTH:
        table["first_side"] = str(exercise.first_side)
    table["rounds"] = exercise.rounds
    table["cautions"] = list(exercise.cautions)
    table["sources"] = list(exercise.sources)
    steps = []
    for step in exercise.steps:
        entry: dict[str, Any] = {"text": step.text, "seconds": step.seconds}
        if step.illustration is not None:
            entry["illustration"] = picture_names[step.illustration]
        if step.cue is not None:
            entry["cue"] = str(step.cue)
        if not step.mirror:
            entry["mirror"] = False
        if step.pose is not None:
            entry["pose"] = pose_table(step.pose)
        steps.append(entry)
    table["steps"] = steps
    if exercise.translations:
        table["translations"] = translations_table(exercise)
    return table


def write_exercise(folder: Path, exercise: Exercise) -> Path:
    """Save `exercise` into a pack folder as `<id>.toml`, atomically, with its pictures beside it.

    A picture already in the pack (beside the files or in `illustrations/`) is used where it is;
    one from elsewhere is copied in, atomically (never over a different file of the same name).
    """
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[Path, str] = {}
    pack = {place.resolve() for place in pack_illustration_dirs(folder)}
    for step in exercise.steps:
        source = step.illustration
        if source is None or source in names:
            continue
        if source.parent.resolve() in pack:
            names[source] = source.name
            continue
        target = folder / source.name
        stem, n = source.stem, 1
        while target.exists() and target.read_bytes() != source.read_bytes():
            n += 1
            target = folder / f"{stem}-{n}{source.suffix}"
        if not target.exists():
            atomic_write_bytes(target, source.read_bytes())
        names[source] = target.name
    path = folder / f"{exercise.id}.toml"
    atomic_write_text(path, tomli_w.dumps(exercise_table(exercise, names)))
    return path

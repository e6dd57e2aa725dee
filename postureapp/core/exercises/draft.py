"""An exercise being written in the editor: every field as typed, checked by the pack reader.

A `Draft` holds what the editor shows, right or wrong. `check` turns it into the TOML the editor
would save and runs the very reader that loads packs over it, so the editor, `postureapp
exercises validate` and the app agree on every rule and say the same words. `save` writes the
checked exercise into the custom folder as the documented TOML (atomically, with its pictures).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from postureapp.core.exercises.model import CUSTOM, Exercise, Step
from postureapp.core.exercises.reader import check_exercise, pack_illustration_dirs
from postureapp.core.exercises.writer import write_exercise
from postureapp.core.files import set_aside
from postureapp.core.pose import Pose, PoseSpec, pose_table
from postureapp.core.problems import Problem

ID_MAX = 40

#: The picture of a new step: sitting tall, seen from the side, on a chair.
NEW_POSE = PoseSpec("side", Pose.of("seated"), Pose.of("seated"), props=("chair",))


@dataclass
class DraftStep:
    """One step as the editor shows it; `image` is used instead of `pose` when `use_image`."""

    text: str = ""
    seconds: int = 10
    cue: str = ""
    mirror: bool = True
    pose: PoseSpec = NEW_POSE
    image: Path | None = None
    use_image: bool = False

    @classmethod
    def of(cls, step: Step) -> DraftStep:
        return cls(
            text=step.text,
            seconds=step.seconds,
            cue=str(step.cue or ""),
            mirror=step.mirror,
            pose=step.pose or NEW_POSE,
            image=step.illustration,
            use_image=step.pose is None,
        )

    def table(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"text": self.text, "seconds": self.seconds}
        if self.use_image:
            entry["illustration"] = self.image.name if self.image is not None else ""
        if self.cue:
            entry["cue"] = self.cue
        if not self.mirror:
            entry["mirror"] = False
        if not self.use_image:
            entry["pose"] = pose_table(self.pose)
        return entry


@dataclass
class Draft:
    """An exercise as typed. `id` is the file name; a new one follows the title (see `free_id`)."""

    id: str = ""
    title: str = ""
    summary: str = ""
    areas: list[str] = field(default_factory=list)
    movement: str = ""
    position: str = "seated"
    equipment: list[str] = field(default_factory=list)
    suits: list[str] = field(default_factory=lambda: ["short", "long"])
    sides: str = "none"
    first_side: str = "right"
    rounds: int = 1
    cautions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    steps: list[DraftStep] = field(default_factory=lambda: [DraftStep()])

    @classmethod
    def of(cls, exercise: Exercise) -> Draft:
        return cls(
            id=exercise.id,
            title=exercise.title,
            summary=exercise.summary,
            areas=[str(area) for area in exercise.areas],
            movement=str(exercise.movement),
            position=str(exercise.position),
            equipment=[str(item) for item in exercise.equipment],
            suits=[str(kind) for kind in exercise.suits],
            sides=str(exercise.sides),
            first_side=str(exercise.first_side),
            rounds=exercise.rounds,
            cautions=list(exercise.cautions),
            sources=list(exercise.sources),
            steps=[DraftStep.of(step) for step in exercise.steps],
        )

    def table(self) -> dict[str, Any]:
        """The TOML table the editor would write; wrong values stay as typed, for the reader."""
        table: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "areas": list(self.areas),
            "movement": self.movement,
            "position": self.position,
            "equipment": list(self.equipment),
            "suits": list(self.suits),
            "sides": self.sides,
        }
        if self.sides == "both":
            table["first_side"] = self.first_side
        table["rounds"] = self.rounds
        table["cautions"] = [line for line in self.cautions if line.strip()]
        table["sources"] = [line for line in self.sources if line.strip()]
        table["steps"] = [step.table() for step in self.steps]
        return table

    def text(self) -> str:
        return tomli_w.dumps(self.table())

    def pictures(self) -> list[Path]:
        """The user's own picture files the steps show, each once."""
        found = [step.image for step in self.steps if step.use_image and step.image is not None]
        return list(dict.fromkeys(found))


def check(draft: Draft, folder: Path) -> tuple[Exercise | None, list[Problem]]:
    """The exercise `draft` would save as in `folder`, or every problem the reader finds in it.

    Pictures are looked up where the pack keeps them and where the user picked them from.
    """
    text = draft.text()
    data = tomllib.loads(text)
    path = folder / f"{draft.id or '_'}.toml"
    folders = (*pack_illustration_dirs(folder), *(image.parent for image in draft.pictures()))
    # Two pictures with one name (from two folders) would be told apart on saving; here each
    # step is checked against its own file, so the name must point at that file.
    # Pictures the user picked may be anywhere they chose; saving copies them into the pack.
    # (A draft with none has no step whose picture is looked up: each shows its pose, or names
    # no file at all, which is refused before where it lies matters.)
    root = Path(folder.anchor or "/")
    exercise, problems = check_exercise(data, text, path, folders, CUSTOM, picture_root=root)
    if exercise is None:
        return None, problems
    steps = tuple(
        replace(step, illustration=mine.image.resolve())
        if mine.use_image and mine.image is not None
        else step
        for step, mine in zip(exercise.steps, draft.steps, strict=True)
    )
    return replace(exercise, steps=steps), []


def save(exercise: Exercise, folder: Path) -> Exercise:
    """Write a checked exercise into the custom folder; the saved exercise as it now reads."""
    path = write_exercise(folder, exercise)
    return replace(exercise, path=path.resolve(), origin=CUSTOM)


def delete(exercise: Exercise, now: datetime) -> Path:
    """Move a custom exercise's file aside (`<id>.toml.deleted-…`): the app no longer reads it,
    and it can still be brought back by renaming it."""
    return set_aside(exercise.path, "deleted", now)


def slug(title: str) -> str:
    """An id from a title: "Doorway stretch (mine)" -> "doorway-stretch-mine"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:ID_MAX].rstrip("-") or "my-exercise"


def free_id(title: str, taken: Iterable[str]) -> str:
    """A new exercise's id: its title's slug, with -2, -3… when another exercise has it."""
    used = set(taken)
    base = slug(title)
    candidate, n = base, 1
    while candidate in used:
        n += 1
        suffix = f"-{n}"
        candidate = base[: ID_MAX - len(suffix)].rstrip("-") + suffix
    return candidate


def copy_of(exercise: Exercise, taken: Iterable[str], title: str) -> Draft:
    """A new draft that starts as `exercise` under a new title (and a free id)."""
    draft = Draft.of(exercise)
    draft.title = title
    draft.id = free_id(title, taken)
    return draft

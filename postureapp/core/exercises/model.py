"""An exercise as data: its steps, sides and rounds, and the flat list of timed steps a break runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.terms import Area, BreakKind, Cue, Movement, Position, Side, Sides

#: What a step shows: a posed, moving figure, or a picture file (SVG, PNG, JPEG or a GIF that
#: may move) from a pack.
Picture = PoseSpec | Path

TITLE_MAX = 40
SUMMARY_MAX = 90
STEP_TEXT_MAX = 110
STEP_SECONDS = (2, 120)
ROUNDS = (1, 10)
STEP_COUNT = (1, 6)
CAUTION_COUNT = (1, 4)
ILLUSTRATION_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif")
#: The largest picture file a step may show (a pack is shared, so it is kept small).
ILLUSTRATION_MAX_BYTES = 5_000_000

#: Where an exercise came from: shipped with the app, or the user's own folder.
BUILTIN = "built-in"
CUSTOM = "custom"


@dataclass(frozen=True)
class Step:
    text: str
    seconds: int
    illustration: Path | None
    cue: Cue | None
    mirror: bool
    pose: PoseSpec | None = None

    @property
    def picture(self) -> Picture:
        """The pose when the step has one (it moves), otherwise its picture file."""
        if self.pose is not None:
            return self.pose
        assert self.illustration is not None, "a step has a pose or an illustration"
        return self.illustration


@dataclass(frozen=True)
class PlannedStep:
    """One timed step as the break window shows it: which picture, which side, which round."""

    exercise_id: str
    title: str
    text: str
    seconds: int
    picture: Picture
    mirrored: bool
    side: Side | None
    cue: Cue | None
    step_number: int
    step_count: int
    round_number: int

    @property
    def illustration(self) -> Path | None:
        """The picture file, when the step shows one rather than a pose."""
        return self.picture if isinstance(self.picture, Path) else None

    @property
    def pose(self) -> PoseSpec | None:
        return self.picture if isinstance(self.picture, PoseSpec) else None


@dataclass(frozen=True)
class ExerciseText:
    """An exercise's words in one language; None (or a missing entry) keeps the English."""

    title: str | None = None
    summary: str | None = None
    cautions: tuple[str, ...] | None = None
    steps: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Exercise:
    """An exercise as its file declares it, in English; `translations` holds the other languages
    (`exercises.translations.localized` makes the copy a user reads, with `language` set)."""

    id: str
    title: str
    summary: str
    areas: tuple[Area, ...]
    movement: Movement | str
    position: Position
    equipment: tuple[str, ...]
    suits: tuple[BreakKind, ...]
    sides: Sides
    first_side: Side
    rounds: int
    cautions: tuple[str, ...]
    sources: tuple[str, ...]
    steps: tuple[Step, ...]
    path: Path
    origin: str
    translations: tuple[tuple[str, ExerciseText], ...] = ()
    #: The language the texts above are in: None for the English of the file.
    language: str | None = None
    #: On a translated copy, the English it was made from.
    english: ExerciseText | None = None

    @property
    def side_order(self) -> tuple[Side | None, ...]:
        """The sides in the order they are done; a single `None` when the exercise has no sides."""
        if self.sides == Sides.NONE:
            return (None,)
        other = Side.LEFT if self.first_side == Side.RIGHT else Side.RIGHT
        return (self.first_side, other)

    @property
    def at_desk(self) -> bool:
        """Done at the desk: no floor, nothing to fetch."""
        return self.position != Position.FLOOR and not self.equipment

    @property
    def round_seconds(self) -> int:
        """How long one round takes (on every side)."""
        return len(self.side_order) * sum(step.seconds for step in self.steps)

    @property
    def duration_seconds(self) -> int:
        return self.rounds * self.round_seconds

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
                picture=step.picture,
                mirrored=side == Side.LEFT and step.mirror,
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
    kind: BreakKind
    exercises: tuple[Exercise, ...]
    steps: tuple[PlannedStep, ...]

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(exercise.id for exercise in self.exercises)


def plan_break(kind: BreakKind | str, exercises: Sequence[Exercise]) -> BreakPlan:
    """Everything the break window needs, as one flat list of timed steps."""
    chosen = tuple(exercises)
    steps = tuple(step for ex in chosen for step in ex.expand())
    return BreakPlan(BreakKind(kind), chosen, steps)


REMINDER_ID = "stand-and-move"


#: The "stand up and move" picture: a figure getting up from the chair.
STAND_UP = PoseSpec(
    "side",
    Pose.of("seated"),
    Pose.of("standing", {"arms.raise": 8.0}),
    highlight=("legs",),
    props=("chair",),
)


def movement_reminder(
    title: str, text: str, seconds: int, picture: Picture | None = None
) -> Exercise:
    """A plain "stand up and move" break with no exercise in it.

    Used while exercise breaks are paused for safety: the habit of getting up stays, the
    movements do not.
    """
    picture = STAND_UP if picture is None else picture
    step = Step(
        text=text,
        seconds=seconds,
        illustration=picture if isinstance(picture, Path) else None,
        cue=Cue.BREATHE,
        mirror=False,
        pose=picture if isinstance(picture, PoseSpec) else None,
    )
    return Exercise(
        id=REMINDER_ID,
        title=title,
        summary=text,
        areas=(),
        movement="none",
        position=Position.STANDING,
        equipment=(),
        suits=tuple(BreakKind),
        sides=Sides.NONE,
        first_side=Side.RIGHT,
        rounds=1,
        cautions=(),
        sources=(),
        steps=(step,),
        path=Path(REMINDER_ID),
        origin=BUILTIN,
    )

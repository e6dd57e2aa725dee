"""Which exercises answer which slouch: a head carried forward wants a chin tuck; shoulders that
round forward want the shoulder blades drawn back or the posture reset; a lean to one side wants
the sit-tall reset.

Exercises are named first (the built-in ones that answer best, in order), then by movement, so
that one's own exercises of the right movement answer too when the named ones are switched off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postureapp.core.posture.baseline import Slouch
from postureapp.core.terms import Movement


@dataclass(frozen=True)
class Answer:
    """The exercises that answer one slouch: these first, in order, then any of these movements."""

    exercise_ids: tuple[str, ...]
    movements: tuple[Movement, ...]

    def rank(self, exercise_id: str, movement: str) -> int | None:
        """How well an exercise answers (0 best); None when it does not."""
        if exercise_id in self.exercise_ids:
            return self.exercise_ids.index(exercise_id)
        if movement in self.movements:
            return len(self.exercise_ids)
        return None


ANSWERS: dict[Slouch, Answer] = {
    Slouch.FORWARD_HEAD: Answer(("chin-tuck",), (Movement.NECK,)),
    Slouch.ROUNDED_SHOULDERS: Answer(
        ("shoulder-blade-squeeze", "posture-reset", "shoulder-rolls-back"),
        (Movement.SHOULDER_BLADES,),
    ),
    Slouch.LEANING: Answer(("posture-reset",), ()),
}


def answering(slouch: str, exercises: Sequence[tuple[str, str]]) -> list[str]:
    """Of (id, movement) pairs, the ids that answer `slouch`, best first; [] for an unknown one."""
    answer = ANSWERS.get(Slouch(slouch)) if slouch in tuple(Slouch) else None
    if answer is None:
        return []
    ranked = [
        (rank, exercise_id)
        for exercise_id, movement in exercises
        if (rank := answer.rank(exercise_id, movement)) is not None
    ]
    return [exercise_id for _rank, exercise_id in sorted(ranked)]

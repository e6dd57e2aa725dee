"""Exercises as data: the model, reading and writing TOML packs, and choosing what a break offers.

model     Exercise, Step, the flat list of timed steps a break runs (BreakPlan)
reader    packs read and checked field by field, every problem with its place
writer    exercises written back as the same documented TOML
translations  their texts in other languages, English the fallback per text
chooser   which exercises a short or a long break offers
"""

from postureapp.core.exercises.chooser import Chooser, Preferences, eligible
from postureapp.core.exercises.model import (
    BUILTIN,
    CUSTOM,
    REMINDER_ID,
    BreakPlan,
    Exercise,
    ExerciseText,
    PlannedStep,
    Step,
    movement_reminder,
    plan_break,
)
from postureapp.core.exercises.reader import (
    ExerciseError,
    Library,
    exercise_files,
    load_exercise,
    load_library,
    pack_illustration_dirs,
    read_exercise,
    validate_path,
)
from postureapp.core.exercises.translations import localized
from postureapp.core.exercises.writer import write_exercise

__all__ = [
    "BUILTIN",
    "CUSTOM",
    "REMINDER_ID",
    "BreakPlan",
    "Chooser",
    "Exercise",
    "ExerciseError",
    "ExerciseText",
    "Library",
    "PlannedStep",
    "Preferences",
    "Step",
    "eligible",
    "exercise_files",
    "load_exercise",
    "load_library",
    "localized",
    "movement_reminder",
    "pack_illustration_dirs",
    "plan_break",
    "read_exercise",
    "validate_path",
    "write_exercise",
]

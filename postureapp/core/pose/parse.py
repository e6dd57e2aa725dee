"""Reading a step's `pose` table from TOML, with a precise problem for every mistake.

[steps.pose]
view = "side"                       # side | front | three-quarter | above
props = ["chair"]                   # chair, floor, mat, wall, towel-roll, foam-roller
highlight = ["neck"]                # what moves (default: worked out from the poses)
arrow = "head"                      # the point (or points) whose path the arrow follows
start = { base = "seated", neck = { flex = 12 } }
end = { neck.flex = -6, head.flex = 8 }      # base defaults to the start's
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.pose.model import (
    ARROW_POINTS,
    HAND_KEYS,
    HAND_PLACES,
    HIGHLIGHTS,
    POSTURES,
    PROPS,
    TURN_PARTS,
    VIEWS,
    Pose,
    PoseSpec,
)
from postureapp.core.pose.skeleton import ANGLES, JOINT_NAMES, PAIRS
from postureapp.core.problem_words import (
    Text,
    a_number,
    any_of,
    known_key,
    one_of,
    say,
    true_or_false,
    twice,
    unknown_key,
)
from postureapp.core.problems import MISSING, show

POSE_KEYS = (
    "view",
    "start",
    "end",
    "highlight",
    "arrow",
    "turn",
    "props",
    "both_ways",
    "repeat",
    "close_up",
    "arrow_ahead",
    "via",
)
_JOINT_ANGLES: dict[str, dict[str, tuple[float, float]]] = {}
for _spec in ANGLES:
    _JOINT_ANGLES.setdefault(_spec.joint, {})[_spec.name] = (_spec.low, _spec.high)
for _group, _single in PAIRS.items():
    _JOINT_ANGLES[_group] = _JOINT_ANGLES[f"right_{_single}"]
JOINT_KEYS = (*JOINT_NAMES, *PAIRS)


@dataclass(frozen=True)
class PoseProblem:
    """One mistake: where (a dotted field below the pose table), what was expected, what found.

    `expected` and `found` are English; `said` keeps them as they are translated where shown.
    """

    field: str
    expected: str
    found: str
    said: tuple[Text, Text] = _field(default=("", ""), compare=False, repr=False)


def _problem(where: str, expected: Text, found: Text) -> PoseProblem:
    return PoseProblem(where, str(expected), str(found), (expected, found))


def _show(value: object) -> Text:
    return show(MISSING if value is None else value)


def _one_of(choices: Sequence[str]) -> Text:
    return one_of(choices)


class _PoseReader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[PoseProblem] = []

    def fail(self, where: str, expected: Text, found: Text) -> None:
        self.problems.append(_problem(f"{self.label}.{where}", expected, found))

    def unknown(self, where: str, key: str, known: Sequence[str]) -> None:
        close = difflib.get_close_matches(key, known)  # the closest first
        expected = known_key(known, close) if close else one_of(known)
        self.fail(f"{where}{key}", expected, unknown_key(key))

    def names(
        self,
        table: Mapping[str, Any],
        key: str,
        allowed: Sequence[str],
        single: bool = False,
        where: str | None = None,
    ) -> tuple[str, ...] | None:
        where = where or key
        value = table.get(key, [])
        if single and isinstance(value, str):
            value = [value]
        expected = any_of(allowed)
        if not isinstance(value, list):
            self.fail(where, expected, _show(value))
            return None
        bad = [v for v in value if not isinstance(v, str) or v not in allowed]
        if bad:
            self.fail(where, expected, _show(bad[0]))
            return None
        if len(set(value)) != len(value):
            self.fail(where, expected, twice(next(v for v in value if value.count(v) > 1)))
            return None
        return tuple(value)

    def flag(self, table: Mapping[str, Any], key: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, true_or_false(), _show(value))
        return value is True

    def pose(self, value: object, key: str, inherit: str | None) -> Pose | None:
        if not isinstance(value, dict):
            expected = say(
                QT_TRANSLATE_NOOP("problems", "a table such as {0}"),
                '{ base = "seated", neck = { flex = 10 } }',
            )
            self.fail(key, expected, _show(value))
            return None
        before = len(self.problems)
        base = value.get("base", inherit)
        if not isinstance(base, str) or base not in POSTURES:
            self.fail(f"{key}.base", _one_of(tuple(POSTURES)), _show(base))
        angles: dict[str, float] = {}
        hands: dict[str, str] = {}
        props = (
            self.names(value, "props", PROPS, where=f"{key}.props") if "props" in value else None
        )
        for name, item in value.items():
            if name in ("base", "props"):
                continue
            if name in HAND_KEYS:
                if isinstance(item, str) and item in HAND_PLACES:
                    hands[name] = item
                else:
                    self.fail(f"{key}.{name}", _one_of(HAND_PLACES), _show(item))
                continue
            if name not in _JOINT_ANGLES:
                self.unknown(f"{key}.", name, ("base", "props", *JOINT_KEYS, *HAND_KEYS))
                continue
            allowed = _JOINT_ANGLES[name]
            if not isinstance(item, dict):
                example = next(iter(allowed))
                expected = say(
                    QT_TRANSLATE_NOOP("problems", "a table of angles such as {0}"),
                    f"{{ {example} = 10 }}",
                )
                self.fail(f"{key}.{name}", expected, _show(item))
                continue
            for angle, number in item.items():
                if angle not in allowed:
                    self.unknown(f"{key}.{name}.", angle, tuple(allowed))
                    continue
                low, high = allowed[angle]
                if (
                    isinstance(number, bool)
                    or not isinstance(number, int | float)
                    or not low <= number <= high
                ):
                    self.fail(f"{key}.{name}.{angle}", a_number(low, high), _show(number))
                    continue
                angles[f"{name}.{angle}"] = float(number)
        if len(self.problems) > before:
            return None
        assert isinstance(base, str)  # any other base was a problem above
        return Pose(base, tuple(sorted(angles.items())), tuple(sorted(hands.items())), props)


def parse_pose(table: object, label: str = "pose") -> tuple[PoseSpec | None, list[PoseProblem]]:
    """A PoseSpec from a step's `pose` table, or None and every problem found in it."""
    reader = _PoseReader(label)
    if not isinstance(table, dict):
        expected = say(QT_TRANSLATE_NOOP("problems", "a [steps.pose] table"))
        reader.problems.append(_problem(label, expected, _show(table)))
        return None, reader.problems
    for key in table:
        if key not in POSE_KEYS:
            reader.unknown("", key, POSE_KEYS)
    view = table.get("view")
    if not isinstance(view, str) or view not in VIEWS:
        reader.fail("view", _one_of(VIEWS), _show(view))
    start = reader.pose(table.get("start"), "start", None)
    # the end and via take the start's base, even when the start has a mistake elsewhere
    start_base = table["start"].get("base") if isinstance(table.get("start"), dict) else None
    inherit = start_base if isinstance(start_base, str) else None
    end = reader.pose(table.get("end"), "end", inherit)
    via = reader.pose(table["via"], "via", inherit) if "via" in table else None
    props = reader.names(table, "props", PROPS)
    highlight = reader.names(table, "highlight", HIGHLIGHTS, single=True)
    arrow = reader.names(table, "arrow", ARROW_POINTS, single=True)
    turn = reader.names(table, "turn", TURN_PARTS, single=True)
    both_ways = reader.flag(table, "both_ways")
    repeat = reader.flag(table, "repeat")
    close_up = reader.flag(table, "close_up")
    arrow_ahead = reader.flag(table, "arrow_ahead")
    if reader.problems:
        return None, reader.problems
    # with no problem found, each of these was read (one check each, for the type checker)
    assert isinstance(view, str)
    assert start is not None
    assert end is not None
    assert props is not None
    assert highlight is not None
    assert arrow is not None
    assert turn is not None
    spec = PoseSpec(
        view,
        start,
        end,
        highlight=highlight,
        arrow=arrow,
        props=props,
        turn=turn,
        repeat=repeat,
        both_ways=both_ways,
        arrow_ahead=arrow_ahead,
        close_up=close_up,
        via=via,
    )
    return spec, []


def _pose_entry(pose: Pose, inherited: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {} if pose.base == inherited else {"base": pose.base}
    for key, value in pose.angles:
        joint, _, angle = key.partition(".")
        entry.setdefault(joint, {})[angle] = int(value) if value == int(value) else value
    for key, place in pose.hands:
        entry[key] = place
    if pose.props is not None:
        entry["props"] = list(pose.props)
    return entry


def pose_table(spec: PoseSpec) -> dict[str, Any]:
    """The `pose` table that `parse_pose` reads back as `spec`."""
    table: dict[str, Any] = {"view": spec.view}
    for key, names in (
        ("props", spec.props),
        ("highlight", spec.highlight),
        ("arrow", spec.arrow),
        ("turn", spec.turn),
    ):
        if names:
            table[key] = list(names)
    if spec.both_ways:
        table["both_ways"] = True
    if spec.repeat:
        table["repeat"] = True
    if spec.close_up:
        table["close_up"] = True
    if spec.arrow_ahead:
        table["arrow_ahead"] = True
    table["start"] = _pose_entry(spec.start, None)
    if spec.via is not None:
        table["via"] = _pose_entry(spec.via, spec.start.base)
    table["end"] = _pose_entry(spec.end, spec.start.base)
    return table

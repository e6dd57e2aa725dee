"""A step's `pose` table as an exercise author writes it: what is read from it, every problem it
has named at once (where, what was expected, what was found, and in the reader's language), and
the table written back from a pose."""

from __future__ import annotations

import tomllib

import pytest

from postureapp.core.i18n.qm import Catalogue
from postureapp.core.pose import Pose, PoseSpec, parse_pose, pose_table
from postureapp.paths import assets_dir

POSTURE_NAMES = (
    "standing, seated, sitting-on-floor, all-fours, lying-on-back, lying-on-back-legs-long, "
    "lying-face-down"
)
HAND_PLACE_NAMES = (
    "back-of-head, belly, chest, shoulders, opposite-shoulder, thighs, opposite-knee, knee, "
    "chair-back, forehead"
)
PROP_NAMES = "chair, floor, mat, wall, towel-roll, foam-roller"
POSE_EXAMPLE = 'a table such as { base = "seated", neck = { flex = 10 } }'
MISSING = "nothing (the field is missing)"


def read(text: str, label: str = "pose") -> tuple[PoseSpec | None, list[tuple[str, str, str]]]:
    spec, problems = parse_pose(tomllib.loads(text)["pose"], label)
    return spec, [(p.field, p.expected, p.found) for p in problems]


def problems(text: str) -> list[tuple[str, str, str]]:
    spec, found = read(text)
    assert spec is None
    return found


def test_a_pose_that_is_not_a_table_is_refused_under_the_steps_label() -> None:
    spec, found = parse_pose("side", "steps[2].pose")
    assert spec is None
    assert [(p.field, p.expected, p.found) for p in found] == [
        ("steps[2].pose", "a [steps.pose] table", "'side'")
    ]
    spec, found = parse_pose(["side"])
    assert [(p.field, p.expected, p.found) for p in found] == [
        ("pose", "a [steps.pose] table", "['side']")
    ]


def test_an_empty_pose_table_names_the_view_and_both_poses_as_missing() -> None:
    assert problems("[pose]") == [
        ("pose.view", "one of side, front, three-quarter, above", MISSING),
        ("pose.start", POSE_EXAMPLE, MISSING),
        ("pose.end", POSE_EXAMPLE, MISSING),
    ]


def test_unknown_keys_of_the_pose_table_suggest_the_one_meant_or_list_them_all() -> None:
    text = """[pose]
    view = "side"
    veiw = "front"
    colour = "red"
    start = { base = "seated" }
    end = {}
    """
    assert problems(text) == [
        ("pose.veiw", "a known key (did you mean 'view'?)", "unknown key 'veiw'"),
        (
            "pose.colour",
            "one of view, start, end, highlight, arrow, turn, props, both_ways, repeat, "
            "close_up, arrow_ahead, via",
            "unknown key 'colour'",
        ),
    ]


def test_every_mistake_in_a_pose_is_named_with_its_place_in_the_table() -> None:
    text = """[pose]
    view = "side"
    start = "seated"
    [pose.end]
    base = 5
    props = "mat"
    arms = 5
    tail = { wag = 3 }
    neck = { flx = 1, qqqq = 2, flex = true, bend = 46, turn = -81 }
    hands = 5
    right_hand = "pocket"
    """
    assert problems(text) == [
        ("pose.start", POSE_EXAMPLE, "'seated'"),
        ("pose.end.base", f"one of {POSTURE_NAMES}", "5"),
        ("pose.end.props", f"a list of any of {PROP_NAMES} (no repeats)", "'mat'"),
        ("pose.end.arms", "a table of angles such as { raise = 10 }", "5"),
        (
            "pose.end.tail",
            "one of base, props, pelvis, lumbar, thoracic, neck, head, right_shoulder, "
            "right_arm, right_elbow, right_wrist, right_hip, right_knee, right_ankle, "
            "left_shoulder, left_arm, left_elbow, left_wrist, left_hip, left_knee, left_ankle, "
            "shoulders, arms, elbows, wrists, hips, knees, ankles, hands, right_hand, left_hand",
            "unknown key 'tail'",
        ),
        ("pose.end.neck.flx", "a known key (did you mean 'flex'?)", "unknown key 'flx'"),
        ("pose.end.neck.qqqq", "one of flex, bend, turn", "unknown key 'qqqq'"),
        ("pose.end.neck.flex", "a number from -50 to 60", "true"),
        ("pose.end.neck.bend", "a number from -45 to 45", "46"),
        ("pose.end.neck.turn", "a number from -80 to 80", "-81"),
        ("pose.end.hands", f"one of {HAND_PLACE_NAMES}", "5"),
        ("pose.end.right_hand", f"one of {HAND_PLACE_NAMES}", "'pocket'"),
    ]


def test_angles_at_the_ends_of_their_range_are_taken_and_pairs_set_both_sides() -> None:
    text = """[pose]
    view = "side"
    start = { base = "seated", neck = { flex = -50, turn = 80 }, knees = { bend = 0.5 } }
    end = { arms = { raise = 200, twist = -100 }, pelvis = { lift = -10 }, hands = "belly" }
    """
    spec, found = read(text)
    assert found == [] and spec is not None
    assert spec.start == Pose(
        "seated", (("knees.bend", 0.5), ("neck.flex", -50.0), ("neck.turn", 80.0))
    )
    assert spec.end == Pose(
        "seated",
        (("arms.raise", 200.0), ("arms.twist", -100.0), ("pelvis.lift", -10.0)),
        (("hands", "belly"),),
    )
    assert all(isinstance(value, float) for _, value in spec.start.angles + spec.end.angles)


def test_the_end_takes_the_start_base_even_when_the_start_has_a_mistake() -> None:
    text = """[pose]
    view = "side"
    start = { base = "standing", neck = { flex = 99 } }
    end = {}
    via = { head = { turn = 40 } }
    """
    assert problems(text) == [
        ("pose.start.neck.flex", "a number from -50 to 60", "99"),
        ("pose.via.head.turn", "a number from -30 to 30", "40"),
    ]


def test_without_a_usable_start_base_the_end_and_via_need_their_own() -> None:
    text = """[pose]
    view = "side"
    start = { base = 5 }
    end = {}
    via = { base = "seated" }
    """
    assert problems(text) == [
        ("pose.start.base", f"one of {POSTURE_NAMES}", "5"),
        ("pose.end.base", f"one of {POSTURE_NAMES}", MISSING),
    ]
    text = """[pose]
    view = "side"
    start = { base = "sofa" }
    end = {}
    via = 3
    """
    assert problems(text) == [
        ("pose.start.base", f"one of {POSTURE_NAMES}", "'sofa'"),
        ("pose.end.base", f"one of {POSTURE_NAMES}", "'sofa'"),
        ("pose.via", POSE_EXAMPLE, "3"),
    ]


def test_lists_of_names_refuse_unknown_names_repeats_and_other_values() -> None:
    text = """[pose]
    view = "above"
    start = { base = "seated", props = ["mat", "mat"] }
    end = {}
    props = "chair"
    highlight = ["neck", 3]
    arrow = ["chin", "head", "nose", "head"]
    turn = 5
    """
    assert problems(text) == [
        ("pose.start.props", f"a list of any of {PROP_NAMES} (no repeats)", "'mat' twice"),
        ("pose.props", f"a list of any of {PROP_NAMES} (no repeats)", "'chair'"),
        (
            "pose.highlight",
            "a list of any of head, neck, shoulders, upper-back, lower-back, pelvis, right-arm, "
            "left-arm, right-leg, left-leg, arms, legs (no repeats)",
            "3",
        ),
        (
            "pose.arrow",
            "a list of any of head, nose, chin, chest, upper_back, waist, pelvis, shoulders, "
            "right_shoulder, left_shoulder, hands, right_hand, left_hand, elbows, right_elbow, "
            "left_elbow, knees, right_knee, left_knee, feet, right_toe, left_toe, right_ankle, "
            "left_ankle (no repeats)",
            "'head' twice",
        ),
        ("pose.turn", "a list of any of head, chest (no repeats)", "5"),
    ]


def test_the_switches_of_a_picture_are_true_or_false() -> None:
    text = """[pose]
    view = "front"
    start = { base = "seated" }
    end = {}
    both_ways = 1
    repeat = "yes"
    close_up = "no"
    arrow_ahead = 0
    """
    assert problems(text) == [
        ("pose.both_ways", "true or false", "1"),
        ("pose.repeat", "true or false", "'yes'"),
        ("pose.close_up", "true or false", "'no'"),
        ("pose.arrow_ahead", "true or false", "0"),
    ]


def test_everything_a_pose_table_may_say_is_read() -> None:
    text = """[pose]
    view = "three-quarter"
    props = ["mat", "towel-roll"]
    highlight = "arms"
    arrow = ["hands", "right_toe"]
    turn = "chest"
    both_ways = true
    repeat = true
    close_up = true
    arrow_ahead = true
    start = { base = "lying-on-back", props = ["mat"], knees = { bend = 90 } }
    via = { base = "all-fours", right_hand = "knee" }
    end = { base = "standing", hands = "forehead", left_hand = "chest" }
    """
    spec, found = read(text)
    assert found == []
    assert spec == PoseSpec(
        "three-quarter",
        Pose("lying-on-back", (("knees.bend", 90.0),), props=("mat",)),
        Pose("standing", (), (("hands", "forehead"), ("left_hand", "chest"))),
        highlight=("arms",),
        arrow=("hands", "right_toe"),
        props=("mat", "towel-roll"),
        turn=("chest",),
        repeat=True,
        both_ways=True,
        arrow_ahead=True,
        close_up=True,
        via=Pose("all-fours", (), (("right_hand", "knee"),)),
    )


def test_a_plain_pose_table_leaves_everything_else_off() -> None:
    spec, found = read('[pose]\nview = "side"\nstart = { base = "seated" }\nend = {}')
    assert found == []
    assert spec == PoseSpec("side", Pose("seated"), Pose("seated"))
    assert spec is not None and spec.start.props is None and spec.via is None


def test_a_pose_is_written_back_as_its_author_would_write_it() -> None:
    spec = PoseSpec(
        "front",
        Pose("seated", (("arms.raise", 20.0), ("neck.flex", 12.5)), props=("chair",)),
        Pose("seated", (("neck.flex", -6.0),), (("hands", "belly"),)),
        highlight=("neck",),
        arrow=("head",),
        props=("chair", "wall"),
        turn=("head",),
        repeat=True,
        both_ways=True,
        arrow_ahead=True,
        close_up=True,
        via=Pose("standing", (("neck.turn", 30.0),)),
    )
    table = pose_table(spec)
    assert table == {
        "view": "front",
        "props": ["chair", "wall"],
        "highlight": ["neck"],
        "arrow": ["head"],
        "turn": ["head"],
        "both_ways": True,
        "repeat": True,
        "close_up": True,
        "arrow_ahead": True,
        "start": {
            "base": "seated",
            "arms": {"raise": 20},
            "neck": {"flex": 12.5},
            "props": ["chair"],
        },
        "via": {"base": "standing", "neck": {"turn": 30}},
        "end": {"neck": {"flex": -6}, "hands": "belly"},
    }
    assert isinstance(table["start"]["arms"]["raise"], int)
    assert list(table) == [
        "view",
        "props",
        "highlight",
        "arrow",
        "turn",
        "both_ways",
        "repeat",
        "close_up",
        "arrow_ahead",
        "start",
        "via",
        "end",
    ]
    assert parse_pose(table) == (spec, [])


def test_a_plain_pose_is_written_back_without_switches_or_empty_lists() -> None:
    spec = PoseSpec("side", Pose("seated"), Pose("standing"))
    assert pose_table(spec) == {
        "view": "side",
        "start": {"base": "seated"},
        "end": {"base": "standing"},
    }
    spec = PoseSpec("side", Pose("seated"), Pose("seated"), via=Pose("seated"))
    assert pose_table(spec) == {"view": "side", "start": {"base": "seated"}, "via": {}, "end": {}}


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def test_pose_problems_read_in_the_authors_language(german: Catalogue) -> None:
    def said(table: object) -> list[str]:
        return [p.said[0].text(german.translate) for p in parse_pose(table)[1]]  # type: ignore[union-attr]

    assert said("side") == ["eine [steps.pose]-Tabelle"]
    assert said({"view": "side", "start": 5, "end": {"base": "seated", "neck": 5}}) == [
        'eine Tabelle wie { base = "seated", neck = { flex = 10 } }',
        "eine Tabelle von Winkeln wie { flex = 10 }",
    ]

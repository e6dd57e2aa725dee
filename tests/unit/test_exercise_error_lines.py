"""Which line of an exercise file a problem points at: the author jumps to it in an editor, so a
mistake in a step's pose names the line in that very step (its `[steps.pose]` table, its
inline `pose = {...}`, or the table's header when the key is missing)."""

from __future__ import annotations

from pathlib import Path

from postureapp.core.exercises import validate_path

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>\n'

HEAD = """\
id = "lean"
title = "Lean"
summary = "Lean to the side."
areas = ["upper-back"]
movement = "side-bend"
position = "seated"
suits = ["short", "long"]
sides = "none"
cautions = ["Stop if it hurts."]
"""


def lines_of(tmp_path: Path, body: str) -> dict[str, int | None]:
    """Each problem's field and the line it names, for the file HEAD + body."""
    path = tmp_path / "lean.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    (tmp_path / "pose.svg").write_text(SVG, encoding="utf-8")
    return {problem.field: problem.line for problem in validate_path(path)}


def numbered(body: str, wanted: str) -> int:
    """The line number of the line `wanted` in HEAD + body (exactly one)."""
    found = [n for n, line in enumerate((HEAD + body).splitlines(), 1) if line == wanted]
    assert len(found) == 1, found
    return found[0]


SECOND_STEP_POSE = """
[[steps]]
text = "Sit tall."
seconds = 4
illustration = "pose.svg"

[[steps]]
text = "Lean."
seconds = 6

[steps.pose]
view = "front"
text = "a key a pose does not have"
start = { base = "seated" }
end = { base = "seated" }
"""


def test_a_mistake_in_the_second_steps_pose_names_its_line_not_the_steps_own_key(
    tmp_path: Path,
) -> None:
    lines = lines_of(tmp_path, SECOND_STEP_POSE)

    assert lines == {
        "steps[2].pose.text": numbered(SECOND_STEP_POSE, 'text = "a key a pose does not have"')
    }


INLINE_POSE = """
[[steps]]
text = "Lean."
seconds = 6
pose = { view = "top", start = { base = "seated" }, end = { base = "seated" } }
"""


def test_a_mistake_in_an_inline_pose_names_the_pose_line(tmp_path: Path) -> None:
    lines = lines_of(tmp_path, INLINE_POSE)

    assert lines == {"steps[1].pose.view": numbered(INLINE_POSE, INLINE_POSE.splitlines()[-1])}


NOT_A_TABLE = """
[[steps]]
text = "Lean."
seconds = 6
pose = "leaning"
"""


def test_a_pose_that_is_not_a_table_names_its_line(tmp_path: Path) -> None:
    lines = lines_of(tmp_path, NOT_A_TABLE)

    assert lines == {"steps[1].pose": numbered(NOT_A_TABLE, 'pose = "leaning"')}


MISSING_VIEW = """
[[steps]]
text = "Lean."
seconds = 6

[steps.pose]
start = { base = "seated" }
end = { base = "seated" }

[translations.de]
title = "Seitneigung"
"""


def test_a_key_missing_from_the_last_pose_names_its_table_not_the_translations(
    tmp_path: Path,
) -> None:
    lines = lines_of(tmp_path, MISSING_VIEW)

    assert lines == {"steps[1].pose.view": numbered(MISSING_VIEW, "[steps.pose]")}


SAME_KEY_IN_TWO_STEPS = """
[[steps]]  # the first step
text = "Sit tall."
seconds = 4
illustration = "pose.svg"

[steps.pose]
view = "front"
start = { base = "seated" }
end = { base = "seated" }

[[steps]]  # the second step
text = "Lean."
"seconds" = 600
illustration = "pose.svg"
"""


def test_a_step_key_names_the_line_in_that_step_after_a_pose_and_a_comment(
    tmp_path: Path,
) -> None:
    lines = lines_of(tmp_path, SAME_KEY_IN_TWO_STEPS)

    assert lines == {"steps[2].seconds": numbered(SAME_KEY_IN_TWO_STEPS, '"seconds" = 600')}


TITLE_ONLY_IN_A_TRANSLATION = """
[[steps]]
text = "Lean."
seconds = 6
illustration = "pose.svg"

[translations.de]
title = "Seitneigung"
"""


def test_a_missing_title_is_not_placed_on_a_translations_title(tmp_path: Path) -> None:
    head = HEAD.replace('title = "Lean"\n', "")
    path = tmp_path / "lean.toml"
    path.write_text(head + TITLE_ONLY_IN_A_TRANSLATION, encoding="utf-8")
    (tmp_path / "pose.svg").write_text(SVG, encoding="utf-8")

    found = {problem.field: problem.line for problem in validate_path(path)}

    assert found == {"title": None}


def test_a_top_level_key_names_its_own_line(tmp_path: Path) -> None:
    body = """
[[steps]]
text = "Lean."
seconds = 6
illustration = "pose.svg"
"""
    path = tmp_path / "lean.toml"
    path.write_text(HEAD.replace('sides = "none"', "'sides' = 2") + body, encoding="utf-8")
    (tmp_path / "pose.svg").write_text(SVG, encoding="utf-8")

    assert {problem.field: problem.line for problem in validate_path(path)} == {"sides": 8}


def test_a_mistake_in_a_translation_names_its_line(tmp_path: Path) -> None:
    body = """
[[steps]]
text = "Lean."
seconds = 6
illustration = "pose.svg"

[translations.de]
title = ""
"""
    lines = lines_of(tmp_path, body)

    assert lines == {"translations.de.title": numbered(body, 'title = ""')}


EMPTY_KEY = """
[[steps]]
text = "Sit tall."
seconds = 4
illustration = "pose.svg"

[[steps]]
text = "Lean."
seconds = 6
illustration = "pose.svg"
"" = "a key with no name"
"""


def test_a_nameless_key_in_a_step_points_at_that_steps_header(tmp_path: Path) -> None:
    lines = lines_of(tmp_path, EMPTY_KEY)

    headers = [
        n for n, line in enumerate((HEAD + EMPTY_KEY).splitlines(), 1) if line == "[[steps]]"
    ]
    assert lines == {"steps[2].": headers[1]}

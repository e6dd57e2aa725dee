"""A step's own picture file: a JPEG shows, a GIF moves only while it is on screen and motion is
allowed, and the reader accepts both."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QMovie, QPalette
from pytestqt.qtbot import QtBot

from postureapp.core.exercises import read_exercise
from postureapp.ui.figure import FigureView

#: 16x16, two frames (red, then blue), 0.1 s each, looping: made once with ImageMagick.
TWO_FRAME_GIF = base64.b64decode(
    "R0lGODlhEAAQAPAAAP8AAAAAACH5BAAKAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAEAAQAAACDoSPqcvtD6Oc"
    "tNqLsz4FACH5BAAKAAAALAAAAAAQABAAgAAA/wAAAAIOhI+py+0Po5y02ouzPgUAOw=="
)


def centre(view: FigureView) -> QColor:
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(view.palette().color(QPalette.ColorRole.Window))
    view.render(image)
    return QColor(image.pixel(view.width() // 2, view.height() // 2))


@pytest.fixture
def view(qtbot: QtBot) -> FigureView:
    widget = FigureView()
    widget.resize(240, 240)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def gif(tmp_path: Path) -> Path:
    path = tmp_path / "wave.gif"
    path.write_bytes(TWO_FRAME_GIF)
    return path


def test_a_jpeg_picture_is_shown(tmp_path: Path, view: FigureView) -> None:
    photo = tmp_path / "from-my-physio.jpg"
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(photo), "JPEG")
    assert view.show_step(photo, seconds=5)
    assert centre(view).blue() > 150 and centre(view).red() < 60
    assert not view.animating


def test_a_gif_moves_while_shown_and_stops_when_hidden_or_the_break_ends(
    qtbot: QtBot, view: FigureView, gif: Path
) -> None:
    assert view.show_step(gif, seconds=10)
    assert not view.animating, "nothing moves before it is on screen"
    assert centre(view).red() > 200, "the first frame, red"
    view.show()
    qtbot.waitExposed(view)
    assert view.animating
    qtbot.waitUntil(lambda: centre(view).blue() > 200, timeout=2000)  # the second frame
    view.hide()
    assert not view.animating
    view.show()
    assert view.animating
    view.freeze()
    assert not view.animating


def test_with_reduce_motion_a_gif_holds_its_first_frame(
    qtbot: QtBot, view: FigureView, gif: Path
) -> None:
    view.set_reduce_motion(True)
    view.show()
    qtbot.waitExposed(view)
    assert view.show_step(gif, seconds=10)
    assert not view.animating
    assert centre(view).red() > 200
    view.set_reduce_motion(False)
    assert view.animating


def test_the_next_step_with_the_same_gif_starts_it_again(
    qtbot: QtBot, view: FigureView, gif: Path
) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.show_step(gif, seconds=10)
    qtbot.waitUntil(lambda: centre(view).blue() > 200, timeout=2000)
    view.show_step(gif, seconds=10)
    movie = view.findChild(QMovie)
    assert movie is not None and movie.currentFrameNumber() == 0


def test_a_step_may_name_a_jpeg_or_a_gif(tmp_path: Path, gif: Path) -> None:
    (tmp_path / "photo.jpeg").write_bytes(b"not checked here")
    (tmp_path / "wave.toml").write_text(
        'id = "wave"\ntitle = "Wave"\nsummary = "Wave."\nareas = ["shoulders"]\n'
        'movement = "shoulder-blades"\nposition = "seated"\nsuits = ["short"]\nsides = "none"\n'
        'cautions = ["Gently."]\n'
        '[[steps]]\ntext = "Wave."\nseconds = 5\nillustration = "wave.gif"\n'
        '[[steps]]\ntext = "Look."\nseconds = 5\nillustration = "photo.jpeg"\n'
    )
    exercise, problems = read_exercise(tmp_path / "wave.toml", (tmp_path,), "custom")
    assert problems == []
    assert exercise is not None
    assert [step.illustration for step in exercise.steps] == [
        gif.resolve(),
        (tmp_path / "photo.jpeg").resolve(),
    ]

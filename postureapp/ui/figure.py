"""Shows one step's picture: a posed figure that moves from its start pose to its end pose, or a
custom picture from an exercise pack (SVG, PNG, JPEG, or a GIF, which may move).

The movement takes the first part of the step (about half, at most a slow breath), eased, then the
figure holds; a long "breathe" hold breathes very gently. The timer runs only while the view is
visible and something moves: it stops when the hold is reached, when the view hides, and when the
step is cleared. With reduce motion on, the view shows the end pose over a faint start pose and
never starts a timer. A moving GIF plays under the same rules: only while shown, never with reduce
motion (it then shows its first frame), and it stops when the break ends.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QMovie, QPainter, QPaintEvent, QPixmap, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.core.pose.model import PoseSpec, ease
from postureapp.core.pose.picture import Picture
from postureapp.ui.figure_paint import Colours, paint_arrows, paint_scene

#: Frame intervals while the figure moves, and while a hold breathes.
MOVE_MS = 66
BREATHE_MS = 150
#: The movement takes this share of the step, within these bounds (seconds).
MOVE_SHARE = 0.5
MOVE_SECONDS = (1.0, 4.5)
#: Holds at least this long with a "breathe" cue breathe gently, one breath in this many seconds.
BREATHE_AFTER = 8.0
BREATH_SECONDS = 5.0
#: The least change (of the eased movement, 0 to 1) worth a new frame.
MIN_STEP = 0.02
#: How strong the faint start pose is under reduce motion.
GHOST_OPACITY = 0.28

_pictures: OrderedDict[PoseSpec, Picture] = OrderedDict()


def picture_for(spec: PoseSpec) -> Picture:
    """A Picture per spec, kept for the few most recent steps (posing one takes a moment)."""
    found = _pictures.get(spec)
    if found is None:
        found = _pictures[spec] = Picture(spec)
        while len(_pictures) > 24:
            _pictures.popitem(last=False)
    _pictures.move_to_end(spec)
    return found


def move_seconds(seconds: float) -> float:
    low, high = MOVE_SECONDS
    return min(high, max(low, seconds * MOVE_SHARE))


def paint_picture(
    painter: QPainter,
    size: QSize,
    picture: Picture,
    colours: Colours,
    *,
    t: float,
    mirrored: bool,
    breath: float = 0.0,
    ghost: bool = False,
) -> None:
    """Paint `picture` at progress `t` into a `size` area; `ghost` adds the faint start pose."""
    frame = picture.frame(size.width(), size.height(), mirrored)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if ghost:
        painter.save()
        painter.setOpacity(GHOST_OPACITY)
        paint_scene(painter, frame, picture.scene(0.0), colours, body_only=True)
        painter.restore()
    paint_scene(painter, frame, picture.scene(t, breath), colours)
    paint_arrows(painter, frame, picture.arrows, colours)


class FigureView(QWidget):
    """A step's picture: a posed, moving figure (PoseSpec) or a custom picture file (Path)."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._spec: PoseSpec | None = None
        self._picture: Picture | None = None
        self._path: Path | None = None
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self._movie: QMovie | None = None
        self._mirrored = False
        self._seconds = 0.0
        self._cue: str | None = None
        self._started = 0.0
        self._reduce_motion = False
        self._frozen = False
        self._painted = (-1.0, 0.0)
        self._colours: Colours | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(200, 200))

    # --- what it shows -----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The custom picture file on show, if any."""
        return self._path

    @property
    def spec(self) -> PoseSpec | None:
        return self._spec

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    @property
    def animating(self) -> bool:
        movie = self._movie
        return self._timer.isActive() or (
            movie is not None and movie.state() == QMovie.MovieState.Running
        )

    @property
    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def set_reduce_motion(self, on: bool) -> None:
        self._reduce_motion = on
        self._schedule()
        self.update()

    def show_step(
        self,
        picture: PoseSpec | Path | None,
        mirrored: bool = False,
        seconds: float = 0.0,
        cue: str | None = None,
    ) -> bool:
        """Show a step's picture, from the start of its movement; False when it cannot be shown."""
        self._mirrored = mirrored
        self._seconds = float(seconds)
        self._cue = cue
        self._started = self._clock()
        self._frozen = False
        shown = True
        if isinstance(picture, PoseSpec):
            self._spec, self._picture = picture, picture_for(picture)
            self._path, self._svg, self._pixmap = None, None, None
            self._drop_movie()
        else:
            self._spec, self._picture = None, None
            shown = self._load_file(picture)
        self._schedule()
        self.update()
        return shown

    def clear(self) -> None:
        self.show_step(None)

    def freeze(self) -> None:
        """Stop moving and show the end pose (the break is over, the window is about to go)."""
        self._frozen = True
        self._timer.stop()
        self._schedule()
        self.update()

    def _load_file(self, path: Path | None) -> bool:
        if path != self._path:
            self._svg, self._pixmap = None, None
            self._drop_movie()
            suffix = path.suffix.lower() if path is not None else ""
            if path is not None and suffix == ".svg":
                renderer = QSvgRenderer(str(path), self)
                if renderer.isValid():
                    self._svg = renderer
            elif path is not None and suffix == ".gif":
                first = QPixmap(str(path))  # shown while the GIF does not move
                movie = QMovie(str(path), parent=self)
                if movie.isValid() and not first.isNull():
                    movie.setCacheMode(QMovie.CacheMode.CacheAll)
                    movie.frameChanged.connect(self.update)
                    self._movie, self._pixmap = movie, first
            elif path is not None:
                pixmap = QPixmap(str(path))
                if not pixmap.isNull():
                    self._pixmap = pixmap
            self._path = path
        elif self._movie is not None:
            self._movie.stop()  # the same GIF for the next step: from its first frame again
        return self._svg is not None or self._pixmap is not None

    def _drop_movie(self) -> None:
        if self._movie is not None:
            self._movie.stop()
            self._movie.deleteLater()
            self._movie = None

    def _play_movie(self) -> None:
        """A GIF moves only while shown, never with reduce motion, and not after the break."""
        movie = self._movie
        if movie is None:
            return
        plays = (
            self.isVisible()
            and not self._reduce_motion
            and not self._frozen
            and movie.frameCount() != 1
        )
        state = movie.state()
        if not plays:
            if state == QMovie.MovieState.Running and self._reduce_motion:
                movie.stop()  # back to the first frame
            elif state == QMovie.MovieState.Running:
                movie.setPaused(True)
        elif state == QMovie.MovieState.NotRunning:
            movie.start()
        elif state == QMovie.MovieState.Paused:
            movie.setPaused(False)

    # --- time ----------------------------------------------------------------------------------

    def _elapsed(self) -> float:
        return max(0.0, self._clock() - self._started)

    def _breathes(self) -> bool:
        return self._cue == "breathe" and self._seconds >= BREATHE_AFTER

    def progress(self) -> tuple[float, float]:
        """(movement progress 0 to 1, breath 0 to 1) at this moment."""
        if self._picture is None or self._reduce_motion or self._frozen:
            return 1.0, 0.0
        moving = move_seconds(self._seconds)
        elapsed = self._elapsed()
        if self._picture.spec.repeat:
            phase = (elapsed / moving) % 2.0
            return (phase if phase <= 1.0 else 2.0 - phase), 0.0
        if elapsed < moving:
            return elapsed / moving, 0.0
        if self._breathes():
            held = elapsed - moving
            return 1.0, 0.5 - 0.5 * math.cos(2 * math.pi * held / BREATH_SECONDS)
        return 1.0, 0.0

    def _still_moving(self) -> bool:
        if self._picture is None or self._reduce_motion or self._frozen or not self.isVisible():
            return False
        elapsed = self._elapsed()
        if self._seconds and elapsed >= self._seconds:
            return False
        if self._picture.spec.repeat or self._breathes():
            return True
        return elapsed < move_seconds(self._seconds)

    def _schedule(self) -> None:
        """Run the timer only while the visible figure moves or breathes."""
        self._play_movie()
        if not self._still_moving():
            self._timer.stop()
            return
        moving = self._elapsed() < move_seconds(self._seconds)
        interval = (
            MOVE_MS if moving or (self._picture and self._picture.spec.repeat) else BREATHE_MS
        )
        if not self._timer.isActive() or self._timer.interval() != interval:
            self._timer.start(interval)

    def _advance(self) -> None:
        """A new frame, when the figure has moved enough to show (slow ends of a movement and a
        slow breath need fewer frames)."""
        shown = self.progress()
        if (
            abs(ease(shown[0]) - ease(self._painted[0])) >= MIN_STEP
            or abs(shown[1] - self._painted[1]) >= MIN_STEP * 2
            or shown == (1.0, 0.0)
        ):
            self.update()
        self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
        self._play_movie()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = None
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def colours(self) -> Colours:
        if self._colours is None:
            self._colours = Colours.from_palette(self.palette())
        return self._colours

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._picture is not None:
            t, breath = self._painted = self.progress()
            paint_picture(
                painter,
                self.size(),
                self._picture,
                self.colours(),
                t=t,
                mirrored=self._mirrored,
                breath=breath,
                ghost=self._reduce_motion,
            )
        else:
            self._paint_file(painter)
        painter.end()

    def _paint_file(self, painter: QPainter) -> None:
        movie = self._movie
        moving = movie is not None and movie.state() != QMovie.MovieState.NotRunning
        pixmap = movie.currentPixmap() if movie is not None and moving else self._pixmap
        if self._svg is None and pixmap is None:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        if self._svg is not None:
            self._svg.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._svg.render(painter, target)
        elif pixmap is not None:
            scaled = pixmap.size().scaled(int(side), int(side), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRectF(0, 0, scaled.width(), scaled.height())
            rect.moveCenter(target.center())
            painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))

"""Shows one step's picture: SVG drawn as vectors (crisp at any DPI) or a bitmap, mirrored on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class IllustrationView(QWidget):
    """A square picture that keeps its aspect ratio; pictures are drawn for the right side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self._mirrored = False
        self._path: Path | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(200, 200))

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def show_picture(self, path: Path, mirrored: bool = False) -> bool:
        """Load `path`; returns False (and shows nothing) when it cannot be read."""
        if path != self._path:
            self._svg, self._pixmap = None, None
            if path.suffix.lower() == ".svg":
                renderer = QSvgRenderer(str(path), self)
                if renderer.isValid():
                    self._svg = renderer
            else:
                pixmap = QPixmap(str(path))
                if not pixmap.isNull():
                    self._pixmap = pixmap
            self._path = path
        self._mirrored = mirrored
        self.update()
        return self._svg is not None or self._pixmap is not None

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._svg is None and self._pixmap is None:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        if self._svg is not None:
            self._svg.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._svg.render(painter, target)
        elif self._pixmap is not None:
            scaled = self._pixmap.size().scaled(
                int(side), int(side), Qt.AspectRatioMode.KeepAspectRatio
            )
            rect = QRectF(0, 0, scaled.width(), scaled.height())
            rect.moveCenter(target.center())
            painter.drawPixmap(rect, self._pixmap, QRectF(self._pixmap.rect()))
        painter.end()

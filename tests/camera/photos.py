"""Photos that ship inside packages (scikit-image's astronaut, matplotlib's Grace Hopper), and
"slouched" versions of them made by warping: the head sunk towards the shoulders, or the
shoulders drawn in towards the middle. Arrays of RGB bytes (numpy), as the model takes them."""

from __future__ import annotations

from typing import Any


def astronaut() -> Any:
    import skimage.data

    return skimage.data.astronaut()


def grace_hopper() -> Any:
    import matplotlib.image
    from matplotlib import cbook

    with cbook.get_sample_data("grace_hopper.jpg") as file:
        return matplotlib.image.imread(file)[:, :, :3].copy()


def sink_head(photo: Any, neck_row: int, by: int) -> Any:
    """Everything above `neck_row` moved down `by` rows over the neck: the ears come nearer to
    the shoulders, as when the head goes forward and down (the rows it leaves repeat the top)."""
    out = photo.copy()
    out[by:neck_row] = photo[: neck_row - by]
    out[:by] = photo[:1]
    return out


def narrow_shoulders(photo: Any, neck_row: int, share: float) -> Any:
    """Everything below `neck_row` drawn in to `share` of its width around the middle: the
    shoulders look narrower beside a head of the same width, as when they round forward."""
    import numpy as np

    out = photo.copy()
    width = photo.shape[1]
    middle = width / 2
    columns = np.clip(
        ((np.arange(width) - middle) / share + middle).round().astype(int), 0, width - 1
    )
    out[neck_row:] = photo[neck_row:, columns]
    outside = np.abs(np.arange(width) - middle) > middle * share
    out[neck_row:, outside] = photo[neck_row:, :1][:, [0] * int(outside.sum())]
    return out

"""Posing the figure by hand: joints set one angle at a time, or dragged on the picture.

A pose editor shows handles on a few points of the body (the head, the chest, the elbows, hands,
knees and feet). Dragging one moves the angles that carry that point, as little as needed, so
the point follows the pointer as seen from the picture's view (a damped least-squares step on
the angles, each kept within the range the figure allows). Everything here is pure: a pose in,
a pose out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from postureapp.core.pose import skeleton
from postureapp.core.pose.geometry import Point
from postureapp.core.pose.model import Pose, resolve
from postureapp.core.pose.postures import expand_pairs
from postureapp.core.pose.scene import VIEW_CAMERAS, Camera
from postureapp.core.pose.skeleton import ANGLE_SPECS, LIMB_JOINTS, Body


@dataclass(frozen=True)
class Handle:
    """A point of the body a person can drag, and the angles that move it."""

    name: str
    point: str
    angles: tuple[str, ...]


#: The points a person can drag: the head, chest and waist, then each side's elbow, hand, knee
#: and foot.
HANDLES: dict[str, Handle] = {
    handle.name: handle
    for handle in (
        Handle("head", "head", ("neck.flex", "neck.bend")),
        Handle("chest", "chest", ("thoracic.flex", "thoracic.bend")),
        Handle("waist", "waist", ("lumbar.flex", "lumbar.bend")),
        *(
            handle
            for side in skeleton.SIDES
            for handle in (
                Handle(
                    f"{side}_elbow", f"{side}_elbow", (f"{side}_arm.raise", f"{side}_arm.spread")
                ),
                Handle(
                    f"{side}_hand",
                    f"{side}_hand",
                    (f"{side}_arm.raise", f"{side}_arm.spread", f"{side}_elbow.bend"),
                ),
                Handle(f"{side}_knee", f"{side}_knee", (f"{side}_hip.flex", f"{side}_hip.spread")),
                Handle(f"{side}_foot", f"{side}_ankle", (f"{side}_hip.flex", f"{side}_knee.bend")),
            )
        ),
    )
}

#: The joints a pose editor offers, in the order a person thinks of them, with their angles.
JOINTS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (joint, tuple(spec.name for spec in skeleton.ANGLES if spec.joint == joint))
    for joint in skeleton.JOINT_NAMES
)


def flat_angles(pose: Pose) -> dict[str, float]:
    """The angles `pose` sets, with pair names ("arms.raise") spelled out per side."""
    return expand_pairs(dict(pose.angles))


def angle_of(pose: Pose, key: str) -> float:
    """The angle `key` ("neck.flex") as the pose has it: set by the pose, or from its base."""
    return resolve(pose).angles[key]


def with_angles(pose: Pose, changes: Mapping[str, float]) -> Pose:
    """`pose` with these angles set (each kept within its range; pair names spelled out)."""
    angles = flat_angles(pose)
    for key, value in changes.items():
        spec = ANGLE_SPECS[key]
        angles[key] = round(min(spec.high, max(spec.low, value)), 1)
    moved = {key.partition(".")[0] for key in changes}
    # A hand placed by name (on the chair back...) lets go once its arm is moved by hand.
    hands = tuple(
        (key, place)
        for key, place in pose.hands
        if not any(
            moved.intersection(LIMB_JOINTS[f"{side}_hand"])
            for side in skeleton.SIDES
            if key in ("hands", f"{side}_hand")
        )
    )
    return replace(pose, angles=tuple(sorted(angles.items())), hands=hands)


def without_angles(pose: Pose, keys: Sequence[str]) -> Pose:
    """`pose` with these angles back to what its base posture gives them."""
    angles = {key: value for key, value in flat_angles(pose).items() if key not in keys}
    return replace(pose, angles=tuple(sorted(angles.items())))


def posed_body(pose: Pose) -> Body:
    """The body in `pose`, with its planted hands and feet where they belong."""
    resolved = resolve(pose)
    body = skeleton.solve(resolved.angles, (0.0, 0.0, 0.0), resolved.recline)
    body = body.moved(resolved.offset)
    for limb, plant in sorted(resolved.plants.items()):
        body = skeleton.reach(body, limb, plant)
    return body


def handle_points(pose: Pose, view: str) -> dict[str, Point]:
    """Where each handle is, in the scene's flat cm (y up) as `view` sees the pose."""
    camera = Camera(VIEW_CAMERAS[view])
    body = posed_body(pose)
    return {name: camera.flat(body.point(handle.point)) for name, handle in HANDLES.items()}


def _solve_2x2(a: float, b: float, c: float, d: float, x: float, y: float) -> tuple[float, float]:
    """Solve [[a, b], [c, d]] (u, v) = (x, y). Called with J J^T + k I (k > 0), whose
    determinant is at least k squared, so it is never singular."""
    det = a * d - b * c
    return (d * x - b * y) / det, (a * y - c * x) / det


def drag(pose: Pose, view: str, handle_name: str, target: Point, *, rounds: int = 4) -> Pose:
    """`pose` with the handle's angles moved so that its point comes as near `target` as it can
    (seen from `view`, in the scene's flat cm)."""
    handle = HANDLES[handle_name]
    camera = Camera(VIEW_CAMERAS[view])
    resolved = resolve(pose).angles
    # Start from the angles in effect, so a planted hand lets go where it is drawn.
    current = with_angles(pose, {key: resolved[key] for key in handle.angles})

    def where(candidate: Pose) -> Point:
        return camera.flat(posed_body(candidate).point(handle.point))

    here = where(current)
    for _ in range(rounds):
        error = (target[0] - here[0], target[1] - here[1])
        if math.hypot(*error) < 0.3:
            break
        angles = resolve(current).angles
        columns: list[tuple[float, float]] = []
        for key in handle.angles:
            moved = where(with_angles(current, {key: angles[key] + 1.0}))
            columns.append((moved[0] - here[0], moved[1] - here[1]))
        # Damped least squares: d = J^T (J J^T + k I)^-1 e, which never jumps near a straight limb.
        damping = 0.5
        jj = [[sum(c[i] * c[j] for c in columns) for j in range(2)] for i in range(2)]
        u, v = _solve_2x2(
            jj[0][0] + damping, jj[0][1], jj[1][0], jj[1][1] + damping, error[0], error[1]
        )
        changes = {
            key: angles[key] + max(-45.0, min(45.0, column[0] * u + column[1] * v))
            for key, column in zip(handle.angles, columns, strict=True)
        }
        candidate = with_angles(current, changes)
        moved = where(candidate)
        if math.dist(moved, target) >= math.dist(here, target):
            break
        current, here = candidate, moved
    return current

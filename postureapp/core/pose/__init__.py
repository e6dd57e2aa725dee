"""The figure that shows each step: one articulated body, posed, seen from a view, in motion.

skeleton   joints, the angles each one takes, forward kinematics, planted hands and feet
postures   the named base postures (seated, standing, all fours, lying...) on the floor
model      Pose, PoseSpec (a step's picture) and Motion (the body between start and end)
scene      a posed body seen from a view, as flat shapes ordered back to front, and the props
picture    a step's whole picture over time: scenes, arrows, framing
parse      a step's `pose` table read from TOML with precise problems, and written back
"""

from postureapp.core.pose.model import Motion, Pose, PoseSpec, ease, highlighted, moving_parts
from postureapp.core.pose.parse import PoseProblem, parse_pose, pose_table
from postureapp.core.pose.picture import Arrow, Frame, Picture

__all__ = [
    "Arrow",
    "Frame",
    "Motion",
    "Picture",
    "Pose",
    "PoseProblem",
    "PoseSpec",
    "ease",
    "highlighted",
    "moving_parts",
    "parse_pose",
    "pose_table",
]

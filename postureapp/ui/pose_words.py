"""The pose editor's words: views, postures, joints, angles, props and arrow points, marked for
lupdate under the "pose" context (the editor translates them where it shows them)."""

from __future__ import annotations

from postureapp.core.i18n import QT_TRANSLATE_NOOP

VIEW_WORDS = {
    "side": QT_TRANSLATE_NOOP("pose", "From the side"),
    "front": QT_TRANSLATE_NOOP("pose", "From the front"),
    "three-quarter": QT_TRANSLATE_NOOP("pose", "Three-quarter"),
    "above": QT_TRANSLATE_NOOP("pose", "From above"),
}
POSTURE_WORDS = {
    "seated": QT_TRANSLATE_NOOP("pose", "Sitting on a chair"),
    "standing": QT_TRANSLATE_NOOP("pose", "Standing"),
    "sitting-on-floor": QT_TRANSLATE_NOOP("pose", "Sitting on the floor"),
    "all-fours": QT_TRANSLATE_NOOP("pose", "On hands and knees"),
    "lying-on-back": QT_TRANSLATE_NOOP("pose", "Lying on the back, knees bent"),
    "lying-on-back-legs-long": QT_TRANSLATE_NOOP("pose", "Lying on the back, legs long"),
    "lying-face-down": QT_TRANSLATE_NOOP("pose", "Lying face down"),
}
JOINT_WORDS = {
    "pelvis": QT_TRANSLATE_NOOP("pose", "Pelvis"),
    "lumbar": QT_TRANSLATE_NOOP("pose", "Lower back"),
    "thoracic": QT_TRANSLATE_NOOP("pose", "Upper back"),
    "neck": QT_TRANSLATE_NOOP("pose", "Neck"),
    "head": QT_TRANSLATE_NOOP("pose", "Head"),
    "right_shoulder": QT_TRANSLATE_NOOP("pose", "Right shoulder blade"),
    "left_shoulder": QT_TRANSLATE_NOOP("pose", "Left shoulder blade"),
    "right_arm": QT_TRANSLATE_NOOP("pose", "Right arm"),
    "left_arm": QT_TRANSLATE_NOOP("pose", "Left arm"),
    "right_elbow": QT_TRANSLATE_NOOP("pose", "Right elbow"),
    "left_elbow": QT_TRANSLATE_NOOP("pose", "Left elbow"),
    "right_wrist": QT_TRANSLATE_NOOP("pose", "Right wrist"),
    "left_wrist": QT_TRANSLATE_NOOP("pose", "Left wrist"),
    "right_hip": QT_TRANSLATE_NOOP("pose", "Right hip"),
    "left_hip": QT_TRANSLATE_NOOP("pose", "Left hip"),
    "right_knee": QT_TRANSLATE_NOOP("pose", "Right knee"),
    "left_knee": QT_TRANSLATE_NOOP("pose", "Left knee"),
    "right_ankle": QT_TRANSLATE_NOOP("pose", "Right ankle"),
    "left_ankle": QT_TRANSLATE_NOOP("pose", "Left ankle"),
}
ANGLE_WORDS = {
    "flex": QT_TRANSLATE_NOOP("pose", "Bend forward"),
    "bend": QT_TRANSLATE_NOOP("pose", "Bend"),
    "turn": QT_TRANSLATE_NOOP("pose", "Turn to its right"),
    "shrug": QT_TRANSLATE_NOOP("pose", "Shrug up (cm)"),
    "reach": QT_TRANSLATE_NOOP("pose", "Forward (cm)"),
    "raise": QT_TRANSLATE_NOOP("pose", "Raise forward"),
    "spread": QT_TRANSLATE_NOOP("pose", "Out to the side"),
    "twist": QT_TRANSLATE_NOOP("pose", "Turn outward"),
    "point": QT_TRANSLATE_NOOP("pose", "Point the toes"),
    "tilt": QT_TRANSLATE_NOOP("pose", "Tilt forward"),
    "lift": QT_TRANSLATE_NOOP("pose", "Up (cm)"),
    "slide": QT_TRANSLATE_NOOP("pose", "Forward (cm)"),
}
#: Where the words differ for one joint.
SPECIAL_ANGLE_WORDS = {
    "lumbar.bend": QT_TRANSLATE_NOOP("pose", "Lean to its right"),
    "thoracic.bend": QT_TRANSLATE_NOOP("pose", "Lean to its right"),
    "neck.bend": QT_TRANSLATE_NOOP("pose", "Tilt to its right"),
    "head.bend": QT_TRANSLATE_NOOP("pose", "Tilt to its right"),
    "head.flex": QT_TRANSLATE_NOOP("pose", "Nod"),
    "right_hip.flex": QT_TRANSLATE_NOOP("pose", "Lift the thigh"),
    "left_hip.flex": QT_TRANSLATE_NOOP("pose", "Lift the thigh"),
    "right_wrist.bend": QT_TRANSLATE_NOOP("pose", "Bend back"),
    "left_wrist.bend": QT_TRANSLATE_NOOP("pose", "Bend back"),
    "pelvis.bend": QT_TRANSLATE_NOOP("pose", "Hitch to its right"),
}
#: A prop's tick box.
PROP_WORDS = {
    "chair": QT_TRANSLATE_NOOP("pose", "Chair"),
    "floor": QT_TRANSLATE_NOOP("pose", "Floor"),
    "mat": QT_TRANSLATE_NOOP("pose", "Mat"),
    "wall": QT_TRANSLATE_NOOP("pose", "Wall"),
    "towel-roll": QT_TRANSLATE_NOOP("pose", "Towel roll"),
    "foam-roller": QT_TRANSLATE_NOOP("pose", "Foam roller"),
}
#: A point an arrow can follow.
ARROW_WORDS = {
    "head": QT_TRANSLATE_NOOP("pose", "head"),
    "nose": QT_TRANSLATE_NOOP("pose", "nose"),
    "chin": QT_TRANSLATE_NOOP("pose", "chin"),
    "chest": QT_TRANSLATE_NOOP("pose", "chest"),
    "upper_back": QT_TRANSLATE_NOOP("pose", "upper back"),
    "waist": QT_TRANSLATE_NOOP("pose", "waist"),
    "pelvis": QT_TRANSLATE_NOOP("pose", "pelvis"),
    "shoulders": QT_TRANSLATE_NOOP("pose", "shoulders"),
    "right_shoulder": QT_TRANSLATE_NOOP("pose", "right shoulder"),
    "left_shoulder": QT_TRANSLATE_NOOP("pose", "left shoulder"),
    "hands": QT_TRANSLATE_NOOP("pose", "hands"),
    "right_hand": QT_TRANSLATE_NOOP("pose", "right hand"),
    "left_hand": QT_TRANSLATE_NOOP("pose", "left hand"),
    "elbows": QT_TRANSLATE_NOOP("pose", "elbows"),
    "right_elbow": QT_TRANSLATE_NOOP("pose", "right elbow"),
    "left_elbow": QT_TRANSLATE_NOOP("pose", "left elbow"),
    "knees": QT_TRANSLATE_NOOP("pose", "knees"),
    "right_knee": QT_TRANSLATE_NOOP("pose", "right knee"),
    "left_knee": QT_TRANSLATE_NOOP("pose", "left knee"),
    "feet": QT_TRANSLATE_NOOP("pose", "feet"),
    "right_toe": QT_TRANSLATE_NOOP("pose", "right toe"),
    "left_toe": QT_TRANSLATE_NOOP("pose", "left toe"),
    "right_ankle": QT_TRANSLATE_NOOP("pose", "right ankle"),
    "left_ankle": QT_TRANSLATE_NOOP("pose", "left ankle"),
}

"""The running app between `core` (what to decide) and the views (what to show).

    controller        the break cycle: timers and idle -> a break -> its outcome -> the next plan
    scheduling        APScheduler on the Qt event loop, firing what core.plan decided
    safety_flow       welcome, check-ins and the safety pause, at the right moments
    settings_keeper   the settings in effect: loaded, watched on disk, saved, applied
    recorder          the break log as the app writes it: nothing lost, never a long wait
    messages          the one road by which anything reaches the user as a message
    errors            what nothing else caught: logged and told once
    commands          one table of commands, for the socket, the tray and the CLI

Parts here depend on `core` (and its `ports`), never on `ui` or `platform`; the composition
root (`postureapp.app`) hands them what they need and connects their signals.
"""

"""The parts of benchmarks/run.py: private copies, private desktops, /proc readings, phases, report."""

"""What /proc says about a process: memory, who else maps its files, CPU time, context switches.

Reading /proc never wakes the process being watched.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

KIB_PER_MIB = 1024.0


def _kb_fields(text: str) -> dict[str, float]:
    fields: dict[str, float] = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            fields[key] = float(parts[0])
    return fields


def memory(pids: Iterable[int]) -> dict[str, float]:
    """Pss, Rss, USS (private pages) and anonymous PSS in kB, summed over the process tree given."""
    total: dict[str, float] = {"pss_kb": 0.0, "rss_kb": 0.0, "uss_kb": 0.0, "pss_anon_kb": 0.0}
    for pid in pids:
        with contextlib.suppress(OSError):
            f = _kb_fields(Path(f"/proc/{pid}/smaps_rollup").read_text())
            total["pss_kb"] += f["Pss"]
            total["rss_kb"] += f["Rss"]
            total["uss_kb"] += f["Private_Clean"] + f["Private_Dirty"]
            total["pss_anon_kb"] += f.get("Pss_Anon", 0.0)
    return total


def rss_anon_kb(pid: int) -> float:
    """RssAnon from /proc/PID/status: the heap and other private memory the process made."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return float(line.split()[1])
    return 0.0


def pss_by_mapping(pid: int) -> dict[str, float]:
    """Pss in kB per mapped file; anonymous memory under [heap] / [anon] / [stack]."""
    totals: dict[str, float] = {}
    current = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" not in head[0]:
            current = head[5].strip() if len(head) == 6 else "[anon]"
            if current.startswith("[anon:"):
                current = "[anon]"
        elif line.startswith("Pss:"):
            totals[current] = totals.get(current, 0.0) + float(line.split()[1])
    return totals


def mapped_files(pid: int) -> dict[tuple[str, str], str]:
    """(device, inode) -> path of every file the process maps (libraries, caches, fonts)."""
    found: dict[tuple[str, str], str] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and parts[4] != "0":
                found[(parts[3], parts[4])] = parts[5].removesuffix(" (deleted)")
    return found


@dataclass
class Sharing:
    """Who else maps the files an app maps, at one moment.

    `ours` are files under the app's private copy (its venv, libpython, Qt, PySide6): nobody else
    may map them, or their pages are split and the app's PSS reads low. `system` are the Debian
    libraries (libc, libX11, fontconfig ...) that every desktop app shares, as it would at home.
    """

    ours_files: int
    ours_shared: dict[str, list[str]]  # path -> "pid name" of each other process mapping it
    system_files: int
    system_sharers_max: int
    system_sharers_median: int


def sharing(
    pids: Iterable[int], private_root: Path | None, linked_from: Path | None = None
) -> Sharing:
    own = set(pids)
    files: dict[tuple[str, str], str] = {}
    for pid in own:
        files.update(mapped_files(pid))
    root = str(private_root) + os.sep if private_root is not None else None
    ours = {key: path for key, path in files.items() if root and path.startswith(root)}
    # A file the private copy only links to (private.LINK_ONLY) is the original venv's: shared.
    linked = str(linked_from) + os.sep if linked_from is not None else None
    ours_shared: dict[str, list[str]] = {
        path: ["linked, not copied"]
        for path in files.values()
        if linked and path.startswith(linked)
    }
    system = {
        key: path for key, path in files.items() if key not in ours and path not in ours_shared
    }
    system_count: dict[tuple[str, str], int] = dict.fromkeys(system, 0)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) in own:
            continue
        theirs = mapped_files(int(entry.name))
        for key in theirs.keys() & ours.keys():
            ours_shared.setdefault(ours[key], []).append(f"{entry.name} {process_name(entry)}")
        for key in theirs.keys() & system.keys():
            system_count[key] += 1
    counts = sorted(system_count.values())
    return Sharing(
        ours_files=len(ours),
        ours_shared=ours_shared,
        system_files=len(system),
        system_sharers_max=counts[-1] if counts else 0,
        system_sharers_median=counts[len(counts) // 2] if counts else 0,
    )


def process_name(proc_dir: Path) -> str:
    with contextlib.suppress(OSError):
        return (proc_dir / "comm").read_text().strip()
    return "?"


def cpu_ns(pids: Iterable[int]) -> dict[int, int]:
    """tid -> nanoseconds on a CPU so far (schedstat: exact, where /proc/PID/stat counts 10 ms
    ticks, too coarse for an app that should use none)."""
    found: dict[int, int] = {}
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError, IndexError):
                    found[int(task.name)] = int((task / "schedstat").read_text().split()[0])
    return found


def preempted(pids: Iterable[int]) -> int:
    """Involuntary context switches so far, all threads: the scheduler took the CPU away for
    other work (the machine's load), where a voluntary one is the app going back to sleep."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError, StopIteration):
                    text = (task / "status").read_text()
                    total += int(
                        next(
                            line.split(":", 1)[1]
                            for line in text.splitlines()
                            if line.startswith("nonvoluntary_ctxt_switches")
                        )
                    )
    return total


def major_faults(pids: Iterable[int]) -> int:
    """Page faults that had to wait for the disk (all threads): a page of the app's code or
    data that the machine evicted under memory pressure. Each one blocks the thread, a
    context switch that the app did not ask for."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            # After the ")" of the command: state is field 3, majflt field 12.
            total += int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[9])
    return total


def cpu_seconds_between(before: dict[int, int], after: dict[int, int]) -> float:
    """CPU time used between two readings by the threads alive at the second (a thread that
    started in between counts from zero)."""
    return sum(ns - before.get(tid, 0) for tid, ns in after.items()) / 1e9


def threads(pids: Iterable[int]) -> dict[int, tuple[str, int]]:
    """tid -> (thread name, voluntary + involuntary context switches so far)."""
    found: dict[int, tuple[str, int]] = {}
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError):
                    values = dict(
                        line.split(":", 1) for line in (task / "status").read_text().splitlines()
                    )
                    switches = int(values["voluntary_ctxt_switches"]) + int(
                        values["nonvoluntary_ctxt_switches"]
                    )
                    found[int(task.name)] = (values["Name"].strip(), switches)
    return found


def switches_by_thread(
    before: dict[int, tuple[str, int]], after: dict[int, tuple[str, int]]
) -> dict[str, int]:
    """Context switches between two readings, by thread name (threads that came and went too)."""
    by_name: dict[str, int] = {}
    for tid, (name, count) in after.items():
        by_name[name] = by_name.get(name, 0) + count - before.get(tid, (name, 0))[1]
    return by_name


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (Workrave runs helpers; Safe Eyes may too)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    tree, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, p in parents.items() if p == parent]
        tree.extend(kids)
        frontier.extend(kids)
    return tree


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])

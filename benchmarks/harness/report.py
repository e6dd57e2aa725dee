"""Figures from the raw samples: medians with min-max, ratios to the bare tray, targets, a table."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import Any

MIB = 1024.0  # /proc reports KiB

#: figure -> (limit, how it reads). Ratios are app / bare.
TARGETS: dict[str, tuple[float, str]] = {
    "pss_ratio": (1.30, "<= 1.30x"),
    "rss_ratio": (1.30, "<= 1.30x"),
    "tray_up_ratio": (1.15, "<= 1.15x"),
    "switches": (5.0, "<= 5"),
    "cpu_s": (0.005, "< 0.005 s"),
    "latency_p95": (100.0, "<= 100 ms"),
    "growth_mib": (1.0, "< 1 MiB"),
}


#: Windows that start this long after the app started (or after its last break) are "at rest".
#: Before, the app is still settling: its idle-time source says the user has gone after the
#: idle threshold (5 minutes), and the app re-plans once then.
AT_REST_S = 360


def wakeups(windows: list[dict[str, Any]]) -> dict[str, Any]:
    """Switches and CPU per 120 s, at rest where there are such windows; the early ones apart."""
    rest = [w for w in windows if w["offset_s"] >= AT_REST_S]
    early = [w for w in windows if w["offset_s"] < AT_REST_S]
    chosen = rest or windows
    out: dict[str, Any] = {
        "at_rest": bool(rest),
        "switches": spread(w["switches"] for w in chosen),
        "cpu_s": spread(w["cpu_s"] for w in chosen),
        "first_offset_s": min(w["offset_s"] for w in chosen),
    }
    if rest and early:
        out["early_switches"] = spread(w["switches"] for w in early)
        out["early_cpu_s"] = spread(w["cpu_s"] for w in early)
    return out


def verdict(key: str, value: float | None) -> str:
    if value is None:
        return ""
    limit = TARGETS[key][0]
    ok = value < limit if key in ("growth_mib", "cpu_s") else value <= limit
    return "PASS" if ok else "MISS"


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def spread(values: Iterable[float]) -> dict[str, float]:
    items = list(values)
    return {
        "median": statistics.median(items),
        "min": min(items),
        "max": max(items),
        "n": len(items),
    }


def fmt_spread(s: dict[str, float], unit: str, scale: float = 1.0, digits: int = 1) -> str:
    med, lo, hi = (s[k] * scale for k in ("median", "min", "max"))
    if s["n"] == 1:
        return f"{med:.{digits}f} {unit}"
    return f"{med:.{digits}f} {unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def tray_up_figures(times: dict[str, list[float]], reference: str) -> dict[str, Any]:
    """Per app: median and range of its starts; against the reference, the ratio of medians and
    the spread of the per-round ratios (both started in the same round)."""
    out: dict[str, Any] = {}
    ref = times[reference]
    for name, samples in times.items():
        if not samples:
            continue
        entry: dict[str, Any] = {"ms": spread(t * 1000 for t in samples), "samples_s": samples}
        if name != reference and len(samples) == len(ref):
            pairs = [a / b for a, b in zip(samples, ref, strict=True)]
            entry["paired_ratio"] = spread(pairs)
        entry["ratio"] = statistics.median(samples) / statistics.median(ref)
        out[name] = entry
    return out


def idle_figures(rounds: list[dict[str, dict[str, Any]]], reference: str) -> dict[str, Any]:
    """Memory after the idle period (and when settled), context switches and CPU per window."""
    names = list(rounds[0])
    out: dict[str, Any] = {}
    for name in names:
        per = [r[name] for r in rounds if name in r]
        entry: dict[str, Any] = {}
        for when in ("settled", "idle"):
            for key in ("pss_kb", "rss_kb", "uss_kb", "pss_anon_kb"):
                entry[f"{when}_{key}"] = spread(p[when][key] for p in per)
        windows = [w for p in per for w in p["windows"]]
        entry["wakeups"] = wakeups(windows)
        by_thread: dict[str, list[float]] = {}
        for w in windows:
            for thread, count in w["by_thread"].items():
                by_thread.setdefault(thread, []).append(count)
        entry["switches_by_thread_max"] = {k: max(v) for k, v in sorted(by_thread.items())}
        entry["ours_shared"] = [p[when]["ours_shared"] for p in per for when in ("settled", "idle")]
        entry["samples"] = 2 * len(per)
        entry["system_sharers_median"] = spread(
            p[when]["system_sharers_median"] for p in per for when in ("settled", "idle")
        )
        entry["processes"] = per[-1]["processes"]
        entry["threads"] = per[-1]["threads"]
        out[name] = entry
    for name in names:
        if name == reference:
            continue
        for key in ("pss_kb", "rss_kb"):
            ours = out[name][f"idle_{key}"]["median"]
            theirs = out[reference][f"idle_{key}"]["median"]
            out[name][f"{key.split('_')[0]}_ratio"] = ours / theirs
            pairs = [
                r[name]["idle"][key] / r[reference]["idle"][key]
                for r in rounds
                if name in r and reference in r
            ]
            out[name][f"{key.split('_')[0]}_round_ratios"] = spread(pairs)
    return out


def growth_figures(raw: dict[str, Any], requests: int, breaks: int, warm: int) -> dict[str, Any]:
    mem = raw["memory"]

    def delta(a: str, b: str, key: str) -> float:
        return float(mem[b][key] - mem[a][key])

    out: dict[str, Any] = {"requests": requests, "breaks": breaks, "warm": warm}
    for what, count in (("requests", requests), ("breaks", breaks)):
        for key in ("pss_kb", "rss_kb", "uss_kb", "rss_anon_kb"):
            grown = delta(f"{what}_warm", f"{what}_end", key)
            out[f"{what}_{key}"] = grown
            out[f"{what}_{key}_per_item"] = grown / max(1, count - warm)
        out[f"{what}_first_rss_kb"] = delta(
            "start" if what == "requests" else "requests_end", f"{what}_warm", "rss_kb"
        )
    lat = raw["latency_ms"]
    out["latency"] = {
        "p50": statistics.median(lat),
        "p95": percentile(lat, 0.95),
        "max": max(lat),
        "first": lat[0],
        "n": len(lat),
    }
    out["after_breaks"] = {key: mem["breaks_end"][key] for key in ("pss_kb", "rss_kb")}
    if raw["windows_after"]:
        out["wakeups_after"] = wakeups(raw["windows_after"])
    out["log_errors"] = raw.get("log_errors", [])
    out["request_s"], out["break_s"] = raw["request_s"], raw["break_s"]
    return out


def table(rows: list[list[str]]) -> str:
    """A Markdown table, aligned for reading in a terminal too."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for number, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if number == 0:
            lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)

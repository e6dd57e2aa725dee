"""The printed summary: one table of every figure for every app, then notes on how to read it."""

from __future__ import annotations

from typing import Any

from harness import report
from harness.report import MIB, TARGETS, fmt_spread, verdict


def figures(result: dict[str, Any]) -> dict[str, Any]:
    plan = result["plan"]
    out: dict[str, Any] = {
        "tray_up": report.tray_up_figures(result["tray_up_s"], "bare"),
        "tray_up_cpu": report.tray_up_figures(result.get("tray_up_cpu_s") or {"bare": []}, "bare"),
        "idle": report.idle_figures(result["idle_rounds"], "bare"),
        "growth": {},
    }
    for name, raw in result["growth_raw"].items():
        if "error" in raw:
            out["growth"][name.split("@")[0]] = {"error": raw["error"]}
        else:
            out["growth"][name.split("@")[0]] = report.growth_figures(
                raw, plan["requests"], plan["breaks"], plan["warm"]
            )
    return out


LABELS = {"bare": "bare tray", "safeeyes": "Safe Eyes", "workrave": "Workrave"}


def rows(result: dict[str, Any], figs: dict[str, Any]) -> list[list[str]]:
    plan = result["plan"]
    names = list(result["tray_up_s"])
    head = ["figure", "target", *(LABELS.get(n, n) for n in names)]
    out = [head]
    tray, idle, growth = figs["tray_up"], figs["idle"], figs["growth"]

    def ratio_cell(name: str, value: str, ratio: float | None, key: str) -> str:
        if name == "bare" or ratio is None:
            return value
        mark = f" {verdict(key, ratio)}" if apps_kind(result, name) == "postureapp" else ""
        return f"{value} · {ratio:.2f}×{mark}"

    def tray_row() -> list[str]:
        cells = []
        for name in names:
            entry = tray.get(name)
            if entry is None:
                cells.append("n/a")
                continue
            text = fmt_spread(entry["ms"], "ms", digits=0) + f" [{entry['ms']['n']}]"
            paired = entry.get("paired_ratio")
            cell = ratio_cell(name, text, entry["ratio"], "tray_up_ratio")
            if paired:
                cell += f" (pairs {paired['min']:.2f}–{paired['max']:.2f})"
            cells.append(cell)
        return ["tray icon up, median (min–max) [starts]", TARGETS["tray_up_ratio"][1], *cells]

    out.append(tray_row())
    cpu_cells = []
    for name in names:
        entry = figs["tray_up_cpu"].get(name)
        if entry is None:
            cpu_cells.append("n/a")
            continue
        text = fmt_spread(entry["ms"], "ms", digits=0)
        if name != "bare":
            text += f" · {entry['ratio']:.2f}×"
        cpu_cells.append(text)
    if figs["tray_up_cpu"]:
        out.append(["  CPU used until the icon is up, median (min–max)", "", *cpu_cells])
    rounds = plan["rounds"]
    for key, label, target in (
        ("pss", "PSS after idle", "pss_ratio"),
        ("rss", "RSS after idle", "rss_ratio"),
    ):
        cells = []
        for name in names:
            entry = idle[name]
            value = fmt_spread(entry[f"idle_{key}_kb"], "MiB", 1 / MIB)
            cells.append(ratio_cell(name, value, entry.get(f"{key}_ratio"), target))
        out.append([f"{label}, median (min–max) of {rounds}", TARGETS[target][1], *cells])
    for key, label in (
        ("settled_pss_kb", f"PSS {plan['settle_s']:g} s after start"),
        ("idle_uss_kb", "USS (private) after idle"),
    ):
        cells = []
        for name in names:
            entry, ref = idle[name][key], idle["bare"][key]
            value = fmt_spread(entry, "MiB", 1 / MIB)
            ratio = None if name == "bare" else entry["median"] / ref["median"]
            cells.append(value if ratio is None else f"{value} · {ratio:.2f}×")
        out.append([label, "", *cells])
    out.extend(wakeup_rows(result, {n: idle[n]["wakeups"] for n in names}, "idle"))
    if any("after_breaks" in g for g in growth.values()):
        out.append(
            [
                f"PSS / RSS after {plan['breaks']:,} breaks",
                "",
                *(
                    "{:.1f} / {:.1f} MiB".format(
                        growth[n]["after_breaks"]["pss_kb"] / MIB,
                        growth[n]["after_breaks"]["rss_kb"] / MIB,
                    )
                    if "after_breaks" in growth.get(n, {})
                    else ""
                    for n in names
                ),
            ]
        )
    after = {n: growth[n]["wakeups_after"] for n in names if "wakeups_after" in growth.get(n, {})}
    if after:
        out.extend(wakeup_rows(result, after, f"idle after {plan['breaks']:,} breaks", names))

    def growth_cells(fn: Any) -> list[str]:
        cells = []
        for n in names:
            g = growth.get(n)
            cells.append("" if g is None else ("failed" if "error" in g else fn(g)))
        return cells

    if growth:
        out.append(
            [
                "break window latency p50 / p95 [breaks]",
                TARGETS["latency_p95"][1],
                *growth_cells(
                    lambda g: (
                        f"{g['latency']['p50']:.0f} / {g['latency']['p95']:.0f} ms "
                        f"[{g['latency']['n']}] {verdict('latency_p95', g['latency']['p95'])}"
                    )
                ),
            ]
        )
        for what, count in (("requests", plan["requests"]), ("breaks", plan["breaks"])):
            after = count - plan["warm"]

            def cell(g: dict[str, Any], what: str = what, after: int = after) -> str:
                pss, rss = g[f"{what}_pss_kb"], g[f"{what}_rss_kb"]
                worst = max(pss, rss) / MIB
                per = max(pss, rss) * 1024 / max(1, after)
                return (
                    f"PSS {pss / MIB:+.2f} / RSS {rss / MIB:+.2f} MiB ({per:.0f} B each) "
                    f"{verdict('growth_mib', worst)}"
                )

            label = "socket request" if what == "requests" else "break"
            out.append(
                [
                    f"growth over {after:,} {label}s after the first {plan['warm']}",
                    TARGETS["growth_mib"][1],
                    *growth_cells(cell),
                ]
            )
    return out


def wakeup_rows(
    result: dict[str, Any],
    figures: dict[str, dict[str, Any]],
    what: str,
    names: list[str] | None = None,
) -> list[list[str]]:
    """Switches and CPU per 120 s: at rest (the target), and the settling minutes apart."""
    names = names or list(figures)
    some = next(iter(figures.values()))
    n = some["switches"]["n"]
    if some["at_rest"]:
        when = f"at rest (from {report.AT_REST_S // 60} min), median (max) of {n}"
    else:
        when = f"from {some['first_offset_s'] / 60:.1f} min after start, median (max) of {n}"
    rows = [
        [
            f"context switches / 120 s {what}, {when}",
            TARGETS["switches"][1],
            *(
                switch_cell(result, figures[m]["switches"], m) if m in figures else ""
                for m in names
            ),
        ],
        [
            f"CPU s / 120 s {what}, {when}",
            TARGETS["cpu_s"][1],
            *(cpu_cell(result, figures[m]["cpu_s"], m) if m in figures else "" for m in names),
        ],
    ]
    if "early_switches" in some:
        rows.append(
            [
                f"  the same while settling (first {report.AT_REST_S // 60} min), median (max)",
                "",
                *(
                    f"{figures[m]['early_switches']['median']:.0f} "
                    f"({figures[m]['early_switches']['max']:.0f}) · "
                    f"{figures[m]['early_cpu_s']['max']:.3f} s"
                    if m in figures and "early_switches" in figures[m]
                    else ""
                    for m in names
                ),
            ]
        )
    return rows


def apps_kind(result: dict[str, Any], name: str) -> str:
    if name == "bare":
        return "bare"
    return "postureapp" if name in result["refs"] else "peer"


def switch_cell(result: dict[str, Any], s: dict[str, float], name: str) -> str:
    text = f"{s['median']:.0f} ({s['max']:.0f})"
    if apps_kind(result, name) == "postureapp":
        text += f" {verdict('switches', s['max'])}"
    return text


def cpu_cell(result: dict[str, Any], s: dict[str, float], name: str) -> str:
    text = f"{s['median']:.3f} ({s['max']:.3f})"
    if apps_kind(result, name) == "postureapp":
        text += f" {verdict('cpu_s', s['max'])}"
    return text


def notes(result: dict[str, Any], figs: dict[str, Any]) -> list[str]:
    lines = []
    idle = figs["idle"]
    for name, entry in idle.items():
        shared = [s for s in entry["ours_shared"] if s]
        if name in result["refs"] or name == "bare":
            state = (
                f"SHARED at {len(shared)} of {entry['samples']} samples: {shared[0]}"
                if shared
                else f"none at {entry['samples']} samples"
            )
            lines.append(
                f"{name}: pages of its private Python/venv copy mapped by any other process: "
                f"{state}; Debian libraries shared with a median of "
                f"{entry['system_sharers_median']['median']:.0f} other processes"
            )
    for name, entry in idle.items():
        threads = ", ".join(f"{t} {n:g}" for t, n in entry["switches_by_thread_max"].items())
        lines.append(
            f"{name}: {entry['threads']} threads, processes {entry['processes']}; "
            f"switches per 120 s by thread (max): {threads or 'none'}"
        )
    lines += busy_windows(result)
    for name, g in figs["growth"].items():
        if "error" in g:
            lines.append(f"{name}: growth phase failed: {g['error']}")
            continue
        lines.append(
            f"{name}: first {g['warm']} requests RSS {g['requests_first_rss_kb'] / MIB:+.2f} MiB, "
            f"first {g['warm']} breaks RSS {g['breaks_first_rss_kb'] / MIB:+.2f} MiB; "
            f"{g['requests']:,} requests took {g['request_s']} s, {g['breaks']:,} breaks "
            f"{g['break_s']} s; latency of the first break {g['latency']['first']:.0f} ms, "
            f"max {g['latency']['max']:.0f} ms"
        )
        if g["log_errors"]:
            lines.append(f"{name}: errors in its log: {g['log_errors'][:3]}")
    for name, error in result.get("peer_errors", {}).items():
        lines.append(f"{name} could not be measured here: {error.strip()}")
    if result.get("peers_missing"):
        lines.append(f"not installed (apt-get failed): {result['peers_missing']}")
    return lines


def busy_windows(result: dict[str, Any], limit: int = 5) -> list[str]:
    """Every postureapp idle window over `limit` switches, with what explains it: the threads,
    the app's log meanwhile, and whether the display had input (which no test desktop makes)."""
    found = []
    sources = [
        (f"round {number + 1}", entry)
        for number, one in enumerate(result.get("idle_rounds", []))
        for entry in one.items()
    ]
    sources += [
        ("after the breaks", (name, {"windows": g.get("windows_after", [])}))
        for name, g in result.get("growth_raw", {}).items()
    ]
    for where, (name, entry) in sources:
        if name.split("@")[0] not in result["refs"]:
            continue
        for window in entry["windows"]:
            if window["switches"] <= limit:
                continue
            x_idle = window.get("x_idle_s")
            typed = (
                "no input on its display"
                if x_idle is None or x_idle >= window["seconds"]
                else f"INPUT on its display {x_idle} s before the end"
            )
            found.append(
                f"{name}, {where}, window from {window['offset_s']} s: {window['switches']:g} "
                f"switches {window['by_thread']}, {window['cpu_s']:.4f} s CPU, "
                f"{window.get('major_faults', '?')} major page faults, "
                f"{window.get('preempted', '?')} of the switches preempted; {typed}, "
                f"screen saver {window.get('screen_saver')}; its log meanwhile: "
                f"{window.get('log') or 'nothing'}"
            )
    return found


def extra_mappings(figs_raw: dict[str, Any], name: str, count: int = 14) -> list[str]:
    """Where an app's PSS goes beyond the bare tray's, by mapping, in the last idle round."""

    def short(path: str) -> str:
        for marker in ("/site-packages/", "/lib/python3", "/base/lib/"):
            if marker in path:
                return path[path.index(marker) + 1 :]
        return path

    last = figs_raw["idle_rounds"][-1]
    ours = {short(k): v for k, v in last[name]["pss_by_mapping"].items()}
    bare = {short(k): v for k, v in last["bare"]["pss_by_mapping"].items()}
    extra = {k: v - bare.get(k, 0.0) for k, v in ours.items()}
    for k, v in bare.items():
        extra.setdefault(k, -v)
    biggest = sorted(extra.items(), key=lambda item: -abs(item[1]))[:count]
    return [f"{kb / MIB:+7.2f} MiB  {path}" for path, kb in biggest]

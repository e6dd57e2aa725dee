"""Mutation testing of postureapp/core with the unit tests (mutmut), and the threshold CI keeps.

    .venv/bin/python .ci/mutation.py                  every module of core/
    .venv/bin/python .ci/mutation.py core/plan.py     some modules (paths under postureapp/)
    .venv/bin/python .ci/mutation.py --changed        the core modules changed since the merge
                                                      base with main (on main, by its last
                                                      commit); skipped without that history
    ... --changed --base REF                          ... changed since REF instead
    ... --threshold 90                                exit 1 below 90 % killed (the modules
                                                      in docs/mutation-floors.toml: below
                                                      their own floor, 0 = reported only)
    ... --fresh                                       forget earlier results (mutants/)

Each mutant is a small change to one function (a `<` made `<=`, a constant changed, a call
dropped); the unit tests that run that function must fail on it ("killed"). What survives is
printed as a diff. A survivor that no test could tell apart from the code is listed, with the
reason, in docs/mutation-survivors/ (a file per module) and left out of the score; every other
one is a gap.
Results stay in mutants/ (ignored by git): a second run tries again only what changed and what
survived, and `.venv/bin/mutmut show NAME` or `.venv/bin/mutmut browse` look at one.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = Path("postureapp/core")
# Equivalent mutants, one file per core module (docs/mutation-survivors/README.md).
SURVIVORS = Path("docs/mutation-survivors")
# Core modules not yet raised to the threshold, held only to their own floor (README).
FLOORS = Path("docs/mutation-floors.toml")
# Unit tests that check the repository and its packaging rather than run core: they read files
# mutmut does not copy, and no mutant of core can make them fail.
NOT_FOR_MUTANTS = [
    "tests/unit/test_architecture.py",
    "tests/unit/test_freedesktop.py",
    "tests/unit/test_packaging_files.py",
    "tests/unit/test_bundle_launch.py",
    "tests/unit/test_desktop_file_name.py",  # reads packaging/
    "tests/unit/test_lean_imports.py",  # starts the whole app in fresh interpreters
    "tests/unit/test_translations.py",  # reads translations/, which holds no core code
]


KILLED = {"killed", "timeout", "caught by type check", "segfault"}


def git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    except OSError:  # no git at all (an unpacked tarball on a machine without it)
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def change_base(given: str | None) -> tuple[str, str] | None:
    """The commit a change is measured from, and how it was found. Given: that commit. On a
    branch: its merge base with main (or origin/main, as in a clone of a branch). On main itself
    (CI's fresh clone): the first parent of its last commit, so a merge counts with everything
    it brought in and a plain commit with its own change. Only the history decides, never the
    clock or the machine. None when there is nothing to compare with: no git, no main, or a
    shallow clone whose history stops before the base."""
    head = git("rev-parse", "HEAD")
    if head is None:
        return None
    if given:
        found = git("rev-parse", "--verify", "-q", given + "^{commit}")
        return (found, f"--base {given}") if found else None
    for ref in ("main", "origin/main"):
        if git("rev-parse", "--verify", "-q", ref):
            base = git("merge-base", "HEAD", ref)
            if base and base != head:
                return base, f"the merge base with {ref}"
            first = git("rev-parse", "--verify", "-q", "HEAD^1")
            return (first, f"HEAD^1: on {ref}, its last commit") if first else None
    return None


def changed_core_modules(given: str | None = None) -> list[Path] | None:
    """Core modules changed since `change_base`, work not yet committed included."""
    found = change_base(given)
    if found is None:
        return None
    base, how = found
    print(f"mutation: changes since {base[:10]} ({how})")
    names = (git("diff", "--name-only", "--diff-filter=AMR", base, "--", str(CORE)) or "").split()
    return sorted({Path(n) for n in names if n.endswith(".py") and (ROOT / n).is_file()})


def all_core_modules() -> list[Path]:
    return sorted(p.relative_to(ROOT) for p in (ROOT / CORE).rglob("*.py"))


def function_of(mutant: str) -> str:
    """'postureapp.core.plan.x_next_break__mutmut_3' -> 'plan.next_break'."""
    mangled = mutant.partition("__mutmut_")[0]
    module, _, name = mangled.rpartition(".")
    module = module.removeprefix("postureapp.core.")
    if "ǁ" in name:
        _, cls, method = name.split("ǁ")
        return f"{module}.{cls}.{method}"
    return f"{module}.{name.removeprefix('x_')}"


def change_of(diff: str) -> tuple[str, str]:
    """The lines a mutant takes away and puts in, each joined and stripped of indentation."""
    lines = diff.splitlines()[2:]  # past the ---/+++ header
    gone = " / ".join(x[1:].strip() for x in lines if x.startswith("-"))
    put = " / ".join(x[1:].strip() for x in lines if x.startswith("+"))
    return gone, put


# The first argument of QT_TRANSLATE_NOOP: a string literal (or None, as mutmut writes it).
MARKER_CONTEXT = re.compile(r"""QT_TRANSLATE_NOOP\((?:None|"[^"\\]*"|'[^'\\]*'),""")


def only_a_marker_context(gone: str, put: str) -> bool:
    """Whether a mutant changes nothing but the context of a QT_TRANSLATE_NOOP mark (made None,
    "XXproblemsXX" or "PROBLEMS"). Equivalent by construction: the function returns its source
    and never looks at the context, which only lupdate reads, from the file, to file the text in
    the catalogue; a wrong context there is caught by tests/unit/test_translations.py (the
    catalogues must be what lupdate makes of the code, with every text translated)."""
    if gone == put or "QT_TRANSLATE_NOOP(" not in gone:
        return False
    return MARKER_CONTEXT.sub("QT_TRANSLATE_NOOP(_,", gone) == MARKER_CONTEXT.sub(
        "QT_TRANSLATE_NOOP(_,", put
    )


def load_false_survivors() -> list[dict[str, str]]:
    entries: list[dict[str, str]] = []
    for path in sorted((ROOT / SURVIVORS).glob("*.toml")):
        with open(path, "rb") as f:
            found: list[dict[str, str]] = tomllib.load(f).get("survivor", [])
        for entry in found:
            missing = {"function", "from", "to", "reason"} - entry.keys()
            if missing:
                sys.exit(f"{path}: an entry lacks {', '.join(sorted(missing))}: {entry}")
        entries += found
    return entries


def mutant_names(modules: list[Path]) -> list[str]:
    from mutmut.mutation.data import SourceFileMutationData

    names: list[str] = []
    for path in modules:
        data = SourceFileMutationData(path=path)
        data.load()
        names += sorted(data.exit_code_by_key)
    return names


# Tests of speed: every mutated function goes through mutmut's trampoline and the first run is
# traced, so they measure mutmut, not the code (and fail on a loaded machine).
TIMED = [
    "tests/unit/test_calendar_ics.py::test_a_5_mb_calendar_is_read_in_well_under_the_refresh_interval",
]


def run_mutmut(
    modules: list[Path], children: int, budget: int | None, minutes: float | None = None
) -> list[str] | None:
    """Run mutmut on `modules`; with a budget, on an even sample of at most that many mutants
    (returned; None: all of them). After `minutes` it is stopped as by Ctrl+C: what was tried
    by then is scored, the rest is not checked (and said so)."""
    expired = threading.Event()
    if minutes:

        def time_is_up() -> None:
            expired.set()
            os.kill(os.getpid(), signal.SIGINT)

        stop = threading.Timer(minutes * 60, time_is_up)
        stop.daemon = True
        stop.start()
    # mutmut reads [tool.mutmut] from pyproject.toml; what depends on the run is set here.
    os.chdir(ROOT)
    # The mutated copy of core is some 20 MB of source (every mutant of a function sits beside
    # it). Without bytecode on disk each `postureapp` process a test starts compiles it again
    # (seconds each), so the copy keeps its .pyc files even where the environment says not to.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    from mutmut import configuration

    cfg = configuration.config()
    cfg.only_mutate = [str(m) for m in modules]
    # The rest of the package (not mutated) and the assets, so `import postureapp` finds the
    # mutated core beside everything it needs. Copying core too would undo the mutations.
    package = [p for p in Path("postureapp").iterdir() if p.name not in {"core", "__pycache__"}]
    cfg.also_copy = [*package, Path("assets"), *cfg.also_copy]
    cfg.pytest_add_cli_args = [
        *cfg.pytest_add_cli_args,
        *(f"--ignore={t}" for t in NOT_FOR_MUTANTS),
        *(f"--deselect={t}" for t in TIMED),
    ]
    from mutmut import __main__ as mutmut

    # mutmut writes the modules it is not asked to mutate into mutants/ as plain copies, newer
    # than their sources; a later run asked to mutate one of them would take that copy for its
    # mutated form and try nothing. Such copies go, so they are made again (the results of
    # functions that did not change are kept).
    for module in modules:
        copy = Path("mutants") / module
        if copy.is_file() and "mutmut generated" not in copy.read_text(encoding="utf-8"):
            copy.unlink()
    # mutmut lets an earlier result stand; a survivor is tried again, with the tests as they are now.
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.stats import status_by_exit_code

    for module in modules:
        data = SourceFileMutationData(path=module)
        if not Path(data.meta_path).is_file():
            continue
        data.load()
        for name, code in data.exit_code_by_key.items():
            if code is not None and status_by_exit_code[code] not in KILLED:
                data.exit_code_by_key[name] = None
        data.save()
    # mutmut keeps which tests run which function (mutmut-stats.json) and only adds new tests to
    # it: after a change to the code or the tests, a function can keep a stale list (once, 717
    # of a module's 807 mutants "survived" with a kept list, and all were killed after a fresh
    # trace).
    # So every run traces the tests afresh, a minute or two; results of unchanged functions stay.
    (Path("mutants") / "mutmut-stats.json").unlink(missing_ok=True)
    (Path("mutants") / "traced-modules.txt").unlink(missing_ok=True)  # the record runs kept before
    chosen: list[str] | None = None
    if budget is not None:
        with contextlib.redirect_stdout(io.StringIO()):
            Path("mutants").mkdir(exist_ok=True)
            mutmut.copy_src_dir()
            mutmut.copy_also_copy_files()
            mutmut.create_mutants(children)
        names = mutant_names(modules)
        if len(names) > budget:
            step = len(names) / budget
            chosen = [names[int(i * step)] for i in range(budget)]
            print(f"mutation: {len(names)} mutants; an even sample of {budget} is tried")
    args = ["run", "--max-children", str(children), *(chosen or [])]
    out = io.StringIO() if chosen else None
    try:
        with contextlib.redirect_stdout(out) if out else contextlib.nullcontext():
            mutmut.cli.main(args, standalone_mode=False)
    except SystemExit as stop:
        if stop.code and not expired.is_set():
            print(out.getvalue() if out else "", end="")
            raise
    except KeyboardInterrupt:
        if not expired.is_set():
            raise
    if expired.is_set():  # mutmut stops as on Ctrl+C (in its first test run: nothing tried)
        print(f"mutation: stopped after {minutes:g} min; what was tried by then is scored")
    if out:  # without the list of every chosen mutant mutmut prints at the end, nor spinners
        said = re.sub("[\u2800-\u28ff] [^\u2800-\u28ff\n]*", "", out.getvalue())
        print(said.partition("Mutant results")[0].strip())
    return chosen


def load_floors() -> dict[str, float]:
    """Core modules not yet raised to the threshold, each with the least it must keep."""
    with open(ROOT / FLOORS, "rb") as f:
        floors: dict[str, float] = tomllib.load(f).get("floor", {})
    for module in floors:
        if not (ROOT / CORE / module).is_file():
            sys.exit(f"{FLOORS}: no module postureapp/core/{module}")
    return floors


def score(
    modules: list[Path], chosen: list[str] | None, show: bool
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Per module (path under core/): (killed, counted), over the modules (or the chosen
    mutants), false survivors left out; and the survivors shown."""
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code

    false = load_false_survivors()
    wanted = set(chosen or ())
    used: set[int] = set()
    killed = counted = 0
    shown: list[str] = []
    rows: list[str] = []
    per_module: dict[str, tuple[int, int]] = {}
    untried = markers = 0
    for path in modules:
        data = SourceFileMutationData(path=path)
        data.load()
        before = (killed, counted, len(shown))
        for name, code in sorted(data.exit_code_by_key.items()):
            if chosen is not None and name not in wanted:
                continue
            status = status_by_exit_code[code]
            if status in KILLED:
                killed += 1
                counted += 1
                continue
            if status in {"skipped", "not checked"}:
                untried += status == "not checked"
                continue
            diff = get_diff_for_mutant(name, path=path)
            function = function_of(name)
            gone, put = change_of(diff)
            match = next(
                (
                    i
                    for i, e in enumerate(false)
                    if e["function"] == function and e["from"] == gone and e["to"] == put
                ),
                None,
            )
            if match is not None:
                used.add(match)
                continue
            if only_a_marker_context(gone, put):
                markers += 1
                continue
            counted += 1
            shown.append(f"# {name}: {status}\n{diff}")
        k, c, survived = killed - before[0], counted - before[1], len(shown) - before[2]
        if c:
            module = str(path).removeprefix("postureapp/core/")
            per_module[module] = (k, c)
            rows.append(f"  {module:<28} {100 * k / c:5.1f} % of {c:4}  ({survived} survive)")
    if show:  # the survivors of modules held to the threshold (FLOORS lists the others)
        floors = load_floors()
        for text in shown:
            module = text.split(":")[0].removeprefix("# postureapp.core.").rpartition(".")[0]
            if module.replace(".", "/") + ".py" not in floors:
                print(text, end="\n\n")
    print("mutation: killed per module (false survivors left out)", *rows, sep="\n")
    if markers:
        print(f"mutation: {markers} survivors only change a QT_TRANSLATE_NOOP context: left out")
    if untried:
        print(f"mutation: {untried} mutants not tried (the time ran out): not in the score")
    names = {
        str(m).removeprefix("postureapp/core/").removesuffix(".py").replace("/", ".")
        for m in modules
    }
    # Only a full run can tell that a listed survivor is gone: a sample leaves most of them out.
    stale = [
        e
        for i, e in enumerate(false)
        if chosen is None
        and i not in used
        and any(e["function"].startswith(n + ".") for n in names)
    ]
    for e in stale:
        print(f"note: {SURVIVORS} lists a survivor no longer seen: {e['function']}: {e['from']!r}")
    return per_module, shown


def upper_bound(killed: int, counted: int) -> float:
    """The highest score, in per cent, that `killed` of a sample of `counted` mutants leaves
    plausible: the upper end of the one-sided 95 % Wilson interval. A sample that a module
    truly at the threshold would give in one run of twenty does not fail CI."""
    if not counted:
        return 100.0
    z = 1.645
    p, n = killed / counted, counted
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return 100.0 * (centre + spread) / (1 + z * z / n)


def judge(per_module: dict[str, tuple[int, int]], threshold: float, sampled: bool) -> bool:
    """The modules not listed in FLOORS together must reach the threshold; each listed one its
    own floor (0: reported only). True when all do. On a sample (CI's budget) a score fails only
    when even its `upper_bound` is below: a sample of 20 mutants of a module at 92 % often kills
    only 17, and a run must not fail by the luck of the draw."""
    floors = load_floors()
    held = [m for m in per_module if m not in floors]
    killed = sum(per_module[m][0] for m in held)
    counted = sum(per_module[m][1] for m in held)

    def below(k: int, c: int, limit: float) -> bool:
        percent = 100.0 * k / c if c else 100.0
        return (upper_bound(k, c) if sampled else percent) < limit

    ok = True
    if held:
        percent = 100.0 * killed / counted if counted else 100.0
        failed = below(killed, counted, threshold)
        verdict = "below" if failed else "at or above"
        if sampled:
            verdict += f" (a sample: could be up to {upper_bound(killed, counted):.1f} %)"
        print(
            f"mutation: modules held to {threshold:g} %: {killed} of {counted} killed"
            f" ({percent:.1f} %), {verdict} it"
        )
        ok = not failed
    for module in sorted(set(per_module) & set(floors)):
        k, c = per_module[module]
        floor = min(floors[module], threshold)
        percent = 100.0 * k / c
        if floor <= 0:
            print(f"mutation: {module}: {percent:.1f} %, not yet raised ({FLOORS}): reported only")
        else:
            failed = below(k, c, floor)
            print(
                f"mutation: {module}: {percent:.1f} % of {c}, its floor in {FLOORS} is {floor:g} %"
                + (" (a sample)" if sampled else "")
                + (": below it" if failed else "")
            )
            ok = ok and not failed
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "modules", nargs="*", help="core modules, e.g. core/plan.py or core/settings"
    )
    parser.add_argument(
        "--changed", action="store_true", help="only the core modules a change touches"
    )
    parser.add_argument("--threshold", type=float, default=0.0, help="fail below this percentage")
    parser.add_argument("--base", help="with --changed: the commit to compare with")
    parser.add_argument("--fresh", action="store_true", help="start again without earlier results")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--budget", type=int, help="try an even sample of at most this many mutants (CI's time)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not print the survivors' diffs")
    parser.add_argument(
        "--minutes", type=float, help="stop after this long and score what was tried by then"
    )
    args = parser.parse_args()

    if args.modules:
        modules: list[Path] = []
        for given in args.modules:
            p = ROOT / "postureapp" / given.removeprefix("postureapp/")
            found = sorted(p.rglob("*.py")) if p.is_dir() else [p]
            if not all(f.is_file() and (ROOT / CORE) in f.parents for f in found):
                parser.error(f"not a module of postureapp/core: {given}")
            modules += [f.relative_to(ROOT) for f in found]
    elif args.changed:
        changed = changed_core_modules(args.base)
        if changed is None:
            # All of core would cost CI some 8 minutes on 2 cores (about 13,600 mutants to make,
            # the unit tests traced, 2,000 tried) to guard what no change touched: say so, and
            # leave it to a clone with history (the hosted CI fetches it, .github/workflows).
            print(
                "mutation: skipped: no main (or origin/main) and no history back to it, so the"
                " core modules this change touches are unknown; in a full clone run"
                ' `.venv/bin/python .ci/mutation.py --changed` (README, "Mutation and coverage reports")'
            )
            return 0
        modules = changed
        if not modules:
            print("mutation: no core module changed since that commit: nothing to try")
            return 0
    else:
        modules = all_core_modules()
    # Modules with no function of their own give no mutants; mutmut still wants them listed.
    print("mutation: trying", ", ".join(str(m).removeprefix("postureapp/") for m in modules))
    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    start = time.monotonic()
    chosen = run_mutmut(modules, args.children, args.budget, args.minutes)
    per_module, shown = score(modules, chosen, show=not args.quiet)
    killed = sum(k for k, _ in per_module.values())
    counted = sum(c for _, c in per_module.values())
    percent = 100.0 * killed / counted if counted else 100.0
    minutes = (time.monotonic() - start) / 60
    print(
        f"mutation: {killed} of {counted} mutants killed ({percent:.1f} %) in {minutes:.1f} min;"
        f" {len(shown)} survive (false survivors in {SURVIVORS} left out)"
    )
    if args.threshold and not judge(per_module, args.threshold, sampled=chosen is not None):
        print(f"mutation: below the threshold of {args.threshold:g} %", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

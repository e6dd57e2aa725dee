"""`postureapp stats`, `export` and `import` as a user runs them."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_history import damage_table

from postureapp.cli.history import register
from postureapp.core.history import BreakLog, BreakRow, Outcome, csv_cell
from postureapp.paths import AppPaths

START = datetime(2024, 5, 10, 9, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})


def run(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="postureapp")
    register(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(paths, args, out, err)
    return code, out.getvalue(), err.getvalue()


def seed(paths: AppPaths, *exercise_lists: tuple[str, ...]) -> None:
    log, _ = BreakLog.open(paths.database_file, now=START)
    with log:
        for n, exercises in enumerate(exercise_lists):
            started = START + timedelta(hours=n)
            log.record(
                kind="short",
                trigger="schedule",
                due_at=started,
                started_at=started,
                ended_at=started + timedelta(seconds=90),
                outcome=Outcome.COMPLETED,
                exercise_ids=exercises,
                seconds_done=90,
            )
        log.record(
            kind="long",
            trigger="manual",
            due_at=START,
            started_at=START - timedelta(days=1),
            ended_at=None,
            outcome=Outcome.SKIPPED,
        )


def without_ids(rows: list[BreakRow]) -> list[tuple[object, ...]]:
    return sorted(
        (r.uid, r.kind, r.trigger, r.due_at, r.started_at, r.ended_at, r.outcome, r.exercise_ids)
        for r in rows
    )


def all_rows(paths: AppPaths) -> list[BreakRow]:
    log, _ = BreakLog.open(paths.database_file, now=START)
    with log:
        return log.export_rows()


def test_stats_without_a_database_prints_zeros_and_creates_nothing(paths: AppPaths) -> None:
    code, out, err = run(paths, "stats", "--json")
    assert (code, err) == (0, "")
    figures = json.loads(out)
    assert figures["today"] == {"completed": 0, "total": 0}
    assert figures["completion_rate"] is None
    assert figures["current_streak"] == 0
    assert not paths.database_file.exists()
    code, out, _ = run(paths, "stats")
    assert code == 0
    assert "no breaks yet" in out


def test_stats_reports_the_logged_breaks(paths: AppPaths) -> None:
    seed(paths, ("twist",), ("twist", "chin-tuck"), ("wall-angel",))
    code, out, err = run(paths, "stats", "--json", "--since", "2024-05-01", "--until", "2024-05-31")
    assert (code, err) == (0, "")
    figures = json.loads(out)
    assert figures["as_of"] == "2024-05-31"
    assert figures["this_month"] == {"completed": 3, "total": 4}
    assert figures["completion_rate"] == pytest.approx(0.75)
    assert figures["most_done"] == {"exercise": "twist", "count": 2}
    assert figures["minutes_exercised"] == pytest.approx(4.5)
    code, out, _ = run(paths, "stats", "--until", "2024-05-31", "--streak-min", "1")
    assert code == 0
    assert "75%" in out
    assert "twist (2)" in out


def test_stats_last_week_lists_the_seven_days_ending_today(paths: AppPaths) -> None:
    today = datetime.now().astimezone()
    log, _ = BreakLog.open(paths.database_file, now=today)
    with log:
        for days_ago in (3, 20):  # one in the week, one before it
            started = today - timedelta(days=days_ago)
            log.record(
                kind="short",
                trigger="schedule",
                due_at=started,
                started_at=started,
                ended_at=started + timedelta(seconds=60),
                outcome=Outcome.COMPLETED,
                exercise_ids=("twist",),
                seconds_done=60,
            )
    code, out, err = run(paths, "stats", "--json", "--last", "week")
    assert (code, err) == (0, "")
    figures = json.loads(out)
    assert next(iter(figures["per_day"])) == (today.date() - timedelta(days=6)).isoformat()
    assert len(figures["per_day"]) == 7 and sum(figures["per_day"].values()) == 1
    assert figures["since"] == (today.date() - timedelta(days=6)).isoformat()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("stats", "--since", "2024-13-01"), "--since: expected a real date as YYYY-MM-DD"),
        (("stats", "--until", "10/05/2024"), "'10/05/2024'"),
        (("export", "--since", "2024-05-10", "--until", "2024-05-01"), "is after --until"),
        (("stats", "--streak-min", "0"), "--streak-min: expected 1 or more, found 0"),
        (("stats", "--last", "week", "--since", "2024-05-01"), "--last cannot be combined"),
    ],
)
def test_bad_options_exit_2_with_a_precise_message(
    paths: AppPaths, argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(paths, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_csv_export_neutralises_spreadsheet_formulas(paths: AppPaths) -> None:
    risky = ["=HYPERLINK(evil)", "+SUM(A1)", "-2+3", "@cmd", "'quoted"]
    seed(paths, *((r,) for r in risky))
    code, out, _ = run(paths, "export", "--format", "csv")
    assert code == 0
    cells = [row["exercise_ids"] for row in csv.DictReader(io.StringIO(out))]
    assert sorted(cells) == sorted(["", *("'" + r for r in risky)])
    assert csv_cell("\tx") == "'\tx"
    assert csv_cell("\rx") == "'\rx"
    assert csv_cell("2024-05-10T09:00:00+02:00") == "2024-05-10T09:00:00+02:00"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_elsewhere_round_trips_and_merges_without_duplicates(
    paths: AppPaths, tmp_path: Path, fmt: str
) -> None:
    seed(paths, ("twist", "chin-tuck"), ("=risky",), ())
    target = tmp_path / f"breaks.{fmt}"
    code, out, err = run(paths, "export", "--format", fmt, "-o", str(target))
    assert (code, out) == (0, "")
    assert "wrote 4 breaks" in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left

    other = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "other")})
    assert run(other, "import", str(target)) == (0, "added 4, already present 0\n", "")
    assert without_ids(all_rows(other)) == without_ids(all_rows(paths))
    assert run(other, "import", str(target)) == (0, "added 0, already present 4\n", "")
    assert len(all_rows(other)) == 4


def test_import_detects_the_format_from_the_content(paths: AppPaths, tmp_path: Path) -> None:
    seed(paths, ("twist",))
    _, exported, _ = run(paths, "export", "--format", "json")
    unnamed = tmp_path / "breaks.txt"
    unnamed.write_text(exported)
    other = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "other")})
    assert run(other, "import", str(unnamed))[1] == "added 2, already present 0\n"


def test_export_range_uses_local_days(paths: AppPaths) -> None:
    seed(paths, ("twist",))
    code, out, _ = run(paths, "export", "--format", "json", "--since", "2024-05-10")
    assert code == 0
    assert [b["exercise_ids"] for b in json.loads(out)["breaks"]] == [["twist"]]


def test_import_of_a_malformed_csv_names_each_row_and_column_and_adds_nothing(
    paths: AppPaths, tmp_path: Path
) -> None:
    seed(paths, ("twist",), ("chin-tuck",))
    _, exported, _ = run(paths, "export", "--format", "csv")
    lines = exported.splitlines()
    lines[1] = lines[1].replace(",long,", ",medium,")  # oldest first: the skipped long break
    lines[2] = lines[2].replace("2024-05-10T09:00:00+02:00", "yesterday", 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    other = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "other")})

    code, out, err = run(other, "import", str(bad))
    assert (code, out) == (1, "")
    assert f"{bad}: cannot import, nothing was added" in err
    assert f"{bad}:2: kind: expected one of short, long, found 'medium'" in err
    assert f"{bad}:3: due_at: expected an ISO 8601 time with a UTC offset" in err
    assert "'yesterday'" in err
    assert not other.database_file.exists() or all_rows(other) == []


def test_import_of_a_malformed_json_names_the_row_and_column(
    paths: AppPaths, tmp_path: Path
) -> None:
    seed(paths, ("twist",))
    _, exported, _ = run(paths, "export", "--format", "json")
    document = json.loads(exported)
    document["breaks"][1]["seconds_done"] = -5
    document["breaks"][1]["uid"] = "not-a-uid"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, _, err = run(paths, "import", str(bad))
    assert code == 1
    assert f"{bad}:1: breaks[1].seconds_done: expected a whole number" in err
    assert f"{bad}:1: breaks[1].uid: expected 32 lowercase hex digits" in err

    broken = tmp_path / "broken.json"
    broken.write_text('{"breaks": [\n  {"uid": }\n]}')
    code, _, err = run(paths, "import", str(broken))
    assert code == 1
    assert f"{broken}:2: breaks[0]: expected valid JSON, found no value where one was needed" in err


def add_checkins(paths: AppPaths) -> None:
    log, _ = BreakLog.open(paths.database_file, now=START)
    with log:
        log.add_checkin(at=START, feeling="same", stiffness=6, note="=stiff after the drive, 2h")
        log.add_checkin(at=START + timedelta(days=1), feeling="better", stiffness=None)
        log.add_checkin(at=START - timedelta(days=3), feeling="warning", note="tingling, left hand")


def all_checkins(paths: AppPaths) -> list[tuple[object, ...]]:
    log, _ = BreakLog.open(paths.database_file, now=START)
    with log:
        return [(c.uid, c.at, c.feeling, c.stiffness, c.note) for c in log.checkins()]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_check_ins_travel_with_the_breaks_and_merge_without_duplicates(
    paths: AppPaths, tmp_path: Path, fmt: str
) -> None:
    seed(paths, ("twist",))
    add_checkins(paths)
    target = tmp_path / f"history.{fmt}"
    code, _, err = run(paths, "export", "--format", fmt, "-o", str(target))
    assert code == 0
    assert "wrote 2 breaks and 3 check-ins" in err
    other = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "other")})
    code, out, err = run(other, "import", str(target))
    assert (code, err) == (0, "")
    assert out == "added 2, already present 0\ncheck-ins: added 3, already present 0\n"
    assert all_checkins(other) == all_checkins(paths)
    assert all_checkins(other)[1][4] == "=stiff after the drive, 2h", "the note comes back as typed"
    again = run(other, "import", str(target))[1]
    assert again == "added 0, already present 2\ncheck-ins: added 0, already present 3\n"
    assert len(all_checkins(other)) == 3


def test_the_range_of_an_export_holds_the_check_ins_of_those_days(paths: AppPaths) -> None:
    seed(paths, ("twist",))
    add_checkins(paths)
    code, out, _ = run(paths, "export", "--format", "json", "--since", "2024-05-10")
    assert code == 0
    document = json.loads(out)
    assert document["version"] == 2
    assert [c["feeling"] for c in document["checkins"]] == ["same", "better"]


V1_CSV = (
    "id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n"
    "1,{uid},short,schedule,2023-02-01T10:00:00+01:00,2023-02-01T10:00:05+01:00,"
    "2023-02-01T10:01:05+01:00,completed,chin-tuck,60\n"
)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_of_the_first_version_still_imports(
    paths: AppPaths, tmp_path: Path, fmt: str
) -> None:
    uid = "ab" * 16
    old = tmp_path / f"old.{fmt}"
    if fmt == "csv":
        old.write_text(V1_CSV.format(uid=uid))
    else:
        header, values = (line.split(",") for line in V1_CSV.splitlines())
        record: dict[str, object] = dict(zip(header, values, strict=True))
        record.update(uid=uid, id=1, seconds_done=60, exercise_ids=["chin-tuck"])
        old.write_text(
            json.dumps({"format": "postureapp-breaks", "version": 1, "breaks": [record]})
        )
    assert run(paths, "import", str(old)) == (0, "added 1, already present 0\n", "")
    (row,) = all_rows(paths)
    assert (row.uid, row.exercise_ids, row.seconds_done) == (uid, ("chin-tuck",), 60)


def test_an_export_from_a_newer_version_is_refused_whole(paths: AppPaths, tmp_path: Path) -> None:
    seed(paths, ("twist",))
    _, exported, _ = run(paths, "export", "--format", "json")
    document = json.loads(exported)
    document["version"] = 3
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document))
    other = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "other")})
    code, out, err = run(other, "import", str(newer))
    assert (code, out) == (1, "")
    assert "version: expected 1 to 2 (a newer version needs a newer postureapp), found 3" in err


def test_a_bad_check_in_is_named_by_its_line_and_field(paths: AppPaths, tmp_path: Path) -> None:
    seed(paths, ("twist",))
    add_checkins(paths)
    _, exported, _ = run(paths, "export", "--format", "csv")
    lines = exported.splitlines()
    checkin = next(n for n, line in enumerate(lines) if ",same,6," in line)
    lines[checkin] = lines[checkin].replace(",same,6,", ",same,11,")
    lines[-1] = "upright," + lines[-1].split(",", 1)[1]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    code, _, err = run(paths, "import", str(bad))
    assert code == 1
    assert f"{bad}:{checkin + 1}: stiffness: expected a whole number from 0 to 10" in err
    assert f"{bad}:{len(lines)}: record: expected break or checkin, found 'upright'" in err


def test_stats_with_a_range_lists_only_its_days(paths: AppPaths) -> None:
    seed(paths, ("twist",))
    code, out, _ = run(paths, "stats", "--since", "2024-05-08", "--until", "2024-05-11")
    assert code == 0
    assert "completed per day, 2024-05-08 to 2024-05-11:" in out
    days = [line.split()[1] for line in out.splitlines() if re.match(r"  \w{3} \d{4}-", line)]
    assert days == ["2024-05-08", "2024-05-09", "2024-05-10", "2024-05-11"]
    code, out, _ = run(paths, "stats", "--json", "--since", "2024-05-09", "--until", "2024-05-10")
    assert json.loads(out)["per_day"] == {"2024-05-09": 0, "2024-05-10": 1}


def test_import_of_a_missing_file_fails_cleanly(paths: AppPaths, tmp_path: Path) -> None:
    code, out, err = run(paths, "import", str(tmp_path / "nope.csv"))
    assert (code, out) == (1, "")
    assert "nope.csv" in err
    assert "Traceback" not in err


def test_stats_reports_a_damaged_log_once_and_still_answers(paths: AppPaths) -> None:
    paths.database_file.parent.mkdir(parents=True)
    paths.database_file.write_bytes(b"not a database" * 50)
    code, out, err = run(paths, "stats", "--json")
    assert code == 0
    assert json.loads(out)["today"] == {"completed": 0, "total": 0}
    assert "was damaged" in err
    assert re.search(r"breaks\.sqlite3\.corrupt-\d{8}-\d{6}", err)


def test_a_log_damaged_past_its_header_gets_advice_not_a_traceback(paths: AppPaths) -> None:
    seed(paths, ("twist",))
    for command, table in (("stats", "day_totals"), ("export", "breaks")):
        damage_table(paths.database_file, table)
        code, out, err = run(paths, command)
        assert (code, out) == (1, "")
        assert f"the break log {paths.database_file} looks damaged" in err
        assert "start postureapp to set it aside and begin a new one" in err
        assert "Traceback" not in err
    assert [p.name for p in paths.database_file.parent.iterdir() if "corrupt" in p.name] == []


def write_settings(paths: AppPaths, content: bytes) -> None:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_bytes(content)


def streak(paths: AppPaths, *options: str) -> tuple[int, int]:
    """(streak minimum used, current streak) as `stats` reports them on 2024-05-10."""
    code, out, err = run(paths, "stats", "--json", "--until", "2024-05-10", *options)
    assert (code, err) == (0, "")
    figures = json.loads(out)
    return figures["streak_min"], figures["current_streak"]


def test_stats_counts_streak_days_by_the_users_setting_unless_told_otherwise(
    paths: AppPaths,
) -> None:
    seed(paths, ("twist",), ("twist",), ("twist",))  # three completed breaks on the 10th
    assert streak(paths) == (4, 0)  # no settings file: the app's default
    write_settings(paths, b"[behaviour]\nstreak_min_breaks = 3\n")
    assert streak(paths) == (3, 1)
    assert streak(paths, "--streak-min", "4") == (4, 0)


@pytest.mark.parametrize(
    "content",
    [
        b"[behaviour\nstreak_min_breaks = 3\n",  # not TOML: the app would move it aside
        b"\xff\xfe[behaviour]\nstreak_min_breaks = 3\n",  # not UTF-8
        b"[behaviour]\nstreak_min_breaks = 99\n",  # out of range
        b"behaviour = 3\n",  # not a section
    ],
)
def test_stats_falls_back_to_the_default_quietly_and_leaves_a_bad_settings_file_alone(
    paths: AppPaths, content: bytes
) -> None:
    seed(paths, ("twist",), ("twist",), ("twist",))
    write_settings(paths, content)
    before = sorted(paths.settings_file.parent.iterdir())
    assert streak(paths) == (4, 0)
    assert paths.settings_file.read_bytes() == content
    assert sorted(paths.settings_file.parent.iterdir()) == before

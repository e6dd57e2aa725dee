"""`postureapp import` of files of any size and shape: bounded memory, one precise problem each."""

from __future__ import annotations

import json
import tracemalloc
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_cli_history import run, seed

from postureapp.core.history import BreakLog, ExportFile, ImportFileError, Outcome
from postureapp.core.history.importing import MAX_CELL_CHARS, MAX_PROBLEMS
from postureapp.paths import AppPaths

START = datetime(2024, 5, 10, 9, 0, tzinfo=timezone(timedelta(hours=2)))
HEADER = "id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})


def csv_line(n: int, *, kind: str = "short") -> str:
    at = (START + timedelta(minutes=n)).isoformat()
    return f"{n},{uuid.UUID(int=n).hex},{kind},schedule,{at},{at},{at},completed,twist,40\n"


def write_csv(path: Path, rows: int, *, kind: str = "short") -> Path:
    with path.open("w") as handle:
        handle.write(HEADER)
        for n in range(1, rows + 1):
            handle.write(csv_line(n, kind=kind))
    return path


def peak_while(action) -> int:  # type: ignore[no-untyped-def]
    """The most memory Python held at once while `action` ran."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_cell_over_the_limit_is_one_precise_problem(paths: AppPaths, tmp_path: Path) -> None:
    """It was `_csv.Error: field larger than field limit (131072)` with a traceback."""
    bad = tmp_path / "big-cell.csv"
    bad.write_text(HEADER + csv_line(1) + csv_line(2).replace("twist", "x" * 200_000))
    code, out, err = run(paths, "import", str(bad))
    assert (code, out) == (1, "")
    assert f"{bad}:3: expected a cell of at most {MAX_CELL_CHARS:,} characters" in err
    assert "Traceback" not in err and "_csv" not in err


def test_a_line_of_a_million_commas_is_refused_before_it_is_held(
    paths: AppPaths, tmp_path: Path
) -> None:
    bad = tmp_path / "commas.csv"
    bad.write_text(HEADER + "," * 3_000_000 + "\n")
    code, _, err = run(paths, "import", str(bad))
    assert code == 1
    assert f"{bad}:2: expected a line of at most 1,048,576 characters, found a longer line" in err


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ("[" * 100_000 + "]" * 100_000, ""),
        ('{"breaks": [' + "[" * 100_000 + "]" * 100_000 + "]}", "breaks[0]: "),
        ('{"format": ' + "{" * 50_000, "format: "),
    ],
)
def test_json_nested_100_000_deep_is_one_precise_problem(
    paths: AppPaths, tmp_path: Path, document: str, field: str
) -> None:
    """It was a RecursionError with a traceback."""
    bad = tmp_path / "deep.json"
    bad.write_text(document)
    code, out, err = run(paths, "import", str(bad))
    assert (code, out) == (1, "")
    assert f"{bad}:1: {field}expected " in err
    assert "Traceback" not in err and "RecursionError" not in err
    assert len(err.splitlines()) == 2, err


def test_one_huge_json_record_is_refused_without_being_held(tmp_path: Path) -> None:
    bad = tmp_path / "huge.json"
    bad.write_text('{"breaks": [{"uid": "' + "a" * 20_000_000 + '"}]}')
    caught: list[ImportFileError] = []

    def check() -> None:
        try:
            ExportFile(bad).check()
        except ImportFileError as error:
            caught.append(error)

    assert peak_while(check) < 2_000_000, "the 20 MB record was never held"
    assert "breaks[0]: expected a value of at most 65,536 characters" in str(caught[0])


def test_text_that_is_not_utf8_is_named(paths: AppPaths, tmp_path: Path) -> None:
    bad = tmp_path / "latin.csv"
    bad.write_bytes(HEADER.encode() + csv_line(1).replace("twist", "tw\xefst").encode("latin-1"))
    code, _, err = run(paths, "import", str(bad))
    assert code == 1
    assert "expected UTF-8 text, found byte 0xef" in err


def test_a_file_of_nothing_but_bad_rows_stops_at_a_hundred_problems(
    paths: AppPaths, tmp_path: Path
) -> None:
    """50 MB of bad rows took 36 s and 1.77 GB: now reading stops once the answer is clear."""
    bad = write_csv(tmp_path / "bad.csv", 200_000, kind="medium")  # about 27 MB
    with pytest.raises(ImportFileError) as caught:
        ExportFile(bad).check()
    assert len(caught.value.problems) == MAX_PROBLEMS
    message = str(caught.value)
    assert f"{bad}:2: kind: expected one of short, long, found 'medium'" in message
    assert f"… and {MAX_PROBLEMS - 20} more" in message
    assert "reading stopped after 100 problems" in message


@pytest.mark.parametrize("valid", [True, False])
def test_memory_stays_bounded_whatever_the_size(tmp_path: Path, valid: bool) -> None:
    """The peak does not grow with the file: 1,000 rows and 10,000 rows need the same memory."""

    def peak_for(rows: int) -> int:
        path = write_csv(tmp_path / f"{rows}.csv", rows)
        if not valid:
            with path.open("a") as handle:  # every row is fine but the last one
                handle.write(csv_line(rows + 1, kind="medium"))

        def read() -> None:
            try:
                assert ExportFile(path).check() == rows
            except ImportFileError:
                assert not valid

        return peak_while(read)

    small, large = peak_for(1_000), peak_for(10_000)
    assert large < small + 200_000, (small, large)
    assert large < 2_000_000


def test_json_export_streams_back_with_lines_named(paths: AppPaths, tmp_path: Path) -> None:
    seed(paths, ("twist",), ("chin-tuck",))
    _, exported, _ = run(paths, "export", "--format", "json")
    document = json.loads(exported)
    document["breaks"][1]["kind"] = "medium"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, indent=2))
    with pytest.raises(ImportFileError) as caught:
        ExportFile(bad).check()
    (problem,) = caught.value.problems
    assert (problem.field, problem.found) == ("breaks[1].kind", "'medium'")
    assert bad.read_text().splitlines()[problem.line - 1].strip() == "{"  # the record's line


def test_a_long_import_lets_another_writer_in_between_batches(tmp_path: Path) -> None:
    """The running app logs a break while `postureapp import` of a large export goes on."""
    source = write_csv(tmp_path / "big.csv", 3_000)
    db = tmp_path / "breaks.sqlite3"
    importer, _ = BreakLog.open(db, now=START)
    app, _ = BreakLog.open(db, now=START)
    app._conn.execute("PRAGMA busy_timeout = 200")  # the app never waits long for the lock
    logged: list[int] = []

    def app_logs_a_break() -> None:  # with the importer's connection still open
        logged.append(
            app.record(
                kind="short",
                trigger="manual",
                due_at=START,
                started_at=START,
                ended_at=START,
                outcome=Outcome.COMPLETED,
            )
        )

    export = ExportFile(source)
    assert export.check() == 3_000
    try:
        added, present = importer.import_rows(export.rows(), batch=500, between=app_logs_a_break)
    finally:
        app.close()
    assert (added, present) == (3_000, 0)
    assert len(logged) == 5, "the app wrote between every two batches"
    assert importer.count() == 3_005
    importer.close()

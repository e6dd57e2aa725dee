"""What a client of the running app reads when its request is refused, or when carrying it out
went wrong: each reply in full, as `postureapp` prints it, and the request lines it sends."""

from __future__ import annotations

import errno
import json

import pytest

from postureapp.core.i18n.phrase import Phrase
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.protocol import (
    COULD_NOT,
    MAX_MESSAGE_BYTES,
    PAUSE_EXPECTED,
    ProtocolError,
    Request,
    checked,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    failed_reply,
    parse_pause,
    reply_words,
)
from postureapp.paths import assets_dir


def refusal(data: bytes) -> str:
    with pytest.raises(ProtocolError) as caught:
        decode_request(data)
    return str(caught.value)


@pytest.mark.parametrize(
    ("data", "reply"),
    [
        (b"[]", "expected a JSON object"),
        (b'"status"', "expected a JSON object"),
        (b'{"command": "status", "evil": 1}', "unexpected field(s): evil"),
        (b'{"command": "status", "b": 1, "a": 2}', "unexpected field(s): a, b"),
        (
            b'{"command": "format-disk"}',
            "unknown command 'format-disk'; known: status, break-now, pause, resume, skip, open,"
            " show, quit",
        ),
        (
            b'{"command": 7}',
            "unknown command 7; known: status, break-now, pause, resume, skip, open, show, quit",
        ),
        (
            b'{"argument": "1h"}',
            "unknown command None; known: status, break-now, pause, resume, skip, open, show, quit",
        ),
        (b'{"command": "status", "argument": "x"}', "status: takes no argument"),
        (b'{"command": "pause"}', "pause: an argument is required"),
        (b'{"command": "open"}', "open: an argument is required"),
        (
            b'{"command": "break-now", "argument": 5}',
            "break-now: the argument must be a short string",
        ),
        (
            b'{"command": "break-now", "argument": ""}',
            "break-now: the argument must be a short string",
        ),
        (
            b'{"command": "open", "argument": "kitchen"}',
            "open: expected one of status, settings, history, exercises, about, got 'kitchen'",
        ),
        (
            b'{"command": "pause", "argument": "soon"}',
            "pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h),"
            " got 'soon'",
        ),
        (b"hello", "not a JSON message: Expecting value: line 1 column 1 (char 0)"),
        (
            b"\xff\xfe",
            "not a JSON message: 'utf-8' codec can't decode byte 0xff in position 0:"
            " invalid start byte",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "message too long (200000 bytes, the limit is 4096)"),
    ],
)
def test_a_refused_request_is_answered_with_exactly_what_is_wrong(data: bytes, reply: str) -> None:
    assert refusal(data) == reply


def test_a_message_of_exactly_the_limit_is_read_and_one_byte_more_is_not() -> None:
    line = b'{"command": "status"}'
    at_limit = line[:-1] + b" " * (MAX_MESSAGE_BYTES - len(line)) + b"}"
    assert len(at_limit) == MAX_MESSAGE_BYTES
    assert decode_request(at_limit) == Request("status")
    assert refusal(at_limit + b" ") == "message too long (4097 bytes, the limit is 4096)"


def test_json_nested_far_too_deep_is_refused_in_words() -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_reply(b"[" * 100_000 + b"]" * 100_000)
    assert str(caught.value) == "not a JSON message: nested far too deep"


def test_an_argument_may_have_up_to_200_characters() -> None:
    assert checked("break-now", "x" * 200) == Request("break-now", "x" * 200)
    assert checked("break-now", "x") == Request("break-now", "x")
    with pytest.raises(ProtocolError) as caught:
        checked("break-now", "x" * 201)
    assert str(caught.value) == "break-now: the argument must be a short string"


@pytest.mark.parametrize(
    ("command", "argument"),
    [
        ("status", None),
        ("break-now", None),
        ("break-now", "chin-tuck"),
        ("pause", "90min"),
        ("pause", "until-tomorrow"),
        ("open", "history"),
        ("resume", None),
        ("quit", None),
    ],
)
def test_good_requests_from_the_tray_or_the_socket_are_taken_as_they_are(
    command: str, argument: str | None
) -> None:
    assert checked(command, argument) == Request(command, argument)
    assert decode_request(encode_request(Request(command, argument))) == Request(command, argument)


def test_a_request_line_carries_the_argument_only_when_there_is_one() -> None:
    assert encode_request(Request("status")) == b'{"command": "status"}\n'
    assert encode_request(Request("open", "about")) == (
        b'{"command": "open", "argument": "about"}\n'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1m", ("minutes", 1)),
        ("1440m", ("minutes", 1440)),
        ("24h", ("minutes", 1440)),
        (" 2H ", ("minutes", 120)),
        ("45min", ("minutes", 45)),
        ("Until-Tomorrow", ("until-tomorrow", None)),
        (" indefinitely", ("indefinitely", None)),
    ],
)
def test_pause_lengths_at_their_limits_are_taken(text: str, expected: tuple[str, int]) -> None:
    assert parse_pause(text) == expected


@pytest.mark.parametrize("text", ["1441m", "0h", "12345m", "30 m", "1d", "x30m", "30mm"])
def test_a_pause_past_a_day_or_not_a_length_is_refused_naming_what_was_given(text: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_pause(text)
    assert str(caught.value) == PAUSE_EXPECTED.format(repr(text))
    assert str(caught.value).endswith(f", got {text!r}")


class Refused(Exception):
    def __init__(self) -> None:
        super().__init__("refused in English")
        self.said = Phrase("cli", "pause: expected {0}", (Phrase("problems", "a {0}", ("x",)),))


@pytest.mark.parametrize(
    ("error", "english", "why"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "postureapp could not do that (the disk is full)",
            {"context": "problems", "source": "the disk is full", "args": []},
        ),
        (
            RuntimeError("the camera is busy"),
            "postureapp could not do that (the camera is busy)",
            "the camera is busy",
        ),
        (KeyError(), "postureapp could not do that (KeyError)", "KeyError"),
        (
            OSError("no number"),
            "postureapp could not do that (no number)",
            "no number",
        ),
        (
            Refused(),
            "postureapp could not do that (pause: expected a x)",
            {
                "context": "cli",
                "source": "pause: expected {0}",
                "args": [{"context": "problems", "source": "a {0}", "args": ["x"]}],
            },
        ),
    ],
)
def test_a_failed_request_is_answered_in_english_and_in_words_to_translate(
    error: BaseException, english: str, why: object
) -> None:
    reply = failed_reply(error)
    assert reply == {
        "ok": False,
        "error": english,
        "words": {"context": "cli", "source": COULD_NOT, "args": [why]},
    }
    sent = decode_reply(encode_reply(reply))
    assert sent == reply
    words = reply_words(sent)
    assert words is not None and str(words) == english


def test_the_failed_reply_reads_in_german_on_the_command_line() -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")
    words = reply_words(failed_reply(OSError(errno.ENOSPC, "No space left on device")))
    assert words is not None
    said = words.text(german.translate)
    assert said != str(words)
    assert german.translate("cli", COULD_NOT) != COULD_NOT
    assert german.translate("problems", "the disk is full") in said


def test_a_reply_is_one_line_with_its_keys_sorted() -> None:
    assert encode_reply({"ok": True, "b": 1, "a": [2]}) == b'{"a": [2], "b": 1, "ok": true}\n'


@pytest.mark.parametrize(
    "words",
    [
        None,
        "postureapp could not do that",
        {"context": "cli", "source": "x"},
        {"context": 1, "source": "x", "args": []},
        {"context": "cli", "source": 2, "args": []},
        {"context": "cli", "source": "x", "args": "y"},
        {"context": "cli", "source": "x {0}", "args": [3]},
        {"context": "cli", "source": "x {0}", "args": [{"context": "cli"}]},
    ],
)
def test_words_a_reply_cannot_carry_are_not_read(words: object) -> None:
    assert reply_words({"ok": False, "error": "e", "words": words}) is None


def nested(depth: int) -> dict[str, object]:
    words: dict[str, object] = {"context": "cli", "source": "end", "args": []}
    for _ in range(depth):
        words = {"context": "cli", "source": "({0})", "args": [words]}
    return words


def test_words_nested_four_deep_are_read_and_deeper_ones_are_not() -> None:
    words = reply_words({"words": nested(4)})
    assert words is not None and str(words) == "((((end))))"
    assert reply_words({"words": nested(5)}) is None


def test_a_reply_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_reply(b"[1]")
    assert str(caught.value) == "expected a JSON object in the reply"
    assert decode_reply(b'{"ok": true}\n') == {"ok": True}
    assert json.loads(encode_reply({"ok": True})) == {"ok": True}

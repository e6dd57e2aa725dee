from __future__ import annotations

import json

import pytest

from postureapp.core.protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_request,
    encode_request,
    parse_pause,
)


@pytest.mark.parametrize(
    "request_",
    [
        Request("status"),
        Request("pause", "30m"),
        Request("break-now"),
        Request("break-now", "chin-tuck"),
    ],
)
def test_requests_round_trip(request_: Request) -> None:
    assert decode_request(encode_request(request_).rstrip(b"\n")) == request_


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe garbage", "not a JSON message"),
        (b"hello", "not a JSON message"),
        (b"[]", "expected a JSON object"),
        (b'{"command": "format-disk"}', "unknown command 'format-disk'"),
        (b'{"command": "status", "argument": "x"}', "status: takes no argument"),
        (b'{"command": "pause"}', "pause: an argument is required"),
        (b'{"command": "pause", "argument": "forever and ever"}', "expected 30m, 1h"),
        (b'{"command": "status", "evil": 1}', "unexpected field"),
        (b'{"command": "break-now", "argument": 5}', "short string"),
        (b"{" + b" " * MAX_MESSAGE_BYTES + b"}", "message too long"),
    ],
)
def test_garbage_is_refused_with_a_precise_reason(data: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        decode_request(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", ("minutes", 30)),
        ("1h", ("minutes", 60)),
        ("90min", ("minutes", 90)),
        ("until-tomorrow", ("until-tomorrow", None)),
        ("indefinitely", ("indefinitely", None)),
    ],
)
def test_pause_durations(text: str, expected: tuple[str, int | None]) -> None:
    assert parse_pause(text) == expected


@pytest.mark.parametrize("text", ["0m", "25h", "-5m", "soon", ""])
def test_impossible_pauses_are_refused(text: str) -> None:
    with pytest.raises(ProtocolError):
        parse_pause(text)


def test_encoded_request_is_one_json_line() -> None:
    data = encode_request(Request("pause", "1h"))
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data) == {"command": "pause", "argument": "1h"}

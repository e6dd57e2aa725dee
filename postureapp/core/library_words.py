"""What Python's own errors mean, said in our words: a TOML or JSON syntax error, a CSV reader's
complaint, a zip file that cannot be opened, an OSError. Each becomes a phrase of the "problems"
context, translated where it is shown; the library's English is kept only where we do not know
the message (as a detail in brackets), so that nothing reaches the user untranslated by design.
"""

from __future__ import annotations

import errno
import re

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.problem_words import say, syntax_error

#: tomllib's messages (Python 3.11 to 3.13), each with what it means to the person who wrote
#: the file; a group in the pattern fills the phrase's place.
_TOML = [
    (r"Invalid statement", QT_TRANSLATE_NOOP("problems", "a line that is not key = value, a [table] or a comment")),
    (r"Expected newline or end of document after a statement", QT_TRANSLATE_NOOP("problems", "more after a value on the same line")),
    (r"Expected '=' after a key in a key/value pair", QT_TRANSLATE_NOOP("problems", "a key without '=' after it")),
    (r"Invalid initial character for a key part", QT_TRANSLATE_NOOP("problems", "a key that starts with a character keys cannot start with")),
    (r"Invalid value", QT_TRANSLATE_NOOP("problems", "a value of no known kind (text needs quotes)")),
    (r"Unterminated string", QT_TRANSLATE_NOOP("problems", "text without its closing quote")),
    (r"Unclosed array", QT_TRANSLATE_NOOP("problems", "a list without its closing ']'")),
    (r"Unclosed inline table", QT_TRANSLATE_NOOP("problems", "an inline table without its closing brace")),
    (r"Expected '\]' at the end of a table declaration", QT_TRANSLATE_NOOP("problems", "a [table] name without its closing ']'")),
    (r"Expected '\]\]' at the end of an array declaration", QT_TRANSLATE_NOOP("problems", "a [[table]] name without its closing ']]'")),
    (r"Cannot overwrite a value", QT_TRANSLATE_NOOP("problems", "a key given a value twice")),
    (r"Cannot declare (.+) twice", QT_TRANSLATE_NOOP("problems", "the table {0} declared twice")),
    (r"Cannot (?:mutate immutable|redefine) namespace (.+)", QT_TRANSLATE_NOOP("problems", "{0} defined a second time")),
    (r"Duplicate inline table key (.+)", QT_TRANSLATE_NOOP("problems", "the key {0} twice in an inline table")),
    (r"Unescaped '\\' in a string", QT_TRANSLATE_NOOP("problems", "a '\\' in text that starts no known escape")),
    (r"Invalid hex value", QT_TRANSLATE_NOOP("problems", "an escape with wrong hexadecimal digits")),
    (r"Escaped character is not a Unicode scalar value", QT_TRANSLATE_NOOP("problems", "an escape that is no Unicode character")),
    (r"Illegal character (.+)", QT_TRANSLATE_NOOP("problems", "the character {0}, which text cannot hold")),
    (r"Found invalid character (.+)", QT_TRANSLATE_NOOP("problems", "the character {0} where it does not belong")),
    (r"Invalid date or datetime", QT_TRANSLATE_NOOP("problems", "a date or time that does not exist")),
    (r"Expected (.+)", QT_TRANSLATE_NOOP("problems", "no {0} where one was needed")),
]  # fmt: skip

#: The json module's messages.
_JSON = [
    (r"Expecting value", QT_TRANSLATE_NOOP("problems", "no value where one was needed")),
    (r"Expecting property name enclosed in double quotes", QT_TRANSLATE_NOOP("problems", "a key not in double quotes")),
    (r"Expecting ':' delimiter", QT_TRANSLATE_NOOP("problems", "a key without ':' after it")),
    (r"Expecting ',' delimiter", QT_TRANSLATE_NOOP("problems", "a missing ',' between two values")),
    (r"Unterminated string starting at", QT_TRANSLATE_NOOP("problems", "text without its closing quote")),
    (r"Invalid control character", QT_TRANSLATE_NOOP("problems", "a control character (such as a line break) inside text")),
    (r"Invalid \\uXXXX escape", QT_TRANSLATE_NOOP("problems", "an escape with wrong hexadecimal digits")),
    (r"Invalid \\escape", QT_TRANSLATE_NOOP("problems", "a '\\' in text that starts no known escape")),
    (r"Illegal trailing comma", QT_TRANSLATE_NOOP("problems", "a ',' after the last value")),
    (r"Extra data", QT_TRANSLATE_NOOP("problems", "more after the end of the document")),
]  # fmt: skip


def _key(text: str) -> str:
    """tomllib names a key as a tuple of its parts, ('a', 'b'): write it as in the file, a.b."""
    parts = re.findall(r"'([^']*)'", text)
    return ".".join(parts) if text.startswith("(") and parts else text


def _meaning(message: str, known: list[tuple[str, str]]) -> Phrase:
    for pattern, source in known:
        found = re.match(pattern, message)
        if found:
            return say(source, *(_key(group) for group in found.groups()))
    return syntax_error(message)


def toml_reason(message: str) -> Phrase:
    """What a tomllib message (without its '(at line …)') means."""
    return _meaning(message, _TOML)


def json_reason(message: str) -> Phrase:
    """What a json.JSONDecodeError's `msg` means."""
    return _meaning(message, _JSON)


def zip_reason(error: BaseException) -> Phrase:
    """Why a zip file (or a file in it) cannot be read."""
    if isinstance(error, OSError):
        return os_reason(error)
    said = str(error)
    if "not a zip file" in said:
        return say(QT_TRANSLATE_NOOP("problems", "not a zip file"))
    if "encrypted" in said:
        return say(QT_TRANSLATE_NOOP("problems", "an encrypted file"))
    if isinstance(error, NotImplementedError) or "compression" in said.lower():
        return say(QT_TRANSLATE_NOOP("problems", "a compression method this app cannot read"))
    return say(QT_TRANSLATE_NOOP("problems", "a damaged zip file"))


_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("problems", "it does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("problems", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("problems", "permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("problems", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("problems", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("problems", "it exists already"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("problems", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("problems", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("problems", "the disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("problems", "the disk could not be read or written"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("problems", "the name is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("problems", "too many symbolic links"),
    errno.EMFILE: QT_TRANSLATE_NOOP("problems", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("problems", "too many files are open"),
    errno.EBUSY: QT_TRANSLATE_NOOP("problems", "it is in use"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("problems", "the folder is not empty"),
}


def os_reason(error: OSError) -> Phrase:
    """Why the system refused (an OSError's errno in our words; the system's text otherwise)."""
    if error.errno in _ERRNO:
        return say(_ERRNO[error.errno])
    detail = error.strerror or str(error) or type(error).__name__
    return say(QT_TRANSLATE_NOOP("problems", "the system refused ({0})"), detail)


def cannot_read(error: OSError) -> Phrase:
    """'cannot be read: permission denied'."""
    return say(QT_TRANSLATE_NOOP("problems", "cannot be read: {0}"), os_reason(error))


def toml_error(message: str) -> tuple[Phrase, int | None, int | None]:
    """A TOMLDecodeError's text as what it means, and the line and column it names."""
    position = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line, column = (int(position[1]), int(position[2])) if position else (None, None)
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    return toml_reason(reason.strip()), line, column


def at_place(reason: Phrase, line: int | None, column: int | None) -> Phrase:
    """'a key without '=' after it (line 3, column 7)', for a file inside another file."""
    if line is None or column is None:
        return reason
    return say(QT_TRANSLATE_NOOP("problems", "{0} (line {1}, column {2})"), reason, line, column)


#: SQLite's messages (the break log), and what they mean to the user.
_SQLITE = [
    (r".*(database|table) is locked", QT_TRANSLATE_NOOP("problems", "another program is using it; try again in a moment")),
    (r".*disk I/O error", QT_TRANSLATE_NOOP("problems", "the disk could not be read or written")),
    (r".*readonly database", QT_TRANSLATE_NOOP("problems", "it can be read but not written")),
    (r".*unable to open database file", QT_TRANSLATE_NOOP("problems", "it cannot be opened")),
    (r".*database or disk is full", QT_TRANSLATE_NOOP("problems", "the disk is full")),
    (r".*file is not a database", QT_TRANSLATE_NOOP("problems", "it is not a database")),
    (r".*malformed", QT_TRANSLATE_NOOP("problems", "it is damaged")),
]  # fmt: skip


def sqlite_reason(error: BaseException) -> Phrase:
    """What an sqlite3 error means ('database is locked': another program is using it)."""
    message = str(error)
    for pattern, source in _SQLITE:
        if re.match(pattern, message):
            return say(source)
    return say(QT_TRANSLATE_NOOP("problems", "a database error ({0})"), message)

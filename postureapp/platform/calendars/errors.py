"""The one error every calendar reader raises, with a sentence for the user."""

from __future__ import annotations


class FetchFailed(Exception):
    """A calendar could not be read this time; the message says why, in plain words."""


#: What the network libraries say, and what the user reads instead.
_PLAIN = (
    ("Connection refused", "the server refused the connection (is it running?)"),
    ("Name or service not known", "the server name is not known"),
    ("Temporary failure in name resolution", "the server name could not be looked up (offline?)"),
    ("Network is unreachable", "the network is unreachable (offline?)"),
    ("timed out", "the server did not answer in time"),
    ("CERTIFICATE_VERIFY_FAILED", "the server's certificate could not be verified"),
)


def plainly(error: BaseException) -> str:
    """A network error in a few words: the libraries' own texts name pools, retries and objects."""
    said = f"{error} {error.__cause__ or ''} {error.__context__ or ''}"
    for found, plain in _PLAIN:
        if found.lower() in said.lower():
            return plain
    return str(error) or type(error).__name__

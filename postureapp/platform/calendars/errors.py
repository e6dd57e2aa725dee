"""The one error every calendar reader raises, with a sentence for the user."""

from __future__ import annotations


class FetchFailed(Exception):
    """A calendar could not be read this time; the message says why, in plain words."""

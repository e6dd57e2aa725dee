"""An error is told in the user's language when it carries a phrase; otherwise its own words
are shown as they are. A phrase fills its places with values, and with other phrases translated
the same way."""

from __future__ import annotations

from postureapp.core.i18n.phrase import Phrase, Said, english, told

GERMAN = {
    ("problems", "{0} cannot be read: {1}"): "{0} kann nicht gelesen werden: {1}",
    ("problems", "it is a folder"): "das ist ein Ordner",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def test_a_phrase_fills_its_places_with_values_and_translated_phrases() -> None:
    folder = Phrase("problems", "it is a folder")
    unreadable = Phrase("problems", "{0} cannot be read: {1}", ("settings.toml", folder))
    assert unreadable.text(german) == "settings.toml kann nicht gelesen werden: das ist ein Ordner"
    assert unreadable.text() == "settings.toml cannot be read: it is a folder"
    assert str(unreadable) == "settings.toml cannot be read: it is a folder"
    assert english("problems", "it is a folder") == "it is a folder"


def test_an_error_with_a_phrase_is_told_in_the_users_language() -> None:
    folder = Phrase("problems", "it is a folder")
    error = Said(Phrase("problems", "{0} cannot be read: {1}", ("settings.toml", folder)))
    assert told(error, german) == "settings.toml kann nicht gelesen werden: das ist ein Ordner"
    assert str(error) == "settings.toml cannot be read: it is a folder"


def test_an_error_without_a_phrase_is_told_in_its_own_words() -> None:
    assert told(ValueError("the file is gone"), german) == "the file is gone"
    assert (
        told(OSError(2, "No such file or directory"), german)
        == "[Errno 2] No such file or directory"
    )


def test_an_error_said_in_plain_words_keeps_them_in_every_language() -> None:
    plain = Said("it is a folder")
    assert plain.said is None  # no phrase: nothing for a translator to find
    assert told(plain, german) == "it is a folder"
    assert str(plain) == "it is a folder"

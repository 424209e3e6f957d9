"""Constants used to describe error conditions."""

from __future__ import annotations

from ._library import ERROR_NAMES, MESSAGES

codes: dict[str, int] = {}
messages: dict[int, str] = {}


def _define() -> None:
    # Each XML_ERROR_* name is the message of its code; `codes` maps a message to its
    # code and `messages` a code to its message, as in pyexpat.errors.
    for name, code in sorted(ERROR_NAMES.items(), key=lambda item: item[1]):
        message = MESSAGES[code]
        globals()[name] = message
        codes[message] = code
        messages[code] = message


_define()
del _define

"""What a parser's callbacks need: its handlers of the moment, its options, and the
character-data buffer (pyexpat's buffer_text, kept in Python).

Kept apart from the parser object so that the callbacks (which the sandbox holds)
never refer to the parser: dropping the last reference to a parser frees it at once,
and with it its sandbox, as dropping a pyexpat parser does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._dispatch import HANDLER_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable


class Core:
    __slots__ = (*HANDLER_NAMES, "ordered_attributes", "specified_attributes", "intern",
                 "text", "text_used", "buffer_size", "read_cstring")

    # The handlers (any object; called with the event's arguments).
    StartElementHandler: Any
    EndElementHandler: Any
    ProcessingInstructionHandler: Any
    CharacterDataHandler: Any
    UnparsedEntityDeclHandler: Any
    NotationDeclHandler: Any
    StartNamespaceDeclHandler: Any
    EndNamespaceDeclHandler: Any
    CommentHandler: Any
    StartCdataSectionHandler: Any
    EndCdataSectionHandler: Any
    DefaultHandler: Any
    DefaultHandlerExpand: Any
    NotStandaloneHandler: Any
    ExternalEntityRefHandler: Any
    StartDoctypeDeclHandler: Any
    EndDoctypeDeclHandler: Any
    EntityDeclHandler: Any
    XmlDeclHandler: Any
    ElementDeclHandler: Any
    AttlistDeclHandler: Any
    SkippedEntityHandler: Any

    def __init__(self, intern: dict[Any, Any] | None,
                 read_cstring: Callable[[int], str]) -> None:
        for name in HANDLER_NAMES:
            setattr(self, name, None)
        self.ordered_attributes = False
        self.specified_attributes = False
        self.intern = intern
        self.text: list[bytes] | None = None  # None: buffer_text is off
        self.text_used = 0                    # bytes in `text`
        self.buffer_size = 8192
        self.read_cstring = read_cstring

    def flush(self) -> None:
        """Hand the buffered character data to the handler (pyexpat's
        flush_character_buffer)."""
        pieces = self.text
        if not self.text_used or pieces is None:
            return
        data = b"".join(pieces)
        pieces.clear()
        self.text_used = 0
        handler = self.CharacterDataHandler
        if handler is not None:
            handler(data.decode())

"""The host side of each handler type: what the sandbox calls, once per event.

Every parser has one sandbox callback per handler type it has used, made from a
factory below. The callback reads the event the C layer packed (csrc/sbexpat.h:
`data`, `size`, `flags`, `extra`), converts it as CPython's pyexpat does (names
interned, attributes as a dict or a list, NULL as None) and calls the Python
handler set at that moment on the parser's `Core`. Buffered character data is
flushed first, as pyexpat does before every handler.

Tracebacks: pyexpat puts a frame `pyexpat.c`, named after the handler type
(`StartElement`), between Parse()'s caller and the handler. The callbacks here are
those frames: their code is relabelled to that file name at import (`relabel`), so
a traceback reads as pyexpat's and CPython's own tests of it pass. An exception a
handler raises goes through the sandbox's callback mechanism: the C code sees 0 and
the rest of the document is parsed without calling Python (the runtime skips every
callback until the call returns), then Parse() raises it.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._core import Core

    Reader = Callable[[int, int], bytes]
    Factory = Callable[[Core, Reader], Callable[..., Any]]


def _strings(read: Reader, data: int, size: int, nulls: int) -> list[Any]:
    """The packed strings of an event, None where C had NULL."""
    if size < 0:
        raise MemoryError("the sandboxed parser ran out of memory packing an event")
    parts: list[Any] = read(data, size).decode().split("\0")
    if nulls:
        for i in range(len(parts)):
            if nulls >> i & 1:
                parts[i] = None
    return parts


def _interned(core: Core, parts: list[Any]) -> list[Any]:
    intern = core.intern
    if intern is not None:
        setdefault = intern.setdefault
        return [s if s is None else setdefault(s, s) for s in parts]
    return parts


def _start_element(core: Core, read: Reader) -> Callable[..., Any]:
    def StartElement(data: int, size: int, specified: int, count: int) -> None:
        if core.text_used:
            core.flush()
        if size < 0:
            raise MemoryError("the sandboxed parser ran out of memory packing an element")
        parts = read(data, size).decode().split("\0")
        name = parts[0]
        intern = core.intern
        if intern is not None:
            name = intern.setdefault(name, name)
        if not count:
            core.StartElementHandler(name, [] if core.ordered_attributes else {})
            return
        if core.specified_attributes and specified < count:
            del parts[specified + 1:]
        keys = parts[1::2]
        if intern is not None:
            keys = list(map(intern.setdefault, keys, keys))
        if core.ordered_attributes:
            parts[1::2] = keys
            del parts[0]
            core.StartElementHandler(name, parts)
        else:
            core.StartElementHandler(name, dict(zip(keys, parts[2::2], strict=True)))
    return StartElement


def _end_element(core: Core, read: Reader) -> Callable[..., Any]:
    def EndElement(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        name = read(data, size).decode()
        intern = core.intern
        if intern is not None:
            name = intern.setdefault(name, name)
        core.EndElementHandler(name)
    return EndElement


def _character_data(core: Core, read: Reader) -> Callable[..., Any]:
    def CharacterData(data: int, size: int, flags: int, extra: int) -> None:
        pieces = core.text
        if pieces is None:
            core.CharacterDataHandler(read(data, size).decode())
            return
        if core.text_used + size > core.buffer_size:
            core.flush()
            # The handler may have gone, or buffering been turned off, meanwhile.
            if core.CharacterDataHandler is None:
                return
            pieces = core.text
        if pieces is None or size > core.buffer_size:
            core.CharacterDataHandler(read(data, size).decode())
        else:
            pieces.append(read(data, size))
            core.text_used += size
    return CharacterData


def _text_event(name: str, attribute: str) -> Factory:
    """Default and DefaultHandlerExpand: the text as expat gives it."""
    def factory(core: Core, read: Reader) -> Callable[..., Any]:
        def handler(data: int, size: int, flags: int, extra: int) -> None:
            if core.text_used:
                core.flush()
            getattr(core, attribute)(read(data, size).decode())
        handler.__code__ = handler.__code__.replace(co_name=name, co_qualname=name)
        return handler
    return factory


def _processing_instruction(core: Core, read: Reader) -> Callable[..., Any]:
    def ProcessingInstruction(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        target, text = _strings(read, data, size, flags)
        intern = core.intern
        if intern is not None:
            target = intern.setdefault(target, target)
        core.ProcessingInstructionHandler(target, text)
    return ProcessingInstruction


def _comment(core: Core, read: Reader) -> Callable[..., Any]:
    def Comment(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        core.CommentHandler(read(data, size).decode())
    return Comment


def _no_arguments(name: str, attribute: str) -> Factory:
    def factory(core: Core, read: Reader) -> Callable[..., Any]:
        def handler(data: int, size: int, flags: int, extra: int) -> None:
            if core.text_used:
                core.flush()
            getattr(core, attribute)()
        handler.__code__ = handler.__code__.replace(co_name=name, co_qualname=name)
        return handler
    return factory


def _interned_strings(name: str, attribute: str) -> Factory:
    """Handlers whose arguments are all names (interned, None for NULL)."""
    def factory(core: Core, read: Reader) -> Callable[..., Any]:
        def handler(data: int, size: int, flags: int, extra: int) -> None:
            if core.text_used:
                core.flush()
            getattr(core, attribute)(*_interned(core, _strings(read, data, size, flags)))
        handler.__code__ = handler.__code__.replace(co_name=name, co_qualname=name)
        return handler
    return factory


def _not_standalone(core: Core, read: Reader) -> Callable[..., Any]:
    def NotStandalone(data: int, size: int, flags: int, extra: int) -> int:
        if core.text_used:
            core.flush()
        return _answer(core.NotStandaloneHandler())
    return NotStandalone


def _external_entity_ref(core: Core, read: Reader) -> Callable[..., Any]:
    def ExternalEntityRef(data: int, size: int, flags: int, extra: int) -> int:
        if core.text_used:
            core.flush()
        context, *ids = _strings(read, data, size, flags)
        return _answer(core.ExternalEntityRefHandler(context, *_interned(core, ids)))
    return ExternalEntityRef


def _start_doctype_decl(core: Core, read: Reader) -> Callable[..., Any]:
    def StartDoctypeDecl(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        names = _interned(core, _strings(read, data, size, flags))
        core.StartDoctypeDeclHandler(*names, extra)
    return StartDoctypeDecl


def _entity_decl(core: Core, read: Reader) -> Callable[..., Any]:
    def EntityDecl(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        entity, value, *rest = _strings(read, data, size, flags)
        entity, *rest = _interned(core, [entity, *rest])
        core.EntityDeclHandler(entity, extra, value, *rest)
    return EntityDecl


def _xml_decl(core: Core, read: Reader) -> Callable[..., Any]:
    def XmlDecl(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        version, encoding = _strings(read, data, size, flags)
        core.XmlDeclHandler(version, encoding, extra)
    return XmlDecl


# XML_Content on wasm32: type, quant, name, numchildren, children (4 bytes each).
_CONTENT_SIZE = 20
_MAX_CONTENT_NODES = 1 << 20


def _content_model(core: Core, read: Reader, address: int) -> tuple[Any, ...]:
    """The model expat built (one block: nodes, then names) as pyexpat's nested tuples."""
    budget = [_MAX_CONTENT_NODES]

    def node(at: int) -> tuple[Any, ...]:
        raw = read(at, _CONTENT_SIZE)
        kind, quant, name, count, children = (int.from_bytes(raw[i:i + 4], "little")
                                              for i in range(0, 20, 4))
        budget[0] -= 1 + count
        if budget[0] < 0:
            raise ValueError("the sandboxed parser gave a content model too large to be real")
        text = core.read_cstring(name) if name else None
        return (kind, quant, text,
                tuple(node(children + i * _CONTENT_SIZE) for i in range(count)))

    return node(address)


def _element_decl(core: Core, read: Reader) -> Callable[..., Any]:
    def ElementDecl(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        (name,) = _interned(core, _strings(read, data, size, flags))
        # The C layer frees the model when this returns, as pyexpat does.
        core.ElementDeclHandler(name, _content_model(core, read, extra & 0xFFFFFFFF))
    return ElementDecl


def _attlist_decl(core: Core, read: Reader) -> Callable[..., Any]:
    def AttlistDecl(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        element, attribute, kind, default = _strings(read, data, size, flags)
        element, attribute = _interned(core, [element, attribute])
        core.AttlistDeclHandler(element, attribute, kind, default, extra)
    return AttlistDecl


def _skipped_entity(core: Core, read: Reader) -> Callable[..., Any]:
    def SkippedEntity(data: int, size: int, flags: int, extra: int) -> None:
        if core.text_used:
            core.flush()
        (entity,) = _interned(core, _strings(read, data, size, flags))
        core.SkippedEntityHandler(entity, extra)
    return SkippedEntity


def _answer(value: Any) -> int:
    """A query handler's result as pyexpat reads it (PyLong_AsLong, kept as a C int)."""
    number = operator.index(value)
    return ((number + 2**31) & 0xFFFFFFFF) - 2**31


# pyexpat's handler attributes, in its order (= enum sbx_handler): (attribute, the
# factory of its callback, whether the handler answers: an int for expat).
HANDLERS: list[tuple[str, Factory, bool]] = [
    ("StartElementHandler", _start_element, False),
    ("EndElementHandler", _end_element, False),
    ("ProcessingInstructionHandler", _processing_instruction, False),
    ("CharacterDataHandler", _character_data, False),
    ("UnparsedEntityDeclHandler",
     _interned_strings("UnparsedEntityDecl", "UnparsedEntityDeclHandler"), False),
    ("NotationDeclHandler", _interned_strings("NotationDecl", "NotationDeclHandler"), False),
    ("StartNamespaceDeclHandler",
     _interned_strings("StartNamespaceDecl", "StartNamespaceDeclHandler"), False),
    ("EndNamespaceDeclHandler",
     _interned_strings("EndNamespaceDecl", "EndNamespaceDeclHandler"), False),
    ("CommentHandler", _comment, False),
    ("StartCdataSectionHandler",
     _no_arguments("StartCdataSection", "StartCdataSectionHandler"), False),
    ("EndCdataSectionHandler", _no_arguments("EndCdataSection", "EndCdataSectionHandler"),
     False),
    ("DefaultHandler", _text_event("Default", "DefaultHandler"), False),
    ("DefaultHandlerExpand", _text_event("DefaultHandlerExpand", "DefaultHandlerExpand"),
     False),
    ("NotStandaloneHandler", _not_standalone, True),
    ("ExternalEntityRefHandler", _external_entity_ref, True),
    ("StartDoctypeDeclHandler", _start_doctype_decl, False),
    ("EndDoctypeDeclHandler", _no_arguments("EndDoctypeDecl", "EndDoctypeDeclHandler"), False),
    ("EntityDeclHandler", _entity_decl, False),
    ("XmlDeclHandler", _xml_decl, False),
    ("ElementDeclHandler", _element_decl, False),
    ("AttlistDeclHandler", _attlist_decl, False),
    ("SkippedEntityHandler", _skipped_entity, False),
]
HANDLER_NAMES = [name for name, _, _ in HANDLERS]
CHARACTER_DATA = HANDLER_NAMES.index("CharacterDataHandler")

# The file name of the frames above, as pyexpat's (beside this file, which is where
# their code is).
FRAME_FILE = __file__.replace("_dispatch.py", "pyexpat.c")


def _relabelled(code: Any) -> Any:
    consts = tuple(_relabelled(c) if isinstance(c, type(code)) else c for c in code.co_consts)
    return code.replace(co_filename=FRAME_FILE, co_consts=consts)


def _relabel_factories() -> None:
    seen: set[int] = set()
    for _, factory, _ in HANDLERS:
        target = factory
        if id(target) in seen:
            continue
        seen.add(id(target))
        target.__code__ = _relabelled(target.__code__)


_relabel_factories()

"""xmlparser: pyexpat's parser object over the sandboxed expat.

Each parser made by ParserCreate() owns a sandbox (its external entity parsers share
it: expat's child parsers use their parent's DTD). A trap in it - a memory-safety bug
of expat hit by a hostile document - ends that parser with ExpatError (the trap as
__cause__); no other parser notices.
"""

from __future__ import annotations

import contextlib
import operator
import os
import struct
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from . import _core, _dispatch, _expat
from ._core import Core
from ._dispatch import CHARACTER_DATA, FRAME_FILE, HANDLER_NAMES, HANDLERS
from ._library import MESSAGES

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

# How pyexpat feeds expat: ParseFile() reads 2 KiB at a time; Parse() gives expat
# at most 1 MiB per call.
BUF_SIZE = 2048
MAX_CHUNK_SIZE = 1 << 20
INT_MAX = 2**31 - 1

EVENT = "void (const char *data, int size, int flags, int extra)"
QUERY = "int (const char *data, int size, int flags, int extra)"

# The memory a new parser's sandbox may use (None: the build's maximum, 256 MiB).
memory_limit: int | None = None

_UNSET: Any = object()
# The code of these modules, as their frames name it (= __file__).
_OWN_FILES = frozenset((__file__, _core.__file__, _dispatch.__file__))


class ExpatError(Exception):
    code: int      # set on errors of expat: its XML_Error code,
    lineno: int    # and where it happened
    offset: int


ExpatError.__module__ = "xml.parsers.expat"


def _salt() -> int:
    """A nonzero random hash salt from the host (expat would pick one itself if 0)."""
    while True:
        salt = int.from_bytes(os.urandom(4), "little")
        if salt:
            return salt


def _unknown_encoding(sb: Any) -> Callable[[int, int, int, int], int]:
    """pyexpat's answer to an encoding expat does not know: any single-byte codec."""
    def UnknownEncoding(name: int, size: int, flags: int, table: int) -> int:
        text = bytes(range(256)).decode(sb.read(name, size).decode(), "replace")
        if len(text) != 256:
            raise ValueError("multi-byte encodings are not supported")
        sb.write(table & 0xFFFFFFFF,
                 struct.pack("<256i", *(-1 if ch == "\ufffd" else ord(ch) for ch in text)))
        return 1
    return UnknownEncoding


class _Box:
    """A sandbox and how many parsers live in it."""

    __slots__ = ("__weakref__", "encoding", "live", "sb")

    def __init__(self) -> None:
        if memory_limit is None:
            self.sb = _expat.Sandbox()
        else:
            self.sb = _expat.Sandbox(memory_limit=memory_limit)
        self.live = 0
        try:
            # Kept: a Callback dropped is a Callback released.
            self.encoding = self.sb.callback(_unknown_encoding(self.sb), QUERY)
            self.sb.sbx_set_unknown_encoding(self.encoding.address)
        except BaseException:
            self.sb.close()
            raise

    def release(self, parser: int, callbacks: list[Any]) -> None:
        """A parser of this sandbox is gone: free it, and the sandbox with the last."""
        self.live -= 1
        sb = self.sb
        try:
            if not sb.closed:
                sb.sbx_free(parser)
        except (_expat.Trap, _expat.SandboxPoisoned, RuntimeError):
            pass  # a dead sandbox: nothing to free in it
        for callback in callbacks:
            if callback is not None:
                callback.close()
        if self.live == 0:
            # RuntimeError: freed from inside one of its own callbacks; the GC closes it.
            with contextlib.suppress(RuntimeError):
                sb.close()


def _strip_own_frames(error: BaseException) -> bool:
    """If a handler raised `error`, drop this package's frames from its traceback, so
    that it reads as under pyexpat (the caller, the `pyexpat.c` frame, the handler),
    and say so."""
    tb: TracebackType | None = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename in _OWN_FILES:
        tb = tb.tb_next
    if tb is not None and tb.tb_frame.f_code.co_filename == FRAME_FILE:
        error.__traceback__ = tb
        return True
    return False


def _optional_str(function: str, argument: str, value: Any) -> str | None:
    """Argument Clinic's str(accept={str, NoneType})."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{function}() argument {argument} must be str or None, "
                        f"not {type(value).__name__}")
    if "\0" in value:
        raise ValueError("embedded null character")
    return value


def _position(function: str, default: int) -> property:
    """A read-only position or error code from expat (`default` once the sandbox is dead)."""
    def get(self: xmlparser) -> int:
        return self._query(getattr(self._sb, function), default)

    return property(get)


def _core_flag(name: str) -> property:
    """A flag the parser's core keeps (set as a bool; deleting it is an error, as in pyexpat)."""
    def get(self: xmlparser) -> bool:
        return bool(getattr(self._core, name))

    def put(self: xmlparser, value: Any) -> None:
        setattr(self._core, name, bool(value))

    def delete(self: xmlparser) -> None:
        raise RuntimeError("Cannot delete attribute")

    return property(get, put, delete)


class xmlparser:  # pyexpat's name
    """XML parser"""

    __slots__ = ("__weakref__", "_box", "_callbacks", "_core", "_dead", "_namespace_prefixes",
                 "_parent", "_parser", "_sb", "_sbx")
    _box: _Box
    _sb: Any                    # the sandbox (box.sb)
    _sbx: int                   # the parser of the C layer, and expat's
    _parser: int
    _callbacks: list[Any]       # by handler index: its Callback, once made
    _core: Core
    _parent: xmlparser | None   # an external entity parser keeps its parent alive
    _dead: BaseException | None  # the trap that ended the sandbox
    _namespace_prefixes: bool

    def __new__(cls, *args: Any, **kwargs: Any) -> xmlparser:
        raise TypeError(f"cannot create '{cls.__module__}.{cls.__name__}' instances")

    @classmethod
    def _make(cls, box: _Box, sbx: int, intern: dict[Any, Any] | None,
              parent: xmlparser | None) -> xmlparser:
        self: xmlparser = object.__new__(cls)
        sb = box.sb
        self._box = box
        self._sb = sb
        self._sbx = sbx
        self._parser = sb.sbx_expat(sbx) & 0xFFFFFFFF
        self._callbacks = [None] * len(HANDLERS)
        self._parent = parent
        self._dead = None
        self._namespace_prefixes = False
        read_cstring = sb.read_cstring
        self._core = Core(intern, lambda address: read_cstring(address).decode())
        box.live += 1
        return self

    def __del__(self) -> None:
        try:
            box, sbx, callbacks = self._box, self._sbx, self._callbacks
        except AttributeError:
            return  # never made
        box.release(sbx, callbacks)

    def __reduce__(self) -> NoReturn:
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    # ---- calls into the sandbox ---------------------------------------------------------

    def _died(self, trap: BaseException) -> ExpatError:
        """The sandbox trapped (or was found poisoned): this parser is over."""
        if self._dead is None:
            self._dead = trap
        error = ExpatError(f"{MESSAGES[_expat.XML_ERROR_ABORTED]}: the sandboxed expat "
                           f"stopped ({type(trap).__name__}: {trap})")
        error.code = _expat.XML_ERROR_ABORTED
        error.offset = 0
        error.lineno = 0
        return error

    def _query(self, function: Callable[..., int], default: int) -> int:
        """A position or error query; `default` once the sandbox is dead."""
        if self._dead is not None:
            return default
        try:
            return function(self._parser)
        except (_expat.Trap, _expat.SandboxPoisoned) as trap:
            self._died(trap)
            return default

    def _error(self, code: int) -> ExpatError:
        """pyexpat's set_error: the message, line and column of expat's error."""
        sb = self._sb
        line = sb.XML_GetCurrentLineNumber(self._parser)
        column = sb.XML_GetCurrentColumnNumber(self._parser)
        error = ExpatError(f"{MESSAGES.get(code, '(null)')}: line {line}, column {column}")
        error.code = code
        error.offset = column
        error.lineno = line
        return error

    def _feed(self, chunk: memoryview, final: bool) -> int:
        sb = self._sb
        size = len(chunk)
        if size == 0:
            status: int = sb.XML_Parse(self._parser, None, 0, final)
            return status
        buffer = sb.XML_GetBuffer(self._parser, size) & 0xFFFFFFFF
        if not buffer:
            return 0  # expat set the error (no memory, finished, suspended)
        sb.write(buffer, chunk)
        status = sb.XML_ParseBuffer(self._parser, size, final)
        return status

    def _run(self, parse: Callable[[], int]) -> int:
        """Run a parse; a trap ends the parser. Its caller, the outermost frame of
        this package (Parse, ParseFile), passes other exceptions to _raised()."""
        if self._dead is not None:
            raise self._died(self._dead) from self._dead
        try:
            return parse()
        except (_expat.Trap, _expat.SandboxPoisoned) as trap:
            raise self._died(trap) from trap

    def _raised(self, error: BaseException) -> None:
        """What Parse() and ParseFile() do with an exception before re-raising it
        (with a bare `raise`, which adds no frame of theirs to its traceback)."""
        if _strip_own_frames(error):
            # A handler raised: like pyexpat, drop every handler (the rest of the
            # document was parsed without calling Python) and raise it.
            self._clear_handlers()

    def _result(self, status: int) -> int:
        """pyexpat's get_parse_result."""
        if status == 0:
            raise self._error(self._sb.XML_GetErrorCode(self._parser))
        self._core.flush()
        return status

    def _clear_handlers(self) -> None:
        core = self._core
        for index, name in enumerate(HANDLER_NAMES):
            if getattr(core, name) is not None:
                setattr(core, name, None)
                try:
                    self._sb.sbx_set_handler(self._sbx, index, 0)
                except (_expat.Trap, _expat.SandboxPoisoned, RuntimeError):
                    return

    # ---- parsing ------------------------------------------------------------------------

    def Parse(self, data: Any, isfinal: Any = False, /) -> int:
        """Parse XML data.

        `isfinal' should be true at end of input."""
        final = operator.index(isfinal) != 0
        if isinstance(data, str):
            view = memoryview(data.encode("utf-8"))
            utf8 = True
        else:
            try:
                view = memoryview(data).cast("B")
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not "
                                f"'{type(data).__name__}'") from None
            utf8 = False

        def parse() -> int:
            if utf8:
                self._sb.XML_SetEncoding(self._parser, "utf-8")
            offset, left = 0, len(view)
            while left > MAX_CHUNK_SIZE:
                if not self._feed(view[offset:offset + MAX_CHUNK_SIZE], False):
                    return 0
                offset += MAX_CHUNK_SIZE
                left -= MAX_CHUNK_SIZE
            return self._feed(view[offset:], final)

        try:
            status = self._run(parse)
        except BaseException as error:
            self._raised(error)
            raise
        return self._result(status)

    def ParseFile(self, file: Any, /) -> int:
        """Parse XML data from file-like object."""
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")

        def parse() -> int:
            sb = self._sb
            while True:
                buffer = sb.XML_GetBuffer(self._parser, BUF_SIZE) & 0xFFFFFFFF
                if not buffer:
                    return 0
                data = read(BUF_SIZE)
                if not isinstance(data, (bytes, bytearray)):
                    raise TypeError(f"read() did not return a bytes object "
                                    f"(type={type(data).__name__})")
                if len(data) > BUF_SIZE:
                    raise ValueError(f"read() returned too much data: {BUF_SIZE} bytes "
                                     f"requested, {len(data)} returned")
                sb.write(buffer, data)
                status: int = sb.XML_ParseBuffer(self._parser, len(data), not data)
                if not status or not data:
                    return status

        try:
            status = self._run(parse)
        except BaseException as error:
            self._raised(error)
            raise
        return self._result(status)

    # ---- the rest of pyexpat's methods --------------------------------------------------

    def SetBase(self, base: str, /) -> None:
        """Set the base URL for the parser."""
        if not isinstance(base, str):
            raise TypeError(f"SetBase() argument must be str, not {type(base).__name__}")
        if self._dead is None and not self._sb.XML_SetBase(self._parser, base):
            raise MemoryError

    def GetBase(self) -> str | None:
        """Return base URL string for the parser."""
        address = self._query(self._sb.XML_GetBase, 0) & 0xFFFFFFFF
        return self._sb.read_cstring(address).decode() if address else None

    def GetInputContext(self) -> bytes | None:
        """Return the untranslated text of the input that caused the current event.

        If the event was generated by a large amount of text (such as a start tag
        for an element with many attributes), not all of the text may be available."""
        if self._dead is not None:
            return None
        offset_size = bytearray(8)
        buffer = self._sb.sbx_input_context(self._sbx, offset_size) & 0xFFFFFFFF
        if not buffer:
            return None
        offset, size = struct.unpack("<ii", offset_size)
        data: bytes = self._sb.read(buffer + offset, size - offset)
        return data

    def ExternalEntityParserCreate(self, context: str | None, encoding: Any = _UNSET,
                                   /) -> xmlparser:
        """Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler."""  # noqa: E501
        context = _optional_str("ExternalEntityParserCreate", "1", context)
        if encoding is _UNSET:
            encoding = None
        elif not isinstance(encoding, str):
            raise TypeError(f"ExternalEntityParserCreate() argument 2 must be str, not "
                            f"{type(encoding).__name__}")
        if self._dead is not None:
            raise self._died(self._dead) from self._dead
        sbx = self._sb.sbx_create_child(self._sbx, context, encoding) & 0xFFFFFFFF
        if not sbx:
            raise MemoryError
        child = xmlparser._make(self._box, sbx, self._core.intern, self)
        core, child_core = self._core, child._core
        child_core.buffer_size = core.buffer_size
        child_core.text = None if core.text is None else []
        child_core.ordered_attributes = core.ordered_attributes
        child_core.specified_attributes = core.specified_attributes
        child._namespace_prefixes = self._namespace_prefixes
        for index, name in enumerate(HANDLER_NAMES):
            handler = getattr(core, name)
            if handler is not None:
                child._set_handler(index, name, handler)
        return child

    def SetParamEntityParsing(self, flag: int, /) -> int:
        """Controls parsing of parameter entities (including the external DTD subset).

        Possible flag values are XML_PARAM_ENTITY_PARSING_NEVER,
        XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE and
        XML_PARAM_ENTITY_PARSING_ALWAYS. Returns true if setting the flag
        was successful."""
        flag = operator.index(flag)
        if not -2**31 <= flag < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        result: int = self._sb.XML_SetParamEntityParsing(self._parser, flag % 2**32)
        return result

    def UseForeignDTD(self, flag: Any = True, /) -> None:
        """Allows the application to provide an artificial external subset if one is not specified as part of the document instance.

        This readily allows the use of a 'default' document type controlled by the
        application, while still getting the advantage of providing document type
        information to the parser. 'flag' defaults to True if not provided."""  # noqa: E501
        code = self._sb.XML_UseForeignDTD(self._parser, 1 if flag else 0)
        if code:
            raise self._error(code)

    def GetReparseDeferralEnabled(self) -> bool:
        """Retrieve reparse deferral enabled status; always returns false with Expat <2.6.0."""
        return False

    def SetReparseDeferralEnabled(self, enabled: Any, /) -> None:
        """Enable/Disable reparse deferral; enabled by default with Expat >=2.6.0."""
        bool(enabled)  # expat 2.5.0 has no reparse deferral: nothing to change

    def StopParser(self, resumable: Any = False, /) -> None:
        """XML_StopParser (not in pyexpat): from a handler, end the parse; Parse() then
        raises ExpatError "parsing aborted"."""
        code = self._sb.XML_StopParser(self._parser, 1 if resumable else 0)
        if code == _expat.XML_STATUS_ERROR:
            raise self._error(self._sb.XML_GetErrorCode(self._parser))

    # ---- handlers -----------------------------------------------------------------------

    def _set_handler(self, index: int, name: str, value: Any) -> None:
        core = self._core
        if index == CHARACTER_DATA:
            core.flush()  # what was buffered goes to the handler it was buffered for
        was_set = getattr(core, name) is not None
        setattr(core, name, value)
        if (value is not None) == was_set or self._dead is not None:
            return  # expat's side is already right
        address = 0
        if value is not None:
            callback = self._callbacks[index]
            if callback is None:
                _, factory, answers = HANDLERS[index]
                callback = self._sb.callback(factory(core, self._sb.read),
                                             QUERY if answers else EVENT)
                self._callbacks[index] = callback
            address = callback.address
        self._sb.sbx_set_handler(self._sbx, index, address)

    # ---- options ------------------------------------------------------------------------

    @property
    def buffer_text(self) -> bool:
        return self._core.text is not None

    @buffer_text.setter
    def buffer_text(self, value: Any) -> None:
        core = self._core
        if value:
            if core.text is None:
                core.text = []
                core.text_used = 0
        elif core.text is not None:
            core.flush()
            core.text = None

    @buffer_text.deleter
    def buffer_text(self) -> None:
        raise RuntimeError("Cannot delete attribute")

    @property
    def buffer_size(self) -> int:
        return self._core.buffer_size

    @buffer_size.setter
    def buffer_size(self, value: Any) -> None:
        if not isinstance(value, int):
            raise TypeError("buffer_size must be an integer")
        if value > sys.maxsize or value < -sys.maxsize - 1:
            raise OverflowError("Python int too large to convert to C long")
        if value <= 0:
            raise ValueError("buffer_size must be greater than zero")
        core = self._core
        if value == core.buffer_size:
            return
        if value > INT_MAX:
            raise ValueError(f"buffer_size must not be greater than {INT_MAX}")
        core.flush()
        # As in pyexpat, a new size also turns buffering on.
        core.text = []
        core.text_used = 0
        core.buffer_size = int(value)

    @buffer_size.deleter
    def buffer_size(self) -> None:
        raise RuntimeError("Cannot delete attribute")

    @property
    def buffer_used(self) -> int:
        return self._core.text_used

    @property
    def namespace_prefixes(self) -> bool:
        return self._namespace_prefixes

    @namespace_prefixes.setter
    def namespace_prefixes(self, value: Any) -> None:
        flag = bool(value)
        if self._dead is None:
            self._sb.XML_SetReturnNSTriplet(self._parser, flag)
        self._namespace_prefixes = flag

    @namespace_prefixes.deleter
    def namespace_prefixes(self) -> None:
        raise RuntimeError("Cannot delete attribute")

    ordered_attributes = _core_flag("ordered_attributes")
    specified_attributes = _core_flag("specified_attributes")

    @property
    def intern(self) -> dict[Any, Any] | None:
        return self._core.intern

    # ---- positions and errors -----------------------------------------------------------

    CurrentLineNumber = _position("XML_GetCurrentLineNumber", 0)
    CurrentColumnNumber = _position("XML_GetCurrentColumnNumber", 0)
    CurrentByteIndex = _position("XML_GetCurrentByteIndex", -1)
    ErrorCode = _position("XML_GetErrorCode", _expat.XML_ERROR_ABORTED)
    # pyexpat reads the error's position from the same expat functions.
    ErrorLineNumber = CurrentLineNumber
    ErrorColumnNumber = CurrentColumnNumber
    ErrorByteIndex = CurrentByteIndex


def _handler_property(index: int, name: str) -> property:
    def get(self: xmlparser) -> Any:
        return getattr(self._core, name)

    def put(self: xmlparser, value: Any) -> None:
        self._set_handler(index, name, value)

    def delete(self: xmlparser) -> None:
        raise RuntimeError("Cannot delete attribute")

    return property(get, put, delete)


for _index, _name in enumerate(HANDLER_NAMES):
    setattr(xmlparser, _name, _handler_property(_index, _name))
del _index, _name


def ParserCreate(encoding: str | None = None, namespace_separator: str | None = None,
                 intern: Any = _UNSET) -> xmlparser:
    """Return a new XML parser object."""
    encoding = _optional_str("ParserCreate", "'encoding'", encoding)
    namespace_separator = _optional_str("ParserCreate", "'namespace_separator'",
                                        namespace_separator)
    if namespace_separator is not None and len(namespace_separator.encode("utf-8")) > 1:
        raise ValueError("namespace_separator must be at most one character, omitted, or None")
    if intern is _UNSET:
        intern = {}
    elif intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    box = _Box()
    try:
        sbx = box.sb.sbx_create(encoding, namespace_separator, _salt()) & 0xFFFFFFFF
    except BaseException:
        box.sb.close()
        raise
    if not sbx:
        box.sb.close()
        raise MemoryError
    return xmlparser._make(box, sbx, intern, None)


"""Little readers for the WebAssembly binary encoding (LEB128 integers, names)."""

from __future__ import annotations


class WasmFormatError(ValueError):
    """The bytes are not a well-formed WebAssembly module or object file."""


class Reader:
    """A cursor over bytes that raises WasmFormatError instead of reading past the end."""

    def __init__(self, data: bytes, start: int = 0, end: int | None = None) -> None:
        self.data = data
        self.pos = start
        self.end = len(data) if end is None else end
        if self.end > len(data):
            raise WasmFormatError("section runs past the end of the file")

    def at_end(self) -> bool:
        return self.pos >= self.end

    def byte(self) -> int:
        if self.pos >= self.end:
            raise WasmFormatError("unexpected end of data")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def bytes(self, n: int) -> bytes:
        if n < 0 or self.pos + n > self.end:
            raise WasmFormatError("unexpected end of data")
        value = self.data[self.pos:self.pos + n]
        self.pos += n
        return value

    def u32(self) -> int:
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                break
            shift += 7
            if shift > 35:
                raise WasmFormatError("LEB128 integer too long")
        if result > 0xFFFFFFFF:
            raise WasmFormatError("LEB128 integer out of range")
        return result

    def name(self) -> str:
        raw = self.bytes(self.u32())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise WasmFormatError("name is not valid UTF-8") from None

    def sub(self, size: int) -> Reader:
        if self.pos + size > self.end:
            raise WasmFormatError("section runs past the end of its parent")
        reader = Reader(self.data, self.pos, self.pos + size)
        self.pos += size
        return reader


MAGIC = b"\0asm"


def sections(data: bytes) -> list[tuple[int, Reader]]:
    """(section id, reader over its payload) for each section of a module or object."""
    if data[:4] != MAGIC:
        raise WasmFormatError("not a WebAssembly binary (bad magic number)")
    if data[4:8] != b"\x01\x00\x00\x00":
        raise WasmFormatError("unsupported WebAssembly binary version")
    reader = Reader(data, 8)
    found = []
    while not reader.at_end():
        section_id = reader.byte()
        found.append((section_id, reader.sub(reader.u32())))
    return found

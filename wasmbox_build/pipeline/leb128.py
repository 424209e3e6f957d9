"""Little readers for the WebAssembly binary encoding (LEB128 integers, names)."""

from __future__ import annotations


class WasmFormatError(ValueError):
    """The bytes are not a well-formed WebAssembly module or object file."""


class Reader:
    """A cursor over a byte range that raises WasmFormatError (naming the position)
    instead of reading past its end."""

    def __init__(self, data: bytes, start: int = 0, end: int | None = None) -> None:
        self.data = data
        self.pos = start
        self.end = len(data) if end is None else end
        if self.end > len(data):
            raise WasmFormatError("section runs past the end of the file")

    def error(self, message: str) -> WasmFormatError:
        return WasmFormatError(f"{message} (at byte {self.pos})")

    def at_end(self) -> bool:
        return self.pos >= self.end

    def byte(self) -> int:
        if self.pos >= self.end:
            raise self.error("unexpected end of data")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def bytes(self, n: int) -> bytes:
        if n < 0 or n > self.end - self.pos:
            raise self.error(f"unexpected end of data (needed {n} bytes)")
        value = self.data[self.pos:self.pos + n]
        self.pos += n
        return value

    def uleb(self, bits: int = 32) -> int:
        """An unsigned LEB128 integer of at most ``bits`` bits."""
        start = self.pos
        result = shift = 0
        max_bytes = (bits + 6) // 7
        for _ in range(max_bytes):
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                if result >> bits:
                    self.pos = start
                    raise self.error(f"integer too large for u{bits}")
                return result
        self.pos = start
        raise self.error(f"LEB128 integer longer than {max_bytes} bytes")

    def u32(self) -> int:
        return self.uleb(32)

    def name(self) -> str:
        raw = self.bytes(self.uleb())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise self.error("name is not valid UTF-8") from None

    def sub(self, size: int) -> Reader:
        if size > self.end - self.pos:
            raise self.error("section runs past the end of its parent")
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

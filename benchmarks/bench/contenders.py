"""Every contender behind one raw API, so the driver code is the same for all.

A contender gives: alloc(size | bytes) -> ptr, free(ptr), read(ptr, n) -> bytes,
write(ptr, data), func(name) -> a callable taking integer arguments; `word` is the
byte size of the library's size_t/uLong (4 in wasm32, 8 natively) and `mask` turns a
result into the library's unsigned reading (wasm results come back signed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar, Protocol


class RawAPI(Protocol):
    word: int
    mask: int

    def alloc(self, size_or_data: int | bytes) -> int: ...
    def free(self, ptr: int) -> None: ...
    def read(self, ptr: int, n: int) -> bytes: ...
    def write(self, ptr: int, data: bytes) -> None: ...
    def func(self, name: str) -> Callable[..., int]: ...
    def close(self) -> None: ...


class SandboxAPI:
    """A wasmbox sandbox: the module's own Sandbox object is the raw API."""

    word = 4
    mask = 0xFFFFFFFF

    def __init__(self, module: ModuleType) -> None:
        self.sb = module.Sandbox()
        self.alloc = self.sb.alloc
        self.free = self.sb.free
        self.read = self.sb.read
        self.write = self.sb.write

    def func(self, name: str) -> Callable[..., int]:
        return getattr(self.sb.exports, name)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.sb.close()


class NativeAPI:
    """A native extension with the same methods (benchmarks/native/rawapi.h)."""

    word = 8
    mask = 0xFFFFFFFFFFFFFFFF

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.alloc = module.alloc
        self.free = module.free
        self.read = module.read
        self.write = module.write

    def func(self, name: str) -> Callable[..., int]:
        return getattr(self.module, name)  # type: ignore[no-any-return]

    def close(self) -> None:
        pass


class WasmtimeAPI:
    """wasmtime-py running the sandbox's own .wasm (compiled once per process)."""

    word = 4
    mask = 0xFFFFFFFF
    _modules: ClassVar[dict[Path, Any]] = {}
    _engine: ClassVar[Any] = None

    def __init__(self, wasm: Path) -> None:
        import wasmtime

        if WasmtimeAPI._engine is None:
            WasmtimeAPI._engine = wasmtime.Engine()
        engine = WasmtimeAPI._engine
        if wasm not in self._modules:
            self._modules[wasm] = wasmtime.Module.from_file(engine, str(wasm))
        module = self._modules[wasm]
        self.store = wasmtime.Store(engine)
        if module.imports:  # WASI: give it nothing, as the sandbox's default policy
            linker = wasmtime.Linker(engine)
            linker.define_wasi()
            self.store.set_wasi(wasmtime.WasiConfig())
            instance = linker.instantiate(self.store, module)
        else:
            instance = wasmtime.Instance(self.store, module, [])
        # (wasmtime types each export as a union of every kind of export)
        exports: Any = instance.exports(self.store)
        self.exports = exports
        if "_initialize" in exports:
            exports["_initialize"](self.store)
        self.memory: Any = self.exports["memory"]
        self._malloc: Any = self.exports["malloc"]
        self._free: Any = self.exports["free"]

    def alloc(self, size_or_data: int | bytes) -> int:
        data = None if isinstance(size_or_data, int) else size_or_data
        size = size_or_data if isinstance(size_or_data, int) else len(size_or_data)
        ptr = self._malloc(self.store, size or 1)
        if not ptr:
            raise MemoryError("wasmtime: malloc failed")
        if data:
            self.memory.write(self.store, data, ptr)
        return int(ptr)

    def free(self, ptr: int) -> None:
        self._free(self.store, ptr)

    def read(self, ptr: int, n: int) -> bytes:
        return bytes(self.memory.read(self.store, ptr, ptr + n))

    def write(self, ptr: int, data: bytes) -> None:
        self.memory.write(self.store, data, ptr)

    def func(self, name: str) -> Callable[..., int]:
        fn = self.exports[name]
        store = self.store
        return lambda *args: fn(store, *args)

    def close(self) -> None:
        pass


class WasmextAPI:
    """An instance of a module that wasmext built from the sandbox's own .wasm. Its
    exports are methods; its memory is a fresh memoryview per access (released at once:
    without guard pages a live view stops the memory from growing)."""

    word = 4
    mask = 0xFFFFFFFF

    def __init__(self, module: ModuleType) -> None:
        self.instance = module.Instance()
        self._malloc = self.instance.malloc
        self._free = self.instance.free

    def alloc(self, size_or_data: int | bytes) -> int:
        data = None if isinstance(size_or_data, int) else size_or_data
        size = size_or_data if isinstance(size_or_data, int) else len(size_or_data)
        ptr = self._malloc(size or 1) & self.mask
        if not ptr:
            raise MemoryError("wasmext: malloc failed")
        if data:
            self.write(ptr, data)
        return int(ptr)

    def free(self, ptr: int) -> None:
        self._free(ptr)

    def read(self, ptr: int, n: int) -> bytes:
        with self.instance.memory as view:
            return bytes(view[ptr:ptr + n])

    def write(self, ptr: int, data: bytes) -> None:
        with self.instance.memory as view:
            view[ptr:ptr + len(data)] = data

    def func(self, name: str) -> Callable[..., int]:
        return getattr(self.instance, name)  # type: ignore[no-any-return]

    def close(self) -> None:
        pass

"""B1-B6: each function measures one thing and returns a JSON-able dict."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from . import projects, timing
from .contenders import NativeAPI, RawAPI, SandboxAPI, WasmextAPI, WasmtimeAPI
from .paths import REPO, WORK

# ---- B1/B2: a real library on a 10 MiB corpus -----------------------------------------


class Codec:
    """compress(level) / decompress() on one contender, through its raw API only."""

    def __init__(self, api: RawAPI, data: bytes, zlib: bool) -> None:
        self.api, self.data, self.zlib = api, data, zlib
        n = len(data)
        self.fmt = "<I" if api.word == 4 else "<Q"
        prefix = "" if zlib else "ZSTD_"
        self.bound = api.func(f"{prefix}compressBound")(n) & api.mask
        self.src = api.alloc(max(n, self.bound))
        self.dst = api.alloc(self.bound)
        self.out = api.alloc(n)
        self.cell = api.alloc(8)
        self.compressed = b""
        if zlib:
            self._compress2 = api.func("compress2")
            self._uncompress = api.func("uncompress")
        else:
            self._compress = api.func("ZSTD_compress")
            self._decompress = api.func("ZSTD_decompress")
            self._is_error = api.func("ZSTD_isError")

    def compress(self, level: int) -> bytes:
        api, n = self.api, len(self.data)
        api.write(self.src, self.data)
        if self.zlib:
            api.write(self.cell, struct.pack(self.fmt, self.bound))
            rc = self._compress2(self.dst, self.cell, self.src, n, level)
            if rc != 0:
                raise RuntimeError(f"compress2 failed: {rc}")
            size = struct.unpack(self.fmt, api.read(self.cell, api.word))[0]
        else:
            size = self._compress(self.dst, self.bound, self.src, n, level) & api.mask
            if self._is_error(size):
                raise RuntimeError("ZSTD_compress failed")
        return api.read(self.dst, size)

    def decompress(self) -> bytes:
        api, n, packed = self.api, len(self.data), self.compressed
        api.write(self.src, packed)
        if self.zlib:
            api.write(self.cell, struct.pack(self.fmt, n))
            rc = self._uncompress(self.out, self.cell, self.src, len(packed))
            if rc != 0:
                raise RuntimeError(f"uncompress failed: {rc}")
            size = struct.unpack(self.fmt, api.read(self.cell, api.word))[0]
        else:
            size = self._decompress(self.out, n, self.src, len(packed)) & api.mask
            if self._is_error(size):
                raise RuntimeError("ZSTD_decompress failed")
        return api.read(self.out, size)


def bench_codec(apis: dict[str, RawAPI], data: bytes, zlib: bool, levels: tuple[int, ...],
                rounds: int) -> dict[str, Any]:
    codecs = {name: Codec(api, data, zlib) for name, api in apis.items()}
    # Every contender must produce the very same bytes (same source, same level).
    for level in levels:
        outputs = {name: c.compress(level) for name, c in codecs.items()}
        if len(set(outputs.values())) != 1:
            sizes = {name: len(o) for name, o in outputs.items()}
            raise SystemExit(f"compress level {level}: contenders disagree: {sizes}")
    reference = codecs["native"].compress(levels[len(levels) // 2])
    for c in codecs.values():
        c.compressed = reference
        if c.decompress() != data:
            raise SystemExit("decompress did not give the corpus back")
    def compressor(level: int) -> Callable[[Codec], Any]:
        return lambda c: c.compress(level)

    ops: dict[str, Callable[[Codec], Any]] = {
        **{f"compress L{lv}": compressor(lv) for lv in levels},
        "decompress": Codec.decompress,
    }
    results: dict[str, Any] = {"ops": {}, "sizes": {
        f"L{lv}": len(codecs["native"].compress(lv)) for lv in levels}}
    for op, fn in ops.items():
        samples = timing.interleave({n: functools.partial(fn, c) for n, c in codecs.items()},
                                    rounds)
        results["ops"][op] = compare(samples, "native")
    for api in apis.values():
        api.close()
    return results


def compare(samples: dict[str, list[float]], baseline: str) -> dict[str, Any]:
    """Times, and ratios to `baseline` per round; a contender built by clang (its name
    ends in "clang") is compared with the baseline built by clang, if there is one."""
    out = {}
    for name, s in samples.items():
        base = f"{baseline} clang" if name.endswith("clang") else baseline
        base = base if base in samples else baseline
        out[name] = {"seconds": timing.summary(s), "ratio": timing.round_ratios(s, samples[base]),
                     "baseline": base}
    return out


def geomeans(result: dict[str, Any]) -> dict[str, float]:
    """Geometric mean over the operations of each contender's median per-round ratio."""
    names = next(iter(result["ops"].values())).keys()
    return {name: timing.geomean([op[name]["ratio"]["median"] for op in result["ops"].values()])
            for name in names}


def codec_contenders(built: dict[str, projects.Project], modules: dict[str, ModuleType],
                     peers: dict[str, ModuleType] | None = None,
                     wasm: Path | None = None) -> dict[str, RawAPI]:
    """Every build of `built` behind the raw API, then wasmext's builds (`peers`) and
    wasmtime-py on `wasm` (projects.portable's)."""
    apis: dict[str, RawAPI] = {}
    for name, project in built.items():
        apis[name] = SandboxAPI(modules[name]) if project.sandboxed else NativeAPI(modules[name])
    for name, module in (peers or {}).items():
        apis[name] = WasmextAPI(module)
    if wasm is not None:
        apis["wasmtime"] = WasmtimeAPI(wasm)
    return apis


# ---- B9: Lua, CPU-bound and error-heavy ------------------------------------------------

# CPU-bound scripts, each a few hundred ms natively, and the error loop: every pcall'd
# error() is a longjmp in C, a wasm exception caught inside the sandbox.
LUA_SCRIPTS = {
    "fib(27)": "local function fib(n) if n < 2 then return n end "
               "return fib(n - 1) + fib(n - 2) end return fib(27)",
    "loops": "local s = 0 for i = 1, 6000000 do s = (s + i * 7) % 1000003 end "
             "local x = 0.0 for i = 1, 1000000 do x = x + i / 3 end "
             "return s .. ' ' .. string.format('%.3f', x)",
    "string building": "local t = {} for i = 1, 200000 do "
                       "t[#t + 1] = string.format('%d:%x', i, i * 3) .. 'ab' end "
                       "local s = table.concat(t, ',') local n = 0 "
                       "for w in s:gmatch('%x+') do n = n + #w end "
                       "return #s .. ' ' .. n .. ' ' .. #s:gsub('ab', 'xyz')",
    "table sort": "local t = {} for i = 1, 300000 do t[i] = (i * 7919) % 100003 end "
                  "table.sort(t) local u = {} for i = 1, 100000 do u[i] = tostring(t[i]) end "
                  "table.sort(u) return t[1000] .. ' ' .. u[1000]",
}
LUA_ERROR_LOOP = ("pcall(error) x 300,000",
                  "local n = 0 for i = 1, 300000 do if not pcall(error, i) then n = n + 1 end "
                  "end return n")


class LuaRunner:
    """A Lua state (lua_glue.c) in one contender, driven through its raw API."""

    def __init__(self, api: RawAPI) -> None:
        self.api = api
        self.state = api.func("lua_glue_new")(0) & api.mask
        if not self.state:
            raise SystemExit("lua_glue_new failed")
        self._run = api.func("lua_glue_run")
        self.out = api.alloc(256)
        self.chunks: dict[str, tuple[int, int]] = {}

    def run(self, script: str) -> bytes:
        if script not in self.chunks:
            source = script.encode()
            self.chunks[script] = (self.api.alloc(source), len(source))
        chunk, size = self.chunks[script]
        status = self._run(self.state, chunk, size, self.out, 256)
        text = self.api.read(self.out, 256).split(b"\0", 1)[0]
        if status != 0:
            raise SystemExit(f"Lua error {status}: {text.decode(errors='replace')}")
        return text

    def close(self) -> None:
        self.api.func("lua_glue_close")(self.state)


def bench_lua(apis: dict[str, RawAPI], rounds: int) -> dict[str, Any]:
    """Each script on every contender, interleaved; outputs must be identical."""
    runners = {name: LuaRunner(api) for name, api in apis.items()}
    scripts = {**LUA_SCRIPTS, LUA_ERROR_LOOP[0]: LUA_ERROR_LOOP[1]}
    results: dict[str, Any] = {"ops": {}, "outputs": {}, "cpu": list(LUA_SCRIPTS)}
    for op, script in scripts.items():
        outputs = {name: runner.run(script) for name, runner in runners.items()}
        if len(set(outputs.values())) != 1:
            raise SystemExit(f"Lua {op}: contenders disagree: {outputs}")
        results["outputs"][op] = outputs["native"].decode()
        samples = timing.interleave(
            {name: functools.partial(runner.run, script) for name, runner in runners.items()},
            rounds)
        results["ops"][op] = compare(samples, "native")
    for runner in runners.values():
        runner.close()
    for api in apis.values():
        api.close()
    return results


# ---- B10: a C++ library, snappy --------------------------------------------------------


class SnappyCodec:
    """snappy_compress / snappy_uncompress on one contender, through its raw API only."""

    def __init__(self, api: RawAPI, data: bytes) -> None:
        self.api, self.data = api, data
        n = len(data)
        self.fmt = "<I" if api.word == 4 else "<Q"
        self.bound = api.func("snappy_max_compressed_length")(n) & api.mask
        self.src = api.alloc(max(n, self.bound))
        self.dst = api.alloc(self.bound)
        self.out = api.alloc(n)
        self.cell = api.alloc(8)
        self.compressed = b""
        self._compress = api.func("snappy_compress")
        self._uncompress = api.func("snappy_uncompress")

    def _call(self, fn: Callable[..., int], src: bytes, dst: int, room: int) -> int:
        api = self.api
        api.write(self.src, src)
        api.write(self.cell, struct.pack(self.fmt, room))
        rc = fn(self.src, len(src), dst, self.cell)
        if rc != 0:
            raise RuntimeError(f"snappy failed: status {rc}")
        return int(struct.unpack(self.fmt, api.read(self.cell, api.word))[0])

    def compress(self) -> bytes:
        return self.api.read(self.dst, self._call(self._compress, self.data, self.dst,
                                                  self.bound))

    def decompress(self) -> bytes:
        return self.api.read(self.out, self._call(self._uncompress, self.compressed, self.out,
                                                  len(self.data)))


def bench_snappy(apis: dict[str, RawAPI], data: bytes, rounds: int) -> dict[str, Any]:
    codecs = {name: SnappyCodec(api, data) for name, api in apis.items()}
    outputs = {name: c.compress() for name, c in codecs.items()}
    if len(set(outputs.values())) != 1:
        sizes = {name: len(o) for name, o in outputs.items()}
        raise SystemExit(f"snappy: contenders disagree: {sizes}")
    reference = outputs["native"]
    for c in codecs.values():
        c.compressed = reference
        if c.decompress() != data:
            raise SystemExit("snappy: decompress did not give the corpus back")
    results: dict[str, Any] = {"ops": {}, "sizes": {"compressed": len(reference)}}
    for op, fn in (("compress", SnappyCodec.compress), ("decompress", SnappyCodec.decompress)):
        samples = timing.interleave({n: functools.partial(fn, c) for n, c in codecs.items()},
                                    rounds)
        results["ops"][op] = compare(samples, "native")
    for api in apis.values():
        api.close()
    return results


def lua_geomeans(result: dict[str, Any]) -> dict[str, float]:
    """Each contender's geomean ratio over the CPU-bound scripts only."""
    cpu = {k: v for k, v in result["ops"].items() if k in result["cpu"]}
    return geomeans({"ops": cpu})


# ---- B13: CPU-bound work, in the manner of CoreMark ---------------------------------------

# native/cpukernel.c's four kernels and their arguments: each ~25-55 ms natively (gcc -O3).
CPU_KERNELS = {"linked list": ("cpu_list", (4096, 80, 1)),
               "matrix": ("cpu_matrix", (64, 240, 2)),
               "state machine": ("cpu_state", (65536, 200, 3)),
               "calls (tree walk)": ("cpu_calls", (8192, 2000, 4))}


def bench_cpu(apis: dict[str, RawAPI], rounds: int) -> dict[str, Any]:
    """Each kernel on every contender, interleaved; the checksums must agree."""
    results: dict[str, Any] = {"ops": {}, "outputs": {}}
    for op, (name, args) in CPU_KERNELS.items():
        calls: dict[str, Callable[[], Any]] = {
            contender: functools.partial(api.func(name), *args)
                 for contender, api in apis.items()}
        outputs = {contender: call() & 0xFFFFFFFF for contender, call in calls.items()}
        if len(set(outputs.values())) != 1:
            raise SystemExit(f"B13 {op}: contenders disagree: {outputs}")
        results["outputs"][op] = f"{outputs['native']:08x}"
        results["ops"][op] = compare(timing.interleave(calls, rounds), "native")
    for api in apis.values():
        api.close()
    return results


# ---- B3: crossing the boundary -----------------------------------------------------------


def bench_boundary(modules: dict[str, ModuleType], wasm: Path, rounds: int,
                   peers: dict[str, ModuleType] | None = None) -> dict[str, Any]:
    native = modules["native"]
    contenders: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {
        "native": (native.add, (1, 2)),
        "native, GIL released": (native.add_nogil, (1, 2)),
    }
    sandboxes = []
    for name, module in modules.items():
        if not name.startswith("native"):
            sb = module.Sandbox()
            sandboxes.append(sb)
            contenders[f"sandbox {name}"] = (sb.add, (1, 2))
            contenders[f"sandbox {name}, module function"] = (module.add, (1, 2))
    for name, module in (peers or {}).items():
        contenders[name] = (module.Instance().add, (1, 2))
    wt = WasmtimeAPI(wasm)
    wasmtime_add: Callable[..., Any] = wt.exports["add"]
    contenders["wasmtime"] = (wasmtime_add, (wt.store, 1, 2))
    for fn, args in contenders.values():
        assert fn(*args) == 3
    samples = timing.interleave_calls(contenders, rounds)
    for sb in sandboxes:
        sb.close()
    return compare(samples, "native, GIL released")


# ---- B7: the sandbox calls Python ----------------------------------------------------------

# wasmtime-py's side of B7: the same loop in wasm, calling an imported host function.
_WASMTIME_LOOP = """
(module
  (import "env" "host" (func $host (param i32 i32) (result i32)))
  (func (export "loop") (param $n i32) (result i32) (local $i i32) (local $s i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $s (call $host (local.get $i) (local.get $s)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $s)))
"""


def bench_callbacks(modules: dict[str, ModuleType], rounds: int) -> dict[str, Any]:
    """A loop in C calls a Python function (two ints in, an int out) n times: from a
    sandbox (callback.c, the function a Callback), from a native extension (the same C,
    calling PyObject_Vectorcall, with the GIL held, and with it released in C and taken
    back per call as a sandbox does) and from wasmtime-py (an imported host function)."""
    import wasmtime

    def step(a: int, b: int) -> int:
        return b + 1

    native = modules["native"]
    loops: dict[str, Callable[[int], Any]] = {
        "native": functools.partial(native.loop, step),
        "native, GIL released in C": functools.partial(native.loop_nogil, step)}
    sandboxes = []
    for name, module in modules.items():
        if not name.startswith("native"):
            sb = module.Sandbox()
            sandboxes.append(sb)
            callback = sb.callback(step, "binop_fn")
            loops[f"sandbox {name}"] = functools.partial(sb.loop, callback)
    store = wasmtime.Store()
    host = wasmtime.Func(store, wasmtime.FuncType([wasmtime.ValType.i32()] * 2,
                                                  [wasmtime.ValType.i32()]), step)
    instance = wasmtime.Instance(store, wasmtime.Module(store.engine, _WASMTIME_LOOP), [host])
    wasm_loop: Any = instance.exports(store)["loop"]
    loops["wasmtime"] = functools.partial(wasm_loop, store)
    for name, run in loops.items():
        if run(1000) != 1000:
            raise SystemExit(f"B7: {name} computed the wrong sum")
    # Each sample runs about 40 ms of round trips; seconds per round trip.
    counts = {name: max(100, int(0.04 / _per_call(run))) for name, run in loops.items()}
    samples = timing.interleave({name: functools.partial(run, counts[name])
                                 for name, run in loops.items()}, rounds)
    per_call = {name: [s / counts[name] for s in values] for name, values in samples.items()}
    for sb in sandboxes:
        sb.close()
    return compare(per_call, "native")


def _per_call(run: Callable[[int], Any]) -> float:
    n = 1000
    while True:
        start = timing.clock()
        run(n)
        elapsed = timing.clock() - start
        if elapsed > 0.005:
            return elapsed / n
        n *= 4


# ---- B8: expat, the library calling Python for every event --------------------------------


def _expat_workloads() -> dict[str, Callable[[Any], Callable[[], Any]]]:
    """Each workload: given a module with pyexpat's API, a function that parses the
    document (set by bench_expat) and returns what it computed."""

    def no_handlers(module: Any) -> Callable[[], Any]:
        def run() -> Any:
            return module.ParserCreate().Parse(_DOCUMENT[0], True)
        return run

    def counting(module: Any) -> Callable[[], Any]:
        # What a handler typically does with an event: a little bookkeeping.
        def run() -> Any:
            parser = module.ParserCreate()
            names: dict[str, int] = {}
            totals = [0, 0, 0]

            def start(name: str, attrs: dict[str, str]) -> None:
                names[name] = names.get(name, 0) + 1
                totals[0] += len(attrs)

            def end(name: str) -> None:
                totals[1] += 1

            def text(data: str) -> None:
                totals[2] += len(data)

            parser.StartElementHandler = start
            parser.EndElementHandler = end
            parser.CharacterDataHandler = text
            parser.Parse(_DOCUMENT[0], True)
            return names, totals
        return run

    def empty(module: Any) -> Callable[[], Any]:
        # Handlers that do nothing: the dispatch alone.
        def run() -> Any:
            parser = module.ParserCreate()
            events = [0]

            def start(name: str, attrs: dict[str, str]) -> None:
                pass

            def end(name: str) -> None:
                pass

            def text(data: str) -> None:
                pass

            parser.StartElementHandler = start
            parser.EndElementHandler = end
            parser.CharacterDataHandler = text
            parser.Parse(_DOCUMENT[0], True)
            return events
        return run

    return {"no handlers": no_handlers, "start/end/text handlers": counting,
            "start/end/text handlers doing nothing": empty}


_DOCUMENT: list[bytes] = [b""]


def bench_expat(modules: dict[str, ModuleType], document: bytes,
                rounds: int) -> dict[str, Any]:
    """Parse `document` (10 MiB) with the native pyexpat and with the sandboxed expat
    example (each memory-check mode): without handlers, with start/end/character-data
    handlers doing a little bookkeeping, and with handlers doing nothing."""
    import pyexpat

    _DOCUMENT[0] = document
    contenders: dict[str, Any] = {"native": pyexpat, **modules}
    results: dict[str, Any] = {"ops": {}, "document": len(document)}
    for workload, make in _expat_workloads().items():
        runs = {name: make(module) for name, module in contenders.items()}
        answers = {name: repr(run()) for name, run in runs.items()}
        if len(set(answers.values())) != 1:
            raise SystemExit(f"B8 {workload}: the parsers disagree")
        samples = timing.interleave(runs, rounds)
        results["ops"][workload] = compare(samples, "native")
    _DOCUMENT[0] = b""
    return results


# ---- B14: zlib as its users call it ----------------------------------------------------


def bench_public_zlib(packages: dict[str, ModuleType], data: bytes,
                      rounds: int) -> dict[str, Any]:
    """The example's drop-in zlib (`sandboxed_zlib.compress(data, 6)`, `.decompress(...)`:
    bytes in, bytes out, every copy and check a user pays) against the standard library's
    zlib module, which CPython links to the system's zlib."""
    import zlib

    packed = zlib.compress(data, 6)
    for name, package in packages.items():
        if package.compress(data, 6) != packed or package.decompress(packed) != data:
            raise SystemExit(f"B14: {name} does not give the standard library's bytes")
    ops: dict[str, dict[str, Callable[[], Any]]] = {
        "compress L6": {"native": functools.partial(zlib.compress, data, 6),
                        **{n: functools.partial(p.compress, data, 6)
                           for n, p in packages.items()}},
        "decompress": {"native": functools.partial(zlib.decompress, packed),
                       **{n: functools.partial(p.decompress, packed)
                          for n, p in packages.items()}},
    }
    return {"ops": {op: compare(timing.interleave(contenders, rounds), "native")
                    for op, contenders in ops.items()},
            "native": f"the standard library's zlib module (zlib {zlib.ZLIB_RUNTIME_VERSION})"}


# ---- B4: data across the boundary --------------------------------------------------------


def bench_crc32(apis: dict[str, RawAPI], native: ModuleType, sizes: tuple[int, ...],
                rounds: int) -> dict[str, Any]:
    import random

    results: dict[str, Any] = {}
    for size in sizes:
        data = random.Random(size).randbytes(size)
        expected = native.crc32_bytes(0, data)
        contenders: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {
            "native": (native.crc32_bytes, (0, data)),
        }
        buffers = []
        for name, api in apis.items():
            ptr = api.alloc(size)
            buffers.append((api, ptr))
            write, crc, mask = api.write, api.func("crc32"), api.mask

            def copy_in_and_crc(write: Any = write, crc: Any = crc, ptr: int = ptr,
                                mask: int = mask, data: bytes = data, size: int = size) -> int:
                write(ptr, data)
                return crc(0, ptr, size) & mask  # type: ignore[no-any-return]

            label = "native, copied in" if name == "native" else name
            contenders[label] = (copy_in_and_crc, ())
        for label, (fn, args) in contenders.items():
            if fn(*args) & 0xFFFFFFFF != expected:
                raise SystemExit(f"crc32 of {size} bytes: {label} disagrees")
        samples = timing.interleave_calls(contenders, rounds, seconds=0.03)
        results[_size_label(size)] = compare(samples, "native")
        for api, ptr in buffers:
            api.free(ptr)
    return results


def _size_label(size: int) -> str:
    return f"{size >> 20} MiB" if size >= 1 << 20 else f"{size >> 10} KiB"


# ---- B5: a sandbox's life ------------------------------------------------------------------


def bench_lifecycle(modules: dict[str, ModuleType], wasms: dict[str, Path],
                    rounds: int, peers: dict[str, ModuleType] | None = None) -> dict[str, Any]:
    """Create + first call + close, per module (tiny and zlib) and mode; for wasmext's
    builds (`peers`), create + first call + drop (an Instance has no close())."""
    contenders: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {}
    for label, module in modules.items():
        call = "add" if hasattr(module.Sandbox, "add") else "compressBound"

        def life(module: ModuleType = module, call: str = call) -> None:
            sb = module.Sandbox()
            getattr(sb, call)(1, 2) if call == "add" else getattr(sb, call)(100)
            sb.close()

        contenders[label] = (life, ())
    for label, module in (peers or {}).items():
        call = "add" if hasattr(module.Instance, "add") else "compressBound"

        def peer_life(module: ModuleType = module, call: str = call) -> None:
            instance = module.Instance()
            getattr(instance, call)(1, 2) if call == "add" else getattr(instance, call)(100)
            del instance

        contenders[label] = (peer_life, ())
    for label, wasm in wasms.items():
        WasmtimeAPI(wasm)  # compile once, outside the timing

        def wt_life(wasm: Path = wasm, tiny: bool = "tiny" in label) -> None:
            api = WasmtimeAPI(wasm)
            api.func("add")(1, 2) if tiny else api.func("compressBound")(100)

        contenders[label] = (wt_life, ())
    samples = timing.interleave_calls(contenders, rounds, seconds=0.05)
    return {name: timing.summary(s) for name, s in samples.items()}


_CAPACITY_SCRIPT = """
import os, resource, sys, time
sys.path.insert(0, {folder!r})
import {module} as m
page = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        size, resident = f.read().split()[:2]
    return int(size) * page, int(resident) * page
live = [m.{constructor}() for _ in range(10)]
size0, rss0 = rss()
live += [m.{constructor}() for _ in range({sample})]
size1, rss1 = rss()
per_rss = (rss1 - rss0) / {sample}
per_size = (size1 - size0) / {sample}
reason = "cap"
deadline = time.monotonic() + {seconds}
try:
    while len(live) < {cap}:
        live.append(m.{constructor}())
        if time.monotonic() > deadline:
            reason = "time limit"
            break
except MemoryError as error:
    reason = "MemoryError: " + str(error)
print(repr({{"rss_per_sandbox": per_rss, "address_space_per_sandbox": per_size,
            "live": len(live), "stopped_by": reason, "rss_total": rss()[1]}}))
"""


def bench_capacity(project: projects.Project | projects.WasmextProject, cap: int,
                   seconds: float) -> dict[str, Any]:
    """Memory per idle sandbox (or wasmext Instance), and how many live ones fit (in a
    child process)."""
    constructor = "Instance" if isinstance(project, projects.WasmextProject) else "Sandbox"
    script = _CAPACITY_SCRIPT.format(folder=str(project.folder), module=project.module,
                                     sample=500, cap=cap, seconds=seconds,
                                     constructor=constructor)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=seconds + 120, check=False)
    if result.returncode != 0:
        return {"error": f"exit {result.returncode}: {result.stderr.strip()[-400:]}"}
    return dict(eval(result.stdout.strip().splitlines()[-1]))  # our own repr() of a dict


# ---- B6: build time ----------------------------------------------------------------------


def build_python() -> tuple[str, str]:
    """A Python to build with, and what it is: a venv of its own holding only what a
    project's isolated build environment would (setuptools, wasmbox-build and its
    dependencies), so that setuptools plugins installed here (Cython's build_ext,
    scikit-build-core's hook: ~0.9 s per build on this machine) are not counted."""
    venv = WORK / "build-venv"
    python = venv / "bin" / "python"
    stamp = venv / "installed"
    if not stamp.is_file():
        shutil.rmtree(venv, ignore_errors=True)
        steps = [[sys.executable, "-m", "venv", str(venv)],
                 [str(python), "-m", "pip", "install", "--quiet", "-e", f"{REPO}[zig]"]]
        for argv in steps:
            if subprocess.run(argv, capture_output=True, text=True, check=False).returncode:
                return sys.executable, "this interpreter (a build venv could not be made)"
        stamp.write_text("ok\n")
    return str(python), "a venv with only setuptools and wasmbox-build[zig] (as pip's " \
                        "isolated build environment has)"


def bench_build(sandboxed: projects.Project, native: projects.Project, cc: str | None,
                repeats: int) -> dict[str, Any]:
    """Clean builds of the sandboxed and the native zlib extension, and a rebuild of the
    sandboxed one with nothing changed. The wasmbox cache is the suite's own, with the
    toolchain warm (zig has built its libc) but no cached wasm or wasm2c output; then a
    clean build of the same project in another folder, which finds its wasm and wasm2c
    output in that cache (as a second virtualenv or a CI job with the cache restored
    would): only the host compiler runs."""
    python, environment = build_python()
    cache = WORK / "cache"
    env_cache = {"WASMBOX_CACHE_DIR": str(cache)}
    scratch = Path(tempfile.mkdtemp(prefix="b6-", dir=WORK))
    saved = {k: os.environ.get(k) for k in env_cache}
    os.environ.update(env_cache)
    logs = WORK / "logs"
    try:
        projects.build(sandboxed, cc, scratch / "warm", log=logs / "b6-warm.log", python=python)
        clean_sbx, cached_sbx, clean_native, rebuild = [], [], [], []
        for i in range(repeats):
            # zig caches every C compile in its global cache (beside its libc, which a
            # real first build also finds built): a define nobody reads makes each
            # clean build compile the library afresh. The native build gets it too.
            nonce = {"define_macros": [("WASMBOX_BENCH_NONCE", str(time.time_ns()))]}
            shutil.rmtree(cache / "build-cache", ignore_errors=True)
            folder = scratch / f"sandboxed-{i}"
            # The host compile of wasm2c's output too: zig's clang (host_compiler=auto)
            # would find the same C with the same flags in zig's cache.
            host_nonce = {"extra_compile_args": [
                *sandboxed.options.get("extra_compile_args", []),
                f"-DWASMBOX_BENCH_NONCE={time.time_ns()}"]}
            project = dataclasses.replace(sandboxed, options={**sandboxed.options, **nonce,
                                                              **host_nonce})
            clean_sbx.append(projects.build(project, cc, folder, log=logs / "b6.log",
                                            python=python))
            for _ in range(2):
                rebuild.append(projects.build(project, cc, folder,
                                              log=logs / "b6-rebuild.log", python=python))
            cached_sbx.append(projects.build(project, cc, scratch / f"cached-{i}",
                                             log=logs / "b6-cached.log", python=python))
            project = dataclasses.replace(native, options={**native.options, **nonce})
            clean_native.append(projects.build(project, cc, scratch / f"native-{i}",
                                               log=logs / "b6-native.log", python=python))
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(scratch, ignore_errors=True)
    return {"clean sandboxed": timing.summary(clean_sbx),
            "clean sandboxed, cached wasm": timing.summary(cached_sbx),
            "clean native": timing.summary(clean_native),
            "no-change rebuild": timing.summary(rebuild),
            "ratio": timing.round_ratios(clean_sbx, clean_native),
            "cached ratio": timing.round_ratios(cached_sbx, clean_native),
            "environment": environment}


def dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n")


def machine() -> dict[str, str]:
    """What the numbers were taken on."""
    import platform

    def first_line(argv: list[str]) -> str:
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "?"

    cpu = "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import sysconfig

    cc = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    try:
        from importlib.metadata import version

        import wasmtime  # noqa: F401

        wasmtime_version = version("wasmtime")
    except Exception:
        wasmtime_version = "?"
    try:
        from importlib.metadata import version

        wasmext_version = version("wasmext")
    except Exception:
        wasmext_version = "?"
    from wasmbox_build.toolchain import resolve_toolchain

    toolchain = resolve_toolchain(None)
    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "host compiler": first_line([cc.split()[0], "--version"]),
        "wasm toolchain": f"{toolchain.provider} {toolchain.version}",
        "wasmtime-py": wasmtime_version,
        "wasmext": wasmext_version,
    }


def textblock(text: str) -> str:
    return textwrap.dedent(text).strip() + "\n"

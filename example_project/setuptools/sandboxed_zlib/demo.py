"""The sandboxed zlib, shown in four acts: round trip, byte identity, speed, a hostile input."""

from __future__ import annotations

import os
import random
import struct
import time
import zlib

import sandboxed_zlib as sz
from sandboxed_zlib import _zlib


def _corpus(size: int = 4 << 20) -> bytes:
    """Deterministic mixed data: text, structured records and noise."""
    rng = random.Random(1234)
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
             for _ in range(2000)]
    text = b" ".join(rng.choice(words) for _ in range(size // 12))
    records = b"".join(i.to_bytes(4, "little") + (i * 7 % 251).to_bytes(2, "little") * 3
                       for i in range(size // 40))
    noise = rng.randbytes(size // 8)
    return (text + records + noise)[:size]


def _cpu_seconds(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.thread_time()
    fn()
    return time.thread_time() - start


def _ratio(sandboxed, native, rounds: int = 7) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The best CPU time of each, measured in turns (this thread's CPU clock: a busy
    machine slows the wall clock, not the work), as (sandboxed, native)."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for i, fn in enumerate((sandboxed, native)):
            best[i] = min(best[i], _cpu_seconds(fn))
    return best[0], best[1]


def main() -> None:
    print(f"sandboxed zlib {sz.ZLIB_RUNTIME_VERSION} — built with "
          f"{_zlib.__wasmbox__['toolchain']}, memory check: {_zlib.__wasmbox__['memory_check']}")
    data = _corpus()

    packed = sz.compress(data, 6)
    assert sz.decompress(packed) == data
    stream = sz.decompressobj()
    pieces = [stream.decompress(packed[i:i + 4096]) for i in range(0, len(packed), 4096)]
    assert b"".join(pieces) + stream.flush() == data and stream.eof
    print(f"1. round trip: {len(data):,} bytes -> {len(packed):,} -> {len(data):,}  ok "
          "(one call, and a decompressobj fed 4 KiB at a time)")

    identical = all(sz.compress(data[:1 << 20], level) == zlib.compress(data[:1 << 20], level)
                    for level in range(1, 10))
    print(f"2. byte-identical to the standard library's zlib at levels 1-9: {identical}")

    sandboxed, native = _ratio(lambda: sz.compress(data, 6), lambda: zlib.compress(data, 6))
    print(f"3. compress level 6: sandboxed {sandboxed * 1e3:.1f} ms, standard library "
          f"{native * 1e3:.1f} ms of CPU time  (ratio {sandboxed / native:.2f}x; best of 7, "
          "taken in turns)")

    corrupt = bytearray(packed[:4096])
    corrupt[100:120] = os.urandom(20)
    try:
        sz.decompress(bytes(corrupt))
    except sz.error as error:
        print(f"4. corrupt input -> {type(error).__module__}.{type(error).__name__}: {error}")
    with _zlib.Sandbox() as sb:
        try:
            sb.read(sb.memory_size - 8, 64)  # a length that runs past the sandbox's memory
        except (_zlib.Trap, ValueError, IndexError) as error:
            print(f"   hostile pointer -> {type(error).__name__}: {error}")
    # What a memory-safety bug in zlib looks like: a stream whose internal state pointer
    # has been overwritten (here by hand) makes inflate() read outside the sandbox.
    victim, bystander = sz.decompressobj(), sz.decompressobj()
    victim.decompress(packed[:1000])
    head = bystander.decompress(packed[:1000])
    state_field = victim._zs.ptr + 28  # type: ignore[union-attr]  # z_stream.state, on wasm32
    victim._zs.sandbox.write(state_field, struct.pack("<I", 0xFFFFFFF0))  # type: ignore[union-attr]
    try:
        victim.decompress(packed[1000:])
    except sz.error as error:
        intact = head + bystander.decompress(packed[1000:]) + bystander.flush() == data
        print(f"   a stream whose zlib runs wild -> {type(error).__module__}.error from "
              f"{type(error.__cause__).__name__}; another stream carries on: {intact}")
    print(f"   the process carries on: crc32 = {sz.crc32(b'still here'):#010x}"
          f" (standard library: {zlib.crc32(b'still here'):#010x})")


if __name__ == "__main__":
    main()

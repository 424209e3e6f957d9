"""hunspell 1.7.1 (Debian's source package, C++), sandboxed through its C API hunspell.h
with the CMake front end, reading Debian's en_US dictionary through the capability
policy: its spelling verdicts and suggestions are those of Debian's own hunspell.

One thing differs, and it is hunspell's, not the sandbox's: its last resort, n-gram
suggestions, ranks dictionary words in hash-table order, and its hash is computed in an
`unsigned long` - 32 bits in wasm32, 64 in Debian's x86-64 build - so words that score
the same can come out in another order (and fill the last places differently). With
n-gram suggestions off in the dictionary, every answer is Debian's; with them on, every
answer is that of the same sources built natively with the hash in 32 bits.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from debian_sources import HUNSPELL, HUNSPELL_SOURCES, fetch
from projects import REPO, import_built

pytestmark = pytest.mark.slow

DICTIONARIES = Path("/usr/share/hunspell")  # Debian's hunspell-en-us (./run-tests installs it)
AFF, DIC = "/dict/en_US.aff", "/dict/en_US.dic"


@pytest.fixture(scope="module")
def hunspell(tmp_path_factory: pytest.TempPathFactory, session_cache: Path) -> ModuleType:
    sys.path.insert(0, str(REPO / "tests" / "cmake"))
    from cmake_testlib import build, configure

    src = fetch(HUNSPELL, session_cache / "sources") / "src" / "hunspell"
    sources = " ".join(str(src / name) for name in HUNSPELL_SOURCES)
    project = tmp_path_factory.mktemp("hunspell")
    (project / "src").mkdir()
    # The project is C only: the C++ goes to wasm through the pipeline. hunspell times
    # its suggestion search with clock(), which WASI has only as an emulation (over a
    # clock the sandbox is denied: the search is never cut short).
    (project / "src" / "CMakeLists.txt").write_text(textwrap.dedent(f"""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(sandboxed_hunspell LANGUAGES C)
        find_package(WasmBox CONFIG REQUIRED)
        wasmbox_add_library(_hunspell SOURCES {sources}
                            INCLUDE_DIRS {src} HEADER hunspell.h MAX_MEMORY 268435456
                            DEFINES _WASI_EMULATED_PROCESS_CLOCKS
                            WASM_LDFLAGS -lwasi-emulated-process-clocks)
        """))
    configure(project / "src", project / "build")
    build(project / "build")
    return import_built(project / "build", "_hunspell")


def _words() -> list[str]:
    """~600 words: every 150th plain word of the dictionary, and each of them misspelt
    (two middle letters swapped) - a mix of right and wrong, as typed text is."""
    entries = (DICTIONARIES / "en_US.dic").read_text(encoding="utf-8").splitlines()[1:]
    plain = [e.split("/")[0] for e in entries[::150]]
    plain = [w for w in plain if re.fullmatch(r"[A-Za-z]{2,}", w)]
    wrong = []
    for word in plain:
        i = len(word) // 2
        if word[i - 1] != word[i]:
            wrong.append(word[:i - 1] + word[i] + word[i - 1] + word[i + 1:])
    return plain + wrong


def _native(words: list[str], dictionaries: Path = DICTIONARIES,
            ) -> list[tuple[bool, list[str]]]:
    """Debian's hunspell binary (ispell pipe mode): (correct, suggestions) per word."""
    result = subprocess.run(
        ["hunspell", "-d", str(dictionaries / "en_US"), "-a", "-i", "utf-8"],
        input="".join(f"^{w}\n" for w in words), capture_output=True, text=True,
        check=True, timeout=600)
    answers = result.stdout.split("\n\n")
    lines = [a.strip() for a in answers[0].split("\n", 1)[1:] + answers[1:] if a.strip()]
    assert len(lines) == len(words), result.stdout[:2000]
    out = []
    for word, line in zip(words, lines, strict=True):
        if line[0] in "*+-":
            out.append((True, []))
        elif line.startswith("#"):
            out.append((False, []))
        else:
            head, _, tail = line.partition(": ")
            assert head.startswith(f"& {word} "), line
            out.append((False, tail.split(", ")))
    return out


def _without_ngrams(folder: Path) -> Path:
    """Debian's en_US with hunspell's n-gram suggestions turned off (MAXNGRAMSUGS 0)."""
    folder.mkdir(exist_ok=True)
    shutil.copy(DICTIONARIES / "en_US.dic", folder / "en_US.dic")
    aff = (DICTIONARIES / "en_US.aff").read_text(encoding="utf-8")
    (folder / "en_US.aff").write_text(aff + "\nMAXNGRAMSUGS 0\n", encoding="utf-8")
    return folder


def _native_32bit_hash(src: Path, folder: Path) -> ctypes.CDLL:
    """The same hunspell sources built natively (g++) with the hash in 32 bits, as the
    sandbox's wasm32 computes it."""
    copy = folder / "hunspell"
    shutil.copytree(src, copy)
    hashmgr = copy / "hashmgr.cxx"
    text = hashmgr.read_text()
    for old, new in (("  unsigned long hv = 0;", "  unsigned int hv = 0;"),
                     ("  return (unsigned long)hv % tablesize;",
                      "  return (unsigned int)hv % tablesize;")):
        assert old in text, old
        text = text.replace(old, new)
    hashmgr.write_text(text)
    library = folder / "libhunspell32hash.so"
    subprocess.run(["g++", "-O2", "-shared", "-fPIC", "-o", str(library),
                    *sorted(map(str, copy.glob("*.cxx")))], check=True, timeout=900)
    lib = ctypes.CDLL(str(library))
    lib.Hunspell_create.restype = ctypes.c_void_p
    lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.Hunspell_suggest.argtypes = [ctypes.c_void_p,
                                     ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                     ctypes.c_char_p]
    lib.Hunspell_free_list.argtypes = [ctypes.c_void_p,
                                       ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                       ctypes.c_int]
    return lib


def _native_library(lib: ctypes.CDLL, words: list[str]) -> list[tuple[bool, list[str]]]:
    h = lib.Hunspell_create(str(DICTIONARIES / "en_US.aff").encode(),
                            str(DICTIONARIES / "en_US.dic").encode())
    out = []
    for word in words:
        if lib.Hunspell_spell(h, word.encode()):
            out.append((True, []))
            continue
        found = ctypes.POINTER(ctypes.c_char_p)()
        n = lib.Hunspell_suggest(h, ctypes.byref(found), word.encode())
        out.append((False, [found[i].decode() for i in range(n)]))
        lib.Hunspell_free_list(h, ctypes.byref(found), n)
    return out


def _read_u32(sb: object, address: int) -> int:
    return int.from_bytes(sb.read(address, 4), "little")  # type: ignore[attr-defined]


def _sandboxed(m: ModuleType, sb: object, words: list[str]) -> list[tuple[bool, list[str]]]:
    h = sb.Hunspell_create(AFF, DIC)  # type: ignore[attr-defined]
    slot = sb.alloc(4)  # type: ignore[attr-defined]
    out = []
    for word in words:
        if sb.Hunspell_spell(h, word):  # type: ignore[attr-defined]
            out.append((True, []))
            continue
        n = sb.Hunspell_suggest(h, slot, word)  # type: ignore[attr-defined]
        array = _read_u32(sb, slot)
        found = [sb.read_cstring(_read_u32(sb, array + 4 * i)).decode()  # type: ignore[attr-defined]
                 for i in range(n)]
        sb.Hunspell_free_list(h, slot, n)  # type: ignore[attr-defined]
        out.append((False, found))
    sb.Hunspell_destroy(h)  # type: ignore[attr-defined]
    return out


def test_same_answers_as_debians_hunspell(hunspell: ModuleType, tmp_path: Path) -> None:
    words = _words()
    assert len(words) > 500
    dictionaries = _without_ngrams(tmp_path / "dict")
    # Read-only: the sandbox sees the dictionary folder, nothing else.
    sb = hunspell.Sandbox(preopens={"/dict": str(dictionaries)})
    ours = _sandboxed(hunspell, sb, words)
    assert ours == _native(words, dictionaries)
    assert sum(correct for correct, _ in ours) >= len(words) // 2
    assert sum(bool(suggestions) for _, suggestions in ours) > 150


def test_ngram_suggestions_follow_the_size_of_long(hunspell: ModuleType, tmp_path: Path,
                                                    session_cache: Path) -> None:
    """Debian's dictionary as it is: verdicts and best suggestions are Debian's; whole
    lists are those of the sources built natively with a 32-bit hash."""
    words = _words()
    sb = hunspell.Sandbox(preopens={"/dict": str(DICTIONARIES)})
    ours = _sandboxed(hunspell, sb, words)
    debian = _native(words)
    assert [correct for correct, _ in ours] == [correct for correct, _ in debian]
    assert [s[:1] for _, s in ours] == [s[:1] for _, s in debian]
    src = fetch(HUNSPELL, session_cache / "sources") / "src" / "hunspell"
    assert ours == _native_library(_native_32bit_hash(src, tmp_path), words)
    differing = sum(a != b for a, b in zip(ours, debian, strict=True))
    assert 0 < differing < len(words) // 20  # hunspell's own 64-bit difference, seen here


def test_the_dictionary_can_come_from_memory(hunspell: ModuleType) -> None:
    files = {AFF: (DICTIONARIES / "en_US.aff").read_bytes(),
             DIC: (DICTIONARIES / "en_US.dic").read_bytes()}
    sb = hunspell.Sandbox(files=files)
    assert _sandboxed(hunspell, sb, ["hello", "wrold"]) == [
        (True, []), (False, _native(["wrold"])[0][1])]


def test_without_the_grant_there_is_no_dictionary(hunspell: ModuleType) -> None:
    sb = hunspell.Sandbox(stderr="capture")  # denied by default: no files at all
    h = sb.Hunspell_create(AFF, DIC)
    assert sb.Hunspell_spell(h, "hello") == 0
    assert b"en_US.aff" in sb.stderr  # hunspell says it could not open it

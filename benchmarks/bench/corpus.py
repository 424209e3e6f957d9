"""A deterministic 10 MiB corpus: English-like text, structured binary records and
random bytes, interleaved in 256 KiB blocks (4 : 4 : 2), as mixed real data is."""

from __future__ import annotations

import hashlib
import math
import random
import struct

from .paths import WORK

SIZE = 10 << 20
BLOCK = 256 << 10

_WORDS = [
    "the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "are", "as",
    "with", "his", "they", "at", "be", "this", "from", "have", "or", "by", "one", "had", "not",
    "but", "what", "all", "were", "when", "we", "there", "can", "an", "your", "which", "their",
    "said", "if", "do", "will", "each", "about", "how", "up", "out", "them", "then", "she",
    "many", "some", "so", "these", "would", "other", "into", "has", "more", "her", "two",
    "like", "him", "see", "time", "could", "no", "make", "than", "first", "been", "its", "who",
    "now", "people", "my", "made", "over", "did", "down", "only", "way", "find", "use", "may",
    "water", "long", "little", "very", "after", "words", "called", "just", "where", "most",
    "know", "get", "through", "back", "much", "before", "go", "good", "new", "write", "our",
    "used", "me", "man", "too", "any", "day", "same", "right", "look", "think", "also",
    "around", "another", "came", "come", "work", "three", "word", "must", "because", "does",
    "part", "even", "place", "well", "such", "here", "take", "why", "things", "help", "put",
    "years", "different", "away", "again", "off", "went", "old", "number", "great", "tell",
    "men", "say", "small", "every", "found", "still", "between", "name", "should", "home",
    "big", "give", "air", "line", "set", "own", "under", "read", "last", "never", "us", "left",
    "end", "along", "while", "might", "next", "sound", "below", "saw", "something", "thought",
    "both", "few", "those", "always", "looked", "show", "large", "often", "together", "asked",
    "house", "world", "going", "want", "school", "important", "until", "form", "food", "keep",
    "children", "feet", "land", "side", "without", "boy", "once", "animals", "life", "enough",
    "took", "sometimes", "four", "head", "above", "kind", "began", "almost", "live", "page",
    "got", "earth", "need", "far", "hand", "high", "year", "mother", "light", "parts",
    "country", "father", "let", "night", "following", "picture", "being", "study", "second",
    "eyes", "soon", "times", "story", "boys", "since", "white", "days", "ever", "paper",
    "hard", "near", "sentence", "better", "best", "across", "during", "today", "others",
    "however", "sure", "means", "knew", "its", "try", "told", "young", "miles", "sun", "ways",
    "thing", "whole", "hear", "example", "heard", "several", "change", "answer", "room", "sea",
    "against", "top", "turned", "learn", "point", "city", "play", "toward", "five", "using",
    "himself", "usually",
]


def _text(rng: random.Random, size: int) -> bytes:
    weights = [1 / (rank + 1) for rank in range(len(_WORDS))]  # Zipf-like
    out: list[str] = []
    length = 0
    while length < size:
        words = rng.choices(_WORDS, weights, k=rng.randint(6, 18))
        words[0] = words[0].capitalize()
        sentence = " ".join(words) + rng.choice([". ", ". ", ", ", "? ", ".\n"])
        if rng.random() < 0.08:
            sentence += f"({rng.randint(1, 2000)}) "
        out.append(sentence)
        length += len(sentence)
    return "".join(out).encode()[:size]


def _records(rng: random.Random, size: int, start: int) -> bytes:
    out = bytearray()
    ident, stamp, level = start, 1_700_000_000_000 + start * 250, 20.0
    while len(out) < size:
        ident += 1
        stamp += rng.randint(200, 300)
        level += rng.gauss(0, 0.05)
        kind = rng.choice((1, 1, 1, 2, 3))
        out += struct.pack("<IqdfHB", ident, stamp, level, math.sin(ident / 50) * 100, kind * 7,
                           rng.randint(0, 3))
    return bytes(out[:size])


def corpus() -> bytes:
    """The corpus (cached in benchmarks/work/corpus.bin; same bytes every time)."""
    path = WORK / "corpus.bin"
    digest_path = WORK / "corpus.sha256"
    if path.is_file() and digest_path.is_file():
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest_path.read_text().strip():
            return data
    rng = random.Random(20240611)
    blocks: list[bytes] = []
    pattern = ("text", "records", "text", "random", "records")
    for i in range(SIZE // BLOCK):
        kind = pattern[i % len(pattern)]
        if kind == "text":
            blocks.append(_text(rng, BLOCK))
        elif kind == "records":
            blocks.append(_records(rng, BLOCK, i * 10_000))
        else:
            blocks.append(rng.randbytes(BLOCK))
    data = b"".join(blocks)
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    digest_path.write_text(hashlib.sha256(data).hexdigest() + "\n")
    return data

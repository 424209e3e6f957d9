"""B8's document: 10 MiB of XML generated from a fixed seed (a product catalogue:
nested elements, attributes, text, entity and character references, comments)."""

from __future__ import annotations

import random

from .paths import WORK

SIZE = 10 << 20
WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu", "naïve", "café", "Zürich", "東京")


def document() -> bytes:
    """The document (cached in benchmarks/work/b8.xml)."""
    path = WORK / "b8.xml"
    if path.is_file():
        return path.read_bytes()
    rng = random.Random(8)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<catalog xmlns="urn:catalog">\n']
    size, item = 0, 0
    while size < SIZE:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 24)))
        text = (f'  <item id="{item}" kind="{rng.choice(WORDS)}" '
                f'price="{rng.randint(1, 99999) / 100}">\n'
                f'    <name>{rng.choice(WORDS)} {rng.choice(WORDS)}</name>\n'
                f'    <description lang="en">{words} &amp; &#233;tc.</description>\n'
                f'    <stock warehouse="w{rng.randint(1, 9)}">{rng.randint(0, 500)}</stock>\n'
                + ('    <!-- discontinued -->\n' if rng.random() < 0.05 else "")
                + '  </item>\n')
        parts.append(text)
        size += len(text.encode())
        item += 1
    parts.append("</catalog>\n")
    data = "".join(parts).encode()
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data

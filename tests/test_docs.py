"""The documentation site (docs/, mkdocs.yml) builds, and its links and anchors hold."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_site_builds_strict_with_every_link_and_anchor_found(tmp_path: Path) -> None:
    # mkdocs.yml turns a link to a missing page, an unknown anchor or a page left out of
    # the menu into a warning, and --strict makes any warning fail the build. Links to
    # other sites are not followed (the tests run offline).
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    site = tmp_path / "site"
    options = (site / "options" / "index.html").read_text(encoding="utf-8")
    assert "memory_check" in options and "MEMORY_CHECK" in options
    # The README's pitch and getting-started parts are included, not copied.
    assert "Lose its memory-safety bugs" in (site / "index.html").read_text(encoding="utf-8")
    started = (site / "getting-started" / "index.html").read_text(encoding="utf-8")
    assert "PIP_FIND_LINKS" in started and "WasmBoxExtension" in started
    assert (site / "benchmarks" / "results" / "b1_zlib.png").is_file()


def test_the_readme_links_only_to_files_that_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(((?!https?:|#)[^)#]+)", readme)
    assert targets
    missing = [t for t in targets if not (REPO / t).exists()]
    assert not missing, missing

"""The one place wasmbox-build's version is written.

pyproject.toml reads it (`[tool.setuptools.dynamic]`), and so does the CMake
package's version file (cmake/WasmBoxConfigVersion.cmake), so the three agree.
"""

__version__ = "0.1.0"

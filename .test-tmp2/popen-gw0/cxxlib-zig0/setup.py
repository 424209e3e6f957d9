from setuptools import setup
from wasmbox_build import WasmBoxExtension

setup(
    name="testproject",
    version="0.0.1",
    ext_modules=[WasmBoxExtension(
        'cxxlib_zig',
        sources=['cxxlib.cc'],
    header='cxxlib.h',
    toolchain='zig',
    max_memory=8388608,
    )],
)

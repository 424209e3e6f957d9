from setuptools import setup
from wasmbox_build import WasmBoxExtension

setup(
    name="testproject",
    version="0.0.1",
    ext_modules=[WasmBoxExtension(
        'cxxlib_system',
        sources=['cxxlib.cc'],
    header='cxxlib.h',
    toolchain='system',
    max_memory=8388608,
    )],
)

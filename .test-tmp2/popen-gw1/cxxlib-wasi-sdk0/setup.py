from setuptools import setup
from wasmbox_build import WasmBoxExtension

setup(
    name="testproject",
    version="0.0.1",
    ext_modules=[WasmBoxExtension(
        'cxxlib_wasi_sdk',
        sources=['cxxlib.cc'],
    header='cxxlib.h',
    toolchain='wasi-sdk',
    max_memory=8388608,
    )],
)

from setuptools import setup
from wasmbox_build import WasmBoxExtension

setup(name='snappy_system', version="0", ext_modules=[WasmBoxExtension(
    'snappy_system', sources=['/work/wt-cxx/.test-cache/sources/snappy-1.1.9/snappy.cc', '/work/wt-cxx/.test-cache/sources/snappy-1.1.9/snappy-sinksource.cc', '/work/wt-cxx/.test-cache/sources/snappy-1.1.9/snappy-stubs-internal.cc', '/work/wt-cxx/.test-cache/sources/snappy-1.1.9/snappy-c.cc'], include_dirs=['/work/wt-cxx/.test-cache/sources/snappy-1.1.9'],
    header="snappy-c.h", max_memory=67108864, toolchain='system')])

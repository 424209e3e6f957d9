# WasmBoxConfig.cmake - wasmbox_add_library(): a Python extension module whose C
# library runs inside a WebAssembly sandbox compiled to native code.
#
#   find_package(WasmBox CONFIG REQUIRED)
#   wasmbox_add_library(<target> SOURCES <file>...
#                       [INCLUDE_DIRS <dir>...] [DEFINES <NAME[=VALUE]>...]
#                       [EXPORTS <function>...] [HEADER <header.h>] [IMPORTS <function>...]
#                       [NATIVE_SOURCES <file.c>...] [KEEP_GIL <function>...|*]
#                       [STACK_SIZE <bytes>] [MAX_MEMORY <bytes>]
#                       [MEMORY_CHECK bounds|guard] [TOOLCHAIN auto|wasi-sdk|zig|system]
#                       [HOST_COMPILER auto|cc|zig]
#                       [MAX_CALL_DEPTH <frames>] [MODULE_NAME <pkg.module>]
#                       [WASM_CFLAGS <flag>...] [WASM_LDFLAGS <flag>...]
#                       [OPTIMIZATION <-Ox>] [HARDENING stack|bounds|fortify|heap|all...]
#                       [WASM2C_PARTS <n>]
#                       [CAPABILITIES <JSON object of Sandbox() defaults>]
#                       [TIME_LIMIT <seconds per call, by default>]
#                       [USE_SABI <3.11 or later>]
#                       [CXX_STD <c++17|gnu++20|...>] [WASM_CXXFLAGS <flag>...])
#   install(TARGETS <target> DESTINATION <pkg>)
#
# The module's .pyi stub (and, for a module inside a package, py.typed) are installed
# by wasmbox_add_library() itself, into the module's package folder (mypkg/ for
# mypkg._zlib), where install(TARGETS) above puts the module.
#
# SOURCES, INCLUDE_DIRS and DEFINES describe the *library*, compiled to wasm32-wasi.
# SOURCES may be C++ (.cc .cpp .cxx .C): the wasm toolchain's clang++ and libc++ build
# them, so the project itself needs only LANGUAGES C. CXX_STD and WASM_CXXFLAGS apply
# to C++ sources, WASM_CFLAGS to C sources.
# HEADER: typed wrappers (and .pyi signatures) for the functions it declares, which
# are also what is exported when EXPORTS is left out; the functions it declares that no
# source defines are imports Python provides (M.Sandbox(imports={...})), and IMPORTS names
# more (functions the header does not declare). NATIVE_SOURCES: host C compiled
# into the module that reaches the sandbox through wasmbox_native.h.
# USE_SABI 3.11: build against CPython's stable ABI (an abi3 module for 3.11 and every
# later CPython; CMake 3.26+). Inside scikit-build-core, wheel.py-api = "cp311" does the
# same by itself (SKBUILD_SABI_VERSION); 3.11 is the floor (the buffer protocol).
# Found inside scikit-build-core builds through the `cmake.root` entry point, elsewhere
# with -DWasmBox_DIR=$(python -m wasmbox_build cmake-dir).
#
# CMake drives the same pipeline as the setuptools front end: at configure time
# `python -m wasmbox_build cmake-configure` checks the options and finds the tools;
# at build time a custom command runs `python -m wasmbox_build cmake-build` (C ->
# wasm -> wasm2c -> glue), and CMake's C compiler builds the generated C.

if(CMAKE_VERSION VERSION_LESS 3.15)
  set(WasmBox_FOUND FALSE)
  string(CONCAT WasmBox_NOT_FOUND_MESSAGE
      "WasmBox needs CMake 3.15 or newer (this is ${CMAKE_VERSION}); pip install cmake")
  return()
endif()

# Every policy up to the newest this file was tested with is NEW here, and the
# function below keeps these settings whatever the calling project asks for.
# (CMP0116: DEPFILE paths are made relative to the build folder for Ninja.)
cmake_policy(VERSION 3.15...4.4)

# The Python that runs the pipeline (it must have wasmbox_build) and whose headers
# the module is built against. scikit-build-core passes Python_EXECUTABLE & co.
if(NOT TARGET Python::Module OR NOT Python_EXECUTABLE)
  if(CMAKE_VERSION VERSION_LESS 3.18)
    set(_wasmbox_dev Development)  # Development.Module came in CMake 3.18
  else()
    set(_wasmbox_dev Development.Module)
  endif()
  find_package(Python 3.11 COMPONENTS Interpreter ${_wasmbox_dev} QUIET)
  unset(_wasmbox_dev)
endif()
if(NOT Python_EXECUTABLE OR NOT TARGET Python::Module)
  set(WasmBox_FOUND FALSE)
  string(CONCAT WasmBox_NOT_FOUND_MESSAGE
      "WasmBox needs a Python >= 3.11 interpreter and its development headers, and "
      "CMake did not find both (interpreter: '${Python_EXECUTABLE}'); install them "
      "(Debian/Ubuntu: apt install python3-dev) or point CMake at a Python with "
      "-DPython_EXECUTABLE=/path/to/python")
  return()
endif()

# Run from the build folder: Python puts the working folder on sys.path, and a source
# checkout there must not stand in for the installed package. The import covers the
# pipeline's dependencies too, so that a half install is reported here.
execute_process(
  COMMAND "${Python_EXECUTABLE}" -c
          "import sys, wasmbox_build, wasmbox_build.pipeline.extension; sys.stdout.write(wasmbox_build.__version__)"
  WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
  RESULT_VARIABLE _wasmbox_result
  OUTPUT_VARIABLE _wasmbox_python_has
  ERROR_QUIET)
if(NOT _wasmbox_result EQUAL 0)
  set(WasmBox_FOUND FALSE)
  string(CONCAT WasmBox_NOT_FOUND_MESSAGE
      "the Python CMake found (${Python_EXECUTABLE}) cannot import wasmbox_build "
      "and its dependencies; "
      "install it there (${Python_EXECUTABLE} -m pip install wasmbox-build) or "
      "point CMake at the Python that has it: -DPython_EXECUTABLE=/path/to/python")
  unset(_wasmbox_result)
  unset(_wasmbox_python_has)
  return()
endif()
if(DEFINED WasmBox_VERSION AND NOT _wasmbox_python_has STREQUAL WasmBox_VERSION)
  set(WasmBox_FOUND FALSE)
  string(CONCAT WasmBox_NOT_FOUND_MESSAGE
      "this WasmBoxConfig.cmake is from wasmbox-build ${WasmBox_VERSION} but "
      "${Python_EXECUTABLE} has wasmbox-build ${_wasmbox_python_has}; use one "
      "installation: -DWasmBox_DIR=$(${Python_EXECUTABLE} -m wasmbox_build cmake-dir)")
  unset(_wasmbox_result)
  unset(_wasmbox_python_has)
  return()
endif()
unset(_wasmbox_result)
unset(_wasmbox_python_has)

function(wasmbox_add_library target)
  set(where "wasmbox_add_library(${target})")
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if(NOT "C" IN_LIST languages)
    message(FATAL_ERROR "${where}: the C language is not enabled; add it to the "
            "project: project(<name> LANGUAGES C)")
  endif()

  # The configure step parses the arguments by wasmbox-build's options model (the
  # keywords, which take a list, every check), finds the toolchain and wasm2c, and
  # writes what to compile into a CMake file that is included below.
  set(work "${CMAKE_CURRENT_BINARY_DIR}/wasmbox/${target}")
  set(args "--target=${target}" "--source-dir=${CMAKE_CURRENT_SOURCE_DIR}"
      "--work-dir=${work}" "--output=${work}/configure.cmake"
      "--c-compiler-id=${CMAKE_C_COMPILER_ID}" "--cross-compiling=${CMAKE_CROSSCOMPILING}")
  if(SKBUILD_SABI_VERSION)
    # scikit-build-core's wheel.py-api = "cp3XY": the stable ABI unless USE_SABI says more.
    list(APPEND args "--skbuild-sabi=${SKBUILD_SABI_VERSION}")
  endif()
  execute_process(
    COMMAND "${Python_EXECUTABLE}" -m wasmbox_build cmake-configure ${args} -- ${ARGN}
    WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    # The CLI says what is wrong in one line that names the fix.
    if(errors MATCHES "wasmbox-build: error: ([^\n]*)")
      set(errors "${CMAKE_MATCH_1}")
    endif()
    string(STRIP "${errors}" errors)
    message(FATAL_ERROR "${where}: ${errors}")
  endif()
  include("${work}/configure.cmake")
  message(STATUS "WasmBox: ${_wasmbox_module_name}: ${_wasmbox_summary}")

  # The build step. Its one OUTPUT is a stamp it always touches; the generated C is
  # a BYPRODUCT that it rewrites only when the content changes, so (with Ninja's
  # restat, and with Make) an edit that leaves the wasm alone recompiles no C.
  set(stamp "${work}/wasmbox.stamp")
  set(build_args "--spec=${_wasmbox_spec}" "--stamp=${stamp}")
  set(depends ${_wasmbox_library_sources} ${_wasmbox_header} "${_wasmbox_spec}")
  set(depfile_args)
  if(CMAKE_GENERATOR STREQUAL "Ninja" OR (NOT CMAKE_VERSION VERSION_LESS 3.20
     AND CMAKE_GENERATOR MATCHES "Ninja|Makefiles"))
    set(depfile "${work}/wasmbox.d")
    set(depfile_target "${stamp}")
    if(CMAKE_VERSION VERSION_LESS 3.20)
      # Before CMP0116, Ninja reads the depfile as is and wants the output spelled
      # the way build.ninja spells it: relative to the top build folder.
      file(RELATIVE_PATH depfile_target "${CMAKE_BINARY_DIR}" "${stamp}")
    endif()
    list(APPEND build_args "--depfile=${depfile}" "--depfile-target=${depfile_target}")
    set(depfile_args DEPFILE "${depfile}")
  else()
    # No depfile support: depend on the headers beside the sources and in INCLUDE_DIRS.
    list(APPEND depends ${_wasmbox_fallback_depends})
  endif()
  add_custom_command(
    OUTPUT "${stamp}"
    BYPRODUCTS ${_wasmbox_generated_sources} ${_wasmbox_generated_headers}
               "${_wasmbox_stub}" "${_wasmbox_wasm}"
    COMMAND "${Python_EXECUTABLE}" -m wasmbox_build cmake-build ${build_args}
    DEPENDS ${depends}
    ${depfile_args}
    COMMENT "Sandboxing ${_wasmbox_module_name}: C -> wasm -> wasm2c -> glue"
    VERBATIM)

  set(module_sources ${_wasmbox_generated_sources} ${_wasmbox_runtime_sources}
      ${_wasmbox_native_sources} "${stamp}")
  if(_wasmbox_sabi)
    # An abi3 module: FindPython's stable-ABI part names it <name>.abi3.so, links no
    # libpython and defines Py_LIMITED_API for every source. It came in CMake 3.26;
    # scikit-build-core brings it to older CMake (its FindPython backport).
    if(CMAKE_VERSION VERSION_LESS 3.26 AND NOT DEFINED SKBUILD_SABI_COMPONENT)
      message(FATAL_ERROR "${where}: the stable ABI (USE_SABI, wheel.py-api) needs CMake "
              "3.26 or newer (FindPython's Development.SABIModule); this is "
              "${CMAKE_VERSION}: pip install 'cmake>=3.26'")
    endif()
    if(NOT TARGET Python::SABIModule)
      find_package(Python ${_wasmbox_sabi} COMPONENTS Interpreter Development.SABIModule QUIET)
    endif()
    if(NOT TARGET Python::SABIModule)
      message(FATAL_ERROR "${where}: CMake found no stable-ABI development files of "
              "${Python_EXECUTABLE} (Development.SABIModule); install its headers "
              "(Debian/Ubuntu: apt install python3-dev)")
    endif()
    Python_add_library(${target} MODULE USE_SABI ${_wasmbox_sabi} WITH_SOABI
                       ${module_sources})
  elseif(CMAKE_VERSION VERSION_LESS 3.17)
    Python_add_library(${target} MODULE ${module_sources})  # no WITH_SOABI before 3.17
    set_target_properties(${target} PROPERTIES SUFFIX "${_wasmbox_ext_suffix}")
  else()
    Python_add_library(${target} MODULE WITH_SOABI ${module_sources})
  endif()
  string(REGEX REPLACE "^.*\\." "" short "${_wasmbox_module_name}")
  target_include_directories(${target} PRIVATE ${_wasmbox_include_dirs})
  # The same WASM_RT_* macros for every file: wasm2c's output and its runtime must agree.
  target_compile_definitions(${target} PRIVATE ${_wasmbox_compile_definitions})
  target_compile_options(${target} PRIVATE ${_wasmbox_compile_options})
  # wasm2c's C (its output and runtime) compiles without warnings: not the user's to fix.
  set_source_files_properties(${_wasmbox_wasm2c_sources} PROPERTIES COMPILE_OPTIONS -w)
  # Host objects from the machine-wide cache, as setuptools builds have them: an isolated
  # `pip install .` gets an emptied build folder from scikit-build-core every time
  # (pipeline/cached_compile.py). A launcher the project or the environment set already
  # (CMAKE_C_COMPILER_LAUNCHER, e.g. ccache) is kept. When HOST_COMPILER picked zig's
  # clang for wasm2c's output, the launcher compiles those files with it (the same
  # rewrite of the command as in setuptools builds) and hands the rest to the project's
  # launcher, if any.
  get_target_property(launcher ${target} C_COMPILER_LAUNCHER)
  set(ours "${Python_EXECUTABLE};-m;wasmbox_build.pipeline.cached_compile")
  if(_wasmbox_host_compiler)
    list(APPEND ours "--host-compiler=${_wasmbox_host_compiler}")
    if(launcher)
      foreach(word IN LISTS launcher)
        list(APPEND ours "--launcher=${word}")
      endforeach()
    endif()
    list(APPEND ours "--")
    set_target_properties(${target} PROPERTIES C_COMPILER_LAUNCHER "${ours}")
  elseif(NOT launcher)
    set_target_properties(${target} PROPERTIES C_COMPILER_LAUNCHER "${ours}")
  endif()
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME "${short}"
    PREFIX ""
    C_VISIBILITY_PRESET hidden  # only PyInit_* leaves the module
    WASMBOX_MODULE_NAME "${_wasmbox_module_name}"
    WASMBOX_STUB "${_wasmbox_stub}"
    WASMBOX_WASM "${_wasmbox_wasm}")
  # Editors and mypy read the stub beside the module (PEP 561: py.typed in the package).
  install(FILES "${_wasmbox_stub}" ${_wasmbox_typed_marker}
          DESTINATION "${_wasmbox_package_dir}")
endfunction()

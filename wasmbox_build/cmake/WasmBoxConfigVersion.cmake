# Version check for find_package(WasmBox [version]). The config ships no binaries,
# so any architecture matches. Compatibility: the same major version, and while the
# major version is 0 (where a minor release may break the CMake API), the same minor.

# The version is written once, in the package's _version.py beside this folder.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/../_version.py" _wasmbox_version_line
     REGEX "^__version__ = ")
string(REGEX REPLACE "^__version__ = \"([^\"]+)\".*" "\\1" PACKAGE_VERSION
       "${_wasmbox_version_line}")
unset(_wasmbox_version_line)

if(PACKAGE_FIND_VERSION_RANGE)
  # find_package(WasmBox 0.1...0.3), CMake >= 3.19
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
  if(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION_MIN)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  endif()
  if(PACKAGE_FIND_VERSION_RANGE_MAX STREQUAL "INCLUDE"
     AND PACKAGE_VERSION VERSION_GREATER PACKAGE_FIND_VERSION_MAX)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  elseif(PACKAGE_FIND_VERSION_RANGE_MAX STREQUAL "EXCLUDE"
         AND NOT PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION_MAX)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  endif()
elseif(NOT PACKAGE_FIND_VERSION)
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
elseif(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
  set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
  string(REGEX MATCH "^([0-9]+)\\.?([0-9]*)" _wasmbox_have "${PACKAGE_VERSION}")
  set(_wasmbox_have_major "${CMAKE_MATCH_1}")
  set(_wasmbox_have_minor "${CMAKE_MATCH_2}")
  if(NOT PACKAGE_FIND_VERSION_MAJOR EQUAL _wasmbox_have_major)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  elseif(_wasmbox_have_major EQUAL 0 AND NOT "${PACKAGE_FIND_VERSION_MINOR}" STREQUAL ""
         AND NOT PACKAGE_FIND_VERSION_MINOR EQUAL _wasmbox_have_minor)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
  endif()
  if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)
    set(PACKAGE_VERSION_EXACT TRUE)
  endif()
  unset(_wasmbox_have)
  unset(_wasmbox_have_major)
  unset(_wasmbox_have_minor)
endif()

# Finds V8 10.2 as unpacked by tools/bootstrap from Debian's libnode108 + libnode-dev.
# Provides V8::V8: V8's headers only (v8*.h, libplatform/, cppgc/) and libnode.so.108,
# of which nodus uses only the v8:: API.
find_path(V8_INCLUDE_DIR v8.h PATHS ${NODUS_DEPS_DIR}/v8/include NO_DEFAULT_PATH)
find_library(V8_LIBRARY NAMES libnode.so.108 node
             PATHS ${NODUS_DEPS_DIR}/libnode/usr/lib/x86_64-linux-gnu NO_DEFAULT_PATH)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(V8 REQUIRED_VARS V8_LIBRARY V8_INCLUDE_DIR
  REASON_FAILURE_MESSAGE "run tools/bootstrap first")
if(V8_FOUND AND NOT TARGET V8::V8)
  add_library(V8::V8 SHARED IMPORTED)
  set_target_properties(V8::V8 PROPERTIES
    IMPORTED_LOCATION ${V8_LIBRARY}
    IMPORTED_NO_SONAME OFF
    INTERFACE_INCLUDE_DIRECTORIES ${V8_INCLUDE_DIR}
    # libnode was built without pointer compression or the sandbox: no defines needed.
    INTERFACE_COMPILE_DEFINITIONS "V8_DEPRECATION_WARNINGS=0")
  get_filename_component(V8_LIBRARY_DIR ${V8_LIBRARY} DIRECTORY)
endif()

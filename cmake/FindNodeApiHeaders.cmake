# Finds the node-api-headers npm package unpacked by tools/bootstrap.
# Provides NodeApi::Headers (include dir) and NODE_API_SYMBOLS_JS (its symbols.js).
find_path(NodeApiHeaders_INCLUDE_DIR node_api.h
          PATHS ${NODUS_DEPS_DIR}/node-api-headers/include NO_DEFAULT_PATH)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(NodeApiHeaders REQUIRED_VARS NodeApiHeaders_INCLUDE_DIR
  REASON_FAILURE_MESSAGE "run tools/bootstrap first")
if(NodeApiHeaders_FOUND AND NOT TARGET NodeApi::Headers)
  add_library(NodeApi::Headers INTERFACE IMPORTED)
  set_target_properties(NodeApi::Headers PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES ${NodeApiHeaders_INCLUDE_DIR})
  get_filename_component(_napi_root ${NodeApiHeaders_INCLUDE_DIR} DIRECTORY)
  set(NODE_API_SYMBOLS_JS ${_napi_root}/symbols.js)
endif()

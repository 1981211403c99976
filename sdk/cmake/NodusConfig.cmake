# find_package(Nodus) for plugins built outside the nodus tree:
#   set(Nodus_DIR <nodus source>/sdk/cmake) or CMAKE_PREFIX_PATH, then
#   find_package(Nodus REQUIRED)
#   nodus_add_plugin(myplugin SOURCES my.c JS myplugin=my.js OUTPUT_DIR ${CMAKE_BINARY_DIR})
get_filename_component(_nodus_root ${CMAKE_CURRENT_LIST_DIR}/../.. ABSOLUTE)
if(NOT NODUS_SDK_INCLUDE_DIRS)
  find_path(_nodus_napi_include node_api.h
            PATHS ${_nodus_root}/.deps/node-api-headers/include /usr/include/node NO_DEFAULT_PATH)
  set(NODUS_SDK_INCLUDE_DIRS ${_nodus_root}/abi/include ${_nodus_napi_include})
endif()
include(${CMAKE_CURRENT_LIST_DIR}/NodusPlugin.cmake)
set(Nodus_FOUND TRUE)

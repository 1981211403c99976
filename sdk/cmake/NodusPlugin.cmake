# nodus plugin SDK: builds a nodus plugin (see abi/include/nodus/plugin.h).
#
#   nodus_add_plugin(<name>
#     SOURCES <C/C++ files>                     the native half; one of them uses NODUS_PLUGIN
#     [JS <id>=<file.js> ...]                   modules with code: `require('<id>')`
#     [BINDING <id> ...]                        modules whose exports are the native binding
#     [OUTPUT_DIR <dir>])                       default: NODUS_PLUGIN_DIR (lib/nodus/plugins),
#                                               or the build dir outside the nodus tree
#
# Produces <OUTPUT_DIR>/<name>.so: hidden visibility (only nodus_plugin_v1 is exported),
# Node-API and nodus_* symbols left for the nodus executable to provide at load time,
# libuv linked shared (one loop with nodus).
#
# Needs NODUS_SDK_INCLUDE_DIRS (nodus/plugin.h and the Node-API headers); the nodus tree
# sets it, and so does find_package(Nodus) (NodusConfig.cmake) for plugins built outside.
include_guard(GLOBAL)
set(NODUS_SDK_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR})

function(nodus_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIR" "SOURCES;JS;BINDING" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "nodus_add_plugin(${name}): SOURCES is required")
  endif()
  if(NOT ARG_OUTPUT_DIR)
    if(NODUS_PLUGIN_DIR)
      set(ARG_OUTPUT_DIR ${NODUS_PLUGIN_DIR})
    else()
      set(ARG_OUTPUT_DIR ${CMAKE_BINARY_DIR})
    endif()
  endif()
  set(specs "")
  set(deps "")
  foreach(js IN LISTS ARG_JS)
    string(FIND "${js}" "=" eq)
    if(eq LESS 1)
      message(FATAL_ERROR "nodus_add_plugin(${name}): JS entries are <id>=<file>, got '${js}'")
    endif()
    string(SUBSTRING "${js}" 0 ${eq} id)
    math(EXPR start "${eq} + 1")
    string(SUBSTRING "${js}" ${start} -1 file)
    get_filename_component(file "${file}" ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND specs "${id}=${file}")
    list(APPEND deps "${file}")
  endforeach()
  foreach(id IN LISTS ARG_BINDING)
    list(APPEND specs "${id}=")
  endforeach()
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/${name}_modules.c)
  # '|' separates the entries on the command line: a ';' would split the argument.
  string(REPLACE ";" "|" specs_arg "${specs}")
  add_custom_command(
    OUTPUT ${gen}
    COMMAND ${CMAKE_COMMAND} -DOUT=${gen} "-DMODULES=${specs_arg}"
            -P ${NODUS_SDK_CMAKE_DIR}/EmbedPluginJs.cmake
    DEPENDS ${deps} ${NODUS_SDK_CMAKE_DIR}/EmbedPluginJs.cmake
    COMMENT "Embedding the JS of plugin ${name}"
    VERBATIM)
  add_library(${name} MODULE ${ARG_SOURCES} ${gen})
  set_target_properties(${name} PROPERTIES
    PREFIX "" SUFFIX ".so"
    C_VISIBILITY_PRESET hidden CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIR})
  target_include_directories(${name} PRIVATE ${NODUS_SDK_INCLUDE_DIRS})
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(NODUS_SDK_UV REQUIRED IMPORTED_TARGET libuv)
  target_link_libraries(${name} PRIVATE PkgConfig::NODUS_SDK_UV)
endfunction()

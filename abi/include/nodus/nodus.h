/* Everything a nodus plugin may include: Node-API, libuv, and the nodus plugin ABI. */
#ifndef NODUS_NODUS_H
#define NODUS_NODUS_H

#include <node_api.h>
#include <uv.h>

#include "nodus/plugin.h"

#endif /* NODUS_NODUS_H */

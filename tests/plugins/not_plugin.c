/* A shared library that is not a nodus plugin (no nodus_plugin_v1). */
int plugtest_not_a_plugin(void) { return 42; }

// Loads libnode (V8) exactly as nodus does and does nothing else: the floor under
// nodus's start-up time that comes from the library, not from nodus.
#include <v8.h>
int main() { return v8::V8::GetVersion()[0] == '\0'; }

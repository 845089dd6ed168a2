// The version of the Xapian library in use, for `--version`.
#include "bridge.hpp"

extern "C" const char *cx_version_string(void) noexcept {
    return Xapian::version_string();
}

// Databases served over Xapian's remote protocol.
#include "bridge.hpp"

#include <memory>
#include <utility>

using cxapian::bytes;
using cxapian::guarded;

extern "C" {

cx_database *cx_database_open_remote(const char *host, size_t length, unsigned int port,
                                     unsigned int timeout_ms, unsigned int connect_timeout_ms,
                                     cx_error **error) noexcept {
    return guarded(error, static_cast<cx_database *>(nullptr), [&] {
        auto opened = std::make_unique<Xapian::Database>(
            Xapian::Remote::open(bytes(host, length), port, timeout_ms, connect_timeout_ms));
        return new cx_database(std::move(opened));
    });
}

}  // extern "C"

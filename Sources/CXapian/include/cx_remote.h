/* Databases served by another process over Xapian's remote protocol (xapian-tcpsrv). */
#ifndef CX_REMOTE_H
#define CX_REMOTE_H

#include "cx_common.h"
#include "cx_database.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Connects to a database served at host:port. `timeout_ms` bounds every exchange after connecting,
 * `connect_timeout_ms` the connection itself; a server that does not answer in time is reported as
 * NetworkTimeoutError, one that refuses or vanishes as NetworkError. The result is read-only and can be
 * combined with local databases by cx_database_add_database. */
cx_database *cx_database_open_remote(const char *host, size_t length, unsigned int port,
                                     unsigned int timeout_ms, unsigned int connect_timeout_ms,
                                     cx_error **error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

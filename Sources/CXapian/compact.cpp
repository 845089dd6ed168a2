// Xapian's compactor: a copy of a database with its blocks packed full.
#include "bridge.hpp"

#include <string>

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded_action;

extern "C" {

bool cx_database_compact(const cx_database *database, const char *output,
                         size_t length, cx_error **error) noexcept {
    return guarded_action(error, [&] {
        Xapian::Database source = *checked(database).database;  // a handle on the same shards
        // The same document ids as the source, and blocks filled as far as
        // they can be while still taking later updates (FULLER would not).
        source.compact(bytes(output, length), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
    });
}

}

// Xapian's consistency check, with its report kept as text.
#include "bridge.hpp"

#include <sstream>
#include <string>

using cxapian::bytes;
using cxapian::guarded;

extern "C" {

size_t cx_database_check(const char *path, size_t length, cx_string *report,
                         cx_error **error) noexcept {
    if (report) *report = cx_string{nullptr, 0};
    return guarded(error, size_t(0), [&] {
        std::ostringstream out;
        size_t errors = Xapian::Database::check(bytes(path, length), Xapian::DBCHECK_SHORT_TREE, &out);
        if (report) *report = cxapian::copy(out.str());
        return errors;
    });
}

}

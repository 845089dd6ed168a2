// cx_error and cx_string: the two things every other file hands back.
#include <cstdlib>
#include <cstring>
#include <new>

#include "bridge.hpp"

namespace {
// Reported when not even the error record can be allocated; never freed.
cx_error out_of_memory{"std::bad_alloc", "out of memory"};
}

namespace cxapian {

void report(cx_error **error, const char *type, const std::string &message) noexcept {
    if (!error) return;
    try {
        *error = new cx_error{type ? type : "UnknownError", message};
    } catch (...) {
        *error = &out_of_memory;
    }
}

std::string bytes(const char *data, size_t length) {
    if (length == 0) return std::string();
    if (!data) throw Xapian::InvalidArgumentError("NULL string with a non-zero length");
    return std::string(data, length);
}

cx_string copy(const std::string &string) {
    char *data = static_cast<char *>(std::malloc(string.size() + 1));
    if (!data) throw std::bad_alloc();
    std::memcpy(data, string.data(), string.size());
    data[string.size()] = '\0';
    return cx_string{data, string.size()};
}

}  // namespace cxapian

extern "C" {

void cx_string_free(cx_string string) noexcept { std::free(string.data); }

const char *cx_error_type(const cx_error *error) noexcept {
    return error ? error->type.c_str() : "";
}

const char *cx_error_message(const cx_error *error) noexcept {
    return error ? error->message.c_str() : "";
}

void cx_error_free(cx_error *error) noexcept {
    if (error != &out_of_memory) delete error;
}

}

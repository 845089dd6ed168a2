// Internals shared by the bridge's translation units: what each opaque
// handle holds, and the guard that turns every exception into a cx_error.
#ifndef CXAPIAN_BRIDGE_HPP
#define CXAPIAN_BRIDGE_HPP

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "cxapian.h"

struct cx_error {
    std::string type;
    std::string message;
};

struct cx_database {
    // Holds either a Xapian::Database or a Xapian::WritableDatabase; the
    // virtual destructor lets cx_database_free release both.
    std::unique_ptr<Xapian::Database> database;

    explicit cx_database(std::unique_ptr<Xapian::Database> database_)
        : database(std::move(database_)) {}
    virtual ~cx_database() = default;
};

struct cx_writable_database : cx_database {
    explicit cx_writable_database(std::unique_ptr<Xapian::WritableDatabase> database_)
        : cx_database(std::move(database_)) {}

    Xapian::WritableDatabase &writable() {
        return static_cast<Xapian::WritableDatabase &>(*database);
    }
};

struct cx_document {
    Xapian::Document document;
};

struct cx_query {
    Xapian::Query query;
};

struct cx_term_iterator {
    Xapian::TermIterator current;
    Xapian::TermIterator end;
};

struct cx_posting_iterator {
    Xapian::PostingIterator current;
    Xapian::PostingIterator end;
};

struct cx_rset {
    Xapian::RSet rset;
};

struct cx_mset {
    Xapian::MSet mset;
};

struct cx_eset {
    Xapian::ESet eset;
};

// Decides which terms an expansion may suggest, by prefix.
struct cx_term_filter : Xapian::ExpandDecider {
    cx_term_filter_mode mode;
    std::vector<std::string> prefixes;

    explicit cx_term_filter(cx_term_filter_mode mode_) : mode(mode_) {}

    bool operator()(const std::string &term) const override {
        bool has_prefix = false;
        for (const auto &prefix : prefixes) {
            if (term.compare(0, prefix.size(), prefix) == 0) {
                has_prefix = true;
                break;
            }
        }
        return mode == CX_TERM_FILTER_ONLY_PREFIXES ? has_prefix : !has_prefix;
    }
};

struct cx_enquire {
    Xapian::Enquire enquire;
};

namespace cxapian {

// Stores a new error in *error (when error is not NULL). Never throws.
void report(cx_error **error, const char *type, const std::string &message) noexcept;

// Runs `body`, returning its result, or `fallback` after reporting whatever
// it threw. This is the only place exceptions are caught.
template <typename Result, typename Body>
Result guarded(cx_error **error, Result fallback, Body &&body) noexcept {
    if (error) *error = nullptr;
    try {
        return body();
    } catch (const Xapian::Error &e) {
        std::string message;
        try {
            message = e.get_msg();
            const char *system_error = e.get_error_string();
            if (system_error && *system_error) {
                message += " (";
                message += system_error;
                message += ")";
            }
        } catch (...) {
        }
        report(error, e.get_type(), message);
    } catch (const std::exception &e) {
        report(error, "std::exception", e.what());
    } catch (...) {
        report(error, "UnknownError", "unknown exception");
    }
    return fallback;
}

// The guard for operations with no result: true on success.
template <typename Body>
bool guarded_action(cx_error **error, Body &&body) noexcept {
    return guarded(error, false, [&] {
        body();
        return true;
    });
}

// Dereferences a handle, turning a NULL into an error instead of a crash.
template <typename Handle>
Handle &checked(Handle *handle) {
    if (!handle) throw Xapian::InvalidArgumentError("NULL handle passed to CXapian");
    return *handle;
}

// A (pointer, length) pair as a std::string; a NULL pointer must have length 0.
std::string bytes(const char *data, size_t length);

// A malloc'ed copy owned by the caller.
cx_string copy(const std::string &string);

}  // namespace cxapian

#endif

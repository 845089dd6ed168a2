// Creating databases and changing their documents and metadata.
#include "bridge.hpp"

#include <cstdlib>
#include <mutex>
#include <string>

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded;
using cxapian::guarded_action;

namespace {
Xapian::WritableDatabase &db(cx_writable_database *database) {
    return checked(database).writable();
}

const Xapian::Document &doc(const cx_document *document) {
    return checked(document).document;
}
}  // namespace

extern "C" {

cx_writable_database *cx_writable_database_open(const char *path, size_t length, int flags,
                                                cx_error **error) noexcept {
    return guarded(error, static_cast<cx_writable_database *>(nullptr), [&] {
        auto opened = std::make_unique<Xapian::WritableDatabase>(bytes(path, length), flags);
        return new cx_writable_database(std::move(opened));
    });
}

cx_writable_database *cx_writable_database_open_buffered(const char *path, size_t length, int flags,
                                                         unsigned flush_threshold,
                                                         cx_error **error) noexcept {
    if (flush_threshold == 0) return cx_writable_database_open(path, length, flags, error);
    // Xapian 1.4 takes the threshold only from the environment, when the database opens: set it for that
    // moment, under a lock so that two opens do not mix their values, then put back what was there.
    static std::mutex environment;
    std::lock_guard<std::mutex> hold(environment);
    const char *before = std::getenv("XAPIAN_FLUSH_THRESHOLD");
    std::string saved = before ? before : "";
    setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(flush_threshold).c_str(), 1);
    cx_writable_database *opened = cx_writable_database_open(path, length, flags, error);
    if (before) setenv("XAPIAN_FLUSH_THRESHOLD", saved.c_str(), 1);
    else unsetenv("XAPIAN_FLUSH_THRESHOLD");
    return opened;
}

cx_database *cx_writable_database_base(cx_writable_database *database) noexcept {
    return database;
}

cx_docid cx_writable_database_add_document(cx_writable_database *database,
                                           const cx_document *document,
                                           cx_error **error) noexcept {
    return guarded(error, cx_docid(0), [&] { return db(database).add_document(doc(document)); });
}

bool cx_writable_database_replace_document(cx_writable_database *database, cx_docid docid,
                                           const cx_document *document,
                                           cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).replace_document(docid, doc(document)); });
}

cx_docid cx_writable_database_replace_document_by_term(cx_writable_database *database,
                                                       const char *unique_term, size_t length,
                                                       const cx_document *document,
                                                       cx_error **error) noexcept {
    return guarded(error, cx_docid(0), [&] {
        return db(database).replace_document(bytes(unique_term, length), doc(document));
    });
}

bool cx_writable_database_delete_document(cx_writable_database *database, cx_docid docid,
                                          cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).delete_document(docid); });
}

bool cx_writable_database_delete_document_by_term(cx_writable_database *database,
                                                  const char *unique_term, size_t length,
                                                  cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { db(database).delete_document(bytes(unique_term, length)); });
}

bool cx_writable_database_set_metadata(cx_writable_database *database, const char *key,
                                       size_t key_length, const char *value,
                                       size_t value_length, cx_error **error) noexcept {
    return guarded_action(error, [&] {
        db(database).set_metadata(bytes(key, key_length), bytes(value, value_length));
    });
}

bool cx_writable_database_commit(cx_writable_database *database, cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).commit(); });
}

bool cx_writable_database_begin_transaction(cx_writable_database *database, bool flushed,
                                            cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).begin_transaction(flushed); });
}

bool cx_writable_database_commit_transaction(cx_writable_database *database,
                                             cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).commit_transaction(); });
}

bool cx_writable_database_cancel_transaction(cx_writable_database *database,
                                             cx_error **error) noexcept {
    return guarded_action(error, [&] { db(database).cancel_transaction(); });
}

}

// Read-only access to a database, including one combined from shards.
#include "bridge.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded;
using cxapian::guarded_action;

namespace {
const Xapian::Database &db(const cx_database *database) {
    return *checked(database).database;
}
}  // namespace

extern "C" {

cx_database *cx_database_new_empty(cx_error **error) noexcept {
    return guarded(error, static_cast<cx_database *>(nullptr), [&] {
        return new cx_database(std::make_unique<Xapian::Database>());
    });
}

cx_database *cx_database_open(const char *path, size_t length, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_database *>(nullptr), [&] {
        auto opened = std::make_unique<Xapian::Database>(bytes(path, length));
        return new cx_database(std::move(opened));
    });
}

void cx_database_free(cx_database *database) noexcept {
    // Also frees writable databases (virtual destructor), which commit
    // pending changes here; Xapian's destructor swallows any failure.
    delete database;
}

bool cx_database_add_database(cx_database *database, const cx_database *other,
                              cx_error **error) noexcept {
    return guarded_action(error, [&] { checked(database).database->add_database(db(other)); });
}

bool cx_database_reopen(cx_database *database, cx_error **error) noexcept {
    return guarded(error, false, [&] { return checked(database).database->reopen(); });
}

bool cx_database_close(cx_database *database, cx_error **error) noexcept {
    return guarded_action(error, [&] { checked(database).database->close(); });
}

cx_doccount cx_database_get_doccount(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return db(database).get_doccount(); });
}

cx_docid cx_database_get_lastdocid(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, cx_docid(0), [&] { return db(database).get_lastdocid(); });
}

uint64_t cx_database_get_revision(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, uint64_t(0), [&] { return uint64_t(db(database).get_revision()); });
}

double cx_database_get_avlength(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, 0.0, [&] { return db(database).get_avlength(); });
}

cx_doccount cx_database_get_termfreq(const cx_database *database, const char *term,
                                     size_t length, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0),
                   [&] { return db(database).get_termfreq(bytes(term, length)); });
}

bool cx_database_term_exists(const cx_database *database, const char *term, size_t length,
                             cx_error **error) noexcept {
    return guarded(error, false, [&] { return db(database).term_exists(bytes(term, length)); });
}

cx_termcount cx_database_get_doclength(const cx_database *database, cx_docid docid,
                                       cx_error **error) noexcept {
    return guarded(error, cx_termcount(0), [&] { return db(database).get_doclength(docid); });
}

cx_string cx_database_get_metadata(const cx_database *database, const char *key,
                                   size_t length, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0}, [&] {
        return cxapian::copy(db(database).get_metadata(bytes(key, length)));
    });
}

cx_string cx_database_get_uuid(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0},
                   [&] { return cxapian::copy(db(database).get_uuid()); });
}

cx_document *cx_database_get_document(const cx_database *database, cx_docid docid,
                                      cx_error **error) noexcept {
    return guarded(error, static_cast<cx_document *>(nullptr), [&] {
        return new cx_document{db(database).get_document(docid)};
    });
}

cx_term_iterator *cx_database_allterms(const cx_database *database, const char *prefix,
                                       size_t length, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_term_iterator *>(nullptr), [&] {
        const auto &source = db(database);
        std::string start = bytes(prefix, length);
        return new cx_term_iterator{source.allterms_begin(start), source.allterms_end(start)};
    });
}

cx_posting_iterator *cx_database_postlist(const cx_database *database, const char *term,
                                          size_t length, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_posting_iterator *>(nullptr), [&] {
        const auto &source = db(database);
        std::string name = bytes(term, length);
        return new cx_posting_iterator{source.postlist_begin(name), source.postlist_end(name)};
    });
}

size_t cx_database_intersect(const cx_database *database, const char *const *terms,
                             const size_t *lengths, size_t count, cx_docid from,
                             cx_docid *ids, size_t capacity, cx_error **error) noexcept {
    return guarded(error, size_t(0), [&] {
        const auto &source = db(database);
        if (count == 0 || capacity == 0) return size_t(0);
        std::vector<std::pair<Xapian::doccount, std::string>> ordered;
        for (size_t i = 0; i < count; ++i) {
            std::string name = bytes(terms[i], lengths[i]);
            ordered.emplace_back(source.get_termfreq(name), std::move(name));
        }
        std::sort(ordered.begin(), ordered.end());
        if (ordered.front().first == 0) return size_t(0);
        std::vector<Xapian::PostingIterator> lists;
        for (const auto &term : ordered) lists.push_back(source.postlist_begin(term.second));
        const Xapian::PostingIterator end;
        size_t found = 0;
        Xapian::docid candidate = std::max<Xapian::docid>(from, 1);
        auto &leader = lists.front();
        for (leader.skip_to(candidate); leader != end; leader.skip_to(candidate)) {
            candidate = *leader;
            bool inAll = true;
            for (size_t i = 1; i < lists.size(); ++i) {
                lists[i].skip_to(candidate);
                if (lists[i] == end) return found;
                if (*lists[i] != candidate) {
                    candidate = *lists[i];
                    inAll = false;
                    break;
                }
            }
            if (inAll) {
                ids[found++] = candidate;
                if (found == capacity) break;
                ++candidate;
            }
        }
        return found;
    });
}


cx_string cx_database_values(const cx_database *database, cx_valueno slot, const cx_docid *ids,
                             size_t count, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0}, [&] {
        const auto &source = db(database);
        std::vector<std::pair<Xapian::docid, size_t>> order;
        order.reserve(count);
        for (size_t i = 0; i < count; ++i) order.emplace_back(ids[i], i);
        std::sort(order.begin(), order.end());
        std::vector<std::string> values(count);
        Xapian::ValueIterator stream = source.valuestream_begin(slot);
        const Xapian::ValueIterator end = source.valuestream_end(slot);
        for (const auto &[id, position] : order) {
            if (stream == end) break;
            if (stream.get_docid() < id) stream.skip_to(id);
            if (stream == end) break;
            if (stream.get_docid() == id) values[position] = *stream;
        }
        std::string packed;
        for (const auto &value : values) {
            const auto length = static_cast<uint32_t>(value.size());
            for (int shift = 0; shift < 32; shift += 8) packed.push_back(static_cast<char>((length >> shift) & 0xff));
            packed += value;
        }
        return cxapian::copy(packed);
    });
}

}

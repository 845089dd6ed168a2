// Building query trees and describing them.
#include "bridge.hpp"

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded;

namespace {
cx_query *wrap(Xapian::Query query) { return new cx_query{std::move(query)}; }

Xapian::Query::op xapian_op(cx_query_op op) { return static_cast<Xapian::Query::op>(op); }
}  // namespace

extern "C" {

cx_query *cx_query_new_term(const char *term, size_t length, cx_termcount wqf,
                            cx_termpos position, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr),
                   [&] { return wrap(Xapian::Query(bytes(term, length), wqf, position)); });
}

cx_query *cx_query_new_match_all(cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr),
                   [] { return wrap(Xapian::Query::MatchAll); });
}

cx_query *cx_query_new_match_nothing(cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr),
                   [] { return wrap(Xapian::Query::MatchNothing); });
}

cx_query *cx_query_new_combined(cx_query_op op, const cx_query *const *subqueries,
                                size_t count, cx_termcount parameter,
                                cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr), [&] {
        if (count > 0 && !subqueries) throw Xapian::InvalidArgumentError("NULL subquery array");
        std::vector<Xapian::Query> parts;
        parts.reserve(count);
        for (size_t i = 0; i < count; ++i) parts.push_back(checked(subqueries[i]).query);
        return wrap(Xapian::Query(xapian_op(op), parts.begin(), parts.end(), parameter));
    });
}

cx_query *cx_query_new_value_range(cx_valueno slot, const char *from, size_t from_length,
                                   const char *to, size_t to_length,
                                   cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr), [&] {
        return wrap(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, bytes(from, from_length),
                                  bytes(to, to_length)));
    });
}

cx_query *cx_query_new_value_compare(cx_query_op op, cx_valueno slot, const char *limit,
                                     size_t length, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr), [&] {
        return wrap(Xapian::Query(xapian_op(op), slot, bytes(limit, length)));
    });
}

cx_query *cx_query_new_scaled(const cx_query *subquery, double factor,
                              cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr),
                   [&] { return wrap(Xapian::Query(factor, checked(subquery).query)); });
}

cx_query *cx_query_new_wildcard(const char *prefix, size_t length, cx_termcount max_expansion,
                                cx_error **error) noexcept {
    return guarded(error, static_cast<cx_query *>(nullptr), [&] {
        return wrap(Xapian::Query(Xapian::Query::OP_WILDCARD, bytes(prefix, length),
                                  max_expansion));
    });
}

void cx_query_free(cx_query *query) noexcept { delete query; }

cx_string cx_query_get_description(const cx_query *query, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0},
                   [&] { return cxapian::copy(checked(query).query.get_description()); });
}

cx_termcount cx_query_get_length(const cx_query *query, cx_error **error) noexcept {
    return guarded(error, cx_termcount(0), [&] { return checked(query).query.get_length(); });
}

bool cx_query_empty(const cx_query *query, cx_error **error) noexcept {
    return guarded(error, false, [&] { return checked(query).query.empty(); });
}

}

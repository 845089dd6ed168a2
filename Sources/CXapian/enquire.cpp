// Running a query: the enquire session and its settings.
#include "bridge.hpp"

using cxapian::checked;
using cxapian::guarded;
using cxapian::guarded_action;

namespace {
Xapian::Enquire &enq(cx_enquire *enquire) { return checked(enquire).enquire; }
const Xapian::Enquire &enq(const cx_enquire *enquire) { return checked(enquire).enquire; }

// Xapian wants a null pointer, not an empty set, when there is no feedback.
const Xapian::RSet *optional_rset(const cx_rset *rset) { return rset ? &rset->rset : nullptr; }
}  // namespace

extern "C" {

cx_enquire *cx_enquire_new(const cx_database *database, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_enquire *>(nullptr), [&] {
        return new cx_enquire{Xapian::Enquire(*checked(database).database)};
    });
}

void cx_enquire_free(cx_enquire *enquire) noexcept { delete enquire; }

bool cx_enquire_set_query(cx_enquire *enquire, const cx_query *query,
                          cx_termcount query_length, cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { enq(enquire).set_query(checked(query).query, query_length); });
}

bool cx_enquire_set_weighting_bm25(cx_enquire *enquire, double k1, double k2, double k3,
                                   double b, double min_normlen, cx_error **error) noexcept {
    return guarded_action(error, [&] {
        enq(enquire).set_weighting_scheme(Xapian::BM25Weight(k1, k2, k3, b, min_normlen));
    });
}

bool cx_enquire_set_weighting_bool(cx_enquire *enquire, cx_error **error) noexcept {
    return guarded_action(error, [&] { enq(enquire).set_weighting_scheme(Xapian::BoolWeight()); });
}

bool cx_enquire_set_docid_order(cx_enquire *enquire, cx_docid_order order,
                                cx_error **error) noexcept {
    return guarded_action(error, [&] {
        switch (order) {
            case CX_DOCID_ORDER_ASCENDING:
                return enq(enquire).set_docid_order(Xapian::Enquire::ASCENDING);
            case CX_DOCID_ORDER_DESCENDING:
                return enq(enquire).set_docid_order(Xapian::Enquire::DESCENDING);
            case CX_DOCID_ORDER_DONT_CARE:
                return enq(enquire).set_docid_order(Xapian::Enquire::DONT_CARE);
        }
        throw Xapian::InvalidArgumentError("unknown document id order");
    });
}

bool cx_enquire_set_sort_by_relevance(cx_enquire *enquire, cx_error **error) noexcept {
    return guarded_action(error, [&] { enq(enquire).set_sort_by_relevance(); });
}

bool cx_enquire_set_sort_by_value(cx_enquire *enquire, cx_valueno slot, bool reverse,
                                  cx_error **error) noexcept {
    return guarded_action(error, [&] { enq(enquire).set_sort_by_value(slot, reverse); });
}

bool cx_enquire_set_sort_by_relevance_then_value(cx_enquire *enquire, cx_valueno slot,
                                                 bool reverse, cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { enq(enquire).set_sort_by_relevance_then_value(slot, reverse); });
}

bool cx_enquire_set_sort_by_value_then_relevance(cx_enquire *enquire, cx_valueno slot,
                                                 bool reverse, cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { enq(enquire).set_sort_by_value_then_relevance(slot, reverse); });
}

bool cx_enquire_set_collapse_key(cx_enquire *enquire, cx_valueno slot,
                                 cx_doccount collapse_max, cx_error **error) noexcept {
    return guarded_action(error, [&] { enq(enquire).set_collapse_key(slot, collapse_max); });
}

cx_mset *cx_enquire_get_mset(const cx_enquire *enquire, cx_doccount first,
                             cx_doccount max_items, cx_doccount check_at_least,
                             const cx_rset *rset, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_mset *>(nullptr), [&] {
        return new cx_mset{
            enq(enquire).get_mset(first, max_items, check_at_least, optional_rset(rset))};
    });
}

cx_eset *cx_enquire_get_eset(const cx_enquire *enquire, cx_termcount max_items,
                             const cx_rset *rset, const cx_term_filter *filter,
                             bool include_query_terms, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_eset *>(nullptr), [&] {
        int flags = include_query_terms ? Xapian::Enquire::INCLUDE_QUERY_TERMS : 0;
        const Xapian::ExpandDecider *decider = filter;  // NULL: every term
        return new cx_eset{enq(enquire).get_eset(max_items, checked(rset).rset, flags, decider)};
    });
}

}

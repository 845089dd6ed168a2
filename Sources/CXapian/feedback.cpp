// Inputs to query expansion: relevant documents and term filters.
#include "bridge.hpp"

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded;
using cxapian::guarded_action;

extern "C" {

cx_rset *cx_rset_new(cx_error **error) noexcept {
    return guarded(error, static_cast<cx_rset *>(nullptr), [] { return new cx_rset{}; });
}

bool cx_rset_add_document(cx_rset *rset, cx_docid docid, cx_error **error) noexcept {
    return guarded_action(error, [&] { checked(rset).rset.add_document(docid); });
}

void cx_rset_free(cx_rset *rset) noexcept { delete rset; }

cx_term_filter *cx_term_filter_new(cx_term_filter_mode mode, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_term_filter *>(nullptr), [&] {
        if (mode != CX_TERM_FILTER_EXCLUDE_PREFIXES && mode != CX_TERM_FILTER_ONLY_PREFIXES)
            throw Xapian::InvalidArgumentError("unknown term filter mode");
        return new cx_term_filter(mode);
    });
}

bool cx_term_filter_add_prefix(cx_term_filter *filter, const char *prefix, size_t length,
                               cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { checked(filter).prefixes.push_back(bytes(prefix, length)); });
}

void cx_term_filter_free(cx_term_filter *filter) noexcept { delete filter; }

}

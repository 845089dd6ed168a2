// Stepping through term and posting lists one item at a time.
#include "bridge.hpp"

using cxapian::checked;
using cxapian::guarded;

extern "C" {

bool cx_term_iterator_next(cx_term_iterator *iterator, cx_string *term,
                           cx_error **error) noexcept {
    return guarded(error, false, [&] {
        auto &it = checked(iterator);
        if (it.current == it.end) return false;
        cx_string &out = checked(term);
        std::string next = *it.current;
        ++it.current;
        out = cxapian::copy(next);  // last, so nothing can throw after the allocation
        return true;
    });
}

void cx_term_iterator_free(cx_term_iterator *iterator) noexcept { delete iterator; }

bool cx_posting_iterator_next(cx_posting_iterator *iterator, cx_docid *docid,
                              cx_error **error) noexcept {
    return guarded(error, false, [&] {
        auto &it = checked(iterator);
        if (it.current == it.end) return false;
        checked(docid) = *it.current;
        ++it.current;
        return true;
    });
}

void cx_posting_iterator_free(cx_posting_iterator *iterator) noexcept { delete iterator; }

}

// Reading match sets and expansion sets.
#include "bridge.hpp"

using cxapian::checked;
using cxapian::guarded;

namespace {
const Xapian::MSet &ms(const cx_mset *mset) { return checked(mset).mset; }

// The item at `index`, which Xapian itself does not bounds-check.
Xapian::MSetIterator item(const cx_mset *mset, cx_doccount index) {
    const auto &matches = ms(mset);
    if (index >= matches.size()) throw Xapian::RangeError("match index out of range");
    return matches[index];
}

Xapian::ESetIterator item(const cx_eset *eset, cx_termcount index) {
    const auto &terms = checked(eset).eset;
    if (index >= terms.size()) throw Xapian::RangeError("expand term index out of range");
    return terms[index];
}
}  // namespace

extern "C" {

cx_doccount cx_mset_size(const cx_mset *mset, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return ms(mset).size(); });
}

cx_doccount cx_mset_get_matches_estimated(const cx_mset *mset, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return ms(mset).get_matches_estimated(); });
}

cx_doccount cx_mset_get_matches_lower_bound(const cx_mset *mset, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return ms(mset).get_matches_lower_bound(); });
}

cx_doccount cx_mset_get_matches_upper_bound(const cx_mset *mset, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return ms(mset).get_matches_upper_bound(); });
}

cx_docid cx_mset_get_docid(const cx_mset *mset, cx_doccount index, cx_error **error) noexcept {
    return guarded(error, cx_docid(0), [&] { return *item(mset, index); });
}

cx_doccount cx_mset_get_rank(const cx_mset *mset, cx_doccount index, cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return item(mset, index).get_rank(); });
}

double cx_mset_get_weight(const cx_mset *mset, cx_doccount index, cx_error **error) noexcept {
    return guarded(error, 0.0, [&] { return item(mset, index).get_weight(); });
}

int cx_mset_get_percent(const cx_mset *mset, cx_doccount index, cx_error **error) noexcept {
    return guarded(error, 0, [&] { return item(mset, index).get_percent(); });
}

cx_doccount cx_mset_get_collapse_count(const cx_mset *mset, cx_doccount index,
                                       cx_error **error) noexcept {
    return guarded(error, cx_doccount(0), [&] { return item(mset, index).get_collapse_count(); });
}

cx_document *cx_mset_get_document(const cx_mset *mset, cx_doccount index,
                                  cx_error **error) noexcept {
    return guarded(error, static_cast<cx_document *>(nullptr),
                   [&] { return new cx_document{item(mset, index).get_document()}; });
}

void cx_mset_free(cx_mset *mset) noexcept { delete mset; }

cx_termcount cx_eset_size(const cx_eset *eset, cx_error **error) noexcept {
    return guarded(error, cx_termcount(0), [&] { return checked(eset).eset.size(); });
}

cx_string cx_eset_get_term(const cx_eset *eset, cx_termcount index, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0},
                   [&] { return cxapian::copy(*item(eset, index)); });
}

double cx_eset_get_weight(const cx_eset *eset, cx_termcount index, cx_error **error) noexcept {
    return guarded(error, 0.0, [&] { return item(eset, index).get_weight(); });
}

void cx_eset_free(cx_eset *eset) noexcept { delete eset; }

}

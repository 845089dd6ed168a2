// Documents: their data, value slots and terms.
#include "bridge.hpp"

using cxapian::bytes;
using cxapian::checked;
using cxapian::guarded;
using cxapian::guarded_action;

namespace {
Xapian::Document &doc(cx_document *document) { return checked(document).document; }
const Xapian::Document &doc(const cx_document *document) { return checked(document).document; }
}  // namespace

extern "C" {

cx_document *cx_document_new(cx_error **error) noexcept {
    return guarded(error, static_cast<cx_document *>(nullptr), [] { return new cx_document{}; });
}

void cx_document_free(cx_document *document) noexcept { delete document; }

cx_docid cx_document_get_docid(const cx_document *document, cx_error **error) noexcept {
    return guarded(error, cx_docid(0), [&] { return doc(document).get_docid(); });
}

cx_string cx_document_get_data(const cx_document *document, cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0},
                   [&] { return cxapian::copy(doc(document).get_data()); });
}

bool cx_document_set_data(cx_document *document, const char *data, size_t length,
                          cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).set_data(bytes(data, length)); });
}

cx_string cx_document_get_value(const cx_document *document, cx_valueno slot,
                                cx_error **error) noexcept {
    return guarded(error, cx_string{nullptr, 0},
                   [&] { return cxapian::copy(doc(document).get_value(slot)); });
}

bool cx_document_add_value(cx_document *document, cx_valueno slot, const char *value,
                           size_t length, cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).add_value(slot, bytes(value, length)); });
}

bool cx_document_remove_value(cx_document *document, cx_valueno slot,
                              cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).remove_value(slot); });
}

bool cx_document_add_term(cx_document *document, const char *term, size_t length,
                          cx_termcount wdf_increment, cx_error **error) noexcept {
    return guarded_action(error,
                          [&] { doc(document).add_term(bytes(term, length), wdf_increment); });
}

bool cx_document_add_posting(cx_document *document, const char *term, size_t length,
                             cx_termpos position, cx_termcount wdf_increment,
                             cx_error **error) noexcept {
    return guarded_action(error, [&] {
        doc(document).add_posting(bytes(term, length), position, wdf_increment);
    });
}

bool cx_document_add_boolean_term(cx_document *document, const char *term, size_t length,
                                  cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).add_boolean_term(bytes(term, length)); });
}

bool cx_document_remove_term(cx_document *document, const char *term, size_t length,
                             cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).remove_term(bytes(term, length)); });
}

bool cx_document_clear_terms(cx_document *document, cx_error **error) noexcept {
    return guarded_action(error, [&] { doc(document).clear_terms(); });
}

cx_term_iterator *cx_document_termlist(const cx_document *document, cx_error **error) noexcept {
    return guarded(error, static_cast<cx_term_iterator *>(nullptr), [&] {
        const auto &source = doc(document);
        return new cx_term_iterator{source.termlist_begin(), source.termlist_end()};
    });
}

}

/* Documents: data, values and terms, whether new or read from a database. */
#ifndef CX_DOCUMENT_H
#define CX_DOCUMENT_H

#include "cx_common.h"
#include "cx_iterators.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_document cx_document;

cx_document *cx_document_new(cx_error **error) CX_NOEXCEPT;
void cx_document_free(cx_document *document) CX_NOEXCEPT;

/* 0 for a document not read from a database. */
cx_docid cx_document_get_docid(const cx_document *document, cx_error **error) CX_NOEXCEPT;

cx_string cx_document_get_data(const cx_document *document, cx_error **error) CX_NOEXCEPT;
bool cx_document_set_data(cx_document *document, const char *data, size_t length,
                          cx_error **error) CX_NOEXCEPT;

cx_string cx_document_get_value(const cx_document *document, cx_valueno slot,
                                cx_error **error) CX_NOEXCEPT;
bool cx_document_add_value(cx_document *document, cx_valueno slot,
                           const char *value, size_t length, cx_error **error) CX_NOEXCEPT;
bool cx_document_remove_value(cx_document *document, cx_valueno slot,
                              cx_error **error) CX_NOEXCEPT;

bool cx_document_add_term(cx_document *document, const char *term, size_t length,
                          cx_termcount wdf_increment, cx_error **error) CX_NOEXCEPT;
bool cx_document_add_posting(cx_document *document, const char *term, size_t length,
                             cx_termpos position, cx_termcount wdf_increment,
                             cx_error **error) CX_NOEXCEPT;
/* A term with no wdf, for filtering rather than ranking. */
bool cx_document_add_boolean_term(cx_document *document, const char *term,
                                  size_t length, cx_error **error) CX_NOEXCEPT;
bool cx_document_remove_term(cx_document *document, const char *term, size_t length,
                             cx_error **error) CX_NOEXCEPT;
bool cx_document_clear_terms(cx_document *document, cx_error **error) CX_NOEXCEPT;

/* The document's terms in ascending byte order. */
cx_term_iterator *cx_document_termlist(const cx_document *document, cx_error **error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

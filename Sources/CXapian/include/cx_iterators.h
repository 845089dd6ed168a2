/* Forward-only cursors over terms and document ids. */
#ifndef CX_ITERATORS_H
#define CX_ITERATORS_H

#include "cx_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_term_iterator cx_term_iterator;

/* Stores the next term in *term and returns true, or returns false at the
 * end or on failure. The caller frees each returned term. */
bool cx_term_iterator_next(cx_term_iterator *iterator, cx_string *term,
                           cx_error **error) CX_NOEXCEPT;
void cx_term_iterator_free(cx_term_iterator *iterator) CX_NOEXCEPT;

typedef struct cx_posting_iterator cx_posting_iterator;

/* Stores the next document id in *docid and returns true, or returns false
 * at the end or on failure. */
bool cx_posting_iterator_next(cx_posting_iterator *iterator, cx_docid *docid,
                              cx_error **error) CX_NOEXCEPT;
void cx_posting_iterator_free(cx_posting_iterator *iterator) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

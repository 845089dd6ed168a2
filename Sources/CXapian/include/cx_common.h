/*
 * Shared vocabulary of the CXapian bridge: integer types, owned strings and
 * the error record.
 *
 * Conventions followed by every function of the bridge:
 *   - The last parameter is `cx_error **error`. It must point to NULL (or be
 *     NULL itself when the caller does not care). On failure the function
 *     stores a new error there, which the caller releases with cx_error_free.
 *   - On failure, functions return NULL, 0 or false; check *error, not the
 *     return value, since 0 and false are also ordinary results.
 *   - Strings cross as (pointer, length) pairs: terms, values and document
 *     data may hold NUL bytes. Strings returned to the caller are cx_string
 *     values owned by the caller, released with cx_string_free.
 *   - Handles returned by a `_new`, `_open` or getter function are owned by
 *     the caller and released with the matching `_free` function.
 */
#ifndef CX_COMMON_H
#define CX_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The C++ definitions promise not to throw; C++ callers see that promise. */
#ifdef __cplusplus
#define CX_NOEXCEPT noexcept
#else
#define CX_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t cx_docid;     /* 0 is never a valid document id */
typedef uint32_t cx_valueno;   /* value slot number */
typedef uint32_t cx_termcount; /* wdf, wqf, lengths, window sizes */
typedef uint32_t cx_termpos;   /* term position within a document */
typedef uint32_t cx_doccount;  /* number of documents */

/* The value slot meaning "no slot", e.g. to turn collapsing off. */
#define CX_BAD_VALUENO ((cx_valueno)0xffffffffu)

/* A byte string owned by the caller. `data` is followed by an extra NUL byte
 * for convenience, but `length` is authoritative. */
typedef struct cx_string {
    char *data;
    size_t length;
} cx_string;

void cx_string_free(cx_string string) CX_NOEXCEPT;

/* The version of the Xapian library linked in, e.g. "1.4.22"; static, never freed. */
const char *cx_version_string(void) CX_NOEXCEPT;

/* A failure reported by Xapian or by the bridge itself. */
typedef struct cx_error cx_error;

/* Xapian's class name, e.g. "DatabaseNotFoundError"; "std::exception" or
 * "UnknownError" for failures not raised by Xapian. */
const char *cx_error_type(const cx_error *error) CX_NOEXCEPT;
/* Human-readable explanation, including the system error text if any. */
const char *cx_error_message(const cx_error *error) CX_NOEXCEPT;
void cx_error_free(cx_error *error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

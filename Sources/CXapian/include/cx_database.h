/* Read-only databases, possibly made of several shards, and writable ones. */
#ifndef CX_DATABASE_H
#define CX_DATABASE_H

#include "cx_common.h"
#include "cx_document.h"
#include "cx_iterators.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_database cx_database;

/* A database with no shards: searches on it match nothing. */
cx_database *cx_database_new_empty(cx_error **error) CX_NOEXCEPT;
cx_database *cx_database_open(const char *path, size_t length, cx_error **error) CX_NOEXCEPT;
/* Frees a read-only database, or a writable one through its base view. */
void cx_database_free(cx_database *database) CX_NOEXCEPT;

/* Adds the shards of `other` to `database`, to be searched as one. */
bool cx_database_add_database(cx_database *database, const cx_database *other,
                              cx_error **error) CX_NOEXCEPT;
/* Moves to the latest committed revision; true if it changed. */
bool cx_database_reopen(cx_database *database, cx_error **error) CX_NOEXCEPT;
/* Releases files and locks; later use reports DatabaseClosedError. */
bool cx_database_close(cx_database *database, cx_error **error) CX_NOEXCEPT;

cx_doccount cx_database_get_doccount(const cx_database *database, cx_error **error) CX_NOEXCEPT;
cx_docid cx_database_get_lastdocid(const cx_database *database, cx_error **error) CX_NOEXCEPT;
/* The revision a single-shard database is at; each commit adds one. A
 * database of several shards reports InvalidOperationError. */
uint64_t cx_database_get_revision(const cx_database *database, cx_error **error) CX_NOEXCEPT;
double cx_database_get_avlength(const cx_database *database, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_database_get_termfreq(const cx_database *database, const char *term,
                                     size_t length, cx_error **error) CX_NOEXCEPT;
bool cx_database_term_exists(const cx_database *database, const char *term,
                             size_t length, cx_error **error) CX_NOEXCEPT;
cx_termcount cx_database_get_doclength(const cx_database *database, cx_docid docid,
                                       cx_error **error) CX_NOEXCEPT;
cx_string cx_database_get_metadata(const cx_database *database, const char *key,
                                   size_t length, cx_error **error) CX_NOEXCEPT;
cx_string cx_database_get_uuid(const cx_database *database, cx_error **error) CX_NOEXCEPT;
cx_document *cx_database_get_document(const cx_database *database, cx_docid docid,
                                      cx_error **error) CX_NOEXCEPT;
/* All terms starting with `prefix` (every term when the prefix is empty). */
cx_term_iterator *cx_database_allterms(const cx_database *database, const char *prefix,
                                       size_t length, cx_error **error) CX_NOEXCEPT;
/* Ids of the documents indexed by `term`, ascending. */
cx_posting_iterator *cx_database_postlist(const cx_database *database, const char *term,
                                          size_t length, cx_error **error) CX_NOEXCEPT;
/* Up to `capacity` ids, ascending and none below `from`, of the documents
 * indexed by every one of the `count` terms (term i is `terms[i]`, `lengths[i]`
 * bytes long), written to `ids`. Returns how many were written: fewer than
 * `capacity` means there are no more. The rarest term leads and the others
 * skip ahead to it, so reading the first page of a long intersection is cheap. */
size_t cx_database_intersect(const cx_database *database, const char *const *terms,
                             const size_t *lengths, size_t count, cx_docid from,
                             cx_docid *ids, size_t capacity, cx_error **error) CX_NOEXCEPT;
/* The values in `slot` of the `count` documents `ids` (in any order, each id
 * once), as one string: for each id in the order given, its value's length as
 * 4 bytes, least significant first, then the value (length 0 for none). They
 * are read in one pass along the slot's value stream, in id order, instead of
 * looking up each document's value on its own. */
cx_string cx_database_values(const cx_database *database, cx_valueno slot, const cx_docid *ids,
                             size_t count, cx_error **error) CX_NOEXCEPT;

/* Xapian's consistency check of the database at `path` (a folder, or one
 * table file): reads every block of every table and cross-checks them.
 * Returns the number of errors found; `report`, when not NULL, receives
 * Xapian's own account of them. A database too damaged to be checked at all
 * is reported as an error. */
size_t cx_database_check(const char *path, size_t length, cx_string *report,
                         cx_error **error) CX_NOEXCEPT;

/* Writes a compacted copy of `database` into the folder `output`, meant to
 * be new: the same documents under the same ids, the
 * tables' blocks packed full, so the copy is smaller and can still be
 * updated. Several shards would be merged into one. */
bool cx_database_compact(const cx_database *database, const char *output,
                         size_t length, cx_error **error) CX_NOEXCEPT;

typedef struct cx_writable_database cx_writable_database;

/* How to open a writable database: exactly one of the first four, optionally
 * combined with the others. The values are Xapian's DB_* constants. */
enum {
    CX_DB_CREATE_OR_OPEN = 0x00,
    CX_DB_CREATE_OR_OVERWRITE = 0x01,
    CX_DB_CREATE = 0x02,
    CX_DB_OPEN = 0x03,
    CX_DB_NO_SYNC = 0x04,
    CX_DB_FULL_SYNC = 0x08,
    CX_DB_DANGEROUS = 0x10
};

cx_writable_database *cx_writable_database_open(const char *path, size_t length,
                                                int flags, cx_error **error) CX_NOEXCEPT;
/* As cx_writable_database_open, buffering `flush_threshold` added or changed
 * documents in memory before writing them out (Xapian reads this from
 * XAPIAN_FLUSH_THRESHOLD when a database opens; 0 keeps its default of 10000). */
cx_writable_database *cx_writable_database_open_buffered(const char *path, size_t length, int flags,
                                                         unsigned flush_threshold,
                                                         cx_error **error) CX_NOEXCEPT;
/* The same database seen through the read-only interface. The pointer is a
 * view, not a new handle: it lives as long as `database`, and passing it to
 * cx_database_free frees the writable database. */
cx_database *cx_writable_database_base(cx_writable_database *database) CX_NOEXCEPT;

cx_docid cx_writable_database_add_document(cx_writable_database *database,
                                           const cx_document *document,
                                           cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_replace_document(cx_writable_database *database,
                                           cx_docid docid, const cx_document *document,
                                           cx_error **error) CX_NOEXCEPT;
/* Replaces the documents indexed by `unique_term` (adding one if none), and
 * returns the id of the document now holding it. */
cx_docid cx_writable_database_replace_document_by_term(cx_writable_database *database,
                                                       const char *unique_term,
                                                       size_t length,
                                                       const cx_document *document,
                                                       cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_delete_document(cx_writable_database *database,
                                          cx_docid docid, cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_delete_document_by_term(cx_writable_database *database,
                                                  const char *unique_term,
                                                  size_t length, cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_set_metadata(cx_writable_database *database,
                                       const char *key, size_t key_length,
                                       const char *value, size_t value_length,
                                       cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_commit(cx_writable_database *database, cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_begin_transaction(cx_writable_database *database,
                                            bool flushed, cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_commit_transaction(cx_writable_database *database,
                                             cx_error **error) CX_NOEXCEPT;
bool cx_writable_database_cancel_transaction(cx_writable_database *database,
                                             cx_error **error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

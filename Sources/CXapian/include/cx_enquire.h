/* Running queries: the enquire session, its settings and its results. */
#ifndef CX_ENQUIRE_H
#define CX_ENQUIRE_H

#include "cx_common.h"
#include "cx_database.h"
#include "cx_document.h"
#include "cx_query.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Documents marked relevant, used for relevance feedback and expansion. */
typedef struct cx_rset cx_rset;

cx_rset *cx_rset_new(cx_error **error) CX_NOEXCEPT;
bool cx_rset_add_document(cx_rset *rset, cx_docid docid, cx_error **error) CX_NOEXCEPT;
void cx_rset_free(cx_rset *rset) CX_NOEXCEPT;

/* Which terms an expansion may suggest, judged by their prefixes. */
typedef enum cx_term_filter_mode {
    CX_TERM_FILTER_EXCLUDE_PREFIXES = 0, /* reject terms with any prefix */
    CX_TERM_FILTER_ONLY_PREFIXES = 1     /* accept only terms with a prefix */
} cx_term_filter_mode;

typedef struct cx_term_filter cx_term_filter;

cx_term_filter *cx_term_filter_new(cx_term_filter_mode mode, cx_error **error) CX_NOEXCEPT;
bool cx_term_filter_add_prefix(cx_term_filter *filter, const char *prefix,
                               size_t length, cx_error **error) CX_NOEXCEPT;
void cx_term_filter_free(cx_term_filter *filter) CX_NOEXCEPT;

/* A page of ranked matches. */
typedef struct cx_mset cx_mset;

cx_doccount cx_mset_size(const cx_mset *mset, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_mset_get_matches_estimated(const cx_mset *mset, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_mset_get_matches_lower_bound(const cx_mset *mset, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_mset_get_matches_upper_bound(const cx_mset *mset, cx_error **error) CX_NOEXCEPT;
/* Items are numbered from 0 within this page; out of range is a RangeError. */
cx_docid cx_mset_get_docid(const cx_mset *mset, cx_doccount index, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_mset_get_rank(const cx_mset *mset, cx_doccount index, cx_error **error) CX_NOEXCEPT;
double cx_mset_get_weight(const cx_mset *mset, cx_doccount index, cx_error **error) CX_NOEXCEPT;
int cx_mset_get_percent(const cx_mset *mset, cx_doccount index, cx_error **error) CX_NOEXCEPT;
cx_doccount cx_mset_get_collapse_count(const cx_mset *mset, cx_doccount index,
                                       cx_error **error) CX_NOEXCEPT;
cx_document *cx_mset_get_document(const cx_mset *mset, cx_doccount index,
                                  cx_error **error) CX_NOEXCEPT;
void cx_mset_free(cx_mset *mset) CX_NOEXCEPT;

/* Terms suggested by query expansion, best first. */
typedef struct cx_eset cx_eset;

cx_termcount cx_eset_size(const cx_eset *eset, cx_error **error) CX_NOEXCEPT;
cx_string cx_eset_get_term(const cx_eset *eset, cx_termcount index, cx_error **error) CX_NOEXCEPT;
double cx_eset_get_weight(const cx_eset *eset, cx_termcount index, cx_error **error) CX_NOEXCEPT;
void cx_eset_free(cx_eset *eset) CX_NOEXCEPT;

typedef struct cx_enquire cx_enquire;

/* Xapian::Enquire::docid_order, with the same values. */
typedef enum cx_docid_order {
    CX_DOCID_ORDER_DESCENDING = 0,
    CX_DOCID_ORDER_ASCENDING = 1,
    CX_DOCID_ORDER_DONT_CARE = 2
} cx_docid_order;

/* The enquire shares the database's internals: it stays usable after the
 * database handle is freed, but not after the database is closed. */
cx_enquire *cx_enquire_new(const cx_database *database, cx_error **error) CX_NOEXCEPT;
void cx_enquire_free(cx_enquire *enquire) CX_NOEXCEPT;

/* The query is copied; `query_length` 0 means the query's own length. */
bool cx_enquire_set_query(cx_enquire *enquire, const cx_query *query,
                          cx_termcount query_length, cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_weighting_bm25(cx_enquire *enquire, double k1, double k2,
                                   double k3, double b, double min_normlen,
                                   cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_weighting_bool(cx_enquire *enquire, cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_docid_order(cx_enquire *enquire, cx_docid_order order,
                                cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_sort_by_relevance(cx_enquire *enquire, cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_sort_by_value(cx_enquire *enquire, cx_valueno slot, bool reverse,
                                  cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_sort_by_relevance_then_value(cx_enquire *enquire, cx_valueno slot,
                                                 bool reverse, cx_error **error) CX_NOEXCEPT;
bool cx_enquire_set_sort_by_value_then_relevance(cx_enquire *enquire, cx_valueno slot,
                                                 bool reverse, cx_error **error) CX_NOEXCEPT;
/* Keeps at most `collapse_max` matches per distinct value in `slot`;
 * CX_BAD_VALUENO turns collapsing off. */
bool cx_enquire_set_collapse_key(cx_enquire *enquire, cx_valueno slot,
                                 cx_doccount collapse_max, cx_error **error) CX_NOEXCEPT;

/* `rset` may be NULL. */
cx_mset *cx_enquire_get_mset(const cx_enquire *enquire, cx_doccount first,
                             cx_doccount max_items, cx_doccount check_at_least,
                             const cx_rset *rset, cx_error **error) CX_NOEXCEPT;
/* `filter` may be NULL to consider every term. Terms of the query itself are
 * left out unless `include_query_terms` is true. */
cx_eset *cx_enquire_get_eset(const cx_enquire *enquire, cx_termcount max_items,
                             const cx_rset *rset, const cx_term_filter *filter,
                             bool include_query_terms, cx_error **error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

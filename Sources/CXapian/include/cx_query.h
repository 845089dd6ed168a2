/* Query trees, built bottom-up: leaves first, then operators over them. */
#ifndef CX_QUERY_H
#define CX_QUERY_H

#include "cx_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_query cx_query;

/* Xapian::Query::op, with the same values. */
typedef enum cx_query_op {
    CX_QUERY_OP_AND = 0,
    CX_QUERY_OP_OR = 1,
    CX_QUERY_OP_AND_NOT = 2,
    CX_QUERY_OP_XOR = 3,
    CX_QUERY_OP_AND_MAYBE = 4,
    CX_QUERY_OP_FILTER = 5,
    CX_QUERY_OP_NEAR = 6,
    CX_QUERY_OP_PHRASE = 7,
    CX_QUERY_OP_VALUE_RANGE = 8,
    CX_QUERY_OP_SCALE_WEIGHT = 9,
    CX_QUERY_OP_ELITE_SET = 10,
    CX_QUERY_OP_VALUE_GE = 11,
    CX_QUERY_OP_VALUE_LE = 12,
    CX_QUERY_OP_SYNONYM = 13,
    CX_QUERY_OP_MAX = 14,
    CX_QUERY_OP_WILDCARD = 15
} cx_query_op;

/* A single term. A position of 0 means "no position". */
cx_query *cx_query_new_term(const char *term, size_t length, cx_termcount wqf,
                            cx_termpos position, cx_error **error) CX_NOEXCEPT;
cx_query *cx_query_new_match_all(cx_error **error) CX_NOEXCEPT;
cx_query *cx_query_new_match_nothing(cx_error **error) CX_NOEXCEPT;
/* Combines `count` subqueries with `op`. `parameter` is the window size for
 * NEAR and PHRASE, the set size for ELITE_SET (0: Xapian's default), and must
 * be 0 for other operators. The subqueries remain owned by the caller. */
cx_query *cx_query_new_combined(cx_query_op op, const cx_query *const *subqueries,
                                size_t count, cx_termcount parameter,
                                cx_error **error) CX_NOEXCEPT;
/* Documents whose value in `slot` lies in [from, to], compared bytewise. */
cx_query *cx_query_new_value_range(cx_valueno slot, const char *from,
                                   size_t from_length, const char *to,
                                   size_t to_length, cx_error **error) CX_NOEXCEPT;
/* `op` is CX_QUERY_OP_VALUE_GE or CX_QUERY_OP_VALUE_LE. */
cx_query *cx_query_new_value_compare(cx_query_op op, cx_valueno slot,
                                     const char *limit, size_t length,
                                     cx_error **error) CX_NOEXCEPT;
/* Multiplies the weights of `subquery` by a non-negative `factor`. */
cx_query *cx_query_new_scaled(const cx_query *subquery, double factor,
                              cx_error **error) CX_NOEXCEPT;
/* Terms starting with `prefix`, combined with SYNONYM. A `max_expansion` of 0
 * means no limit; beyond the limit the match fails with WildcardError. */
cx_query *cx_query_new_wildcard(const char *prefix, size_t length,
                                cx_termcount max_expansion, cx_error **error) CX_NOEXCEPT;
void cx_query_free(cx_query *query) CX_NOEXCEPT;

cx_string cx_query_get_description(const cx_query *query, cx_error **error) CX_NOEXCEPT;
/* Sum of the wqf of the query's terms. */
cx_termcount cx_query_get_length(const cx_query *query, cx_error **error) CX_NOEXCEPT;
/* True for the query matching nothing. */
bool cx_query_empty(const cx_query *query, cx_error **error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif

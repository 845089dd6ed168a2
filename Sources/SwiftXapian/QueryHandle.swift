import CXapian

/// A Xapian query built from a `Query` tree, released with this object.
final class QueryHandle {
    let pointer: OpaquePointer

    init(_ query: Query) throws {
        pointer = try Self.build(query)
    }

    deinit {
        cx_query_free(pointer)
    }

    func description() throws -> String {
        try bridgedString { cx_query_get_description(pointer, $0) }
    }

    func length() throws -> Int {
        Int(try bridged { cx_query_get_length(pointer, $0) })
    }

    func isEmpty() throws -> Bool {
        try bridged { cx_query_empty(pointer, $0) }
    }

    private static func build(_ query: Query) throws -> OpaquePointer {
        switch query {
        case let .term(term, wqf, position):
            let wqf = try xapianInteger(wqf, "wqf")
            let position = try xapianInteger(position ?? 0, "position")
            return try bridgedHandle { error in
                term.withBridgedBytes { cx_query_new_term($0, $1, wqf, position, error) }
            }
        case .matchAll:
            return try bridgedHandle { cx_query_new_match_all($0) }
        case .matchNothing:
            return try bridgedHandle { cx_query_new_match_nothing($0) }
        case let .and(subqueries):
            return try combine(CX_QUERY_OP_AND, subqueries)
        case let .or(subqueries):
            return try combine(CX_QUERY_OP_OR, subqueries)
        case let .andNot(positive, negative):
            return try combine(CX_QUERY_OP_AND_NOT, [positive, negative])
        case let .xor(subqueries):
            return try combine(CX_QUERY_OP_XOR, subqueries)
        case let .andMaybe(required, optional):
            return try combine(CX_QUERY_OP_AND_MAYBE, [required, optional])
        case let .filter(ranked, filter):
            return try combine(CX_QUERY_OP_FILTER, [ranked, filter])
        case let .synonym(subqueries):
            return try combine(CX_QUERY_OP_SYNONYM, subqueries)
        case let .max(subqueries):
            return try combine(CX_QUERY_OP_MAX, subqueries)
        case let .eliteSet(subqueries, size):
            return try combine(CX_QUERY_OP_ELITE_SET, subqueries, parameter: xapianInteger(size, "elite set size"))
        case let .phrase(subqueries, window):
            return try combine(CX_QUERY_OP_PHRASE, subqueries, parameter: xapianInteger(window, "window"))
        case let .near(subqueries, window):
            return try combine(CX_QUERY_OP_NEAR, subqueries, parameter: xapianInteger(window, "window"))
        case let .valueRange(slot, from, to):
            return try bridgedHandle { error in
                from.withBridgedBytes { fromBytes, fromLength in
                    to.withBridgedBytes { toBytes, toLength in
                        cx_query_new_value_range(slot, fromBytes, fromLength, toBytes, toLength, error)
                    }
                }
            }
        case let .valueGreaterOrEqual(slot, limit):
            return try compare(CX_QUERY_OP_VALUE_GE, slot, limit)
        case let .valueLessOrEqual(slot, limit):
            return try compare(CX_QUERY_OP_VALUE_LE, slot, limit)
        case let .scaled(subquery, factor):
            let inner = try QueryHandle(subquery)
            return try bridgedHandle { cx_query_new_scaled(inner.pointer, factor, $0) }
        case let .wildcard(prefix, maxExpansion):
            let limit = try xapianInteger(maxExpansion, "wildcard expansion limit")
            return try bridgedHandle { error in
                prefix.withBridgedBytes { cx_query_new_wildcard($0, $1, limit, error) }
            }
        }
    }

    private static func combine(_ op: cx_query_op, _ subqueries: [Query],
                                 parameter: UInt32 = 0) throws -> OpaquePointer {
        // The handles must outlive the call; Xapian keeps its own references.
        let parts = try subqueries.map { try QueryHandle($0) }
        return try withExtendedLifetime(parts) {
            let pointers: [OpaquePointer?] = parts.map(\.pointer)
            return try bridgedHandle { cx_query_new_combined(op, pointers, pointers.count, parameter, $0) }
        }
    }

    private static func compare(_ op: cx_query_op, _ slot: ValueSlot, _ limit: String) throws -> OpaquePointer {
        try bridgedHandle { error in
            limit.withBridgedBytes { cx_query_new_value_compare(op, slot, $0, $1, error) }
        }
    }
}

import CXapian

/// Which terms query expansion may suggest, judged by their prefixes; for
/// instance to leave out boolean filter terms such as `"Kprovince"`.
public enum TermFilter: Equatable, Sendable {
    case allTerms
    case excludingPrefixes([String])
    case onlyPrefixes([String])

    /// Lends the filter to Xapian for the duration of `body`; nil for `allTerms`.
    func withBridgedHandle<Result>(_ body: (OpaquePointer?) throws -> Result) throws -> Result {
        let (mode, prefixes): (cx_term_filter_mode, [String])
        switch self {
        case .allTerms: return try body(nil)
        case let .excludingPrefixes(list): (mode, prefixes) = (CX_TERM_FILTER_EXCLUDE_PREFIXES, list)
        case let .onlyPrefixes(list): (mode, prefixes) = (CX_TERM_FILTER_ONLY_PREFIXES, list)
        }
        let filter = try bridgedHandle { cx_term_filter_new(mode, $0) }
        defer { cx_term_filter_free(filter) }
        for prefix in prefixes {
            try bridged { error in prefix.withBridgedBytes { cx_term_filter_add_prefix(filter, $0, $1, error) } }
        }
        return try body(filter)
    }
}

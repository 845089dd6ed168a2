/// How much one request may ask for. Query length and page sizes are the library's own bounds
/// (`SearchFilters`, `PageBounds`, the query limits); these are the server's.
public enum WebLimits {
    /// A POST body: a plan request carries at most 512 KB of feedback, and its JSON wrapping.
    public static let maximumBodyBytes = 1024 * 1024
    /// Characters of a query sent in an address (`q`): a long problem description fits, and the address stays
    /// within what the HTTP parser takes even when every character is percent-encoded. `xuncha search` takes
    /// up to the library's 10,000.
    public static let maximumQueryCharacters = 2_000
    /// Characters of an agency or region name.
    public static let maximumNameCharacters = 200
    /// Hits on one page of /api/search and /api/similar.
    public static let hitLimits = 1...1_000
    /// How far paging may skip.
    public static let hitOffsets = 0...100_000
    /// Precedents on one page of /api/measures.
    public static let precedentLimits = 1...100
    public static let precedentOffsets = 0...10_000
}

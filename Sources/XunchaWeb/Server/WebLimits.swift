/// How much one request may ask for. Query length and page sizes are the library's own bounds
/// (`SearchFilters`, `PageBounds`, the query limits); these are the server's.
public enum WebLimits {
    /// A POST body: a plan request carries at most 512 KB of feedback, and its JSON wrapping.
    public static let maximumBodyBytes = 1024 * 1024
    /// Hits on one page of /api/search and /api/similar.
    public static let hitLimits = 1...1_000
    /// How far paging may skip.
    public static let hitOffsets = 0...100_000
    /// Precedents on one page of /api/measures.
    public static let precedentLimits = 1...100
    public static let precedentOffsets = 0...10_000
}

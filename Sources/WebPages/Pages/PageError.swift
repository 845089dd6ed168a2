/// A request a page cannot answer, in one sentence for the reader.
public enum PageError: Error, Equatable, Sendable {
    /// Something in the address that cannot be used: a bad page number, year, filter.
    case badRequest(String)
    case notFound(String)

    public var sentence: String {
        switch self {
        case .badRequest(let sentence), .notFound(let sentence): return sentence
        }
    }

    public var status: Int {
        switch self {
        case .badRequest: return 400
        case .notFound: return 404
        }
    }
}

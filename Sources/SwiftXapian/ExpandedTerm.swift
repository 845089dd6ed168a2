/// A term suggested by query expansion, with its expansion weight.
public struct ExpandedTerm: Equatable, Sendable {
    public let term: String
    public let weight: Double

    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}

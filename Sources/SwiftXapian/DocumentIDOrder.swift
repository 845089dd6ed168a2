/// How matches that are otherwise equal are ordered by document id.
public enum DocumentIDOrder: Sendable {
    case ascending
    case descending
    /// Whatever is fastest.
    case dontCare
}

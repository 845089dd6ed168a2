/// The order of matches in a match set.
public enum SortOrder: Equatable, Sendable {
    /// Best weight first (the default).
    case relevance
    /// By the value in `slot`, bytewise ascending unless `reverse`.
    case value(ValueSlot, reverse: Bool = false)
    /// Best weight first; equal weights by the value in `slot`.
    case relevanceThenValue(ValueSlot, reverse: Bool = false)
    /// By the value in `slot`; equal values best weight first.
    case valueThenRelevance(ValueSlot, reverse: Bool = false)
}

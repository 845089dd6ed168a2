/// How far a page of results may reach. Xapian counts in 32 bits, and the code that reads a page adds the
/// offset to the limit (and a quarter more for verification), so both are clamped where a request comes in:
/// any `Int` a caller passes gives an answer, never an overflow.
enum PageBounds {
    /// Far more than any index holds, and 2.5 × this still fits in Xapian's 32-bit counts.
    static let maximum = 1 << 30

    static func clamped(_ value: Int) -> Int { min(max(value, 0), maximum) }
}

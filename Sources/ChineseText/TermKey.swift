/// A term compared by its UTF-8 bytes. Terms are folded before they are compared, so equal bytes is what
/// equal means here; Swift's Unicode-aware String hashing and comparison, which normalise every non-ASCII
/// string, took most of the start-up time over the thousands of lexicon and synonym terms.
struct TermKey: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ term: String) { bytes = Array(term.utf8) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

import Foundation

/// A compiled regular expression with the few operations the rules need, on Swift strings.
///
/// `quickTest`, when given, is a necessary condition for a match checked on the text's UTF-8 (typically: the
/// text contains one of the literals every match contains). It spares the regular expression engine the many
/// texts it could never match; it must never reject a text the expression matches.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression
    let quickTest: QuickTest?

    init(_ pattern: String, caseInsensitive: Bool = false, quickTest: QuickTest? = nil) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants of this module: a typo is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
        self.quickTest = quickTest
    }

    /// False when the quick test proves there is no match.
    func mayMatch(_ text: String) -> Bool {
        guard let quickTest else { return true }
        return text.utf8.withContiguousStorageIfAvailable { quickTest(UTF8Text(bytes: $0)) } ?? true
    }

    func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        let ns = text as NSString
        guard let result = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return Match(result: result, text: ns)
    }

    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { Match(result: $0, text: ns) }
    }

    func test(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil
    }

    func replaceAll(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        let ns = text as NSString
        return regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: ns.length), withTemplate: template)
    }

    struct Match {
        let result: NSTextCheckingResult
        let text: NSString

        var value: String { text.substring(with: result.range) }
        /// UTF-16 offsets of the whole match.
        var range: NSRange { result.range }

        func group(_ i: Int) -> String? {
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : text.substring(with: r)
        }
        func groupRange(_ i: Int) -> NSRange? {
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : r
        }
    }
}

/// A necessary condition for a match, tested on a text's UTF-8.
typealias QuickTest = @Sendable (UTF8Text) -> Bool

/// Quick tests for `Pattern`, built once with the pattern.
enum Quick {
    /// The text contains one of the words.
    static func contains(_ words: String...) -> QuickTest {
        let literals = words.map(Literal.init)
        return { $0.contains(literals) }
    }

    /// The text starts with one of the words.
    static func starts(_ words: String...) -> QuickTest {
        let literals = words.map(Literal.init)
        return { $0.starts(with: literals) }
    }

    /// Both tests hold.
    static func all(_ a: @escaping QuickTest, _ b: @escaping QuickTest) -> QuickTest {
        { a($0) && b($0) }
    }

    /// One of the tests holds.
    static func any(_ a: @escaping QuickTest, _ b: @escaping QuickTest) -> QuickTest {
        { a($0) || b($0) }
    }

    /// The first scalar is one of the Chinese numerals 一…十.
    static let startsWithHanNumeral: QuickTest = { t in
        guard let s = t.firstScalar else { return false }
        return hanNumerals.contains(s)
    }
    static let hanNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))
}

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
        guard let result = regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else {
            return nil
        }
        return Match(result: result, text: text)
    }

    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        return regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
            .map { Match(result: $0, text: text) }
    }

    func test(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    func replaceAll(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: text.utf16.count),
                                              withTemplate: template)
    }

    struct Match {
        let result: NSTextCheckingResult
        let text: String

        var value: String { UTF16Slicing.substring(of: text, result.range) }
        /// UTF-16 offsets of the whole match.
        var range: NSRange { result.range }

        func group(_ i: Int) -> String? {
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : UTF16Slicing.substring(of: text, r)
        }
        func groupRange(_ i: Int) -> NSRange? {
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : r
        }
    }
}

/// Slices a Swift string at UTF-16 offsets, as `NSString.substring(with:)` does, without bridging the whole text.
/// The offsets come from the regular expression engine, which matches whole code points: they fall between scalars.
enum UTF16Slicing {
    static func substring(of text: String, _ range: NSRange) -> String {
        let u = text.utf16
        let lower = u.index(u.startIndex, offsetBy: range.location)
        let upper = u.index(lower, offsetBy: range.length)
        return String(text.unicodeScalars[lower..<upper])
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

import Foundation

/// A compiled regular expression with the few operations the rules need, on Swift strings.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants of this module: a typo is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
    }

    func firstMatch(in text: String) -> Match? {
        let ns = text as NSString
        guard let result = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return Match(result: result, text: ns)
    }

    func matches(in text: String) -> [Match] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { Match(result: $0, text: ns) }
    }

    func test(_ text: String) -> Bool { firstMatch(in: text) != nil }

    func replaceAll(in text: String, with template: String) -> String {
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

import Foundation
import Hummingbird

/// The parameters of a request's query string, decoded strictly: `+` is a space, percent escapes must be
/// complete and give UTF-8, each name may come once, and only the names a route knows are accepted.
public struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// At most this many bytes of query string are read; a query of 10,000 Chinese characters fits.
    static let maximumBytes = 128 * 1024

    public init(_ request: Request, accepting names: Set<String>) throws {
        try self.init(query: request.uri.query ?? "", accepting: names)
    }

    init(query: String, accepting names: Set<String>) throws {
        guard !query.isEmpty else { return }
        guard query.utf8.count <= Self.maximumBytes else {
            throw APIError(.uriTooLong, "the query string is longer than \(Self.maximumBytes / 1024) KB")
        }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], what: "a parameter name")
            let value = parts.count > 1 ? try Self.decode(parts[1], what: "the value of '\(name)'") : ""
            guard names.contains(name) else {
                let known = names.sorted().joined(separator: ", ")
                throw APIError(.badRequest, "unknown parameter '\(Self.shown(name))'; this address takes \(known.isEmpty ? "none" : known)")
            }
            guard values[name] == nil else { throw APIError(.badRequest, "the parameter '\(name)' is given twice") }
            values[name] = value
        }
    }

    private static func decode(_ text: Substring, what: String) throws -> String {
        guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw APIError(.badRequest, "\(what) is not valid percent-encoded UTF-8")
        }
        return decoded
    }

    /// A name as written back in a message: at most 40 characters, control characters escaped.
    static func shown(_ text: String) -> String {
        let cut = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return cut.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    public subscript(name: String) -> String? { values[name] }

    /// A value that must be present and not blank.
    public func required(_ name: String, example: String) throws -> String {
        guard let value = values[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.badRequest, "give the parameter '\(name)', e.g. \(example)")
        }
        return value
    }

    /// The query `q`: present, not blank, and short enough for an address.
    public func query(example: String) throws -> String {
        let query = try required("q", example: example)
        guard query.count <= WebLimits.maximumQueryCharacters else {
            throw APIError(.badRequest, "the query is \(query.count) characters long; at most \(WebLimits.maximumQueryCharacters) are taken in an address (xuncha search takes longer ones)")
        }
        return query
    }

    /// A whole number within `range`, or `fallback` when absent.
    public func number(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw APIError(.badRequest, "'\(name)' takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(Self.shown(text))'")
        }
        return value
    }
}

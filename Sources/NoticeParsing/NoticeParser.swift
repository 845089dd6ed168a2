import Foundation

/// Reads one corpus file into its notices. Entry point of the NoticeParsing module.
public enum NoticeParser {
    /// Decodes, cleans, splits and structures one file. `source` is the path relative to the corpus folder.
    /// Throws `CorpusFileError` when the bytes cannot be decoded as text.
    public static func parse(fileData: Data, source: String) throws -> [Notice] {
        fatalError("not yet written")
    }
}

/// Why a corpus file could not be read as notices.
public struct CorpusFileError: Error, CustomStringConvertible, Sendable {
    public var source: String
    public var reason: String
    public init(source: String, reason: String) { self.source = source; self.reason = reason }
    public var description: String { "\(source): \(reason)" }
}

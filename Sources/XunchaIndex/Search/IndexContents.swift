import SwiftXapian

/// What an index holds at its last commit, as its manifest records it.
public struct IndexContents: Sendable, Equatable {
    public var files: Int
    public var notices: Int
    public var paragraphs: Int
}

extension NoticeIndex {
    public func contents() throws -> IndexContents {
        let manifest = try reading { try Manifest.read(from: database) } ?? Manifest()
        return IndexContents(files: manifest.files.count,
                             notices: manifest.files.values.reduce(0) { $0 + $1.notices.count },
                             paragraphs: paragraphCount)
    }
}

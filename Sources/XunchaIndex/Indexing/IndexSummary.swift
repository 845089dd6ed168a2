/// What one `xuncha index` run did, in file counts, and what the index holds afterwards.
public struct IndexSummary: Codable, Sendable {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    /// Files in the corpus folder that are not notice files (by extension), left alone.
    public var skipped = 0
    /// Notice files that could not be read or decoded, with the reason; what the index had of them is kept.
    public var failed: [FailedFile] = []
    /// Notice files indexed only in part (a line too long to keep whole), with what was left out.
    public var shortened: [FailedFile] = []
    /// Totals in the index after the run.
    public var notices = 0
    public var paragraphs = 0
    public var seconds = 0.0
    public var bytesRead: Int64 = 0
    /// Set when the run built a new database instead of updating the old one, with why, as a clause that
    /// names no option of a front end: "it was asked for", "it was damaged: …".
    public var rebuilt = false
    public var rebuildReason: String?
    public var index = ""
    /// The first corpus folder, and all of them.
    public var corpus = ""
    public var corpora: [String] = []
    /// Notice files in the corpus folder per format (`text`, `html`, `docx`, …), by their extension.
    public var formats: [String: Int] = [:]
    /// Files skipped in this run, per reason: files that are not notices, and notice files that could not be read.
    public var skippedByReason: [String: Int] = [:]
    /// Links in the corpus that lead out of its folders, not followed (`--follow-links` follows them).
    public var linksNotFollowed: [String] = []

    public struct FailedFile: Codable, Sendable {
        public var source: String
        public var reason: String
    }

    enum CodingKeys: String, CodingKey {
        case added, updated, removed, unchanged, skipped, failed, notices, paragraphs, seconds
        case bytesRead = "bytes_read", rebuilt, rebuildReason = "rebuild_reason", index, corpus, formats, corpora
        case skippedByReason = "skipped_by_reason", linksNotFollowed = "links_not_followed", shortened
    }
}

/// Where a long index run stands, for a progress bar.
public struct IndexProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var paragraphs: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
    public var elapsed: Double
}

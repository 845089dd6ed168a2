import Foundation
import SwiftXapian

/// A notice's record, stored as compact JSON in the metadata of shard 0 under `xuncha:notice:<key>`, committed
/// with its paragraphs.
enum StoredNotice {
    /// A notice encoded on the caller's thread, to be written on shard 0's.
    struct Encoded: Sendable {
        fileprivate let key: String
        fileprivate let value: String
    }

    static func encoded(_ notice: NoticeRecord) throws -> Encoded {
        Encoded(key: key(notice.key), value: String(decoding: try JSONEncoder.compact.encode(notice), as: UTF8.self))
    }

    static func write(_ notice: Encoded, to shard: WritableDatabase) throws {
        try shard.setMetadata(notice.value, forKey: notice.key)
    }

    /// Takes the notice out, with the paragraphs of its file.
    static func remove(_ noticeKey: String, from shard: WritableDatabase) throws {
        try shard.setMetadata("", forKey: key(noticeKey))
    }

    /// Whether `database` (a shard 0, or a combination whose first database is one) holds the notice.
    static func isStored(_ noticeKey: String, in database: Database) throws -> Bool {
        !(try database.metadata(forKey: key(noticeKey))).isEmpty
    }

    /// The notice `noticeKey` as `database` holds it; nil when it holds none, or none that can be read.
    static func read(_ noticeKey: String, from database: Database) throws -> NoticeRecord? {
        let text = try database.metadata(forKey: key(noticeKey))
        guard !text.isEmpty else { return nil }
        return try? JSONDecoder().decode(NoticeRecord.self, from: Data(text.utf8))
    }

    private static func key(_ noticeKey: String) -> String { IndexSchema.MetadataKey.notice(noticeKey) }
}

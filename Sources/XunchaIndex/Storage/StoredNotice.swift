import Foundation
import SwiftXapian

/// A notice's record, stored as compact JSON in the metadata of shard 0 under `xuncha:notice:<key>`, committed
/// with its paragraphs.
enum StoredNotice {
    static func key(_ noticeKey: String) -> String { IndexSchema.MetadataKey.notice(noticeKey) }

    static func encode(_ notice: NoticeRecord) throws -> String {
        String(decoding: try JSONEncoder.compact.encode(notice), as: UTF8.self)
    }

    /// The notice `noticeKey` as `database` (a shard 0, or a combination whose first database is one) holds it;
    /// nil when it holds none, or none that can be read.
    static func read(_ noticeKey: String, from database: Database) throws -> NoticeRecord? {
        let text = try database.metadata(forKey: key(noticeKey))
        guard !text.isEmpty else { return nil }
        return try? JSONDecoder().decode(NoticeRecord.self, from: Data(text.utf8))
    }
}

import SwiftXapian

extension WritableDatabase {
    /// Sets a metadata value only when it differs from the stored one: an index run that changed nothing then
    /// commits nothing, and readers and servers watching the index see no new commit.
    func setMetadataIfChanged(_ value: String, forKey key: String) throws {
        if try metadata(forKey: key) != value { try setMetadata(value, forKey: key) }
    }
}

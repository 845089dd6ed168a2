import SwiftXapian

/// What `--version` reports beside the tool's own version: the Xapian library linked in and the format of the
/// indexes this build writes (an index of another format is rebuilt, see `IndexSchema.version`).
public enum EngineVersions {
    public static var xapian: String { XapianLibrary.version }
    public static let indexFormat = IndexSchema.version
}

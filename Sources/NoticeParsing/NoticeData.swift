import DataFiles

/// The data files the parser ships: the gazetteer of places and the ways agencies' names are written.
public enum NoticeData {
    static let folder = DataFolder(module: "NoticeParsing")
    static let gazetteer = "Resources/gazetteer.tsv"
    static let agencyAliases = "Resources/agency-aliases.txt"

    /// Throws `DataFolderError`, one sentence naming the folder or file, when one is missing or cannot be read:
    /// a program run without them would parse notices without places or agency names, and say nothing.
    public static func check() throws {
        try folder.check([gazetteer, agencyAliases])
    }
}

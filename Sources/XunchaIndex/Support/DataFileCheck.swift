import ChineseText
import NoticeParsing

/// The data files shipped beside the program (lexicon, synonyms, gazetteer, agency names), checked before any
/// work: one missing or unreadable is one sentence naming it, never a stop half way or a quieter parse.
public enum DataFileCheck {
    public static func run() throws {
        try ChineseAnalyzer.checkDataFiles()
        try NoticeData.check()
    }
}

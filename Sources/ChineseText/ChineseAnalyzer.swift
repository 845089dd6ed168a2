import DataFiles
import Foundation

/// Chinese text analysis for searching rectification notices: turns text into
/// the words that get indexed and searched, keeps the terms of party-inspection
/// work whole, and knows their other wordings.
public final class ChineseAnalyzer: Sendable {
    /// Changes whenever the segmentation code, ICU or the lexicon/synonym content changes.
    public let version: String
    private let walk: WordWalk
    private let termParts = PartsCache()
    private let synonymTable: SynonymTable
    private let generalFrequencies: GeneralWordFrequencies

    /// The analyzer with the shipped lexicon, synonyms and general word frequencies.
    public static func bundled() throws -> ChineseAnalyzer {
        ChineseAnalyzer(lexicon: try resource("lexicon"), synonyms: try resource("synonyms"),
                        wordFrequencies: try resource("word-frequencies"))
    }

    /// An analyzer over the text of a lexicon file and a synonyms file
    /// (formats described at the top of Resources/lexicon.txt and synonyms.txt).
    /// Every member of a synonym group joins the lexicon, so each one is a
    /// single token and a query can be expanded term by term. `wordFrequencies` is the text of a file in
    /// the format of Resources/word-frequencies.txt; without it every word counts as rare in general use.
    public init(lexicon lexiconText: String, synonyms synonymText: String, wordFrequencies: String = "") {
        let terms = DataFileFormat.lexiconTerms(in: lexiconText)
        let groups = DataFileFormat.synonymGroups(in: synonymText)
        let synonymTable = SynonymTable(groups: groups)
        let lexicon = Lexicon(terms: terms + synonymTable.members)
        let walk = WordWalk(segmentation: RunSegmentation(lexicon: lexicon))

        self.version = AnalysisVersion.of(lexiconTerms: lexicon.terms, synonymGroups: groups.map(\.members))
        self.walk = walk
        self.synonymTable = synonymTable
        self.generalFrequencies = GeneralWordFrequencies(text: wordFrequencies)
    }

    /// Terms in the lexicon, synonym members included.
    public var lexiconSize: Int { walk.segmentation.lexicon.count }

    public var synonymGroupCount: Int { synonymTable.groups.count }

    /// The words of `text` in order: spaces and punctuation dropped, lexicon
    /// terms kept whole, Latin letters and digits one token per run.
    public func tokens(in text: String) -> [Token] {
        var contiguous = text
        var tokens: [Token] = []
        contiguous.withUTF8 { bytes in
            tokens.reserveCapacity(bytes.count / 4)
            walk.forEachWord(in: bytes) { word in
                tokens.append(Token(text: word.text,
                                    range: index(word.bytes.lowerBound, in: text)..<index(word.bytes.upperBound, in: text),
                                    isLexiconTerm: word.term != nil,
                                    parts: parts(of: word)))
            }
        }
        return tokens
    }

    /// The other wordings of the same thing (folded), without `term` itself; [] if none.
    public func synonyms(of term: String) -> [String] {
        synonymTable.synonyms(of: TextFolding.termForm(term))
    }

    /// The other wordings of `term` (folded), parted into equivalents and the broader terms it implies.
    public func wordings(of term: String) -> SynonymWordings {
        synonymTable.wordings(of: TextFolding.termForm(term))
    }

    /// The share of general Chinese text that is `term` (太: 4 in 10,000), or nil for a word rarer than the
    /// frequency list goes, or none of the general language (三重一大, 一岗双责).
    public func generalShare(of term: String) -> Double? {
        generalFrequencies.share(of: TextFolding.termForm(term))
    }

    /// Whether `term` is a function word such as 的, 了, 和, 在.
    public func isStopWord(_ term: String) -> Bool {
        StopWords.contains(TextFolding.termForm(term))
    }

    private func parts(of word: Word) -> [String] {
        let lexicon = walk.segmentation.lexicon
        if let term = word.term { return TermParts.parts(of: term, lexicon: lexicon, walk: walk, cache: termParts) }
        if word.innerTerms.isEmpty { return [] }
        return TermParts.distinct(word.innerTerms.flatMap {
            [lexicon.terms[Int($0)]] + TermParts.parts(of: $0, lexicon: lexicon, walk: walk, cache: termParts)
        })
    }

    private func index(_ utf8Offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset)
    }

    private static let dataFolder = DataFolder(module: "ChineseText")

    /// Throws `DataFolderError`, one sentence naming the folder or file, when the lexicon or the synonyms are
    /// missing or cannot be read; reads neither.
    public static func checkDataFiles() throws {
        try dataFolder.check(["Resources/lexicon.txt", "Resources/synonyms.txt"])
    }

    /// Throws `DataFolderError` naming the folder or file when it is missing or cannot be read.
    private static func resource(_ name: String) throws -> String {
        try dataFolder.text("Resources/\(name).txt")
    }
}

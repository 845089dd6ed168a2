import ChineseText
import NoticeParsing
import SwiftXapian

/// How notices are laid out in the Xapian database: term prefixes, value slots and metadata keys.
/// Bump `version` whenever any of this changes meaning, so old indexes are rebuilt rather than mixed.
public enum IndexSchema {
    public static let version = "xuncha-index-15"

    /// Boolean and free-text term prefixes (Xapian's convention: capital letters; words have none).
    enum Prefix {
        /// Unique id of a paragraph: `Q<source>:<line>`.
        static let paragraph = "Q"
        /// The corpus file a paragraph comes from, for replacing or removing a whole file.
        static let file = "F"
        /// The notice a paragraph belongs to: `N<source>:<startLine>`.
        static let notice = "N"
        /// Stable short id shown to users (`id` in JSON).
        static let shortID = "H"
        static let agency = "A"
        static let region = "G"
        static let inspection = "I"
        static let role = "R"
        static let year = "Y"
        /// A notice that states no date but names a year in its title: `U2022` (its paragraphs carry `Y2022` too).
        static let undatedYear = "U"
        /// Measures carry the id of the problem they answer: `P<source>:<line>`.
        static let answers = "P"
        /// Overlapping character pairs of the folded text, for exact-phrase candidates.
        static let bigram = "K"
        /// Words of a paragraph's context (the problem a measure answers, the heading above it).
        static let context = "X"

        /// Every prefix above: terms with none of them are words.
        static let all = [paragraph, file, notice, shortID, agency, region, inspection, role, year, undatedYear, answers, bigram,
                          context]
    }

    enum Slot {
        /// `YYYYMMDD` of the notice's publish date, else its feedback date.
        static let date: ValueSlot = 0
        /// Hash of the folded text: identical paragraphs collapse into one hit.
        static let duplicateKey: ValueSlot = 1
        /// Role name, for sorting and display without decoding the data.
        static let role: ValueSlot = 2
        /// Orders paragraphs that score the same: the newest notice first, then a fixed order of file and line.
        /// Which copy of identical paragraphs stands for them then depends on the corpus, not on the order the
        /// files were indexed in (a rebuild and an incremental update show the same one).
        static let tieBreak: ValueSlot = 3
        /// The key of the paragraph's notice, for counting matches by notice (facets).
        static let notice: ValueSlot = 4
    }

    /// The `tieBreak` value, 16 bytes whose ascending order is the newest date first, then the file (by a
    /// hash of its name: short, and the same on every machine), then the line.
    static func tieBreakKey(date: String?, location: ParagraphLocation) -> [UInt8] {
        let day = date.flatMap { UInt32($0.replacingOccurrences(of: "-", with: "")) } ?? 0
        func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
            withUnsafeBytes(of: value.bigEndian) { Array($0) }
        }
        return bigEndian(UInt32(99_999_999) - min(day, 99_999_999)) + bigEndian(StableHash.of(location.source))
            + bigEndian(UInt32(clamping: location.line))
    }

    enum MetadataKey {
        static let schema = "xuncha:schema"
        static let analysis = "xuncha:analysis"
        static let corpus = "xuncha:corpus"
        static let corpora = "xuncha:corpora"
        static let followLinks = "xuncha:follow-links"
        static let manifest = "xuncha:manifest"
        static let shards = "xuncha:shards"
        static func notice(_ key: String) -> String { IndexSchema.withinLimit("xuncha:notice:" + key) }
    }

    /// Everything that decides which terms a paragraph gets and what they weigh; an index made with another
    /// signature is rebuilt.
    static func analysisSignature(_ analyzer: ChineseAnalyzer, ranking: Ranking) -> String {
        "\(version)|\(analyzer.version)|\(NoticeParser.rulesVersion)|\(ranking.stored.signature)"
    }

    /// Xapian refuses terms longer than 245 bytes and metadata keys longer than about 250; anything that may be
    /// longer (a file name may have 255 bytes, a path in subfolders many more) is kept within this.
    static let maximumTermBytes = 240

    static func term(_ prefix: String, _ value: String) -> String {
        withinLimit(prefix + value)
    }

    /// `text` itself when short enough; else its beginning, cut at a character boundary, then `#` and a hash of
    /// the whole. Two long names that begin alike still give two terms, and the same name always the same one.
    static func withinLimit(_ text: String) -> String {
        guard text.utf8.count > maximumTermBytes else { return text }
        let suffix = "#" + StableHash.hex(StableHash.of(text))
        var cut = ""
        for character in text {
            if cut.utf8.count + character.utf8.count + suffix.utf8.count > maximumTermBytes { break }
            cut.append(character)
        }
        return cut + suffix
    }
}

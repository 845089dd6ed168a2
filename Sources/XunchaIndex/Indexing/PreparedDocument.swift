import ChineseText
import Foundation
import NoticeParsing
import SwiftXapian

/// One paragraph turned into everything its Xapian document holds. Built on worker threads (it is plain data),
/// then written by the single writer.
struct PreparedDocument: Sendable {
    var uniqueTerm: String
    var data: String
    var words: [String: Int]
    var booleanTerms: [String]
    var values: [ValueSlot: String]
    var tieBreak: [UInt8]

    init(paragraph: Paragraph, notice: NoticeRecord, context: String, extractor: TermExtractor) throws {
        let record = ParagraphRecord(paragraph: paragraph, noticeKey: notice.key)
        let folded = SearchForm.of(paragraph.text)
        uniqueTerm = StoredTerms.paragraph(record.location)
        data = try StoredParagraph.encode(record)
        var words: [String: Int] = [:]
        // A signature (the agency alone, the date alone) says nothing a ranked search looks for: it has no words,
        // and an exact phrase still finds it through its character pairs.
        if paragraph.role != .signature {
            extractor.wordFrequencies(in: paragraph.text, into: &words)
            // Words of the problem a measure answers, or of the heading above a problem: a measure that only says
            // 一是…二是… is still found by the problem it solves. Kept apart under their own prefix.
            extractor.wordFrequencies(in: context, prefix: IndexSchema.Prefix.context, into: &words)
        }
        self.words = words

        var terms = [uniqueTerm,
                     StoredTerms.file(paragraph.location.source),
                     StoredTerms.notice(notice.key),
                     StoredTerms.shortID(record.id),
                     StoredTerms.role(paragraph.role)]
        let metadata = notice.metadata
        if let agency = metadata.agency { terms.append(StoredTerms.agency(agency)) }
        if let inspection = metadata.inspection { terms.append(StoredTerms.inspection(inspection)) }
        for place in metadata.region { terms.append(StoredTerms.region(place)) }
        if let problem = paragraph.problem { terms.append(StoredTerms.answers(problem)) }
        // Character pairs select the candidates for exact phrases; they carry no weight.
        terms += PairTerms.terms(inSearchForm: folded)

        values = [IndexSchema.Slot.duplicateKey: StableHash.hex(StableHash.of(folded)),
                  IndexSchema.Slot.role: paragraph.role.rawValue,
                  IndexSchema.Slot.notice: notice.key]
        tieBreak = IndexSchema.tieBreakKey(date: metadata.indexDate, location: paragraph.location)
        if let date = metadata.indexDate {
            values[IndexSchema.Slot.date] = date.replacingOccurrences(of: "-", with: "")
            terms.append(StoredTerms.year(ofDate: date))
        } else if let year = metadata.titleYear {
            // Dated by its title alone: found by --year, and by --from/--to over that year (FilterCompiler).
            terms.append(StoredTerms.year(year))
            terms.append(StoredTerms.undatedYear(year))
        }
        booleanTerms = terms
    }

    /// The Xapian document, its word frequencies normalised by length with `weights`.
    func makeDocument(weights: Ranking.StoredWeights) throws -> Document {
        let document = Document()
        try document.setData(data)
        let length = words.values.reduce(0, +)
        for (word, frequency) in words where word.utf8.count <= IndexSchema.maximumTermBytes {
            try document.addTerm(word, wdfIncrement: LengthNormalization.storedFrequency(frequency, paragraphLength: length,
                                                                                          weights: weights))
        }
        for term in booleanTerms { try document.addBooleanTerm(term) }
        for (slot, value) in values { try document.setValue(value, slot: slot) }
        try document.setValue(tieBreak, slot: IndexSchema.Slot.tieBreak)
        return document
    }
}

extension NoticeMetadata {
    /// The date a notice is filtered, sorted and shown by: its publish date, else its feedback date.
    public var indexDate: String? { publishDate ?? feedbackDate }
}

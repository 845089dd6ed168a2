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

    init(paragraph: Paragraph, notice: NoticeRecord, context: String, extractor: TermExtractor) throws {
        let record = ParagraphRecord(paragraph: paragraph, noticeKey: notice.key)
        let folded = MatchVerifier.searchForm(paragraph.text)
        uniqueTerm = IndexSchema.term(IndexSchema.Prefix.paragraph, record.location.description)
        data = String(decoding: try JSONEncoder.compact.encode(record), as: UTF8.self)
        words = extractor.wordFrequencies(in: paragraph.text)
        // Words of the problem a measure answers and of the heading above: a measure that only says
        // 一是…二是… is still found by the problem it solves. Kept apart under their own prefix.
        for (word, frequency) in extractor.wordFrequencies(in: context) {
            words[IndexSchema.Prefix.context + word, default: 0] += frequency
        }
        words[IndexSchema.Prefix.roleWeight + paragraph.role.rawValue] = 1

        typealias P = IndexSchema.Prefix
        var terms = [uniqueTerm,
                     IndexSchema.term(P.file, paragraph.location.source),
                     IndexSchema.term(P.notice, notice.key),
                     IndexSchema.term(P.shortID, record.id),
                     IndexSchema.term(P.role, paragraph.role.rawValue)]
        let metadata = notice.metadata
        if let agency = metadata.agency { terms.append(IndexSchema.term(P.agency, agency)) }
        if let inspection = metadata.inspection { terms.append(IndexSchema.term(P.inspection, inspection)) }
        for place in metadata.region { terms.append(IndexSchema.term(P.region, place)) }
        if let problem = paragraph.problem { terms.append(IndexSchema.term(P.answers, problem.description)) }
        for pair in TermExtractor.bigrams(in: folded) { terms.append(P.bigram + pair) }

        values = [IndexSchema.Slot.duplicateKey: StableHash.hex(StableHash.of(folded)),
                  IndexSchema.Slot.role: paragraph.role.rawValue,
                  IndexSchema.Slot.searchText: folded]
        if let date = NoticeDates.indexDate(of: metadata) {
            values[IndexSchema.Slot.date] = date.replacingOccurrences(of: "-", with: "")
            terms.append(IndexSchema.term(P.year, String(date.prefix(4))))
        }
        booleanTerms = terms
    }

    func makeDocument() throws -> Document {
        let document = Document()
        try document.setData(data)
        for (word, frequency) in words where word.utf8.count <= IndexSchema.maximumTermBytes {
            try document.addTerm(word, wdfIncrement: frequency)
        }
        for term in booleanTerms { try document.addBooleanTerm(term) }
        for (slot, value) in values { try document.setValue(value, slot: slot) }
        return document
    }
}

/// The date a notice is filtered and sorted by.
enum NoticeDates {
    static func indexDate(of metadata: NoticeMetadata) -> String? {
        metadata.publishDate ?? metadata.feedbackDate
    }
}

extension JSONEncoder {
    /// Sorted keys keep stored data byte-identical between a fresh build and an incremental one.
    static var compact: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

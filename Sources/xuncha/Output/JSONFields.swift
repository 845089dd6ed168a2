import NoticeParsing
import XunchaIndex

/// The `--json` shapes. Field names are a public contract: add fields, never rename or drop one.
enum JSONFields {
    static func metadata(_ notice: NoticeRecord?) -> JSONValue {
        guard let notice else { return .null }
        let metadata = notice.metadata
        return .object([
            ("source", .string(notice.source)),
            ("start_line", .int(notice.startLine)),
            ("end_line", .int(notice.endLine)),
            ("title", .string(metadata.title)),
            ("org", .string(metadata.org)),
            ("agency", .string(metadata.agency)),
            ("inspection", .string(metadata.inspection)),
            ("inspection_marks", .strings(metadata.inspectionMarks)),
            ("inspector", .string(metadata.inspector)),
            ("round", .string(metadata.round)),
            ("period_start", .string(metadata.periodStart)),
            ("period_end", .string(metadata.periodEnd)),
            ("feedback_date", .string(metadata.feedbackDate)),
            ("publish_date", .string(metadata.publishDate)),
            ("region", .strings(metadata.region)),
            ("level", .string(metadata.level)),
            ("doc_type", .string(metadata.docType)),
            ("url", .string(metadata.url)),
            ("paragraphs", .int(notice.paragraphs)),
        ])
    }

    static func location(_ record: ParagraphRecord) -> JSONValue {
        .object([("source", .string(record.source)), ("line", .int(record.line)), ("text", .string(record.text))])
    }

    /// A hit; with `count`, also how many hits the query has in all: `total` (exact, or the best estimate),
    /// `total_exact`, and the bounds the true number lies within, `total_min` and `total_max`.
    static func hit(_ hit: SearchHit, count: MatchCount? = nil) -> JSONValue {
        let record = hit.record
        let totals: [(String, JSONValue)] = count.map {
            [("total", .int($0.estimate)), ("total_exact", .bool($0.isExact)),
             ("total_min", .int($0.lowerBound)), ("total_max", .int($0.upperBound))]
        } ?? []
        return .object([
            ("id", .string(record.id)),
            ("source", .string(record.source)),
            ("line", .int(record.line)),
            ("text", .string(record.text)),
            ("notice", .string(hit.notice?.metadata.title)),
            ("agency", .string(hit.notice?.metadata.agency)),
            ("role", .string(record.role.rawValue)),
            ("score", .double((hit.score * 1000).rounded() / 1000)),
            ("rank", .int(hit.rank)),
            ("section", .strings(record.section)),
            ("date", .string(hit.notice.flatMap { $0.metadata.indexDate })),
            ("matches", .strings(hit.highlights.map { String(record.text[$0]) })),
            ("duplicates", .int(hit.duplicates)),
            ("metadata", metadata(hit.notice)),
        ] + totals + page(record))
    }

    /// `page`, for paragraphs of files that have pages.
    static func page(_ record: ParagraphRecord) -> [(String, JSONValue)] {
        record.page.map { [("page", .int($0))] } ?? []
    }

    static func precedent(_ precedent: Precedent) -> JSONValue {
        .object([
            ("agency", .string(precedent.notice?.metadata.agency)),
            ("notice", metadata(precedent.notice)),
            ("problem", location(precedent.problem)),
            ("measures", .array(precedent.measures.map { measure in
                .object([("source", .string(measure.source)), ("line", .int(measure.line)),
                         ("text", .string(measure.text)), ("items", .strings(measure.items)),
                         ("institutions", .strings(measure.institutions))])
            })),
            ("institutions", .strings(precedent.institutions)),
            ("score", .double((precedent.score * 1000).rounded() / 1000)),
        ])
    }
}

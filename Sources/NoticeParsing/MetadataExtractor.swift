/// Gathers a notice's metadata from its own text: the title, the opening lines, the preamble and the close.
enum MetadataExtractor {
    static func extract(lines: [String], titleIndex: Int?, webFacts: [WebFact],
                        gazetteer: Gazetteer = .shared) -> NoticeMetadata {
        var meta = NoticeMetadata()
        let title = titleIndex.map { lines[$0] }
        // What follows the title (or the whole notice, when it has none) is where the facts are told.
        let afterTitle = Array(lines[(titleIndex.map { $0 + 1 } ?? 0)...])

        meta.title = title
        meta.docType = DocumentType.of(title: title)
        meta.org = OrgNames.org(title: title, openingLines: afterTitle)
        meta.agency = meta.org.map(OrgNames.agency(of:))

        meta.inspection = InspectionFacts.kind(title: title, lines: afterTitle)
        meta.inspectionMarks = InspectionFacts.marks(title: title, lines: afterTitle)
        meta.inspector = InspectionFacts.inspector(title: title, lines: afterTitle)
        meta.round = InspectionFacts.round(title: title, lines: afterTitle)
        meta.level = InspectionFacts.level(inspection: meta.inspection, inspector: meta.inspector,
                                           title: title, lines: afterTitle)

        let dates = NoticeDates.fromPreamble(afterTitle)
        meta.periodStart = dates.periodStart
        meta.periodEnd = dates.periodEnd
        meta.feedbackDate = dates.feedbackDate
        meta.publishDate = NoticeDates.publishDate(openingLines: afterTitle, closingLines: lines,
                                                   webDate: webFacts.lazy.compactMap(\.publishDate).first)
        meta.titleYear = title.flatMap(NoticeDates.yearNamed(in:))
        meta.url = webFacts.lazy.compactMap(\.url).first
        meta.sourceSite = webFacts.lazy.compactMap(\.sourceSite).first

        meta.region = RegionResolver(gazetteer: gazetteer).region(agency: meta.agency, lines: lines)
        return meta
    }
}

import NoticeParsing
import XunchaIndex

/// Search hits as a list: who published it, the role, the snippet with its matches marked, and where to go
/// from it (similar paragraphs, the paragraph in its notice, other agencies' measures, the plan).
enum HitList {
    static func html(_ hits: [SearchHit], context: PageContext, returnTo: String) -> String {
        laidOut(hits, returnTo: returnTo).html(context: context)
    }

    /// The list the same for every reader, with gaps for each reader's plan buttons.
    static func laidOut(_ hits: [SearchHit], returnTo: String) -> PlanButtonSlots {
        var out = PlanButtonSlots()
        out.append("<ol class=\"hits\">")
        for hit in hits { item(hit, returnTo: returnTo, into: &out) }
        out.append("</ol>")
        return out
    }

    static func item(_ hit: SearchHit, returnTo: String, into slots: inout PlanButtonSlots) {
        let record = hit.record
        let inNotice = hit.notice.map { NoticePage.link(notice: $0.id, paragraph: record.id) }
        var out = "<li class=\"hit\"><div class=\"hit-head\">" + record.role.badge
        let facts = NoticeFacts.line(hit.notice?.metadata)
        if let inNotice {
            out += "<a class=\"notice-link\" href=\"" + HTML.escape(inNotice) + "\">" + HTML.escape(facts) + "</a>"
        } else {
            out += "<span class=\"notice-link\">" + HTML.escape(facts) + "</span>"
        }
        out += "</div><p class=\"snippet\">" + Snippet.html(record.text, highlights: hit.highlights) + "</p>"
        out += "<div class=\"hit-foot\"><span class=\"where\">" + HTML.escape(record.location.description) + "</span>"
        if !record.section.isEmpty {
            out += "<span class=\"section\">" + HTML.escape(record.section.joined(separator: " › ")) + "</span>"
        }
        if hit.duplicates > 0 { out += "<span class=\"dup\">另有 \(hit.duplicates) 处相同</span>" }
        out += "<a href=\"/similar/" + HTML.escape(record.id) + "\">相似</a>"
        if let inNotice { out += "<a href=\"" + HTML.escape(inNotice) + "\">在通报中查看</a>" }
        if record.role == .problem {
            out += "<a href=\"" + HTML.escape(QueryString.link("/measures", [("q", MeasuresPage.queryText(record.text))])) + "\">他人如何整改</a>"
        }
        slots.append(out)
        if record.role == .problem || record.role == .measure {
            slots.appendPlanButton(record.id, returnTo: returnTo)
        }
        slots.append("</div></li>")
    }
}

/// One line naming a notice: agency · date · title.
enum NoticeFacts {
    static func line(_ metadata: NoticeMetadata?) -> String {
        guard let metadata else { return "（未知通报）" }
        let parts = [metadata.agency, metadata.indexDate, metadata.title].compactMap { $0 }
        return parts.isEmpty ? "（未知通报）" : parts.joined(separator: " · ")
    }
}

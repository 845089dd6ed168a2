import ArgumentParser
import XunchaIndex

struct NoticesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "List the indexed notices with their metadata.",
        discussion: """
        The filters are those of search (--agency, --region, --inspection, --year, --from, --to); --role \
        selects paragraphs and is refused here. Exit status: 0 notices listed, 1 none match, 2 error.
        """
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var format: OutputOptions
    @OptionGroup var filterOptions: NoticeFilterOptions



    func validate() throws {
        if let role = filterOptions.role {
            throw ValidationError("--role \(role.rawValue) selects paragraphs, not notices; give it to search instead")
        }
    }

    func run() throws {
        let notices = try remote.open(location).notices(filters: filterOptions.filters)
        var output = Output(for: format)
        if format.json {
            for notice in notices { output.line(notice.json.line) }
        } else {
            let style = format.style
            for notice in notices {
                let metadata = notice.metadata
                let place = style.path(notice.source) + ":" + style.lineNumber("\(notice.startLine)-\(notice.endLine)")
                let facts = [metadata.agency, metadata.inspection, metadata.inspector,
                             metadata.indexDate, metadata.docType].compactMap { $0 }
                output.line(place + "  " + style.bold(metadata.title ?? "(untitled)"))
                output.line("    " + style.dim((facts + ["\(notice.paragraphs) paragraphs"]).joined(separator: " · ")))
            }
        }
        output.flush()
        if notices.isEmpty { throw NothingFound.notices }
    }
}

import ArgumentParser
import XunchaIndex

struct NoticesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "List the indexed notices with their metadata."
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var format: OutputOptions



    func run() throws {
        let notices = try location.openIndex().notices()
        var output = Output()
        if format.json {
            for notice in notices { output.line(JSONFields.metadata(notice).line) }
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
    }
}

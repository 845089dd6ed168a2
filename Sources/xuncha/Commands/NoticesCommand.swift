import ArgumentParser
import XunchaIndex

struct NoticesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "List the indexed notices with their metadata."
    )

    @OptionGroup var location: IndexLocation

    @Flag(help: "Print one JSON object per notice per line.")
    var json = false

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let notices = try location.openIndex().notices()
        var output = Output()
        if json {
            for notice in notices { output.line(JSONFields.metadata(notice).line) }
        } else {
            let style = Style(enabled: color.enabled)
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

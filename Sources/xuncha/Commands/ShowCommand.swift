import ArgumentParser
import XunchaIndex

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one paragraph with its notice, section and role.",
        discussion: """
        For a problem, the measures that answer it; for a measure, its problem, items and the rules \
        (《…》) it adopted. Exit status 1 when the line is blank, noise or not indexed.
        """
    )

    @Argument(help: ArgumentHelp("The paragraph, as SOURCE:LINE or a hit's id.", valueName: "source:line|id"))
    var reference: String

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var format: OutputOptions



    func run() throws {
        let detail = try remote.open(location).detail(of: ParagraphReference(parsing: reference))
        let record = detail.paragraph
        var output = Output(for: format)
        if format.json {
            output.line(detail.json.line)
        } else {
            let style = format.style
            output.line(style.path(record.source) + ":" + style.lineNumber("\(record.line)") + "  [\(record.role.rawValue)]  id " + style.plain(record.id)
                        + (record.page.map { "  page \($0)" } ?? ""))
            if let metadata = detail.notice?.metadata {
                let facts = [metadata.agency, metadata.indexDate, metadata.title].compactMap { $0 }
                output.line(style.dim(facts.joined(separator: " · ")))
            }
            if !record.section.isEmpty { output.line(style.dim(record.section.joined(separator: " › "))) }
            output.line()
            output.line(style.plain(record.text))
            if let problem = detail.problem, detail.answersOtherParagraph {
                output.line()
                output.line(style.bold("Problem") + "  " + style.lineNumber("\(problem.source):\(problem.line)"))
                output.line("    " + style.plain(problem.text))
            }
            if !record.items.isEmpty {
                output.line()
                output.line(style.bold("Items"))
                for (number, item) in record.items.enumerated() { output.line("  \(number + 1). " + style.plain(item)) }
            }
            if !record.institutions.isEmpty {
                output.line()
                output.line(style.bold("Rules adopted"))
                for institution in record.institutions { output.line("  《" + style.plain(institution) + "》") }
            }
            if !detail.measures.isEmpty {
                output.line()
                output.line(style.bold("Measures"))
                for measure in detail.measures {
                    output.line("  " + style.lineNumber("\(measure.source):\(measure.line)") + "  " + style.plain(measure.text))
                }
            }
        }
        output.flush()
    }
}

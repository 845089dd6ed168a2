import ArgumentParser
import XunchaIndex

struct MeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "Find precedent measures: how other agencies rectified a problem like yours.",
        discussion: """
        Describe the problem in your own words (领导班子研究问题时一把手先定调, 报销单据没有附件). For the most \
        similar problems across notices, one agency per block and best first, prints the agency, date, the \
        problem and the measures that answer it, with their items and the rules (《…》) adopted.

        Exit status: 0 precedents found, 1 none, 2 error.
        """
    )

    @Argument(help: "The problem; several arguments are joined with spaces.")
    var query: [String]

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var format: OutputOptions
    @OptionGroup var filterOptions: NoticeFilterOptions

    @Option(parsing: .unconditional, help: "Show at most this many precedents.",
            transform: WholeNumber.parser(1...1_000))
    var limit = 5

    @Option(parsing: .unconditional, help: "Skip this many precedents first (for paging).",
            transform: WholeNumber.parser(0...10_000))
    var offset = 0



    func validate() throws {
        if let role = filterOptions.role {
            throw ValidationError("measures always pairs problems with the measures that answer them; --role \(role.rawValue) cannot narrow it (use xuncha search --role \(role.rawValue))")
        }
        guard !query.joined().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("describe a problem, e.g. xuncha measures 公务用车管理不规范")
        }
    }

    func run() throws {
        let index = try remote.open(location, orBuild: true)
        let precedents = try index.precedents(for: query.queryText, limit: limit, offset: offset,
                                           filters: filterOptions.filters)
        var output = Output(for: format)
        if format.json {
            for precedent in precedents { output.line(precedent.json.line) }
        } else {
            let style = format.style
            for (number, precedent) in precedents.enumerated() {
                if number > 0 { output.line() }
                PrecedentPrinter(style: style).write(precedent, number: offset + number + 1, to: &output)
            }
        }
        output.flush()
        if precedents.isEmpty { throw NothingFound.precedents }
    }
}

/// A precedent for people: who and when, the problem, then each measure with its items and rules.
struct PrecedentPrinter {
    let style: Style

    func write(_ precedent: Precedent, number: Int, to output: inout Output) {
        let metadata = precedent.notice?.metadata
        let facts = [metadata?.agency, metadata?.indexDate, metadata?.inspection]
            .compactMap { $0 }.joined(separator: " · ")
        output.line(style.bold("\(number). \(facts)"))
        if let title = metadata?.title { output.line("   " + style.dim(title)) }
        let problem = precedent.problem
        // A paragraph that states its problem and its measures together is shown once, as its measures.
        if problem.role != .measure {
            output.line("   " + style.bold("问题") + "  " + location(problem))
            output.line("     " + style.plain(problem.text))
        }
        for measure in precedent.measures {
            output.line("   " + style.bold(measure.location == problem.location ? "问题与措施" : "措施") + "  " + location(measure))
            if measure.items.count > 1 {
                for (index, item) in measure.items.enumerated() { output.line("     \(index + 1). " + style.plain(item)) }
            } else {
                output.line("     " + style.plain(measure.text))
            }
        }
        if !precedent.institutions.isEmpty {
            output.line("   " + style.bold("制度") + "  " + style.plain(precedent.institutions.map { "《\($0)》" }.joined(separator: " ")))
        }
    }

    private func location(_ record: ParagraphRecord) -> String {
        style.path(record.source) + ":" + style.lineNumber("\(record.line)")
    }
}

import ArgumentParser
import XunchaIndex

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Find paragraphs in other notices most like a given one.",
        discussion: "Prints hits as `xuncha search` does (same --json fields). Exit status: 0 hits, 1 none, 2 error."
    )

    @Argument(help: ArgumentHelp("The paragraph, as SOURCE:LINE or a hit's id.", valueName: "source:line|id"))
    var reference: String

    @OptionGroup var location: IndexLocation
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Show at most this many hits.")
    var limit = 10

    @Flag(help: "Print one JSON object per hit per line.")
    var json = false

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit takes a number of hits of at least 1, not \(limit)") }
    }

    func run() throws {
        let index = try location.openIndex()
        let (_, result) = try index.similar(to: reference, limit: limit, filters: filterOptions.filters)
        HitListPrinter(json: json, style: Style(enabled: color.enabled)).print(result.hits)
        if result.hits.isEmpty { throw ExitCode(1) }
    }
}

/// Prints a list of hits for people or as JSON lines; shared by `search` and `similar`.
struct HitListPrinter {
    let json: Bool
    let style: Style

    func print(_ hits: [SearchHit]) {
        var output = Output()
        if json {
            for hit in hits { output.line(JSONFields.hit(hit).line) }
        } else {
            let printer = HitPrinter(style: style)
            for (number, hit) in hits.enumerated() {
                if number > 0 { output.line() }
                for line in printer.lines(for: hit) { output.line(line) }
            }
        }
        output.flush()
    }
}

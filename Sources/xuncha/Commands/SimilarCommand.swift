import ArgumentParser
import XunchaIndex

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Find paragraphs in other notices most like a given one.",
        discussion: "Prints hits as `xuncha search` does (same --json fields). Exit status: 0 hits, 1 none or an unknown paragraph, 2 error."
    )

    @Argument(help: ArgumentHelp("The paragraph, as SOURCE:LINE or a hit's id.", valueName: "source:line|id"))
    var reference: String

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var format: OutputOptions
    @OptionGroup var filterOptions: FilterOptions

    @Option(parsing: .unconditional, help: "Show at most this many hits.",
            transform: WholeNumber.parser(WholeNumber.hitLimits))
    var limit = 10



    func run() throws {
        let index = try remote.open(location)
        let (_, result) = try index.similar(to: ParagraphReference(parsing: reference), limit: limit, filters: filterOptions.filters)
        HitListPrinter(options: format).print(result.hits)
        if result.hits.isEmpty { throw NothingFound.paragraphs }
    }
}

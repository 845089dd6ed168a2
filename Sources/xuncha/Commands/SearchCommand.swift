import ArgumentParser
import Foundation
import XunchaIndex

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search notice paragraphs.",
        discussion: """
        Words are ranked (BM25): 公务用车管理不规范 finds paragraphs sharing its words, best first. \
        "Quoted text" is an exact phrase: exactly the paragraphs containing it. Combine with AND, OR, NOT, \
        -word and brackets: '"三重一大" AND 集体决策 -学校'.

        Exit status: 0 hits, 1 none, 2 error.
        """
    )

    @Argument(help: "The query; several arguments are joined with spaces.")
    var query: [String]

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var format: OutputOptions
    @OptionGroup var filterOptions: FilterOptions

    @Option(parsing: .unconditional, help: "Show at most this many hits.",
            transform: WholeNumber.parser(WholeNumber.hitLimits))
    var limit = 20

    @Option(parsing: .unconditional, help: "Skip this many hits first (for paging).",
            transform: WholeNumber.parser(WholeNumber.hitOffsets))
    var offset = 0



    @Flag(help: "Print on stderr the Xapian query the words were analysed into (synonyms included).")
    var explain = false

    func validate() throws {
        guard !query.joined().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("give a query, e.g. xuncha search 三重一大")
        }
    }

    func run() throws {
        let index = try remote.open(location, orBuild: true)
        let request = SearchRequest(query: query.queryText, limit: limit, offset: offset,
                                    filters: filterOptions.filters)
        let result = try index.search(request)
        if explain { StandardError.line(result.explanation) }
        HitListPrinter(options: format).print(result.hits, count: result.count)
        if !format.json && !result.hits.isEmpty && result.count.upperBound > offset + result.hits.count {
            StandardError.line("(\(result.hits.count) of \(result.count.inWords) hits; --limit shows more)")
        }
        if result.hits.isEmpty { throw NothingFound.paragraphs }
    }
}

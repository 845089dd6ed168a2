import ArgumentParser
import NoticeParsing
import XunchaIndex

extension ParagraphRole: ExpressibleByArgument {}

/// Filters on notice metadata, shared by every command that reads notices.
struct MetadataFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only notices whose agency name contains TEXT, written any usual way (市场监管局 = 市场监督管理局; 中共…党组 and a leading 区/县/市 ignored).", valueName: "text"))
    var agency: String?

    @Option(help: ArgumentHelp("Only notices whose province, city or county contains TEXT.", valueName: "text"))
    var region: String?

    @Option(help: ArgumentHelp("Only 巡视 or only 巡察 notices.", valueName: "巡视|巡察"))
    var inspection: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Only notices dated in this year (publish date, else feedback date, else the year the title names).", valueName: "yyyy"),
            transform: WholeNumber.parser(SearchFilters.years))
    var year: Int?

    @Option(help: ArgumentHelp("Only notices dated on or after this day.", valueName: "yyyy-mm-dd"))
    var from: String?

    @Option(help: ArgumentHelp("Only notices dated on or before this day.", valueName: "yyyy-mm-dd"))
    var to: String?

    func validate() throws {
        if year != nil && (from != nil || to != nil) {
            throw ValidationError("give either --year or --from/--to, not both")
        }
        do { _ = try filters(role: nil).validated() } catch let error as FilterError { throw ValidationError(error.sentence) }
    }

    func filters(role: ParagraphRole?) -> SearchFilters {
        SearchFilters(agency: agency, region: region, inspection: inspection, role: role, from: from, to: to, year: year)
    }
}

/// The metadata filters plus --role, for the commands that return paragraphs (search, similar).
struct FilterOptions: ParsableArguments {
    @OptionGroup var metadata: MetadataFilterOptions

    @Option(help: ArgumentHelp("Only paragraphs of this role: \(ParagraphRole.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "role"))
    var role: ParagraphRole?

    var filters: SearchFilters { metadata.filters(role: role) }
}

/// The metadata filters for the commands that pair or list (measures, plan, notices). --role is still
/// parsed, but hidden from their help, so that a user who tries it is told why it cannot apply rather than
/// meeting an unknown option.
struct NoticeFilterOptions: ParsableArguments {
    @OptionGroup var metadata: MetadataFilterOptions

    @Option(help: .hidden)
    var role: ParagraphRole?

    var filters: SearchFilters { metadata.filters(role: nil) }
}

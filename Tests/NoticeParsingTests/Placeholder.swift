import XCTest
@testable import NoticeParsing

final class NoticeParsingPlaceholderTests: XCTestCase {}

import XCTest
@testable import ChineseText

final class ChineseTextPlaceholderTests: XCTestCase {}
